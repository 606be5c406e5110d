import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { ProgramKind } from '../entities/program.entity';
import { Requirement } from '../rules/requirements.rules';

@InputType({ description: 'A clause of a document on one topic (MEM-3).' })
export class ClauseInput {
  @Field({ description: 'Topic key, such as `termination` or `fees`.' })
  @Matches(/^[a-z][a-z0-9_.-]{0,59}$/, { message: 'topic must be lower-case letters, digits, _ . - (at most 60)' })
  topic: string;

  @Field({ description: 'The text.' })
  @Length(1, 10_000)
  text: string;
}

@InputType({ description: 'What create program needs.' })
export class CreateProgramInput {
  @Field({ description: 'Short unique code, such as `SVA`.' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,59}$/, { message: 'code must be 2-60 upper-case letters, digits, _ or -' })
  code: string;

  @Field({ description: 'Name of the create program.' })
  @Length(1, 200)
  name: string;

  @Field(() => ProgramKind, { defaultValue: ProgramKind.PROGRAM, description: 'Which program kind: see the enum values.' })
  kind: ProgramKind;

  @Field(() => ID, { nullable: true, description: 'The umbrella program that contains this one.' })
  @IsOptional()
  @IsEntityId()
  umbrellaId?: string | null;

  @Field(() => CalendarDateScalar, { defaultValue: '2015-08-31', description: 'MEM-2 agreement cutoff date (YYYY-MM-DD).' })
  @IsDateOnly()
  agreementCutoffDate: string;

  @Field(() => [Requirement], { defaultValue: [], description: 'The requirements.' })
  @ArrayMaxSize(20)
  requirements: Requirement[];

  @Field(() => [ClauseInput], { defaultValue: [], description: 'Program guide clauses by topic.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  guideClauses: ClauseInput[];
}

@InputType({ description: 'What publish program version needs.' })
export class PublishProgramVersionInput {
  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field(() => [Requirement], { description: 'The requirements.' })
  @ArrayMaxSize(20)
  requirements: Requirement[];

  @Field(() => [ClauseInput], { nullable: true, description: 'New program guide clauses; the previous ones when omitted.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  guideClauses?: ClauseInput[] | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType({ description: 'What remove program from umbrella needs.' })
export class RemoveProgramFromUmbrellaInput {
  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the umbrella.' })
  @IsEntityId()
  umbrellaId: string;

  @Field(() => String, { nullable: true, description: 'The reason given, in free text.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}
