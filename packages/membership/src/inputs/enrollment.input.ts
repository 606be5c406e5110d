import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AgreementKind } from '../entities/agreement.entity';
import { ClauseInput } from './program.input';

@InputType({ description: 'Input of `enrollPartner`: MEM-1: needs an active TAP membership; starts PENDING until the agreements are signed.' })
export class EnrollPartnerInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `enrollPartner` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` that `enrollPartner` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;
}

@InputType({ description: 'Input of `signAgreement`: MEM-2: the last required signature activates the enrollment for the agreed term.' })
export class SignAgreementInput {
  @Field(() => ID, { description: 'Id of the `Enrollment` that `signAgreement` acts on (`enrollment(id:)` returns it).' })
  @IsEntityId()
  enrollmentId: string;

  @Field(() => AgreementKind, { description: 'Which agreement kind: see the enum values.' })
  kind: AgreementKind;

  @Field({ description: 'Name of the person signing for the partner.' })
  @Length(1, 200)
  signedBy: string;

  @Field({ description: "First instant of the agreement's term (UTC, MEM-4)." })
  termStartsAt: Date;

  @Field({ description: 'Last instant of the term.' })
  termEndsAt: Date;

  @Field(() => String, { nullable: true, description: 'The document\'s revision, such as "PEPA 2015"; optional.' })
  @IsOptional()
  @MaxLength(100)
  documentVersion?: string | null;

  @Field(() => [ClauseInput], { defaultValue: [], description: "The document's clauses by topic, for `governingClause` (MEM-3)." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  clauses: ClauseInput[];
}

@InputType({ description: "Input of `terminateEnrollment`: MEM-6: terminates the agreements and the membership, and the program's collateral access." })
export class TerminateEnrollmentInput {
  @Field(() => ID, { description: 'Id of the `Enrollment` that `terminateEnrollment` acts on (`enrollment(id:)` returns it).' })
  @IsEntityId()
  enrollmentId: string;

  @Field({ description: 'Why the agreement is terminated, recorded with the state change (MEM-6, MEM-10).' })
  @Length(1, 1000)
  reason: string;
}
