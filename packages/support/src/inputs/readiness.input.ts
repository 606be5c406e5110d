import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUrl, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportReadinessItemKind } from '../enums';

@InputType('RecordSupportReadinessItemInput', { description: 'SUP-6: record a contact or certified professional.' })
export class RecordSupportReadinessItemInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => SupportReadinessItemKind)
  @IsEnum(SupportReadinessItemKind)
  item: SupportReadinessItemKind;

  @Field()
  @IsString()
  @Length(1, 200)
  personName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  details?: string | null;
}

@InputType('RecordSupportChecklistEvidenceInput', { description: 'SUP-8: evidence for one checklist item.' })
export class RecordSupportChecklistEvidenceInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'Checklist item such as 1.1 or 3.4.' })
  @IsString()
  @Length(3, 8)
  itemId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  description: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  documentUrl?: string | null;
}

@InputType('DecideSupportChecklistEvidenceInput', { description: 'SUP-8: the vendor accepts or rejects evidence.' })
export class DecideSupportChecklistEvidenceInput {
  @Field(() => ID)
  @IsEntityId()
  evidenceId: string;

  @Field()
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}
