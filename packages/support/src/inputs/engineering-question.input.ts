import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { EngineeringQuestionStatus } from '../enums';

@InputType('AskEngineeringQuestionInput', { description: 'SUP-10: a question with the partner\'s internal assessment and logs.' })
export class AskEngineeringQuestionInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field()
  @IsString()
  @Length(1, 20000)
  question: string;

  @Field(() => String, { nullable: true, description: 'Required: the engineering lead\'s triage of the issue.' })
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

@InputType('AnswerEngineeringQuestionInput')
export class AnswerEngineeringQuestionInput {
  @Field(() => ID)
  @IsEntityId()
  questionId: string;

  @Field()
  @IsString()
  @Length(1, 20000)
  answer: string;
}

@InputType('EngineeringQuestionFilter')
export class EngineeringQuestionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => EngineeringQuestionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EngineeringQuestionStatus)
  status?: EngineeringQuestionStatus | null;
}
