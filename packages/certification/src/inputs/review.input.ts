import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SubmissionStatus } from '../enums';

@InputType({ description: 'What create review slot needs.' })
export class CreateReviewSlotInput {
  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field({ description: 'Instant (UTC) of the starts.' })
  @IsDate()
  startsAt: Date;

  @Field(() => Int, { description: 'The capacity.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}

@InputType('CertificationCapabilityAnswerInput', { description: 'What certification capability answer needs.' })
export class CapabilityAnswerInput {
  @Field({ description: 'The capability.' })
  @Length(1, 200)
  capability: string;

  @Field({ description: 'Whether supported applies.' })
  @IsBoolean()
  supported: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 1000)
  notes?: string | null;
}

@InputType({ description: 'What reserve review slot needs.' })
export class ReserveReviewSlotInput {
  @Field(() => ID, { description: 'Id of the slot.' })
  @IsEntityId()
  slotId: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => [CapabilityAnswerInput], { defaultValue: [], description: 'CERT-2: the optional capability matrix questionnaire.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  capabilityMatrix: CapabilityAnswerInput[];
}

@InputType({ description: 'What submit for certification needs.' })
export class SubmitForCertificationInput {
  @Field(() => ID, { description: 'Id of the version.' })
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

@InputType({ description: 'What certify submission needs.' })
export class CertifySubmissionInput {
  @Field(() => ID, { description: 'Id of the submission.' })
  @IsEntityId()
  submissionId: string;

  @Field(() => ID, { nullable: true, description: 'CERT-5: the signed artifact, where the program signs software.' })
  @IsOptional()
  @IsEntityId()
  signedArtifactId?: string | null;
}

@InputType({ description: 'What deny submission needs.' })
export class DenySubmissionInput {
  @Field(() => ID, { description: 'Id of the submission.' })
  @IsEntityId()
  submissionId: string;

  @Field({ description: 'CERT-4: the written justification (required).' })
  @Length(0, 10000)
  justification: string;
}

@InputType('SubmissionFilterInput', { description: 'Narrows the submission list; omitted fields do not narrow.' })
export class SubmissionFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the software; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the version; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  versionId?: string | null;

  @Field(() => SubmissionStatus, { nullable: true, description: 'Where the submission filter stands in its life cycle.' })
  @IsOptional()
  status?: SubmissionStatus | null;
}

@InputType('ReviewSlotFilterInput', { description: 'Narrows the review slot list; omitted fields do not narrow.' })
export class ReviewSlotFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the program; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only slots starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  startsFrom?: Date | null;
}
