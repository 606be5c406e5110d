import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUrl, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SupportReadinessItemKind } from '../enums';

@InputType('RecordSupportReadinessItemInput', { description: 'SUP-6: record a contact or certified professional.' })
export class RecordSupportReadinessItemInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `recordReadinessItem` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => SupportReadinessItemKind, { description: 'Which SUP-6 requirement the person meets.' })
  @IsEnum(SupportReadinessItemKind)
  item: SupportReadinessItemKind;

  @Field({ description: "The named person's full name." })
  @IsString()
  @Length(1, 200)
  personName: string;

  @Field(() => String, { nullable: true, description: "The person's email address; optional." })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything more about the person, such as the certification held; optional.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  details?: string | null;
}

@InputType('RecordSupportChecklistEvidenceInput', { description: 'SUP-8: evidence for one checklist item.' })
export class RecordSupportChecklistEvidenceInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `recordChecklistEvidence` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Checklist item such as 1.1 or 3.4.' })
  @IsString()
  @Length(3, 8)
  itemId: string;

  @Field({ description: 'Free-text description of the record support checklist evidence.' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @Field(() => String, { nullable: true, description: 'Where the evidence document is; optional.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  documentUrl?: string | null;
}

@InputType('DecideSupportChecklistEvidenceInput', { description: 'SUP-8: the vendor accepts or rejects evidence.' })
export class DecideSupportChecklistEvidenceInput {
  @Field(() => ID, { description: 'Id of the SUBMITTED evidence to accept or reject (SUP-8).' })
  @IsEntityId()
  evidenceId: string;

  @Field({ description: 'True accepts the evidence (the item passes), false rejects it (SUP-8).' })
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}
