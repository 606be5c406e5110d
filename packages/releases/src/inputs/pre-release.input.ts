import { IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { BuildAccessDecision, BuildAccessStatus, Milestone } from '../enums';

@InputType('AddPreReleaseMaterialInput', { description: 'What add pre release material needs.' })
export class AddPreReleaseMaterialInput {
  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the product.' })
  @IsEntityId()
  productId: string;

  @Field(() => ID, { nullable: true, description: 'The release whose GA makes it a development kit; any release of the product when omitted.' })
  @IsOptional()
  @IsEntityId()
  releaseId?: string | null;

  @Field({ description: 'Name of the add pre release material.' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the add pre release material.' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@InputType('RequestBuildAccessInput', { description: 'What request build access needs.' })
export class RequestBuildAccessInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The program under which the build is asked for.' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the release.' })
  @IsEntityId()
  releaseId: string;

  @Field(() => Milestone, { nullable: true, description: 'EARLY_ACCESS or RTM; omit for a build between milestones.' })
  @IsOptional()
  @IsEnum(Milestone)
  milestone?: Milestone | null;

  @Field({ description: 'Which build, such as a build number or a date.' })
  @IsNotEmpty({ message: 'requestedBuild must not be empty' })
  @MaxLength(200)
  requestedBuild: string;

  @Field({ description: 'Why the partner needs this build (REL-8).' })
  @MaxLength(4000)
  justification: string;
}

@InputType('DecideBuildAccessInput', { description: 'What decide build access needs.' })
export class DecideBuildAccessInput {
  @Field(() => ID, { description: 'Id of the request.' })
  @IsEntityId()
  requestId: string;

  @Field(() => BuildAccessDecision, { description: 'The decision.' })
  @IsEnum(BuildAccessDecision)
  decision: BuildAccessDecision;

  @Field(() => String, { nullable: true, description: 'Required when refusing.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the partner downloads the beta-type build; required when approving.' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'downloadUrl must be an http(s) URL' })
  @MaxLength(500)
  downloadUrl?: string | null;
}

@InputType('BuildAccessRequestFilterInput', { description: 'Narrows the build access request list; omitted fields do not narrow.' })
export class BuildAccessRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the program; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the release; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  releaseId?: string | null;

  @Field(() => BuildAccessStatus, { nullable: true, description: 'Where the build access request filter stands in its life cycle.' })
  @IsOptional()
  @IsEnum(BuildAccessStatus)
  status?: BuildAccessStatus | null;
}
