import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';

@ObjectType('RcInstall', { description: "A partner installed a release's RC build and owes feedback (REL-3)." })
@Entity('rel_rc_install')
@Index('rel_rc_install_release_partner_uq', ['releaseId', 'partnerId'], { unique: true })
export class RcInstall extends Identified {
  @Field(() => ID, { description: 'Unique id of this RC install.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Release` this `RcInstall` refers to (look it up with `release(id:)`).' })
  @IdColumn()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `RcInstall` belongs to (resolved by `partner`).' })
  @Index('rel_rc_install_partner_idx')
  @IdColumn()
  partnerId: string;

  @Field({ description: 'When it was installed (instant, UTC).' })
  @InstantColumn()
  installedAt: Date;

  @Field({ description: 'When the RC build became available.' })
  @InstantColumn()
  rcAvailableAt: Date;

  @Field({ description: 'The last instant feedback is on time: RC availability + 21 days (REL-3).' })
  @Index('rel_rc_install_due_idx')
  @InstantColumn()
  feedbackDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the first feedback was submitted.' })
  @InstantColumn({ nullable: true })
  firstFeedbackAt: Date | null;

  @Column({ type: 'boolean', default: false })
  firstFeedbackLate: boolean;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  // The feedback notice rule finds installs recorded since its last run by this instant (NOT-1).
  @Index('rel_rc_install_recorded_idx')
  @InstantColumn()
  recordedAt: Date;
}
