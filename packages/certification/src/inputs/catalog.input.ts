import { Field, Float, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, CertificationChecklistKind, CertificationQuestionnaireKind, SoftwareReleaseKind } from '../enums';
import { VERSION_PATTERN } from '../rules/release-signature.rules';

const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

@InputType({ description: 'What set program certification policy needs.' })
export class SetProgramCertificationPolicyInput {
  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field(() => CertificationAcceptanceLevel, { description: 'The acceptance level.' })
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel: CertificationAcceptanceLevel;

  @Field(() => CertificationQuestionnaireKind, { description: 'The questionnaire kind.' })
  @IsEnum(CertificationQuestionnaireKind)
  questionnaireKind: CertificationQuestionnaireKind;

  @Field({ defaultValue: false, description: 'Whether signs software applies.' })
  @IsBoolean()
  signsSoftware: boolean;

  @Field({ defaultValue: true, description: 'Whether to has ready logo.' })
  @IsBoolean()
  hasReadyLogo: boolean;
}

@InputType({ description: 'What register software needs.' })
export class RegisterSoftwareInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the program.' })
  @IsEntityId()
  programId: string;

  @Field({ description: 'Name of the register software.' })
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: true, description: 'Whether platform dependent applies.' })
  @IsBoolean()
  platformDependent: boolean;

  @Field(() => String, { nullable: true, description: 'The support policy URL (optional).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl?: string | null;
}

@InputType({ description: 'What set software support policy needs.' })
export class SetSoftwareSupportPolicyInput {
  @Field(() => ID, { description: 'Id of the software.' })
  @IsEntityId()
  softwareId: string;

  @Field({ description: 'The support policy URL.' })
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl: string;
}

@InputType({ description: 'What register software version needs.' })
export class RegisterSoftwareVersionInput {
  @Field(() => ID, { description: 'Id of the software.' })
  @IsEntityId()
  softwareId: string;

  @Field({ description: 'Dotted numeric version nodes, such as 2.1.0.4.' })
  @Matches(VERSION_PATTERN, { message: 'version must be 1 to 6 dotted numeric nodes, such as 2.1.0.4' })
  version: string;

  @Field(() => CalendarDateScalar, { description: 'Release date, YYYY-MM-DD.' })
  @IsDateOnly()
  releasedOn: string;

  @Field(() => SoftwareReleaseKind, { description: 'The release kind.' })
  @IsEnum(SoftwareReleaseKind)
  releaseKind: SoftwareReleaseKind;
}

@InputType({ description: 'What register artifact needs.' })
export class RegisterArtifactInput {
  @Field(() => ID, { description: 'Id of the version.' })
  @IsEntityId()
  versionId: string;

  @Field({ description: 'The file name.' })
  @Length(1, 255)
  fileName: string;

  @Field({ description: 'The md5.' })
  @Matches(/^[0-9a-fA-F]{32}$/, { message: 'md5 must be 32 hexadecimal digits' })
  md5: string;

  @Field({ description: 'The sha1.' })
  @Matches(/^[0-9a-fA-F]{40}$/, { message: 'sha1 must be 40 hexadecimal digits' })
  sha1: string;

  @Field(() => Float, { description: 'File size in bytes.' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sizeBytes: number;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Date certified or released, YYYY-MM-DD; defaults to the version release date.' })
  @IsOptional()
  @IsDateOnly()
  releasedOn?: string | null;
}

@InputType({ description: 'What update checklist item needs.' })
export class UpdateChecklistItemInput {
  @Field(() => ID, { description: 'Id of the version.' })
  @IsEntityId()
  versionId: string;

  @Field(() => CertificationChecklistKind, { description: 'The checklist.' })
  @IsEnum(CertificationChecklistKind)
  checklist: CertificationChecklistKind;

  @Field({ description: 'The item key.' })
  @Length(1, 60)
  itemKey: string;

  @Field({ description: 'Whether done applies.' })
  @IsBoolean()
  done: boolean;

  @Field(() => String, { nullable: true, description: 'The evidence URL (optional).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'evidenceUrl must be an http(s) URL' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 1000)
  note?: string | null;
}
