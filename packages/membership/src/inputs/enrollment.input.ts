import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AgreementKind } from '../entities/agreement.entity';
import { ClauseInput } from './program.input';

@InputType({ description: 'What enroll partner needs.' })
export class EnrollPartnerInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;
}

@InputType({ description: 'What sign agreement needs.' })
export class SignAgreementInput {
  @Field(() => ID, { description: 'Id of the enrollment.' })
  @IsEntityId()
  enrollmentId: string;

  @Field(() => AgreementKind, { description: 'Which agreement kind: see the enum values.' })
  kind: AgreementKind;

  @Field({ description: 'Name of the person signing for the partner.' })
  @Length(1, 200)
  signedBy: string;

  @Field({ description: 'Instant (UTC) of the term starts.' })
  termStartsAt: Date;

  @Field({ description: 'Last instant of the term.' })
  termEndsAt: Date;

  @Field(() => String, { nullable: true, description: 'The document version (optional).' })
  @IsOptional()
  @MaxLength(100)
  documentVersion?: string | null;

  @Field(() => [ClauseInput], { defaultValue: [], description: 'The clauses.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  clauses: ClauseInput[];
}

@InputType({ description: 'What terminate enrollment needs.' })
export class TerminateEnrollmentInput {
  @Field(() => ID, { description: 'Id of the enrollment.' })
  @IsEntityId()
  enrollmentId: string;

  @Field({ description: 'The reason given, in free text.' })
  @Length(1, 1000)
  reason: string;
}
