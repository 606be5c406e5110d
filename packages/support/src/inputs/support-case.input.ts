import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import {
  SupportCaseDirection,
  SupportCaseKind,
  SupportCaseStatus,
  SupportEscalationKind,
  SupportInternalLevel,
  SupportIssueArea,
} from '../enums';

@InputType('OpenSupportCaseInput', { description: 'SUP-4: a customer report about partner software, received by vendor support.' })
export class OpenSupportCaseInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The partner software reported against; it must be listed.' })
  @IsString()
  @Length(1, 64)
  softwareId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the version; null when there is none.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  versionId?: string | null;

  @Field(() => Int, { description: 'The severity.' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field({ description: 'The customer name.' })
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field({ description: 'Title of the open support case.' })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ description: 'Free-text description of the open support case.' })
  @IsString()
  @Length(1, 20000)
  description: string;
}

@InputType('OpenCollaborativeCaseInput', { description: 'SUP-3: a collaborative case between vendor and partner.' })
export class OpenCollaborativeCaseInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => SupportCaseDirection, { description: 'The direction.' })
  @IsEnum(SupportCaseDirection)
  direction: SupportCaseDirection;

  @Field(() => SupportIssueArea, { defaultValue: SupportIssueArea.PRODUCT, description: 'The issue area.' })
  @IsEnum(SupportIssueArea)
  issueArea: SupportIssueArea;

  @Field(() => Int, { description: 'The severity.' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field(() => ID, { nullable: true, description: 'Id of the software; null when there is none.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the version; null when there is none.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  versionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group the case is sent through; the partner must be live in it.' })
  @IsOptional()
  @IsEntityId()
  tsanetGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer report this case was opened from.' })
  @IsOptional()
  @IsEntityId()
  relatedCaseId?: string | null;

  @Field({ description: 'The customer name.' })
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field({ description: 'Title of the open collaborative case.' })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ description: 'Free-text description of the open collaborative case.' })
  @IsString()
  @Length(1, 20000)
  description: string;
}

@InputType('RecordFirstResponseInput', { description: 'What record first response needs.' })
export class RecordFirstResponseInput {
  @Field(() => ID, { description: 'Id of the case.' })
  @IsEntityId()
  caseId: string;

  @Field(() => String, { nullable: true, description: 'The representative who contacted the customer (defaults to the caller).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  respondedBy?: string | null;
}

@InputType('RaiseSupportSeverityInput', { description: 'What raise support severity needs.' })
export class RaiseSupportSeverityInput {
  @Field(() => ID, { description: 'Id of the case.' })
  @IsEntityId()
  caseId: string;

  @Field(() => Int, { description: 'The new, more urgent severity.' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field({ description: 'Who asked for the raise (the customer contact).' })
  @IsString()
  @Length(1, 200)
  requestedBy: string;

  @Field({ description: 'The reason given, in free text.' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('EscalateSupportCaseInput', { description: 'What escalate support case needs.' })
export class EscalateSupportCaseInput {
  @Field(() => ID, { description: 'Id of the case.' })
  @IsEntityId()
  caseId: string;

  @Field(() => SupportEscalationKind, { description: 'INTERNAL or MANAGEMENT (a severity raise goes through raiseSeverity).' })
  @IsEnum(SupportEscalationKind)
  kind: SupportEscalationKind;

  @Field(() => SupportInternalLevel, { nullable: true, description: 'Required for an internal escalation.' })
  @IsOptional()
  @IsEnum(SupportInternalLevel)
  level?: SupportInternalLevel | null;

  @Field({ description: 'The person or team escalated to.' })
  @IsString()
  @Length(1, 200)
  escalatedTo: string;

  @Field({ description: 'Who asked for the escalation.' })
  @IsString()
  @Length(1, 200)
  requestedBy: string;

  @Field({ description: 'The reason given, in free text.' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('ResolveSupportCaseInput', { description: 'What resolve support case needs.' })
export class ResolveSupportCaseInput {
  @Field(() => ID, { description: 'Id of the case.' })
  @IsEntityId()
  caseId: string;

  @Field({ description: 'The resolution.' })
  @IsString()
  @Length(1, 20000)
  resolution: string;
}

@InputType('SupportCaseFilterInput', { description: 'Narrows the support case list; omitted fields do not narrow.' })
export class SupportCaseFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the software; null when there is none.' })
  @IsOptional()
  @IsString()
  softwareId?: string | null;

  @Field(() => SupportCaseKind, { nullable: true, description: 'The kind (optional).' })
  @IsOptional()
  @IsEnum(SupportCaseKind)
  kind?: SupportCaseKind | null;

  @Field(() => SupportCaseStatus, { nullable: true, description: 'Where the support case filter stands in its life cycle.' })
  @IsOptional()
  @IsEnum(SupportCaseStatus)
  status?: SupportCaseStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases whose response is (true) or is not (false) breached now.' })
  @IsOptional()
  breached?: boolean | null;
}
