import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-2: a certification review slot with a capacity. */
@ObjectType('ReviewSlot')
@Entity('cert_review_slot')
export class ReviewSlot extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  programId: string;

  @Field({ description: 'When the review starts; reservations are taken up to this instant.' })
  @Index()
  @InstantColumn()
  startsAt: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  capacity: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field()
  @InstantColumn()
  createdAt: Date;
}
