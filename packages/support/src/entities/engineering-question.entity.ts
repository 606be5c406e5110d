import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { EngineeringQuestionStatus } from '../enums';

/** SUP-10: a partner's technical question to vendor engineers under a development consulting term. */
@ObjectType('EngineeringQuestion')
@Entity('sup_engineering_question')
@Index(['partnerId', 'askedAt'])
export class EngineeringQuestion extends Identified {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
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

  @Field(() => EngineeringQuestionStatus)
  @EnumColumn()
  status: EngineeringQuestionStatus;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  askedBy: string;

  @Field()
  @InstantColumn()
  askedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBy: string | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  answeredAt: Date | null;
}
