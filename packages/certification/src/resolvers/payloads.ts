import { Field, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import {
  Artifact,
  CertificationProgramPolicy,
  EquivalencyRequest,
  HotFix,
  HotFixDistribution,
  Listing,
  ListingFootnote,
  RecertificationAssessment,
  RetestWaiver,
  ReviewSlot,
  SlotReservation,
  Software,
  SoftwareVersion,
  Submission,
} from '../entities';
import { CertificationChecklist } from '../services/views';

@ObjectType()
export class SoftwareVersionConnection extends Connection(SoftwareVersion) {}
@ObjectType()
export class ReviewSlotConnection extends Connection(ReviewSlot) {}
@ObjectType()
export class SubmissionConnection extends Connection(Submission) {}
@ObjectType()
export class ListingConnection extends Connection(Listing) {}

@ObjectType()
export class SetProgramCertificationPolicyPayload extends MutationPayload {
  @Field(() => CertificationProgramPolicy, { nullable: true })
  policy?: CertificationProgramPolicy;
}

@ObjectType()
export class RegisterSoftwarePayload extends MutationPayload {
  @Field(() => Software, { nullable: true })
  software?: Software;
}

@ObjectType()
export class SetSoftwareSupportPolicyPayload extends MutationPayload {
  @Field(() => Software, { nullable: true })
  software?: Software;
}

@ObjectType()
export class RegisterSoftwareVersionPayload extends MutationPayload {
  @Field(() => SoftwareVersion, { nullable: true })
  version?: SoftwareVersion;
}

@ObjectType()
export class RegisterArtifactPayload extends MutationPayload {
  @Field(() => Artifact, { nullable: true })
  artifact?: Artifact;
}

@ObjectType()
export class UpdateChecklistItemPayload extends MutationPayload {
  @Field(() => CertificationChecklist, { nullable: true })
  checklist?: CertificationChecklist;
}

@ObjectType()
export class CreateReviewSlotPayload extends MutationPayload {
  @Field(() => ReviewSlot, { nullable: true })
  slot?: ReviewSlot;
}

@ObjectType()
export class ReserveReviewSlotPayload extends MutationPayload {
  @Field(() => SlotReservation, { nullable: true })
  reservation?: SlotReservation;
}

@ObjectType()
export class SubmitForCertificationPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true })
  submission?: Submission;
}

@ObjectType()
export class CertifySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true })
  submission?: Submission;

  @Field(() => Listing, { nullable: true })
  listing?: Listing;
}

@ObjectType()
export class DenySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true })
  submission?: Submission;
}

@ObjectType()
export class AddListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true })
  listing?: Listing;
}

@ObjectType()
export class ResolveListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true })
  listing?: Listing;
}

@ObjectType()
export class PublishListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true })
  listing?: Listing;
}

@ObjectType()
export class RemoveListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true })
  listing?: Listing;
}

@ObjectType()
export class AnswerRecertificationQuestionnairePayload extends MutationPayload {
  @Field(() => RecertificationAssessment, { nullable: true })
  assessment?: RecertificationAssessment;
}

@ObjectType()
export class FileHotFixPayload extends MutationPayload {
  @Field(() => HotFix, { nullable: true })
  hotFix?: HotFix;
}

@ObjectType()
export class RecordHotFixDistributionPayload extends MutationPayload {
  @Field(() => HotFixDistribution, { nullable: true })
  distribution?: HotFixDistribution;
}

@ObjectType()
export class RequestRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true })
  waiver?: RetestWaiver;
}

@ObjectType()
export class DecideRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true })
  waiver?: RetestWaiver;
}

@ObjectType()
export class RequestEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true })
  request?: EquivalencyRequest;
}

@ObjectType()
export class DecideEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true })
  request?: EquivalencyRequest;

  @Field(() => Listing, { nullable: true, description: 'The listing extended to the update, when approved.' })
  listing?: Listing;
}
