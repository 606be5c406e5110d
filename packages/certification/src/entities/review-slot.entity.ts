import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-2: a certification review slot with a capacity. */
@ObjectType('ReviewSlot', { description: 'CERT-2: a certification review slot with a capacity.' })
@Entity('cert_review_slot')
export class ReviewSlot extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Program` this `ReviewSlot` refers to (look it up with `program(id:)`).' })
  @Index()
  @IdColumn()
  programId: string;

  @Field({ description: 'When the review starts; reservations are taken up to this instant.' })
  @Index()
  @InstantColumn()
  startsAt: Date;

  @Field(() => Int, { description: 'How many reservations the slot takes (CERT-2).' })
  @Column({ type: 'integer' })
  capacity: number;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
