import { Field, Float, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { IsDateOnly, IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, CertificationChecklistKind, CertificationQuestionnaireKind, SoftwareReleaseKind } from '../enums';
import { VERSION_PATTERN } from '../rules/release-signature.rules';

const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

@InputType()
export class SetProgramCertificationPolicyInput {
  @Field(() => ID)
  @IsEntityId()
  programId: string;

  @Field(() => CertificationAcceptanceLevel)
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel: CertificationAcceptanceLevel;

  @Field(() => CertificationQuestionnaireKind)
  @IsEnum(CertificationQuestionnaireKind)
  questionnaireKind: CertificationQuestionnaireKind;

  @Field({ defaultValue: false })
  @IsBoolean()
  signsSoftware: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  hasReadyLogo: boolean;
}

@InputType()
export class RegisterSoftwareInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => ID)
  @IsEntityId()
  programId: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  platformDependent: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl?: string | null;
}

@InputType()
export class SetSoftwareSupportPolicyInput {
  @Field(() => ID)
  @IsEntityId()
  softwareId: string;

  @Field()
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl: string;
}

@InputType()
export class RegisterSoftwareVersionInput {
  @Field(() => ID)
  @IsEntityId()
  softwareId: string;

  @Field({ description: 'Dotted numeric version nodes, such as 2.1.0.4.' })
  @Matches(VERSION_PATTERN, { message: 'version must be 1 to 6 dotted numeric nodes, such as 2.1.0.4' })
  version: string;

  @Field({ description: 'Release date, YYYY-MM-DD.' })
  @IsDateOnly()
  releasedOn: string;

  @Field(() => SoftwareReleaseKind)
  @IsEnum(SoftwareReleaseKind)
  releaseKind: SoftwareReleaseKind;
}

@InputType()
export class RegisterArtifactInput {
  @Field(() => ID)
  @IsEntityId()
  versionId: string;

  @Field()
  @Length(1, 255)
  fileName: string;

  @Field()
  @Matches(/^[0-9a-fA-F]{32}$/, { message: 'md5 must be 32 hexadecimal digits' })
  md5: string;

  @Field()
  @Matches(/^[0-9a-fA-F]{40}$/, { message: 'sha1 must be 40 hexadecimal digits' })
  sha1: string;

  @Field(() => Float, { description: 'File size in bytes.' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sizeBytes: number;

  @Field(() => String, { nullable: true, description: 'Date certified or released, YYYY-MM-DD; defaults to the version release date.' })
  @IsOptional()
  @IsDateOnly()
  releasedOn?: string | null;
}

@InputType()
export class UpdateChecklistItemInput {
  @Field(() => ID)
  @IsEntityId()
  versionId: string;

  @Field(() => CertificationChecklistKind)
  @IsEnum(CertificationChecklistKind)
  checklist: CertificationChecklistKind;

  @Field()
  @Length(1, 60)
  itemKey: string;

  @Field()
  @IsBoolean()
  done: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'evidenceUrl must be an http(s) URL' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  note?: string | null;
}
