import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { ReviewSlotReservationStatus } from '../enums';

@ObjectType('CertificationCapabilityAnswer', { description: 'One line of the capability matrix questionnaire (CERT-2).' })
export class CapabilityAnswer {
  @Field()
  capability: string;

  @Field()
  supported: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

/** CERT-2: a partner's reservation of a review slot; one submission uses it. */
@ObjectType('ReviewSlotReservation')
@Entity('cert_slot_reservation')
export class SlotReservation extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  slotId: string;

  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ReviewSlotReservationStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ReviewSlotReservationStatus;

  @Field(() => [CapabilityAnswer], { description: 'The capability matrix questionnaire, when filled.' })
  @Column({ type: 'simple-json' })
  capabilityMatrix: CapabilityAnswer[];

  @Field()
  @InstantColumn()
  reservedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  submissionId: string | null;
}

