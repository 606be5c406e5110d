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

@ObjectType({ description: 'A page of software version items, in creation order.' })
export class SoftwareVersionConnection extends Connection(SoftwareVersion) {}
@ObjectType({ description: 'A page of review slot items, in creation order.' })
export class ReviewSlotConnection extends Connection(ReviewSlot) {}
@ObjectType({ description: 'A page of submission items, in creation order.' })
export class SubmissionConnection extends Connection(Submission) {}
@ObjectType({ description: 'A page of listing items, in creation order.' })
export class ListingConnection extends Connection(Listing) {}

@ObjectType({ description: 'The result of set program certification policy: the changed record, or the userErrors that rejected the input.' })
export class SetProgramCertificationPolicyPayload extends MutationPayload {
  @Field(() => CertificationProgramPolicy, { nullable: true, description: 'The CertificationProgramPolicy as `setProgramCertificationPolicy` left it; null when userErrors rejected the input.' })
  policy?: CertificationProgramPolicy;
}

@ObjectType({ description: 'The result of register software: the changed record, or the userErrors that rejected the input.' })
export class RegisterSoftwarePayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The Software as `registerSoftware` left it; null when userErrors rejected the input.' })
  software?: Software;
}

@ObjectType({ description: 'The result of set software support policy: the changed record, or the userErrors that rejected the input.' })
export class SetSoftwareSupportPolicyPayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The Software as `setSoftwareSupportPolicy` left it; null when userErrors rejected the input.' })
  software?: Software;
}

@ObjectType({ description: 'The result of register software version: the changed record, or the userErrors that rejected the input.' })
export class RegisterSoftwareVersionPayload extends MutationPayload {
  @Field(() => SoftwareVersion, { nullable: true, description: 'The SoftwareVersion as `registerSoftwareVersion` left it; null when userErrors rejected the input.' })
  version?: SoftwareVersion;
}

@ObjectType({ description: 'The result of register artifact: the changed record, or the userErrors that rejected the input.' })
export class RegisterArtifactPayload extends MutationPayload {
  @Field(() => Artifact, { nullable: true, description: 'The Artifact as `registerArtifact` left it; null when userErrors rejected the input.' })
  artifact?: Artifact;
}

@ObjectType({ description: 'The result of update checklist item: the changed record, or the userErrors that rejected the input.' })
export class UpdateChecklistItemPayload extends MutationPayload {
  @Field(() => CertificationChecklist, { nullable: true, description: 'The CertificationChecklist as `updateChecklistItem` left it; null when userErrors rejected the input.' })
  checklist?: CertificationChecklist;
}

@ObjectType({ description: 'The result of create review slot: the changed record, or the userErrors that rejected the input.' })
export class CreateReviewSlotPayload extends MutationPayload {
  @Field(() => ReviewSlot, { nullable: true, description: 'The ReviewSlot as `createReviewSlot` left it; null when userErrors rejected the input.' })
  slot?: ReviewSlot;
}

@ObjectType({ description: 'The result of reserve review slot: the changed record, or the userErrors that rejected the input.' })
export class ReserveReviewSlotPayload extends MutationPayload {
  @Field(() => SlotReservation, { nullable: true, description: 'The ReviewSlotReservation as `reserveReviewSlot` left it; null when userErrors rejected the input.' })
  reservation?: SlotReservation;
}

@ObjectType({ description: 'The result of submit for certification: the changed record, or the userErrors that rejected the input.' })
export class SubmitForCertificationPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `submitForCertification` left it; null when userErrors rejected the input.' })
  submission?: Submission;
}

@ObjectType({ description: 'The result of certify submission: the changed record, or the userErrors that rejected the input.' })
export class CertifySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `certifySubmission` left it; null when userErrors rejected the input.' })
  submission?: Submission;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `certifySubmission` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of deny submission: the changed record, or the userErrors that rejected the input.' })
export class DenySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `denySubmission` left it; null when userErrors rejected the input.' })
  submission?: Submission;
}

@ObjectType({ description: 'The result of add listing footnote: the changed record, or the userErrors that rejected the input.' })
export class AddListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true, description: 'The ListingFootnote as `addListingFootnote` left it; null when userErrors rejected the input.' })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `addListingFootnote` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of resolve listing footnote: the changed record, or the userErrors that rejected the input.' })
export class ResolveListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true, description: 'The ListingFootnote as `resolveListingFootnote` left it; null when userErrors rejected the input.' })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `resolveListingFootnote` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of publish listing: the changed record, or the userErrors that rejected the input.' })
export class PublishListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The Listing as `publishListing` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of remove listing: the changed record, or the userErrors that rejected the input.' })
export class RemoveListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The Listing as `removeListing` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of answer recertification questionnaire: the changed record, or the userErrors that rejected the input.' })
export class AnswerRecertificationQuestionnairePayload extends MutationPayload {
  @Field(() => RecertificationAssessment, { nullable: true, description: 'The RecertificationAssessment as `answerRecertificationQuestionnaire` left it; null when userErrors rejected the input.' })
  assessment?: RecertificationAssessment;
}

@ObjectType({ description: 'The result of file hot fix: the changed record, or the userErrors that rejected the input.' })
export class FileHotFixPayload extends MutationPayload {
  @Field(() => HotFix, { nullable: true, description: 'The CertificationHotFix as `fileHotFix` left it; null when userErrors rejected the input.' })
  hotFix?: HotFix;
}

@ObjectType({ description: 'The result of record hot fix distribution: the changed record, or the userErrors that rejected the input.' })
export class RecordHotFixDistributionPayload extends MutationPayload {
  @Field(() => HotFixDistribution, { nullable: true, description: 'The CertificationHotFixDistribution as `recordHotFixDistribution` left it; null when userErrors rejected the input.' })
  distribution?: HotFixDistribution;
}

@ObjectType({ description: 'The result of request retest waiver: the changed record, or the userErrors that rejected the input.' })
export class RequestRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true, description: 'The CertificationRetestWaiver as `requestRetestWaiver` left it; null when userErrors rejected the input.' })
  waiver?: RetestWaiver;
}

@ObjectType({ description: 'The result of decide retest waiver: the changed record, or the userErrors that rejected the input.' })
export class DecideRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true, description: 'The CertificationRetestWaiver as `decideRetestWaiver` left it; null when userErrors rejected the input.' })
  waiver?: RetestWaiver;
}

@ObjectType({ description: 'The result of request equivalency: the changed record, or the userErrors that rejected the input.' })
export class RequestEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true, description: 'The CertificationEquivalencyRequest as `requestEquivalency` left it; null when userErrors rejected the input.' })
  request?: EquivalencyRequest;
}

@ObjectType({ description: 'The result of decide equivalency: the changed record, or the userErrors that rejected the input.' })
export class DecideEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true, description: 'The CertificationEquivalencyRequest as `decideEquivalency` left it; null when userErrors rejected the input.' })
  request?: EquivalencyRequest;

  @Field(() => Listing, { nullable: true, description: 'The listing extended to the update, when approved.' })
  listing?: Listing;
}
