import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday } from '../enums';

@InputType('SupportSeverityLevelInput')
export class SupportSeverityLevelInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field({ defaultValue: '' })
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

@InputType('SupportOpenHoursInput')
export class SupportOpenHoursInput {
  @Field(() => SupportWeekday)
  @IsEnum(SupportWeekday)
  weekday: SupportWeekday;

  @Field({ description: 'HH:MM' })
  @IsString()
  opens: string;

  @Field({ description: 'HH:MM or 24:00' })
  @IsString()
  closes: string;
}

@InputType('SupportCoverageCalendarInput')
export class SupportCoverageCalendarInput {
  @Field(() => SupportCoverageKind)
  @IsEnum(SupportCoverageKind)
  kind: SupportCoverageKind;

  @Field(() => String, { nullable: true, description: 'IANA time zone; required for business hours.' })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => [SupportOpenHoursInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(70)
  weeklyHours: SupportOpenHoursInput[];

  @Field(() => [String], { defaultValue: [], description: 'YYYY-MM-DD dates in the calendar zone.' })
  @ArrayMaxSize(1000)
  holidays: string[];
}

@InputType('SetSeverityPolicyInput')
export class SetSeverityPolicyInput {
  @Field(() => ID, { nullable: true, description: 'The partner whose policy this is (or give tsanetGroupId).' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group whose initial response SLAs this is.' })
  @IsOptional()
  @IsEntityId()
  tsanetGroupId?: string | null;

  @Field(() => [SupportSeverityLevelInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(9)
  levels: SupportSeverityLevelInput[];

  @Field(() => SupportCoverageCalendarInput)
  @ValidateNested()
  coverage: SupportCoverageCalendarInput;
}

