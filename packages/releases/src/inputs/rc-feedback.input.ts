import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@InputType('RecordRcInstallInput', { description: 'What record RC install needs.' })
export class RecordRcInstallInput {
  @Field(() => ID, { description: 'Id of the release.' })
  @IsEntityId()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => Date, { nullable: true, description: 'When the RC build was installed; now when omitted.' })
  @IsOptional()
  installedAt?: Date | null;
}

@InputType('RcFeedbackItemInput', { description: 'What RC feedback item needs.' })
export class RcFeedbackItemInput {
  @Field(() => RcFeedbackClassification, { description: 'The classification.' })
  @IsEnum(RcFeedbackClassification)
  classification: RcFeedbackClassification;

  @Field({ description: 'Free-text description of the RC feedback item.' })
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(4000)
  description: string;

  @Field(() => String, { nullable: true, description: 'Required for CATASTROPHIC and CERTIFICATION_BLOCKING items (REL-3).' })
  @IsOptional()
  @MaxLength(4000)
  businessJustification?: string | null;
}

@InputType('SubmitRcFeedbackInput', { description: 'What submit RC feedback needs.' })
export class SubmitRcFeedbackInput {
  @Field(() => ID, { description: 'Id of the release.' })
  @IsEntityId()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'The summary.' })
  @IsNotEmpty({ message: 'summary must not be empty' })
  @MaxLength(4000)
  summary: string;

  @Field(() => [RcFeedbackItemInput], { defaultValue: [], description: 'The items.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items: RcFeedbackItemInput[];
}
