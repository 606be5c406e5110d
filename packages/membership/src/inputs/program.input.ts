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

  @Field({ description: 'The clause text that governs the topic in this document (MEM-3).' })
  @Length(1, 10_000)
  text: string;
}

@InputType({ description: 'Input of `createProgram`: a new program or umbrella program at version 1 with its enrollment requirements (MEM-5, MEM-7).' })
export class CreateProgramInput {
  @Field({ description: 'Short unique code, such as `SVA`.' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,59}$/, { message: 'code must be 2-60 upper-case letters, digits, _ or -' })
  code: string;

  @Field({ description: 'The program\'s name, such as "Storage Virtual Appliance".' })
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

  @Field(() => [Requirement], {
    defaultValue: [],
    description: 'What a partner must meet to enroll in version 1 and stay a member (MEM-1, MEM-5, MEM-8, MEM-9).',
  })
  @ArrayMaxSize(20)
  requirements: Requirement[];

  @Field(() => [ClauseInput], { defaultValue: [], description: 'Program guide clauses by topic.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  guideClauses: ClauseInput[];
}

@InputType({
  description:
    'Input of `publishProgramVersion`: MEM-5: publishes a new version, re-evaluates every member, suspends and reports those that no longer qualify.',
})
export class PublishProgramVersionInput {
  @Field(() => ID, { description: 'Id of the `Program` that `publishProgramVersion` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field(() => [Requirement], { description: 'What the new version requires; every member is re-evaluated against it (MEM-5).' })
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

@InputType({ description: "Input of `removeProgramFromUmbrella`: MEM-7: umbrella members lose this program's collateral only." })
export class RemoveProgramFromUmbrellaInput {
  @Field(() => ID, { description: 'Id of the `Program` that `removeProgramFromUmbrella` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the umbrella `Program` the program leaves (MEM-7).' })
  @IsEntityId()
  umbrellaId: string;

  @Field(() => String, { nullable: true, description: 'Why the program leaves the umbrella; optional.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}
