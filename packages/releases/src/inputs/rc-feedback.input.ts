import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { RcFeedbackClassification } from '../enums';

@InputType('RecordRcInstallInput', {
  description: 'Input of `recordRcInstall`: REL-3: records that a partner installed the RC build; feedback is due 21 days after its availability.',
})
export class RecordRcInstallInput {
  @Field(() => ID, { description: 'Id of the `Release` that `recordRcInstall` acts on (`release(id:)` returns it).' })
  @IsEntityId()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the `Partner` that `recordRcInstall` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => Date, { nullable: true, description: 'When the RC build was installed; now when omitted.' })
  @IsOptional()
  installedAt?: Date | null;
}

@InputType('RcFeedbackItemInput', { description: 'One issue reported in RC feedback (REL-3).' })
export class RcFeedbackItemInput {
  @Field(() => RcFeedbackClassification, {
    description: 'How the issue is classified; catastrophic and certification-blocking issues need a business justification to be considered (REL-3).',
  })
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

@InputType('SubmitRcFeedbackInput', {
  description: 'Input of `submitRcFeedback`: REL-3: submits feedback on an RC build; after the due instant it is recorded and marked late.',
})
export class SubmitRcFeedbackInput {
  @Field(() => ID, { description: 'Id of the `Release` that `submitRcFeedback` acts on (`release(id:)` returns it).' })
  @IsEntityId()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the `Partner` that `submitRcFeedback` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: "The partner's summary of its RC testing." })
  @IsNotEmpty({ message: 'summary must not be empty' })
  @MaxLength(4000)
  summary: string;

  @Field(() => [RcFeedbackItemInput], { defaultValue: [], description: 'The issues found, each classified (REL-3).' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items: RcFeedbackItemInput[];
}
