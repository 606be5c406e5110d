import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** A partner's software product, certified under one program. */
@ObjectType('Software', { description: "A partner's software product under a program." })
@Entity('cert_software')
export class Software extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `Software` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `Software` refers to (look it up with `program(id:)`).' })
  @Index()
  @IdColumn()
  programId: string;

  @Field({ description: "The software product's name as it appears on the compatibility guide." })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'CERT-9: depends on the vendor platform, so a new major platform release requires full re-certification.' })
  @Column({ type: 'boolean', default: true })
  platformDependent: boolean;

  @Field(() => String, { nullable: true, description: 'CERT-6: link to the public support policy statement.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  supportPolicyUrl: string | null;

  @Field({ description: 'When it was registered (instant, UTC).' })
  @InstantColumn()
  registeredAt: Date;
}
