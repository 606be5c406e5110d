import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { Milestone, ReleaseBuildType, ReleaseKind } from '../enums';

@InputType('CreateReleaseInput', { description: 'What create release needs.' })
export class CreateReleaseInput {
  @Field(() => ID, { description: 'Id of the product.' })
  @IsEntityId()
  productId: string;

  @Field({ description: 'Version label, unique within the product, such as 8.0 or 8.0 U2.' })
  @IsNotEmpty({ message: 'version must not be empty' })
  @MaxLength(60)
  version: string;

  @Field(() => ReleaseKind, { description: 'Which release kind: see the enum values.' })
  @IsEnum(ReleaseKind)
  kind: ReleaseKind;
}

@InputType('AdvanceMilestoneInput', { description: 'What advance milestone needs.' })
export class AdvanceMilestoneInput {
  @Field(() => ID, { description: 'Id of the release.' })
  @IsEntityId()
  releaseId: string;

  @Field(() => Milestone, { description: 'The milestone.' })
  @IsEnum(Milestone)
  milestone: Milestone;

  @Field(() => Date, { nullable: true, description: 'When the build became available; now when omitted. Not in the future.' })
  @IsOptional()
  availableAt?: Date | null;

  @Field(() => ReleaseBuildType, { defaultValue: ReleaseBuildType.RELEASE_TYPE, description: 'The build type.' })
  @IsEnum(ReleaseBuildType)
  buildType: ReleaseBuildType;

  @Field({ description: 'Where members download the build (REL-4).' })
  @Matches(/^https?:\/\/\S+$/, { message: 'downloadUrl must be an http(s) URL' })
  @MaxLength(500)
  downloadUrl: string;

  @Field({ defaultValue: false, description: 'Record the announcement to partners with this milestone (REL-5).' })
  @IsBoolean()
  announce: boolean;
}

@InputType('AnnounceReleaseInput', { description: 'What announce release needs.' })
export class AnnounceReleaseInput {
  @Field(() => ID, { description: 'Id of the release.' })
  @IsEntityId()
  releaseId: string;
}
