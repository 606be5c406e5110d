import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SubmissionStatus } from '../enums';

@InputType({ description: 'Input of `createReviewSlot`: CERT-2: open a review slot with a capacity.' })
export class CreateReviewSlotInput {
  @Field(() => ID, { description: 'Id of the `Program` that `createReviewSlot` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field({ description: 'When the reviews of the slot begin (UTC); partners reserve before it (CERT-2).' })
  @IsDate()
  startsAt: Date;

  @Field(() => Int, { description: 'How many reservations the slot takes (CERT-2).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}

@InputType('CertificationCapabilityAnswerInput', {
  description: 'One line of the capability matrix questionnaire a partner may fill when it reserves a review slot (CERT-2).',
})
export class CapabilityAnswerInput {
  @Field({ description: 'The capability the line asks about (CERT-2).' })
  @Length(1, 200)
  capability: string;

  @Field({ description: 'Whether the software supports the capability (CERT-2).' })
  @IsBoolean()
  supported: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 1000)
  notes?: string | null;
}

@InputType({ description: 'Input of `reserveReviewSlot`: CERT-2: reserve a review slot, with the optional capability matrix.' })
export class ReserveReviewSlotInput {
  @Field(() => ID, { description: 'Id of the `ReviewSlot` to reserve; refused when it is full (CERT-2).' })
  @IsEntityId()
  slotId: string;

  @Field(() => ID, { description: 'Id of the `Partner` that `reserveReviewSlot` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => [CapabilityAnswerInput], { defaultValue: [], description: 'CERT-2: the optional capability matrix questionnaire.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  capabilityMatrix: CapabilityAnswerInput[];
}

@InputType({ description: 'Input of `submitForCertification`: CERT-3: submit test results; consumes one certification submission entitlement.' })
export class SubmitForCertificationInput {
  @Field(() => ID, { description: 'Id of the partner `SoftwareVersion` certified.' })
  @IsEntityId()
  versionId: string;

  @Field(() => ID, { description: 'The vendor release tested against.' })
  @IsEntityId()
  releaseId: string;

  @Field(() => ID, { description: "CERT-2: the partner's review slot reservation." })
  @IsEntityId()
  reservationId: string;

  @Field({ description: 'Where the uploaded test results are.' })
  @Length(1, 500)
  testResultsUrl: string;
}

@InputType({ description: 'Input of `certifySubmission`: CERT-4/5: certify; creates the compatibility guide listing.' })
export class CertifySubmissionInput {
  @Field(() => ID, { description: 'Id of the `Submission` that `certifySubmission` acts on (`submission(id:)` returns it).' })
  @IsEntityId()
  submissionId: string;

  @Field(() => ID, { nullable: true, description: 'CERT-5: the signed artifact, where the program signs software.' })
  @IsOptional()
  @IsEntityId()
  signedArtifactId?: string | null;
}

@InputType({ description: 'Input of `denySubmission`: CERT-4: deny with a written justification.' })
export class DenySubmissionInput {
  @Field(() => ID, { description: 'Id of the `Submission` that `denySubmission` acts on (`submission(id:)` returns it).' })
  @IsEntityId()
  submissionId: string;

  @Field({ description: 'CERT-4: the written justification (required).' })
  @Length(0, 10000)
  justification: string;
}

@InputType('SubmissionFilterInput', { description: 'Narrows the submission list; omitted fields do not narrow.' })
export class SubmissionFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this `Partner`; any partner the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Software`; any software the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only submissions of this `SoftwareVersion`; every version when omitted.' })
  @IsOptional()
  @IsEntityId()
  versionId?: string | null;

  @Field(() => SubmissionStatus, { nullable: true, description: 'Where the submission filter stands in its life cycle.' })
  @IsOptional()
  status?: SubmissionStatus | null;
}

@InputType('ReviewSlotFilterInput', { description: 'Narrows the review slot list; omitted fields do not narrow.' })
export class ReviewSlotFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this `Program`; any program the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only slots starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  startsFrom?: Date | null;
}
