import { Field, Float, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, CertificationChecklistKind, CertificationQuestionnaireKind, SoftwareReleaseKind } from '../enums';
import { VERSION_PATTERN } from '../rules/release-signature.rules';

const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

@InputType({ description: 'Input of `setProgramCertificationPolicy`: CERT-1: set the one acceptance level of a program.' })
export class SetProgramCertificationPolicyInput {
  @Field(() => ID, { description: 'Id of the `Program` that `setProgramCertificationPolicy` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field(() => CertificationAcceptanceLevel, { description: "The program's one acceptance level (CERT-1)." })
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel: CertificationAcceptanceLevel;

  @Field(() => CertificationQuestionnaireKind, { description: 'Which re-certification questionnaire and TOI checklist the program uses (CERT-9, CERT-15).' })
  @IsEnum(CertificationQuestionnaireKind)
  questionnaireKind: CertificationQuestionnaireKind;

  @Field({
    defaultValue: false,
    description: 'Whether the program signs partner software: listings then record the signed artifact, "Vendor Signed Software" (CERT-5).',
  })
  @IsBoolean()
  signsSoftware: boolean;

  @Field({ defaultValue: true, description: 'Whether the program has a "Ready" logo its listed software may use (CERT-16).' })
  @IsBoolean()
  hasReadyLogo: boolean;
}

@InputType({
  description: 'Input of `registerSoftware`: a partner software product under a program; its versions are registered with `registerSoftwareVersion`.',
})
export class RegisterSoftwareInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `registerSoftware` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` that `registerSoftware` acts on (`program(id:)` returns it).' })
  @IsEntityId()
  programId: string;

  @Field({ description: "The software product's name as it appears on the compatibility guide." })
  @Length(1, 200)
  name: string;

  @Field({
    defaultValue: true,
    description: 'Whether the software depends on the vendor platform: a new major platform release then requires full re-certification (CERT-9, REL-5).',
  })
  @IsBoolean()
  platformDependent: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Public URL of the support policy statement, needed to publish a listing (CERT-6); optional here, `setSoftwareSupportPolicy` sets it later.',
  })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl?: string | null;
}

@InputType({ description: 'Input of `setSoftwareSupportPolicy`: CERT-6: record the public support policy statement.' })
export class SetSoftwareSupportPolicyInput {
  @Field(() => ID, { description: 'Id of the `Software` that `setSoftwareSupportPolicy` acts on (`software(id:)` returns it).' })
  @IsEntityId()
  softwareId: string;

  @Field({ description: 'Public URL of the support policy statement; a listing is published only with one (CERT-6).' })
  @IsUrl(URL_OPTIONS, { message: 'supportPolicyUrl must be an http(s) URL' })
  supportPolicyUrl: string;
}

@InputType({ description: 'Input of `registerSoftwareVersion`: CERT-13: register a released version with a unique, dated release signature.' })
export class RegisterSoftwareVersionInput {
  @Field(() => ID, { description: 'Id of the `Software` that `registerSoftwareVersion` acts on (`software(id:)` returns it).' })
  @IsEntityId()
  softwareId: string;

  @Field({ description: 'Dotted numeric version nodes, such as 2.1.0.4.' })
  @Matches(VERSION_PATTERN, { message: 'version must be 1 to 6 dotted numeric nodes, such as 2.1.0.4' })
  version: string;

  @Field(() => CalendarDateScalar, { description: 'Release date, YYYY-MM-DD.' })
  @IsDateOnly()
  releasedOn: string;

  @Field(() => SoftwareReleaseKind, { description: 'Major, minor, update, patch or hot fix (CERT-9, CERT-10, CERT-12).' })
  @IsEnum(SoftwareReleaseKind)
  releaseKind: SoftwareReleaseKind;
}

@InputType({ description: 'Input of `registerArtifact`: CERT-14: declare a released file with its MD5, SHA1 and size.' })
export class RegisterArtifactInput {
  @Field(() => ID, { description: 'Id of the `SoftwareVersion` the file releases.' })
  @IsEntityId()
  versionId: string;

  @Field({ description: "The released file's name, as on the landing page (CERT-14)." })
  @Length(1, 255)
  fileName: string;

  @Field({ description: 'MD5 sum of the file, 32 hex digits; an equivalency compares it with the certified one (CERT-12, CERT-14).' })
  @Matches(/^[0-9a-fA-F]{32}$/, { message: 'md5 must be 32 hexadecimal digits' })
  md5: string;

  @Field({ description: 'SHA1 sum of the file, 40 hex digits (CERT-14).' })
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

@InputType({ description: 'Input of `updateChecklistItem`: CERT-15: mark one checklist item of a version.' })
export class UpdateChecklistItemInput {
  @Field(() => ID, { description: 'Id of the `SoftwareVersion` the checklist is tracked for.' })
  @IsEntityId()
  versionId: string;

  @Field(() => CertificationChecklistKind, { description: "Which of the version's two checklists (CERT-15)." })
  @IsEnum(CertificationChecklistKind)
  checklist: CertificationChecklistKind;

  @Field({ description: 'Key of the item in that checklist, as in `CertificationChecklistItem.key`.' })
  @Length(1, 60)
  itemKey: string;

  @Field({ description: 'Whether the item is now met (CERT-15).' })
  @IsBoolean()
  done: boolean;

  @Field(() => String, { nullable: true, description: 'Where the evidence for the item is; optional.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'evidenceUrl must be an http(s) URL' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @IsOptional()
  @Length(1, 1000)
  note?: string | null;
}
