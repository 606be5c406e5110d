import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { AuditRequirementCode, AuditStatus, RemediationWindow } from '../enums';

@ObjectType('AuditRequirementResult', { description: 'One foundational requirement of an annual audit and whether it is met (PC-10).' })
export class AuditRequirementResult {
  @Field(() => AuditRequirementCode, { description: 'The foundational requirement (PC-10).' })
  code: AuditRequirementCode;

  @Field({ description: 'Whether the partner has met the requirement; all must be met to pass or be reinstated (PC-10).' })
  met: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was recorded (instant, UTC); null until then.' })
  recordedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  note: string | null;
}

/** PC-10: the annual audit of foundational requirements, and the remediation after a failure. */
@ObjectType('Audit', { description: 'PC-10: the annual audit of foundational requirements and its remediation.' })
@Entity('pc_audit')
@Index(['partnerId', 'status'])
export class Audit extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `Audit` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => Int, { description: 'The program year whose foundational requirements are audited; one audit a year (PC-8, PC-10).' })
  @Column({ type: 'integer' })
  programYear: number;

  @Field(() => AuditStatus, { description: 'Where the audit stands in its life cycle.' })
  @EnumColumn()
  status: AuditStatus;

  @Field({ description: 'When it was started (instant, UTC).' })
  @InstantColumn()
  startedAt: Date;

  /** Requirement results (stored as JSON; exposed through `requirements`). */
  @Column({ type: 'simple-json' })
  results: { code: AuditRequirementCode; met: boolean; recordedAt: string | null; note: string | null }[];

  @Field(() => Date, { nullable: true, description: 'When it was closed (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The level held when the audit failed (restored after the 120-day window).' })
  @EnumColumn({ nullable: true })
  levelBefore: string | null;

  @Field(() => String, { nullable: true, description: 'The level the points earned when the audit closed (restored within the 90-day window).' })
  @EnumColumn({ nullable: true })
  earnedLevel: string | null;

  @Field(() => RemediationWindow, { nullable: true, description: 'The remediation window a failed audit is in (PC-10); null while OPEN or after it closed.' })
  @EnumColumn({ nullable: true })
  window: RemediationWindow | null;

  @Field(() => Date, { nullable: true, description: 'Last instant of the 90-day window.' })
  // The remediation notice rule reads audits by the instants their windows end (NOT-1).
  @Index()
  @InstantColumn({ nullable: true })
  firstWindowEndsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last instant of the 120-day window.' })
  @Index()
  @InstantColumn({ nullable: true })
  secondWindowEndsAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The `Invoice` of the $995 re-enrollment fee charged in the second remediation window (PC-10); null when none was charged.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  reenrollmentInvoiceId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  resolvedAt: Date | null;
}
