import { Field, ID, ObjectType } from 'type-graphql';
import { Identified } from '@alliance/kernel';

/** Base of the certification entities that are GraphQL object types: exposes the kernel's `id`. */
@ObjectType()
export abstract class CertificationNode extends Identified {
  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return this.id;
  }
}
