import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import { Agreement, AgreementKind } from '../entities/agreement.entity';
import { Enrollment } from '../entities/enrollment.entity';
import { NetworkMembership } from '../entities/tap-membership.entity';
import { Partner } from '../entities/partner.entity';
import { PartnerContact } from '../entities/partner-contact.entity';
import { Program } from '../entities/program.entity';
import { ProgramVersion } from '../entities/program-version.entity';
import { Requirement } from '../rules/requirements.rules';

@ObjectType({ description: 'A page of partner items, in creation order.' })
export class PartnerConnection extends Connection(Partner) {}

@ObjectType({
  description: 'The result of `createPartner`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreatePartnerPayload extends MutationPayload {
  @Field(() => Partner, { nullable: true, description: 'The Partner as `createPartner` left it; null when userErrors rejected the input.' })
  partner?: Partner;
}

@ObjectType({
  description:
    'The result of `endNetworkMembership`, `recordTapMembership` or `recordTsanetMembership`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class NetworkMembershipPayload extends MutationPayload {
  @Field(() => NetworkMembership, { nullable: true, description: 'The NetworkMembership as the mutation left it; null when userErrors rejected the input.' })
  membership?: NetworkMembership;
}

@ObjectType({
  description: 'The result of `setPartnerContact`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetPartnerContactPayload extends MutationPayload {
  @Field(() => PartnerContact, { nullable: true, description: 'The PartnerContact as `setPartnerContact` left it; null when userErrors rejected the input.' })
  contact?: PartnerContact;
}

@ObjectType({
  description:
    'The result of `createProgram` or `removeProgramFromUmbrella`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ProgramPayload extends MutationPayload {
  @Field(() => Program, { nullable: true, description: 'The Program as the mutation left it; null when userErrors rejected the input.' })
  program?: Program;
}

@ObjectType({ description: 'A member that no longer meets a new program version, and what it misses (MEM-5).' })
export class MemberShortfall {
  @Field(() => Enrollment, { description: 'The enrollment that no longer qualifies; it is SUSPENDED (MEM-5).' })
  enrollment: Enrollment;

  @Field(() => [Requirement], { description: "The new version's requirements the member does not meet (MEM-5)." })
  unmet: Requirement[];
}

@ObjectType({
  description:
    'The result of `publishProgramVersion`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class PublishProgramVersionPayload extends MutationPayload {
  @Field(() => ProgramVersion, {
    nullable: true,
    description: 'The ProgramVersion as `publishProgramVersion` left it; null when userErrors rejected the input.',
  })
  version?: ProgramVersion;

  @Field(() => [MemberShortfall], { nullable: true, description: 'Members suspended because they do not meet the new version.' })
  noLongerQualifying?: MemberShortfall[];
}

@ObjectType({
  description:
    'The result of `enrollPartner` or `terminateEnrollment`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class EnrollmentPayload extends MutationPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The Enrollment as the mutation left it; null when userErrors rejected the input.' })
  enrollment?: Enrollment;
}

@ObjectType({
  description: 'The result of `signAgreement`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SignAgreementPayload extends MutationPayload {
  @Field(() => Agreement, { nullable: true, description: 'The Agreement as `signAgreement` left it; null when userErrors rejected the input.' })
  agreement?: Agreement;

  @Field(() => Enrollment, { nullable: true, description: 'The Enrollment as `signAgreement` left it; null when userErrors rejected the input.' })
  enrollment?: Enrollment;
}

@ObjectType({ description: 'The clause that governs a topic for an enrollment (MEM-3).' })
export class GoverningClause {
  @Field({ description: 'The topic asked about, such as "termination".' })
  topic: string;

  @Field(() => AgreementKind, { description: 'The governing document: program addendum, then PEPA, then program guide.' })
  document: AgreementKind;

  @Field(() => ID, { nullable: true, description: 'Id of the agreement (or program version, for the guide).' })
  documentId: string | null;

  @Field({ description: "The governing document's clause text on the topic (MEM-3)." })
  text: string;

  @Field(() => [AgreementKind], { description: 'Lower-precedence documents that also speak to the topic.' })
  overridden: AgreementKind[];
}
