import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { EngineeringQuestionStatus } from '../enums';

/** SUP-10: a partner's technical question to vendor engineers under a development consulting term. */
@ObjectType('EngineeringQuestion', { description: "SUP-10: a partner's technical question to vendor engineers under a development consulting term." })
@Entity('sup_engineering_question')
@Index(['partnerId', 'askedAt'])
export class EngineeringQuestion extends Identified {
  @Field(() => ID, { description: 'Unique id of this engineering question.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `EngineeringQuestion` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'A one-line summary of the question.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'The technical question, with what was tried (SUP-10).' })
  @Column({ type: 'text' })
  question: string;

  @Field({ description: "The partner's internal assessment: its engineering lead's triage." })
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

  @Field({ description: 'Name of the actor that asked.' })
  @Column({ type: 'varchar', length: 200 })
  askedBy: string;

  @Field({ description: 'When it was asked (instant, UTC).' })
  @InstantColumn()
  askedAt: Date;

  @Field(() => String, { nullable: true, description: "The vendor engineer's answer; null while the question is OPEN." })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the vendor engineer who answered; null while the question is OPEN.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  answeredAt: Date | null;
}
