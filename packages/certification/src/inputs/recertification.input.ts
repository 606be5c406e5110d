import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUrl, Length, ValidateNested } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';

@InputType({ description: 'One answer of the re-certification questionnaire: YES when the change touches what the question asks about (CERT-9).' })
export class RecertificationAnswerInput {
  @Field(() => ID, { description: "Id of the `RecertificationQuestion`, such as CLI_OUTPUT; every question of the program's questionnaire needs an answer." })
  @Length(1, 60)
  questionId: string;

  @Field({ description: 'true = YES.' })
  @IsBoolean()
  answer: boolean;
}

@InputType({ description: "Input of `answerRecertificationQuestionnaire`: CERT-9: answer the program's questionnaire for a new version." })
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

  @Field(() => [RecertificationAnswerInput], {
    description: "One answer per question of the program's questionnaire; any YES means re-certification is required (CERT-9).",
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers: RecertificationAnswerInput[];
}

@InputType('CertificationHotFixDistributionInput', { description: 'One customer a hot fix was distributed to (CERT-10).' })
export class HotFixDistributionInput {
  @Field({ description: 'The customer the hot fix was given to.' })
  @Length(1, 200)
  customerName: string;

  @Field(() => String, { nullable: true, description: "The customer's case or account reference; optional." })
  @IsOptional()
  @Length(1, 200)
  customerReference?: string | null;

  @Field(() => CalendarDateScalar, { description: 'Calendar date the customer received the hot fix, `YYYY-MM-DD`.' })
  @IsDateOnly()
  distributedOn: string;
}

@InputType({ description: 'Input of `fileHotFix`: CERT-10: hot fix notification with its customer distributions.' })
export class FileHotFixInput {
  @Field(() => ID, { description: 'The hot fix version, registered with release kind HOT_FIX.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { description: 'The certified version the hot fix modifies.' })
  @IsEntityId()
  baseVersionId: string;

  @Field({ description: 'The critical customer issue the hot fix fixes; a hot fix is never a feature (CERT-10).' })
  @Length(1, 10000)
  bugDescription: string;

  @Field({ description: 'What customers see when the issue occurs (CERT-10).' })
  @Length(1, 10000)
  symptoms: string;

  @Field(() => CalendarDateScalar, { description: 'Estimated date the fix rolls into an update, YYYY-MM-DD.' })
  @IsDateOnly()
  estimatedUpdateOn: string;

  @Field(() => [HotFixDistributionInput], {
    defaultValue: [],
    description: 'The customers the hot fix was distributed to so far; more with `recordHotFixDistribution` (CERT-10).',
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  distributions: HotFixDistributionInput[];
}

@InputType({ description: 'Input of `recordHotFixDistribution`: CERT-10: record one more customer the hot fix went to.' })
export class RecordHotFixDistributionInput {
  @Field(() => ID, { description: 'Id of the `CertificationHotFix` distributed.' })
  @IsEntityId()
  hotFixId: string;

  @Field(() => HotFixDistributionInput, { description: 'The customer and the date it received the hot fix.' })
  @ValidateNested()
  distribution: HotFixDistributionInput;
}

@InputType({ description: 'Input of `requestRetestWaiver`: CERT-11: re-test waiver form.' })
export class RequestRetestWaiverInput {
  @Field(() => ID, { description: 'The modified version.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the `CertificationHotFix` the waiver is for (CERT-10); omit when the change is not a hot fix.' })
  @IsOptional()
  @IsEntityId()
  hotFixId?: string | null;

  @Field({ description: 'The nature of the change (CERT-11).' })
  @Length(1, 10000)
  natureOfChange: string;

  @Field({ description: 'The scope of the change: what parts of the software it touches (CERT-11).' })
  @Length(1, 10000)
  scope: string;

  @Field({ description: "The change's impact (CERT-11)." })
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

@InputType({ description: 'Input of `decideRetestWaiver`: CERT-11: approve or reject a re-test waiver.' })
export class DecideRetestWaiverInput {
  @Field(() => ID, { description: 'Id of the REQUESTED `CertificationRetestWaiver` to decide.' })
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

@InputType({ description: 'Input of `requestEquivalency`: CERT-12: ask to extend a certified listing to an update.' })
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

@InputType({ description: 'Input of `decideEquivalency`: CERT-12: approve (extends the listing, charges the equivalency fee) or deny.' })
export class DecideEquivalencyInput {
  @Field(() => ID, { description: 'Id of the REQUESTED `CertificationEquivalencyRequest` to decide.' })
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
