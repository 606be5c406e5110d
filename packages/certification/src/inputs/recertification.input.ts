import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUrl, Length, ValidateNested } from 'class-validator';
import { IsDateOnly, IsEntityId } from '@alliance/kernel';

@InputType()
export class RecertificationAnswerInput {
  @Field()
  @Length(1, 60)
  questionId: string;

  @Field({ description: 'true = YES.' })
  @IsBoolean()
  answer: boolean;
}

@InputType()
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

  @Field(() => [RecertificationAnswerInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: RecertificationAnswerInput[];
}

@InputType('CertificationHotFixDistributionInput')
export class HotFixDistributionInput {
  @Field()
  @Length(1, 200)
  customerName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerReference?: string | null;

  @Field()
  @IsDateOnly()
  distributedOn: string;
}

@InputType()
export class FileHotFixInput {
  @Field(() => ID, { description: 'The hot fix version, registered with release kind HOT_FIX.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { description: 'The certified version the hot fix modifies.' })
  @IsEntityId()
  baseVersionId: string;

  @Field()
  @Length(1, 10000)
  bugDescription: string;

  @Field()
  @Length(1, 10000)
  symptoms: string;

  @Field({ description: 'Estimated date the fix rolls into an update, YYYY-MM-DD.' })
  @IsDateOnly()
  estimatedUpdateOn: string;

  @Field(() => [HotFixDistributionInput], { defaultValue: [] })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  distributions: HotFixDistributionInput[];
}

@InputType()
export class RecordHotFixDistributionInput {
  @Field(() => ID)
  @IsEntityId()
  hotFixId: string;

  @Field(() => HotFixDistributionInput)
  @ValidateNested()
  distribution: HotFixDistributionInput;
}

@InputType()
export class RequestRetestWaiverInput {
  @Field(() => ID, { description: 'The modified version.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  hotFixId?: string | null;

  @Field()
  @Length(1, 10000)
  natureOfChange: string;

  @Field()
  @Length(1, 10000)
  scope: string;

  @Field()
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

@InputType()
export class DecideRetestWaiverInput {
  @Field(() => ID)
  @IsEntityId()
  waiverId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 10000)
  note?: string | null;
}

@InputType()
export class RequestEquivalencyInput {
  @Field(() => ID, { description: 'The certified listing to extend.' })
  @IsEntityId()
  listingId: string;

  @Field(() => ID, { description: 'The update of the certified software.' })
  @IsEntityId()
  versionId: string;

  @Field()
  @Length(1, 10000)
  description: string;
}

@InputType()
export class DecideEquivalencyInput {
  @Field(() => ID)
  @IsEntityId()
  requestId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when denying.' })
  @IsOptional()
  @Length(0, 10000)
  justification?: string | null;
}
