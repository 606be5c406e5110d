import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday } from '../enums';
import type { CoverageCalendar, OpenHours } from '../rules/coverage.rules';
import type { SeverityLevel } from '../rules/severity.rules';

@ObjectType('SupportSeverityLevel', { description: 'SUP-1: a severity level and its response commitment.' })
export class SupportSeverityLevel implements SeverityLevel {
  @Field(() => Int, { description: '1 is the most urgent.' })
  severity: number;

  @Field({ description: 'The level\'s name, such as "Down situation".' })
  name: string;

  @Field({ description: 'Free-text description of the support severity level.' })
  description: string;

  @Field(() => Int, { nullable: true, description: 'Minutes of covered time until the first response; null = as negotiated, no timer.' })
  responseMinutes: number | null;
}

@ObjectType('SupportOpenHours', { description: 'Open hours on one weekday, local time in the calendar zone.' })
export class SupportOpenHours implements OpenHours {
  @Field(() => SupportWeekday, { description: 'The weekday the hours apply to.' })
  weekday: SupportWeekday;

  @Field({ description: 'HH:MM' })
  opens: string;

  @Field({ description: 'HH:MM, or 24:00' })
  closes: string;
}

@ObjectType('SupportCoverageCalendar', { description: 'When the response clock runs: 24x7, or business hours in a time zone minus holidays.' })
export class SupportCoverageCalendar implements CoverageCalendar {
  @Field(() => SupportCoverageKind, { description: '24x7, or business hours.' })
  kind: SupportCoverageKind;

  @Field(() => String, { nullable: true, description: 'IANA time zone, such as Europe/Berlin.' })
  timeZone: string | null;

  @Field(() => [SupportOpenHours], { description: 'The open hours per weekday, for business-hours coverage.' })
  weeklyHours: SupportOpenHours[];

  @Field(() => [String], { description: 'YYYY-MM-DD dates in the calendar zone on which the clock does not run.' })
  holidays: string[];
}

/** SUP-1: the severity levels and coverage calendar of one partner or one TSANet group. */
@ObjectType('SeverityPolicy', { description: 'SUP-1: severity levels with response commitments and the coverage calendar they run on.' })
@Entity('sup_severity_policy')
export class SeverityPolicy extends Identified {
  @Field(() => ID, { nullable: true, description: 'The partner the policy belongs to (null for a TSANet group policy or the default).' })
  @IdColumn({ nullable: true })
  @Index({ unique: true })
  partnerId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `TsanetGroup` this `SeverityPolicy` refers to (look it up with `tsanetGroup(id:)`); null when the severity policy has none.',
  })
  @IdColumn({ nullable: true })
  @Index({ unique: true })
  tsanetGroupId: string | null;

  @Field(() => [SupportSeverityLevel], { description: 'The severity levels with their response commitments (SUP-1).' })
  @Column({ type: 'simple-json' })
  levels: SupportSeverityLevel[];

  @Field(() => SupportCoverageCalendar, { description: 'When the response clock runs (SUP-1).' })
  @Column({ type: 'simple-json' })
  coverage: SupportCoverageCalendar;

  @Field(() => Date, { nullable: true, description: 'When it was updated (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the actor that last set the policy; null for the defaults.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy: string | null;

  /** True for the built-in defaults (1h / 2h / 4h / negotiated, 24x7): a policy never saved. */
  @Field({ description: 'True when no policy was set and the SUP-1 defaults apply.' })
  get isDefault(): boolean {
    return !this.id;
  }
}
