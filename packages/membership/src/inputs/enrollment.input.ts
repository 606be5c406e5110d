import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { AgreementKind } from '../entities/agreement.entity';
import { ClauseInput } from './program.input';

@InputType()
export class EnrollPartnerInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => ID)
  @IsEntityId()
  programId: string;
}

@InputType()
export class SignAgreementInput {
  @Field(() => ID)
  @IsEntityId()
  enrollmentId: string;

  @Field(() => AgreementKind)
  kind: AgreementKind;

  @Field({ description: 'Name of the person signing for the partner.' })
  @Length(1, 200)
  signedBy: string;

  @Field()
  termStartsAt: Date;

  @Field({ description: 'Last instant of the term.' })
  termEndsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  documentVersion?: string | null;

  @Field(() => [ClauseInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  clauses: ClauseInput[];
}

@InputType()
export class TerminateEnrollmentInput {
  @Field(() => ID)
  @IsEntityId()
  enrollmentId: string;

  @Field()
  @Length(1, 1000)
  reason: string;
}
