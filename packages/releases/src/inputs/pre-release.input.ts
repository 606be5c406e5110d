import { IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { BuildAccessDecision, BuildAccessStatus, Milestone } from '../enums';

@InputType('AddPreReleaseMaterialInput', { description: 'Input of `addPreReleaseMaterial`: REL-8: grants a pre-release material of a product to a program.' })
export class AddPreReleaseMaterialInput {
  @Field(() => ID, { description: 'Id of the `Program` that `addPreReleaseMaterial` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Product` that `addPreReleaseMaterial` acts on (`product(id:)` returns it).' })
  @IsEntityId()
  productId: string;

  @Field(() => ID, { nullable: true, description: 'The release whose GA makes it a development kit; any release of the product when omitted.' })
  @IsOptional()
  @IsEntityId()
  releaseId?: string | null;

  @Field({ description: 'Name of the material or kit as members see it, such as "SDK 8.0 Beta".' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the add pre release material.' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@InputType('RequestBuildAccessInput', {
  description: 'Input of `requestBuildAccess`: REL-8: asks for a build at an unofficial milestone, with a justification.',
})
export class RequestBuildAccessInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `requestBuildAccess` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The program under which the build is asked for.' })
  @IsEntityId()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Release` that `requestBuildAccess` acts on (`release(id:)` returns it).' })
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

@InputType('DecideBuildAccessInput', {
  description: 'Input of `decideBuildAccess`: REL-8: a program manager approves (delivering a beta-type build) or refuses a request.',
})
export class DecideBuildAccessInput {
  @Field(() => ID, { description: 'Id of the PENDING `BuildAccessRequest` to decide.' })
  @IsEntityId()
  requestId: string;

  @Field(() => BuildAccessDecision, { description: 'Approve or refuse (REL-8).' })
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
  @Field(() => ID, { nullable: true, description: 'Only those of this `Partner`; any partner the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Program`; any program the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Release`; any release the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  releaseId?: string | null;

  @Field(() => BuildAccessStatus, { nullable: true, description: 'Where the build access request filter stands in its life cycle.' })
  @IsOptional()
  @IsEnum(BuildAccessStatus)
  status?: BuildAccessStatus | null;
}
