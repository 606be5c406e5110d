import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday } from '../enums';

@InputType('SupportSeverityLevelInput', { description: 'What support severity level needs.' })
export class SupportSeverityLevelInput {
  @Field(() => Int, { description: 'The severity.' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field({ description: 'Name of the support severity level.' })
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

@InputType('SupportOpenHoursInput', { description: 'What support open hours needs.' })
export class SupportOpenHoursInput {
  @Field(() => SupportWeekday, { description: 'The weekday.' })
  @IsEnum(SupportWeekday)
  weekday: SupportWeekday;

  @Field({ description: 'HH:MM' })
  @IsString()
  opens: string;

  @Field({ description: 'HH:MM or 24:00' })
  @IsString()
  closes: string;
}

@InputType('SupportCoverageCalendarInput', { description: 'What support coverage calendar needs.' })
export class SupportCoverageCalendarInput {
  @Field(() => SupportCoverageKind, { description: 'Which support coverage kind: see the enum values.' })
  @IsEnum(SupportCoverageKind)
  kind: SupportCoverageKind;

  @Field(() => String, { nullable: true, description: 'IANA time zone; required for business hours.' })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => [SupportOpenHoursInput], { defaultValue: [], description: 'The weekly hours.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(70)
  weeklyHours: SupportOpenHoursInput[];

  @Field(() => [String], { defaultValue: [], description: 'YYYY-MM-DD dates in the calendar zone.' })
  @ArrayMaxSize(1000)
  holidays: string[];
}

@InputType('SetSeverityPolicyInput', { description: 'What set severity policy needs.' })
export class SetSeverityPolicyInput {
  @Field(() => ID, { nullable: true, description: 'The partner whose policy this is (or give tsanetGroupId).' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group whose initial response SLAs this is.' })
  @IsOptional()
  @IsEntityId()
  tsanetGroupId?: string | null;

  @Field(() => [SupportSeverityLevelInput], { description: 'The levels.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(9)
  levels: SupportSeverityLevelInput[];

  @Field(() => SupportCoverageCalendarInput, { description: 'The coverage.' })
  @ValidateNested()
  coverage: SupportCoverageCalendarInput;
}

