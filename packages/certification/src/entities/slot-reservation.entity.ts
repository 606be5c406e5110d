import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { ReviewSlotReservationStatus } from '../enums';

@ObjectType('CertificationCapabilityAnswer', { description: 'One line of the capability matrix questionnaire (CERT-2).' })
export class CapabilityAnswer {
  @Field({ description: 'The capability the line of the matrix asks about (CERT-2).' })
  capability: string;

  @Field({ description: 'Whether the software supports the capability (CERT-2).' })
  supported: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  notes: string | null;
}

/** CERT-2: a partner's reservation of a review slot; one submission uses it. */
@ObjectType('ReviewSlotReservation', { description: "CERT-2: a partner's reservation of a review slot; one submission uses it." })
@Entity('cert_slot_reservation')
export class SlotReservation extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `ReviewSlot` reserved.' })
  @Index()
  @IdColumn()
  slotId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `ReviewSlotReservation` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ReviewSlotReservationStatus, { description: 'Where the review slot reservation stands in its life cycle.' })
  @Column({ type: 'varchar', length: 20 })
  status: ReviewSlotReservationStatus;

  @Field(() => [CapabilityAnswer], { description: 'The capability matrix questionnaire, when filled.' })
  @Column({ type: 'simple-json' })
  capabilityMatrix: CapabilityAnswer[];

  @Field({ description: 'When it was reserved (instant, UTC).' })
  @InstantColumn()
  reservedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the `Submission` this `ReviewSlotReservation` refers to (look it up with `submission(id:)`); null when the review slot reservation has none.',
  })
  @Column({ type: 'varchar', length: 36, nullable: true })
  submissionId: string | null;
}
