import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { ParticipantStatus } from '../enums';

/** A partner in Partner Connect: when it entered (renewal anniversary), its level and standing. */
@Entity('pc_participant')
export class Participant extends Identified {
  @Index({ unique: true })
  @IdColumn()
  partnerId: string;

  /** PC-11: the anniversary is 12 months after this instant. */
  @InstantColumn()
  enteredAt: Date;

  /** The level the partner holds now (changed by points, audits and remediation). */
  @EnumColumn()
  level: string;

  @EnumColumn({ default: ParticipantStatus.ACTIVE })
  status: ParticipantStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  enrollmentInvoiceId: string | null;

  @InstantColumn({ nullable: true })
  terminatedAt: Date | null;
}
