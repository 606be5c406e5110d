import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@InputType('RecordRcInstallInput')
export class RecordRcInstallInput {
  @Field(() => ID)
  @IsEntityId()
  releaseId: string;

  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => Date, { nullable: true, description: 'When the RC build was installed; now when omitted.' })
  @IsOptional()
  installedAt?: Date | null;
}

@InputType('RcFeedbackItemInput')
export class RcFeedbackItemInput {
  @Field(() => RcFeedbackClassification)
  @IsEnum(RcFeedbackClassification)
  classification: RcFeedbackClassification;

  @Field()
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(4000)
  description: string;

  @Field(() => String, { nullable: true, description: 'Required for CATASTROPHIC and CERTIFICATION_BLOCKING items (REL-3).' })
  @IsOptional()
  @MaxLength(4000)
  businessJustification?: string | null;
}

@InputType('SubmitRcFeedbackInput')
export class SubmitRcFeedbackInput {
  @Field(() => ID)
  @IsEntityId()
  releaseId: string;

  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field()
  @IsNotEmpty({ message: 'summary must not be empty' })
  @MaxLength(4000)
  summary: string;

  @Field(() => [RcFeedbackItemInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items: RcFeedbackItemInput[];
}
