import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AuditRequirementCode } from '../enums';

@InputType('StartAuditInput', { description: 'Input of `startAudit`: PC-10: open the annual audit of a partner.' })
export class StartAuditInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `startAudit` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The program year audited, one the partner was in; by default the one that ended last, or the year the partner entered if it entered after that one ended.',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  programYear?: number | null;
}

@InputType('RecordAuditRequirementInput', {
  description: 'Input of `recordAuditRequirement`: PC-10: record a requirement result; completing them in a remediation window reinstates.',
})
export class RecordAuditRequirementInput {
  @Field(() => ID, { description: 'Id of the `Audit` that `recordAuditRequirement` acts on (`audit(id:)` returns it).' })
  @IsEntityId()
  auditId: string;

  @Field(() => AuditRequirementCode, { description: 'The foundational requirement met (PC-10).' })
  @IsEnum(AuditRequirementCode)
  requirement: AuditRequirementCode;

  @Field({ description: 'Whether the partner has met the requirement (PC-10).' })
  @IsBoolean()
  met: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@InputType('CloseAuditInput', { description: 'Input of `closeAudit`: PC-10: close the audit: passed, or re-leveled to Community with a 90-day window.' })
export class CloseAuditInput {
  @Field(() => ID, { description: 'Id of the `Audit` that `closeAudit` acts on (`audit(id:)` returns it).' })
  @IsEntityId()
  auditId: string;
}
