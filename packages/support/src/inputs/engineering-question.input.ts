import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { EngineeringQuestionStatus } from '../enums';

@InputType('AskEngineeringQuestionInput', { description: "SUP-10: a question with the partner's internal assessment and logs." })
export class AskEngineeringQuestionInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `askEngineeringQuestion` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'A one-line summary of the question.' })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ description: 'The technical question, with what was tried.' })
  @IsString()
  @Length(1, 20000)
  question: string;

  @Field(() => String, { nullable: true, description: "Required: the engineering lead's triage of the issue." })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  internalAssessment?: string | null;

  @Field(() => String, { nullable: true, description: 'Required: the engineering manager or technical lead who reviewed it.' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  assessedBy?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Required: logs (links or attachment references).' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  logs: string[];
}

@InputType('AnswerEngineeringQuestionInput', { description: 'Input of `answerEngineeringQuestion`: SUP-10: a vendor engineer answers.' })
export class AnswerEngineeringQuestionInput {
  @Field(() => ID, { description: 'Id of the OPEN `EngineeringQuestion` to answer.' })
  @IsEntityId()
  questionId: string;

  @Field({ description: "The vendor engineer's answer, plain text." })
  @IsString()
  @Length(1, 20000)
  answer: string;
}

@InputType('EngineeringQuestionFilterInput', { description: 'Narrows the engineering question list; omitted fields do not narrow.' })
export class EngineeringQuestionFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this `Partner`; any partner the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => EngineeringQuestionStatus, { nullable: true, description: 'Where the engineering question filter stands in its life cycle.' })
  @IsOptional()
  @IsEnum(EngineeringQuestionStatus)
  status?: EngineeringQuestionStatus | null;
}
