import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@ObjectType('RcFeedbackItem', { description: 'One issue reported in RC feedback (REL-3).' })
export class RcFeedbackItem {
  @Field(() => RcFeedbackClassification)
  classification: RcFeedbackClassification;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  businessJustification: string | null;

  @Field({ description: 'Whether the item is considered for delivery in the release (REL-3).' })
  consideredForRelease: boolean;
}

@ObjectType('RcFeedback', { description: 'Feedback a partner submitted on an RC build (REL-3).' })
@Entity('rel_rc_feedback')
export class RcFeedback extends Identified {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Index('rel_rc_feedback_install_idx')
  @IdColumn()
  installId: string;

  @Field(() => ID)
  @Index('rel_rc_feedback_release_idx')
  @IdColumn()
  releaseId: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field()
  @InstantColumn()
  submittedAt: Date;

  @Field({ description: 'Submitted after the due instant: recorded, marked late (REL-3).' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field()
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [RcFeedbackItem])
  @Column({ type: 'simple-json' })
  items: RcFeedbackItem[];
}
