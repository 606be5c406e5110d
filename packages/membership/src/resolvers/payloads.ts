import { Field, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import { Agreement, AgreementKind } from '../entities/agreement.entity';
import { Enrollment } from '../entities/enrollment.entity';
import { NetworkMembership } from '../entities/tap-membership.entity';
import { Partner } from '../entities/partner.entity';
import { PartnerContact } from '../entities/partner-contact.entity';
import { Program } from '../entities/program.entity';
import { ProgramVersion } from '../entities/program-version.entity';
import { Requirement } from '../rules/requirements.rules';

@ObjectType()
export class PartnerConnection extends Connection(Partner) {}

@ObjectType()
export class CreatePartnerPayload extends MutationPayload {
  @Field(() => Partner, { nullable: true })
  partner?: Partner;
}

@ObjectType()
export class NetworkMembershipPayload extends MutationPayload {
  @Field(() => NetworkMembership, { nullable: true })
  membership?: NetworkMembership;
}

@ObjectType()
export class SetPartnerContactPayload extends MutationPayload {
  @Field(() => PartnerContact, { nullable: true })
  contact?: PartnerContact;
}

@ObjectType()
export class ProgramPayload extends MutationPayload {
  @Field(() => Program, { nullable: true })
  program?: Program;
}

@ObjectType({ description: 'A member that no longer meets a new program version, and what it misses (MEM-5).' })
export class MemberShortfall {
  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Field(() => [Requirement])
  unmet: Requirement[];
}

@ObjectType()
export class PublishProgramVersionPayload extends MutationPayload {
  @Field(() => ProgramVersion, { nullable: true })
  version?: ProgramVersion;

  @Field(() => [MemberShortfall], { nullable: true, description: 'Members suspended because they do not meet the new version.' })
  noLongerQualifying?: MemberShortfall[];
}

@ObjectType()
export class EnrollmentPayload extends MutationPayload {
  @Field(() => Enrollment, { nullable: true })
  enrollment?: Enrollment;
}

@ObjectType()
export class SignAgreementPayload extends MutationPayload {
  @Field(() => Agreement, { nullable: true })
  agreement?: Agreement;

  @Field(() => Enrollment, { nullable: true })
  enrollment?: Enrollment;
}

@ObjectType({ description: 'The clause that governs a topic for an enrollment (MEM-3).' })
export class GoverningClause {
  @Field()
  topic: string;

  @Field(() => AgreementKind, { description: 'The governing document: program addendum, then PEPA, then program guide.' })
  document: AgreementKind;

  @Field(() => String, { nullable: true, description: 'Id of the agreement (or program version, for the guide).' })
  documentId: string | null;

  @Field()
  text: string;

  @Field(() => [AgreementKind], { description: 'Lower-precedence documents that also speak to the topic.' })
  overridden: AgreementKind[];
}
