import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday } from '../enums';

@InputType('SupportSeverityLevelInput', { description: 'A severity level and its response commitment (SUP-1).' })
export class SupportSeverityLevelInput {
  @Field(() => Int, { description: 'The level number: 1 is the most urgent.' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field({ description: 'The level\'s name, such as "Down situation".' })
  @IsString()
  @Length(1, 100)
  name: string;

  @Field({ defaultValue: '', description: 'Free-text description of the support severity level.' })
  @IsString()
  @Length(0, 2000)
  description: string;

  @Field(() => Int, { nullable: true, description: 'Minutes of covered time; omit for "as negotiated" (no timer).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 60)
  responseMinutes?: number | null;
}

@InputType('SupportOpenHoursInput', { description: "Open hours on one weekday, local time in the calendar's time zone." })
export class SupportOpenHoursInput {
  @Field(() => SupportWeekday, { description: 'The weekday the hours apply to.' })
  @IsEnum(SupportWeekday)
  weekday: SupportWeekday;

  @Field({ description: 'HH:MM' })
  @IsString()
  opens: string;

  @Field({ description: 'HH:MM or 24:00' })
  @IsString()
  closes: string;
}

@InputType('SupportCoverageCalendarInput', { description: 'When the response clock runs: 24x7, or business hours in a time zone minus holidays (SUP-1).' })
export class SupportCoverageCalendarInput {
  @Field(() => SupportCoverageKind, { description: 'Which support coverage kind: see the enum values.' })
  @IsEnum(SupportCoverageKind)
  kind: SupportCoverageKind;

  @Field(() => String, { nullable: true, description: 'IANA time zone; required for business hours.' })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => [SupportOpenHoursInput], { defaultValue: [], description: 'The open hours per weekday, for business-hours coverage.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(70)
  weeklyHours: SupportOpenHoursInput[];

  @Field(() => [String], { defaultValue: [], description: 'YYYY-MM-DD dates in the calendar zone.' })
  @ArrayMaxSize(1000)
  holidays: string[];
}

@InputType('SetSeverityPolicyInput', {
  description: "Input of `setSeverityPolicy`: SUP-1: a partner's (or TSANet group's) own levels, times and coverage calendar.",
})
export class SetSeverityPolicyInput {
  @Field(() => ID, { nullable: true, description: 'The partner whose policy this is (or give tsanetGroupId).' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group whose initial response SLAs this is.' })
  @IsOptional()
  @IsEntityId()
  tsanetGroupId?: string | null;

  @Field(() => [SupportSeverityLevelInput], { description: "The partner's own severity levels and response times; they replace the defaults (SUP-1)." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(9)
  levels: SupportSeverityLevelInput[];

  @Field(() => SupportCoverageCalendarInput, { description: 'When the response clock runs: 24x7 or business hours (SUP-1, SUP-8).' })
  @ValidateNested()
  coverage: SupportCoverageCalendarInput;
}
