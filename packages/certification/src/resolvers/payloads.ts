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
  @Field(() => CertificationProgramPolicy, { nullable: true, description: 'The set program certification policy\'s policy; null when there is none.' })
  policy?: CertificationProgramPolicy;
}

@ObjectType({ description: 'The result of register software: the changed record, or the userErrors that rejected the input.' })
export class RegisterSoftwarePayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The register software\'s software; null when there is none.' })
  software?: Software;
}

@ObjectType({ description: 'The result of set software support policy: the changed record, or the userErrors that rejected the input.' })
export class SetSoftwareSupportPolicyPayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The set software support policy\'s software; null when there is none.' })
  software?: Software;
}

@ObjectType({ description: 'The result of register software version: the changed record, or the userErrors that rejected the input.' })
export class RegisterSoftwareVersionPayload extends MutationPayload {
  @Field(() => SoftwareVersion, { nullable: true, description: 'The register software version\'s version; null when there is none.' })
  version?: SoftwareVersion;
}

@ObjectType({ description: 'The result of register artifact: the changed record, or the userErrors that rejected the input.' })
export class RegisterArtifactPayload extends MutationPayload {
  @Field(() => Artifact, { nullable: true, description: 'The register artifact\'s artifact; null when there is none.' })
  artifact?: Artifact;
}

@ObjectType({ description: 'The result of update checklist item: the changed record, or the userErrors that rejected the input.' })
export class UpdateChecklistItemPayload extends MutationPayload {
  @Field(() => CertificationChecklist, { nullable: true, description: 'The update checklist item\'s checklist; null when there is none.' })
  checklist?: CertificationChecklist;
}

@ObjectType({ description: 'The result of create review slot: the changed record, or the userErrors that rejected the input.' })
export class CreateReviewSlotPayload extends MutationPayload {
  @Field(() => ReviewSlot, { nullable: true, description: 'The create review slot\'s slot; null when there is none.' })
  slot?: ReviewSlot;
}

@ObjectType({ description: 'The result of reserve review slot: the changed record, or the userErrors that rejected the input.' })
export class ReserveReviewSlotPayload extends MutationPayload {
  @Field(() => SlotReservation, { nullable: true, description: 'The reserve review slot\'s reservation; null when there is none.' })
  reservation?: SlotReservation;
}

@ObjectType({ description: 'The result of submit for certification: the changed record, or the userErrors that rejected the input.' })
export class SubmitForCertificationPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The submit for certification\'s submission; null when there is none.' })
  submission?: Submission;
}

@ObjectType({ description: 'The result of certify submission: the changed record, or the userErrors that rejected the input.' })
export class CertifySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The certify submission\'s submission; null when there is none.' })
  submission?: Submission;

  @Field(() => Listing, { nullable: true, description: 'The certify submission\'s listing; null when there is none.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of deny submission: the changed record, or the userErrors that rejected the input.' })
export class DenySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The deny submission\'s submission; null when there is none.' })
  submission?: Submission;
}

@ObjectType({ description: 'The result of add listing footnote: the changed record, or the userErrors that rejected the input.' })
export class AddListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true, description: 'The add listing footnote\'s footnote; null when there is none.' })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The add listing footnote\'s listing; null when there is none.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of resolve listing footnote: the changed record, or the userErrors that rejected the input.' })
export class ResolveListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, { nullable: true, description: 'The resolve listing footnote\'s footnote; null when there is none.' })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The resolve listing footnote\'s listing; null when there is none.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of publish listing: the changed record, or the userErrors that rejected the input.' })
export class PublishListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The publish listing\'s listing; null when there is none.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of remove listing: the changed record, or the userErrors that rejected the input.' })
export class RemoveListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The remove listing\'s listing; null when there is none.' })
  listing?: Listing;
}

@ObjectType({ description: 'The result of answer recertification questionnaire: the changed record, or the userErrors that rejected the input.' })
export class AnswerRecertificationQuestionnairePayload extends MutationPayload {
  @Field(() => RecertificationAssessment, { nullable: true, description: 'The answer recertification questionnaire\'s assessment; null when there is none.' })
  assessment?: RecertificationAssessment;
}

@ObjectType({ description: 'The result of file hot fix: the changed record, or the userErrors that rejected the input.' })
export class FileHotFixPayload extends MutationPayload {
  @Field(() => HotFix, { nullable: true, description: 'The file hot fix\'s hot fix; null when there is none.' })
  hotFix?: HotFix;
}

@ObjectType({ description: 'The result of record hot fix distribution: the changed record, or the userErrors that rejected the input.' })
export class RecordHotFixDistributionPayload extends MutationPayload {
  @Field(() => HotFixDistribution, { nullable: true, description: 'The record hot fix distribution\'s distribution; null when there is none.' })
  distribution?: HotFixDistribution;
}

@ObjectType({ description: 'The result of request retest waiver: the changed record, or the userErrors that rejected the input.' })
export class RequestRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true, description: 'The request retest waiver\'s waiver; null when there is none.' })
  waiver?: RetestWaiver;
}

@ObjectType({ description: 'The result of decide retest waiver: the changed record, or the userErrors that rejected the input.' })
export class DecideRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, { nullable: true, description: 'The decide retest waiver\'s waiver; null when there is none.' })
  waiver?: RetestWaiver;
}

@ObjectType({ description: 'The result of request equivalency: the changed record, or the userErrors that rejected the input.' })
export class RequestEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true, description: 'The request equivalency\'s request; null when there is none.' })
  request?: EquivalencyRequest;
}

@ObjectType({ description: 'The result of decide equivalency: the changed record, or the userErrors that rejected the input.' })
export class DecideEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, { nullable: true, description: 'The decide equivalency\'s request; null when there is none.' })
  request?: EquivalencyRequest;

  @Field(() => Listing, { nullable: true, description: 'The listing extended to the update, when approved.' })
  listing?: Listing;
}
