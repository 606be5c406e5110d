import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportEscalationKind, SupportInternalLevel } from '../enums';

/** SUP-2: a severity raise, internal elevation or management escalation, with who and why. Append-only. */
@ObjectType('SupportCaseEscalation', { description: 'SUP-2: a severity raise, internal elevation or management escalation, with who and why. Append-only.' })
@Entity('sup_case_escalation')
export class SupportCaseEscalation extends Identified {
  @Field(() => ID, { description: 'Unique id of this support case escalation.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `SupportCase` escalated.' })
  @IdColumn()
  @Index()
  caseId: string;

  @Field(() => SupportEscalationKind, { description: 'Severity raise, internal elevation or management escalation (SUP-2).' })
  @EnumColumn()
  kind: SupportEscalationKind;

  @Field(() => Int, { nullable: true, description: 'The severity before a severity raise; null for other escalations.' })
  @Column({ type: 'integer', nullable: true })
  fromSeverity: number | null;

  @Field(() => Int, { nullable: true, description: 'The severity after a severity raise; null for other escalations.' })
  @Column({ type: 'integer', nullable: true })
  toSeverity: number | null;

  @Field(() => SupportInternalLevel, { nullable: true, description: 'Internal elevation: the level escalated to.' })
  @EnumColumn({ nullable: true })
  level: SupportInternalLevel | null;

  @Field(() => String, { nullable: true, description: 'The person or team escalated to.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  escalatedTo: string | null;

  @Field({ description: 'Who asked for it (the customer contact for a severity raise).' })
  @Column({ type: 'varchar', length: 200 })
  requestedBy: string;

  @Field({ description: 'The API key that recorded it.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Field({ description: 'Why the case was escalated (SUP-2).' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'When the escalation was recorded (UTC).' })
  // The breach notice rule finds severity raises since its last run by this instant (NOT-1).
  @Index()
  @InstantColumn()
  at: Date;

  @Field(() => Date, { nullable: true, description: 'The response due instant before the escalation.' })
  @InstantColumn({ nullable: true })
  dueAtBefore: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "The response due instant after the escalation; a severity raise moves it to the new severity's commitment (SUP-1, SUP-2).",
  })
  @InstantColumn({ nullable: true })
  dueAtAfter: Date | null;
}
