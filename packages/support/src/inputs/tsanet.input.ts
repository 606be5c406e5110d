import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { TsanetCommunicationSender, TsanetGroupType, TsanetInternalAccess, TsanetMembershipKind, TsanetPaymentModel } from '../enums';

export const DEFAULT_LEGAL_ADDENDUM = 'TSANet default partner addendum';

@InputType('CreateTsanetGroupInput', { description: 'SUP-9: the host\'s partner program decisions.' })
export class CreateTsanetGroupInput {
  @Field({ description: 'Name of the create TSANet group.' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => ID, { description: 'Id of the host partner.' })
  @IsEntityId()
  hostPartnerId: string;

  @Field({ description: 'The primary contact.' })
  @IsString()
  @Length(1, 200)
  primaryContact: string;

  @Field(() => TsanetGroupType, { description: 'The group type.' })
  @IsEnum(TsanetGroupType)
  groupType: TsanetGroupType;

  @Field(() => TsanetPaymentModel, { description: 'The payment model.' })
  @IsEnum(TsanetPaymentModel)
  paymentModel: TsanetPaymentModel;

  @Field({ description: 'The sign up notification email.' })
  @IsEmail()
  signUpNotificationEmail: string;

  @Field({ description: 'The process form.' })
  @IsString()
  @Length(1, 20000)
  processForm: string;

  @Field(() => Int, { defaultValue: 24, description: 'Hours a member has to acknowledge a collaboration case.' })
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  acknowledgementSlaHours: number;

  @Field(() => TsanetInternalAccess, { defaultValue: TsanetInternalAccess.OPEN, description: 'The internal access.' })
  @IsEnum(TsanetInternalAccess)
  internalAccess: TsanetInternalAccess;

  @Field({ description: 'The communication template.' })
  @IsString()
  @Length(1, 20000)
  communicationTemplate: string;

  @Field(() => TsanetCommunicationSender, { defaultValue: TsanetCommunicationSender.HOST, description: 'The communication sender.' })
  @IsEnum(TsanetCommunicationSender)
  communicationSender: TsanetCommunicationSender;

  @Field({ defaultValue: DEFAULT_LEGAL_ADDENDUM, description: 'The legal addendum.' })
  @IsString()
  @Length(1, 50000)
  legalAddendum: string;

  @Field(() => CalendarDateScalar, { description: 'YYYY-MM-DD' })
  @IsDateOnly()
  programStartDate: string;

  @Field(() => [String], { defaultValue: [], description: 'Partner ids or company names that skip approval.' })
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  preApproved: string[];
}

@InputType('SignUpTsanetMemberInput', { description: 'SUP-9 steps 1-3: sign up, optionally with the completed form.' })
export class SignUpTsanetMemberInput {
  @Field(() => ID, { description: 'Id of the group.' })
  @IsEntityId()
  groupId: string;

  @Field(() => ID, { nullable: true, description: 'The partner joining (required in member-paid groups).' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field({ description: 'The company name.' })
  @IsString()
  @Length(1, 200)
  companyName: string;

  @Field(() => TsanetMembershipKind, { defaultValue: TsanetMembershipKind.LIMITED, description: 'The membership kind.' })
  @IsEnum(TsanetMembershipKind)
  membershipKind: TsanetMembershipKind;

  @Field(() => String, { nullable: true, description: 'The member\'s inbound support process: completes the sign-up form.' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  inboundProcess?: string | null;
}

@InputType('CompleteTsanetMemberFormInput', { description: 'What complete TSANet member form needs.' })
export class CompleteTsanetMemberFormInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'The inbound process.' })
  @IsString()
  @Length(1, 20000)
  inboundProcess: string;
}

@InputType('DecideTsanetMemberInput', { description: 'SUP-9 step 4: the host approves or rejects.' })
export class DecideTsanetMemberInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'The reason given, in free text.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType('AcknowledgeValidationCaseInput', { description: 'SUP-9 steps 5-6: the member acknowledged the test case.' })
export class AcknowledgeValidationCaseInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'Who at the member acknowledged and responded.' })
  @IsString()
  @Length(1, 200)
  acknowledgedBy: string;
}

@InputType('TakeTsanetMemberLiveInput', { description: 'What take TSANet member live needs.' })
export class TakeTsanetMemberLiveInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsEntityId()
  memberId: string;
}

@InputType('RenewTsanetMemberInput', { description: 'What renew TSANet member needs.' })
export class RenewTsanetMemberInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsEntityId()
  memberId: string;
}
