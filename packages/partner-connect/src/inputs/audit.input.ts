import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AuditRequirementCode } from '../enums';

@InputType('StartAuditInput')
export class StartAuditInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => Int, { nullable: true, description: 'The program year audited, one the partner was in; by default the one that ended last, or the year the partner entered if it entered after that one ended.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  programYear?: number | null;
}

@InputType('RecordAuditRequirementInput')
export class RecordAuditRequirementInput {
  @Field(() => ID)
  @IsEntityId()
  auditId: string;

  @Field(() => AuditRequirementCode)
  @IsEnum(AuditRequirementCode)
  requirement: AuditRequirementCode;

  @Field()
  @IsBoolean()
  met: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@InputType('CloseAuditInput')
export class CloseAuditInput {
  @Field(() => ID)
  @IsEntityId()
  auditId: string;
}
