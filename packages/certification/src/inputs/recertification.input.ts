import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUrl, Length, ValidateNested } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';

@InputType({ description: 'What recertification answer needs.' })
export class RecertificationAnswerInput {
  @Field(() => ID, { description: 'Id of the question.' })
  @Length(1, 60)
  questionId: string;

  @Field({ description: 'true = YES.' })
  @IsBoolean()
  answer: boolean;
}

@InputType({ description: 'What answer recertification questionnaire needs.' })
export class AnswerRecertificationQuestionnaireInput {
  @Field(() => ID, { description: 'The new version being assessed.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'The earlier version the changes are measured against.' })
  @IsOptional()
  @IsEntityId()
  comparedToVersionId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'CLI/API questionnaire, question 1: the CLI commands and API calls used, with their parameters.' })
  @ArrayMaxSize(500)
  @Length(1, 500, { each: true })
  interfaces: string[];

  @Field(() => [RecertificationAnswerInput], { description: 'The answers.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: RecertificationAnswerInput[];
}

@InputType('CertificationHotFixDistributionInput', { description: 'What certification hot fix distribution needs.' })
export class HotFixDistributionInput {
  @Field({ description: 'The customer name.' })
  @Length(1, 200)
  customerName: string;

  @Field(() => String, { nullable: true, description: 'The customer reference (optional).' })
  @IsOptional()
  @Length(1, 200)
  customerReference?: string | null;

  @Field(() => CalendarDateScalar, { description: 'The distributed on.' })
  @IsDateOnly()
  distributedOn: string;
}

@InputType({ description: 'What file hot fix needs.' })
export class FileHotFixInput {
  @Field(() => ID, { description: 'The hot fix version, registered with release kind HOT_FIX.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { description: 'The certified version the hot fix modifies.' })
  @IsEntityId()
  baseVersionId: string;

  @Field({ description: 'The bug description.' })
  @Length(1, 10000)
  bugDescription: string;

  @Field({ description: 'The symptoms.' })
  @Length(1, 10000)
  symptoms: string;

  @Field(() => CalendarDateScalar, { description: 'Estimated date the fix rolls into an update, YYYY-MM-DD.' })
  @IsDateOnly()
  estimatedUpdateOn: string;

  @Field(() => [HotFixDistributionInput], { defaultValue: [], description: 'The distributions.' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  distributions: HotFixDistributionInput[];
}

@InputType({ description: 'What record hot fix distribution needs.' })
export class RecordHotFixDistributionInput {
  @Field(() => ID, { description: 'Id of the hot fix.' })
  @IsEntityId()
  hotFixId: string;

  @Field(() => HotFixDistributionInput, { description: 'The distribution.' })
  @ValidateNested()
  distribution: HotFixDistributionInput;
}

@InputType({ description: 'What request retest waiver needs.' })
export class RequestRetestWaiverInput {
  @Field(() => ID, { description: 'The modified version.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the hot fix; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  hotFixId?: string | null;

  @Field({ description: 'The nature of change.' })
  @Length(1, 10000)
  natureOfChange: string;

  @Field({ description: 'The scope.' })
  @Length(1, 10000)
  scope: string;

  @Field({ description: 'The impact.' })
  @Length(1, 10000)
  impact: string;

  @Field(() => [String], { description: 'Pointers to the user and reference documentation.' })
  @ArrayMinSize(1, { message: 'documentationUrls must name at least one document (CERT-11)' })
  @ArrayMaxSize(50)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { each: true, message: 'documentationUrls must be http(s) URLs' })
  documentationUrls: string[];

  @Field(() => [String], { description: 'The list of changes, each with its explanation.' })
  @ArrayMinSize(1, { message: 'changes must list at least one change (CERT-11)' })
  @ArrayMaxSize(500)
  @Length(1, 4000, { each: true })
  changes: string[];

  @Field(() => [String], { defaultValue: [], description: 'The subset of certification tests proposed.' })
  @ArrayMaxSize(500)
  @Length(1, 500, { each: true })
  testsToRun: string[];
}

@InputType({ description: 'What decide retest waiver needs.' })
export class DecideRetestWaiverInput {
  @Field(() => ID, { description: 'Id of the waiver.' })
  @IsEntityId()
  waiverId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(0, 10000)
  note?: string | null;
}

@InputType({ description: 'What request equivalency needs.' })
export class RequestEquivalencyInput {
  @Field(() => ID, { description: 'The certified listing to extend.' })
  @IsEntityId()
  listingId: string;

  @Field(() => ID, { description: 'The update of the certified software.' })
  @IsEntityId()
  versionId: string;

  @Field({ description: 'Free-text description of the request equivalency.' })
  @Length(1, 10000)
  description: string;
}

@InputType({ description: 'What decide equivalency needs.' })
export class DecideEquivalencyInput {
  @Field(() => ID, { description: 'Id of the request.' })
  @IsEntityId()
  requestId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when denying.' })
  @IsOptional()
  @Length(0, 10000)
  justification?: string | null;
}
