import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { TsanetCommunicationSender, TsanetGroupType, TsanetInternalAccess, TsanetMembershipKind, TsanetPaymentModel } from '../enums';

export const DEFAULT_LEGAL_ADDENDUM = 'TSANet default partner addendum';

@InputType('CreateTsanetGroupInput', { description: "SUP-9: the host's partner program decisions." })
export class CreateTsanetGroupInput {
  @Field({ description: "The group's name as members see it." })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => ID, { description: 'Id of the `Partner` hosting the group; it approves members and, host-paid, pays their dues (FEE-5, SUP-9).' })
  @IsEntityId()
  hostPartnerId: string;

  @Field({ description: "The host's primary contact for the group (SUP-9)." })
  @IsString()
  @Length(1, 200)
  primaryContact: string;

  @Field(() => TsanetGroupType, { description: 'Solution Support or Partner Program (SUP-9).' })
  @IsEnum(TsanetGroupType)
  groupType: TsanetGroupType;

  @Field(() => TsanetPaymentModel, { description: 'Who pays for members: the host (FEE-5) or each member (FEE-1, FEE-7). Decides renewals (SUP-9).' })
  @IsEnum(TsanetPaymentModel)
  paymentModel: TsanetPaymentModel;

  @Field({ description: 'Address notified of each sign-up (SUP-9).' })
  @IsEmail()
  signUpNotificationEmail: string;

  @Field({ description: 'The process form a member completes after signing up (SUP-9).' })
  @IsString()
  @Length(1, 20000)
  processForm: string;

  @Field(() => Int, { defaultValue: 24, description: 'Hours a member has to acknowledge a collaboration case.' })
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  acknowledgementSlaHours: number;

  @Field(() => TsanetInternalAccess, {
    defaultValue: TsanetInternalAccess.OPEN,
    description: "Whether the host's internal access to the group's cases is open or restricted (SUP-9).",
  })
  @IsEnum(TsanetInternalAccess)
  internalAccess: TsanetInternalAccess;

  @Field({ description: 'The template of communications to members (SUP-9).' })
  @IsString()
  @Length(1, 20000)
  communicationTemplate: string;

  @Field(() => TsanetCommunicationSender, {
    defaultValue: TsanetCommunicationSender.HOST,
    description: "Who sends the group's communication templates (SUP-9).",
  })
  @IsEnum(TsanetCommunicationSender)
  communicationSender: TsanetCommunicationSender;

  @Field({ defaultValue: DEFAULT_LEGAL_ADDENDUM, description: 'The legal addendum members accept (SUP-9).' })
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
  @Field(() => ID, { description: 'Id of the `TsanetGroup` joined.' })
  @IsEntityId()
  groupId: string;

  @Field(() => ID, { nullable: true, description: 'The partner joining (required in member-paid groups).' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field({ description: "The member company's name, as the host sees it." })
  @IsString()
  @Length(1, 200)
  companyName: string;

  @Field(() => TsanetMembershipKind, {
    defaultValue: TsanetMembershipKind.LIMITED,
    description: 'Limited or Open Group: decides whether the host is billed for the member (FEE-5).',
  })
  @IsEnum(TsanetMembershipKind)
  membershipKind: TsanetMembershipKind;

  @Field(() => String, { nullable: true, description: "The member's inbound support process: completes the sign-up form." })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  inboundProcess?: string | null;
}

@InputType('CompleteTsanetMemberFormInput', {
  description: 'Input of `completeTsanetMemberForm`: SUP-9: complete the sign-up form (a pre-approved member is approved at once).',
})
export class CompleteTsanetMemberFormInput {
  @Field(() => ID, { description: 'Id of the SIGNED_UP `TsanetMember` completing the form.' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'How the member receives collaboration cases from the group: the process the form asks for (SUP-9).' })
  @IsString()
  @Length(1, 20000)
  inboundProcess: string;
}

@InputType('DecideTsanetMemberInput', { description: 'SUP-9 step 4: the host approves or rejects.' })
export class DecideTsanetMemberInput {
  @Field(() => ID, { description: 'Id of the FORM_COMPLETED `TsanetMember` to approve or reject.' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Why the host approves or rejects the member, kept on the member; optional.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType('AcknowledgeValidationCaseInput', { description: 'SUP-9 steps 5-6: the member acknowledged the test case.' })
export class AcknowledgeValidationCaseInput {
  @Field(() => ID, { description: 'Id of the `TsanetMember` whose test case was acknowledged; the member must be APPROVED (SUP-9).' })
  @IsEntityId()
  memberId: string;

  @Field({ description: 'Who at the member acknowledged and responded.' })
  @IsString()
  @Length(1, 200)
  acknowledgedBy: string;
}

@InputType('TakeTsanetMemberLiveInput', {
  description: 'Input of `takeTsanetMemberLive`: SUP-9 / FEE-7: take a validated member live (member-paid: after the payment receipt).',
})
export class TakeTsanetMemberLiveInput {
  @Field(() => ID, { description: 'Id of the VALIDATED `TsanetMember` to take live.' })
  @IsEntityId()
  memberId: string;
}

@InputType('RenewTsanetMemberInput', {
  description: 'Input of `renewTsanetMember`: SUP-9: invoice the member-paid renewal (from 30 days before the renewal date).',
})
export class RenewTsanetMemberInput {
  @Field(() => ID, { description: 'Id of the member-paid `TsanetMember` to invoice for renewal (SUP-9).' })
  @IsEntityId()
  memberId: string;
}
