import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { EngineeringQuestionStatus } from '../enums';

/** SUP-10: a partner's technical question to vendor engineers under a development consulting term. */
@ObjectType('EngineeringQuestion', { description: 'SUP-10: a partner\'s technical question to vendor engineers under a development consulting term.' })
@Entity('sup_engineering_question')
@Index(['partnerId', 'askedAt'])
export class EngineeringQuestion extends Identified {
  @Field(() => ID, { description: 'Unique id of this engineering question.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'Title of the engineering question.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'The engineering question\'s question.' })
  @Column({ type: 'text' })
  question: string;

  @Field({ description: 'The partner\'s internal assessment: its engineering lead\'s triage.' })
  @Column({ type: 'text' })
  internalAssessment: string;

  @Field({ description: 'The engineering manager or technical lead who reviewed the issue.' })
  @Column({ type: 'varchar', length: 200 })
  assessedBy: string;

  @Field(() => [String], { description: 'Logs behind the assessment (links or attachment references).' })
  @Column({ type: 'simple-json' })
  logs: string[];

  @Field(() => EngineeringQuestionStatus, { description: 'Where the engineering question stands in its life cycle.' })
  @EnumColumn()
  status: EngineeringQuestionStatus;

  @Field({ description: 'The engineering question\'s asked by.' })
  @Column({ type: 'varchar', length: 200 })
  askedBy: string;

  @Field({ description: 'When it was asked (instant, UTC).' })
  @InstantColumn()
  askedAt: Date;

  @Field(() => String, { nullable: true, description: 'The engineering question\'s answer; null when there is none.' })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'The engineering question\'s answered by; null when there is none.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  answeredAt: Date | null;
}
