import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs, IsEntityId } from '@alliance/kernel';

/** A notice kind: `<domain>.<snake_case>`, or a former upper-case name still accepted (`RENAMED_NOTICE_KINDS`). */
export const NOTICE_KIND_PATTERN = /^[A-Za-z0-9_.]+$/;

@InputType({ description: 'Runs the notice sweep (NOT-1).' })
export class RunNoticeSweepInput {
  @Field(() => Date, { nullable: true, description: 'The instant to sweep up to; defaults to now. Not after now, not before the last sweep.' })
  @IsOptional()
  at?: Date | null;
}

@ArgsType()
export class NoticesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this partner's notices (a PARTNER key always sees only its own)." })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only notices due at or after this instant.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only notices due at or before this instant.' })
  @IsOptional()
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only notices of this kind (`<domain>.<snake_case>`), such as `membership.agreement_term_ends` or `partner_connect.renewal_notice`. The former names (`PC_RENEWAL_NOTICE`, `SUPPORT_CASE_BREACHED`, ...; see CHANGELOG.md) are still accepted and mean the renamed kind.',
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(NOTICE_KIND_PATTERN, { message: 'kind must be a notice kind such as membership.agreement_term_ends' })
  kind?: string | null;
}

export const MAX_UPCOMING_DAYS = 366;

@ArgsType()
export class UpcomingNoticesArgs extends ConnectionArgs {
  @Field(() => Date, { nullable: true, description: 'Start of the horizon (inclusive); defaults to now.' })
  @IsOptional()
  asOf?: Date | null;

  @Field(() => Int, { description: `Length of the horizon in days, 1 to ${MAX_UPCOMING_DAYS}; asOf + days is still inside.` })
  @IsInt()
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_UPCOMING_DAYS, { message: `days must not be greater than ${MAX_UPCOMING_DAYS}` })
  days: number;

  @Field(() => ID, { nullable: true, description: "Only this partner's notices." })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;
}
