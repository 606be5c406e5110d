import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportCaseDirection, SupportCaseKind, SupportCaseStatus, SupportEscalationKind, SupportInternalLevel, SupportIssueArea } from '../enums';

@InputType('OpenSupportCaseInput', { description: 'SUP-4: a customer report about partner software, received by vendor support.' })
export class OpenSupportCaseInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `openSupportCase` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The partner software reported against; it must be listed.' })
  @IsString()
  @Length(1, 64)
  softwareId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the partner `SoftwareVersion` reported; the report is accepted only while that software is listed (SUP-4).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  versionId?: string | null;

  @Field(() => Int, { description: 'Severity 1 (down) to 4 (cosmetic); sets the response commitment of the severity policy (SUP-1).' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field({ description: 'The customer who reported the issue.' })
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field({ description: 'A one-line summary of the issue.' })
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
  @Field(() => ID, { description: 'Id of the `Partner` that `openCollaborativeCase` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => SupportCaseDirection, { description: 'Which side opens the case with the other (SUP-3).' })
  @IsEnum(SupportCaseDirection)
  direction: SupportCaseDirection;

  @Field(() => SupportIssueArea, { defaultValue: SupportIssueArea.PRODUCT, description: 'Product or SDK/API: decides who leads the case (SUP-3).' })
  @IsEnum(SupportIssueArea)
  issueArea: SupportIssueArea;

  @Field(() => Int, { description: 'Severity 1 (down) to 4 (cosmetic); sets the response commitment of the severity policy (SUP-1).' })
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field(() => ID, { nullable: true, description: 'Id of the `Software` that `openCollaborativeCase` acts on (`software(id:)` returns it); optional.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the partner `SoftwareVersion` involved; optional.' })
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

  @Field({ description: 'The mutual customer the case is for.' })
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field({ description: 'A one-line summary of the issue.' })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ description: 'Free-text description of the open collaborative case.' })
  @IsString()
  @Length(1, 20000)
  description: string;
}

@InputType('RecordFirstResponseInput', { description: 'Input of `recordFirstResponse`: SUP-2: the first contact; stops the response clock.' })
export class RecordFirstResponseInput {
  @Field(() => ID, { description: 'Id of the OPEN `SupportCase` the support representative first contacted the customer on (SUP-1).' })
  @IsEntityId()
  caseId: string;

  @Field(() => String, { nullable: true, description: 'The representative who contacted the customer (defaults to the caller).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  respondedBy?: string | null;
}

@InputType('RaiseSupportSeverityInput', { description: 'Input of `raiseSeverity`: SUP-2: the customer raises the severity; recorded with who and why.' })
export class RaiseSupportSeverityInput {
  @Field(() => ID, { description: 'Id of the OPEN `SupportCase` whose severity to raise.' })
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

  @Field({ description: 'Why the customer raises the severity, recorded with the escalation (SUP-2).' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('EscalateSupportCaseInput', { description: 'Input of `escalateCase`: SUP-2: internal (up to development) or management escalation.' })
export class EscalateSupportCaseInput {
  @Field(() => ID, { description: 'Id of the OPEN `SupportCase` to escalate.' })
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

  @Field({ description: 'Why the case is escalated, recorded with the escalation (SUP-2).' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('ResolveSupportCaseInput', { description: 'Input of `resolveCase`: closes a support case with its resolution.' })
export class ResolveSupportCaseInput {
  @Field(() => ID, { description: 'Id of the OPEN `SupportCase` to resolve.' })
  @IsEntityId()
  caseId: string;

  @Field({ description: 'How the issue was resolved, plain text.' })
  @IsString()
  @Length(1, 20000)
  resolution: string;
}

@InputType('SupportCaseFilterInput', { description: 'Narrows the support case list; omitted fields do not narrow.' })
export class SupportCaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this `Partner`; any partner the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Software`; any software the key may see when omitted.' })
  @IsOptional()
  @IsString()
  softwareId?: string | null;

  @Field(() => SupportCaseKind, { nullable: true, description: 'Only customer reports or only collaborative cases; both when omitted.' })
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
