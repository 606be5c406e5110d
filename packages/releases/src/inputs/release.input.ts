import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { Milestone, ReleaseBuildType, ReleaseKind } from '../enums';

@InputType('CreateReleaseInput', { description: 'Input of `createRelease`: adds a release of a product, of a kind (REL-1).' })
export class CreateReleaseInput {
  @Field(() => ID, { description: 'Id of the `Product` that `createRelease` acts on (`product(id:)` returns it).' })
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

@InputType('AdvanceMilestoneInput', {
  description: 'Input of `advanceMilestone`: records that a release reached its next milestone (REL-1, REL-4, REL-5, REL-6).',
})
export class AdvanceMilestoneInput {
  @Field(() => ID, { description: 'Id of the `Release` that `advanceMilestone` acts on (`release(id:)` returns it).' })
  @IsEntityId()
  releaseId: string;

  @Field(() => Milestone, { description: "The milestone reached: the next one the release's kind has, never skipped or moved back (REL-1)." })
  @IsEnum(Milestone)
  milestone: Milestone;

  @Field(() => Date, { nullable: true, description: 'When the build became available; now when omitted. Not in the future.' })
  @IsOptional()
  availableAt?: Date | null;

  @Field(() => ReleaseBuildType, {
    defaultValue: ReleaseBuildType.RELEASE_TYPE,
    description: 'Release-type or beta-type build (REL-6); release-type when omitted.',
  })
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

@InputType('AnnounceReleaseInput', { description: 'Input of `announceRelease`: records that a release was announced to partners (REL-5).' })
export class AnnounceReleaseInput {
  @Field(() => ID, { description: 'Id of the `Release` that `announceRelease` acts on (`release(id:)` returns it).' })
  @IsEntityId()
  releaseId: string;
}
