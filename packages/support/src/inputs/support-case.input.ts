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
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The partner software reported against; it must be listed.' })
  @IsString()
  @Length(1, 64)
  softwareId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  versionId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field()
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field()
  @IsString()
  @Length(1, 20000)
  description: string;
}

@InputType('OpenCollaborativeCaseInput', { description: 'SUP-3: a collaborative case between vendor and partner.' })
export class OpenCollaborativeCaseInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => SupportCaseDirection)
  @IsEnum(SupportCaseDirection)
  direction: SupportCaseDirection;

  @Field(() => SupportIssueArea, { defaultValue: SupportIssueArea.PRODUCT })
  @IsEnum(SupportIssueArea)
  issueArea: SupportIssueArea;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(9)
  severity: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  softwareId?: string | null;

  @Field(() => ID, { nullable: true })
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

  @Field()
  @IsString()
  @Length(1, 200)
  customerName: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field()
  @IsString()
  @Length(1, 20000)
  description: string;
}

@InputType('RecordFirstResponseInput')
export class RecordFirstResponseInput {
  @Field(() => ID)
  @IsEntityId()
  caseId: string;

  @Field(() => String, { nullable: true, description: 'The representative who contacted the customer (defaults to the caller).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  respondedBy?: string | null;
}

@InputType('RaiseSupportSeverityInput')
export class RaiseSupportSeverityInput {
  @Field(() => ID)
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

  @Field()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('EscalateSupportCaseInput')
export class EscalateSupportCaseInput {
  @Field(() => ID)
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

  @Field()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType('ResolveSupportCaseInput')
export class ResolveSupportCaseInput {
  @Field(() => ID)
  @IsEntityId()
  caseId: string;

  @Field()
  @IsString()
  @Length(1, 20000)
  resolution: string;
}

@InputType('SupportCaseFilter')
export class SupportCaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  softwareId?: string | null;

  @Field(() => SupportCaseKind, { nullable: true })
  @IsOptional()
  @IsEnum(SupportCaseKind)
  kind?: SupportCaseKind | null;

  @Field(() => SupportCaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SupportCaseStatus)
  status?: SupportCaseStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases whose response is (true) or is not (false) breached now.' })
  @IsOptional()
  breached?: boolean | null;
}
