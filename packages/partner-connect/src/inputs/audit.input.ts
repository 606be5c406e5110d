import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AuditRequirementCode } from '../enums';

@InputType('StartAuditInput', { description: 'What start audit needs.' })
export class StartAuditInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => Int, { nullable: true, description: 'The program year audited, one the partner was in; by default the one that ended last, or the year the partner entered if it entered after that one ended.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  programYear?: number | null;
}

@InputType('RecordAuditRequirementInput', { description: 'What record audit requirement needs.' })
export class RecordAuditRequirementInput {
  @Field(() => ID, { description: 'Id of the audit.' })
  @IsEntityId()
  auditId: string;

  @Field(() => AuditRequirementCode, { description: 'The requirement.' })
  @IsEnum(AuditRequirementCode)
  requirement: AuditRequirementCode;

  @Field({ description: 'Whether met applies.' })
  @IsBoolean()
  met: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@InputType('CloseAuditInput', { description: 'What close audit needs.' })
export class CloseAuditInput {
  @Field(() => ID, { description: 'Id of the audit.' })
  @IsEntityId()
  auditId: string;
}
