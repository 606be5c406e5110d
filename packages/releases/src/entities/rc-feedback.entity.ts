import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@ObjectType('RcFeedbackItem', { description: 'One issue reported in RC feedback (REL-3).' })
export class RcFeedbackItem {
  @Field(() => RcFeedbackClassification, { description: 'The RC feedback item\'s classification.' })
  classification: RcFeedbackClassification;

  @Field({ description: 'Free-text description of the RC feedback item.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The RC feedback item\'s business justification; null when there is none.' })
  businessJustification: string | null;

  @Field({ description: 'Whether the item is considered for delivery in the release (REL-3).' })
  consideredForRelease: boolean;
}

@ObjectType('RcFeedback', { description: 'Feedback a partner submitted on an RC build (REL-3).' })
@Entity('rel_rc_feedback')
export class RcFeedback extends Identified {
  @Field(() => ID, { description: 'Unique id of this RC feedback.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the install.' })
  @Index('rel_rc_feedback_install_idx')
  @IdColumn()
  installId: string;

  @Field(() => ID, { description: 'Id of the release.' })
  @Index('rel_rc_feedback_release_idx')
  @IdColumn()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field({ description: 'Submitted after the due instant: recorded, marked late (REL-3).' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field({ description: 'The RC feedback\'s summary.' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [RcFeedbackItem], { description: 'The RC feedback\'s items.' })
  @Column({ type: 'simple-json' })
  items: RcFeedbackItem[];
}
