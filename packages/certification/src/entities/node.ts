import { Field, ID, ObjectType } from 'type-graphql';
import { Identified } from '@alliance/kernel';

/** Base of the certification entities that are GraphQL object types: exposes the kernel's `id`. */
@ObjectType({ description: "Base of the certification entities that are GraphQL object types: exposes the kernel's `id`." })
export abstract class CertificationNode extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }
}
