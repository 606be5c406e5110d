import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { SubmissionStatus } from '../enums';

@InputType()
export class CreateReviewSlotInput {
  @Field(() => ID)
  @IsEntityId()
  programId: string;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}

@InputType('CertificationCapabilityAnswerInput')
export class CapabilityAnswerInput {
  @Field()
  @Length(1, 200)
  capability: string;

  @Field()
  @IsBoolean()
  supported: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  notes?: string | null;
}

@InputType()
export class ReserveReviewSlotInput {
  @Field(() => ID)
  @IsEntityId()
  slotId: string;

  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => [CapabilityAnswerInput], { defaultValue: [], description: 'CERT-2: the optional capability matrix questionnaire.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  capabilityMatrix: CapabilityAnswerInput[];
}

@InputType()
export class SubmitForCertificationInput {
  @Field(() => ID)
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

@InputType()
export class CertifySubmissionInput {
  @Field(() => ID)
  @IsEntityId()
  submissionId: string;

  @Field(() => ID, { nullable: true, description: 'CERT-5: the signed artifact, where the program signs software.' })
  @IsOptional()
  @IsEntityId()
  signedArtifactId?: string | null;
}

@InputType()
export class DenySubmissionInput {
  @Field(() => ID)
  @IsEntityId()
  submissionId: string;

  @Field({ description: 'CERT-4: the written justification (required).' })
  @Length(0, 10000)
  justification: string;
}

@InputType()
export class SubmissionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  versionId?: string | null;

  @Field(() => SubmissionStatus, { nullable: true })
  @IsOptional()
  status?: SubmissionStatus | null;
}

@InputType()
export class ReviewSlotFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only slots starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  startsFrom?: Date | null;
}
