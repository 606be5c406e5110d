import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@ObjectType('RcFeedbackItem', { description: 'One issue reported in RC feedback (REL-3).' })
export class RcFeedbackItem {
  @Field(() => RcFeedbackClassification, {
    description: 'How the issue is classified; at RC only release-blocking defects are considered without more (REL-3).',
  })
  classification: RcFeedbackClassification;

  @Field({ description: 'Free-text description of the RC feedback item.' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the issue matters to the business; catastrophic and certification-blocking issues are considered for the release only with one (REL-3). Null when none was given.',
  })
  businessJustification: string | null;

  @Field({ description: 'Whether the item is considered for delivery in the release (REL-3).' })
  consideredForRelease: boolean;
}

@ObjectType('RcFeedback', { description: 'Feedback a partner submitted on an RC build (REL-3).' })
@Entity('rel_rc_feedback')
export class RcFeedback extends Identified {
  @Field(() => ID, { description: 'Unique id of this RC feedback.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `RcInstall` the feedback is for (REL-3).' })
  @Index('rel_rc_feedback_install_idx')
  @IdColumn()
  installId: string;

  @Field(() => ID, { description: 'Id of the `Release` this `RcFeedback` refers to (look it up with `release(id:)`).' })
  @Index('rel_rc_feedback_release_idx')
  @IdColumn()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `RcFeedback` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field({ description: 'Submitted after the due instant: recorded, marked late (REL-3).' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field({ description: "The partner's summary of its RC testing." })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [RcFeedbackItem], { description: 'The issues reported, each classified (REL-3).' })
  @Column({ type: 'simple-json' })
  items: RcFeedbackItem[];
}
