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

@ObjectType({
  description:
    'The result of `setProgramCertificationPolicy`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetProgramCertificationPolicyPayload extends MutationPayload {
  @Field(() => CertificationProgramPolicy, {
    nullable: true,
    description: 'The CertificationProgramPolicy as `setProgramCertificationPolicy` left it; null when userErrors rejected the input.',
  })
  policy?: CertificationProgramPolicy;
}

@ObjectType({
  description: 'The result of `registerSoftware`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RegisterSoftwarePayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The Software as `registerSoftware` left it; null when userErrors rejected the input.' })
  software?: Software;
}

@ObjectType({
  description:
    'The result of `setSoftwareSupportPolicy`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetSoftwareSupportPolicyPayload extends MutationPayload {
  @Field(() => Software, { nullable: true, description: 'The Software as `setSoftwareSupportPolicy` left it; null when userErrors rejected the input.' })
  software?: Software;
}

@ObjectType({
  description:
    'The result of `registerSoftwareVersion`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RegisterSoftwareVersionPayload extends MutationPayload {
  @Field(() => SoftwareVersion, {
    nullable: true,
    description: 'The SoftwareVersion as `registerSoftwareVersion` left it; null when userErrors rejected the input.',
  })
  version?: SoftwareVersion;
}

@ObjectType({
  description: 'The result of `registerArtifact`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RegisterArtifactPayload extends MutationPayload {
  @Field(() => Artifact, { nullable: true, description: 'The Artifact as `registerArtifact` left it; null when userErrors rejected the input.' })
  artifact?: Artifact;
}

@ObjectType({
  description: 'The result of `updateChecklistItem`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class UpdateChecklistItemPayload extends MutationPayload {
  @Field(() => CertificationChecklist, {
    nullable: true,
    description: 'The CertificationChecklist as `updateChecklistItem` left it; null when userErrors rejected the input.',
  })
  checklist?: CertificationChecklist;
}

@ObjectType({
  description: 'The result of `createReviewSlot`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateReviewSlotPayload extends MutationPayload {
  @Field(() => ReviewSlot, { nullable: true, description: 'The ReviewSlot as `createReviewSlot` left it; null when userErrors rejected the input.' })
  slot?: ReviewSlot;
}

@ObjectType({
  description: 'The result of `reserveReviewSlot`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ReserveReviewSlotPayload extends MutationPayload {
  @Field(() => SlotReservation, {
    nullable: true,
    description: 'The ReviewSlotReservation as `reserveReviewSlot` left it; null when userErrors rejected the input.',
  })
  reservation?: SlotReservation;
}

@ObjectType({
  description:
    'The result of `submitForCertification`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SubmitForCertificationPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `submitForCertification` left it; null when userErrors rejected the input.' })
  submission?: Submission;
}

@ObjectType({
  description: 'The result of `certifySubmission`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CertifySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `certifySubmission` left it; null when userErrors rejected the input.' })
  submission?: Submission;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `certifySubmission` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({
  description: 'The result of `denySubmission`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class DenySubmissionPayload extends MutationPayload {
  @Field(() => Submission, { nullable: true, description: 'The Submission as `denySubmission` left it; null when userErrors rejected the input.' })
  submission?: Submission;
}

@ObjectType({
  description: 'The result of `addListingFootnote`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AddListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, {
    nullable: true,
    description: 'The ListingFootnote as `addListingFootnote` left it; null when userErrors rejected the input.',
  })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `addListingFootnote` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({
  description:
    'The result of `resolveListingFootnote`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ResolveListingFootnotePayload extends MutationPayload {
  @Field(() => ListingFootnote, {
    nullable: true,
    description: 'The ListingFootnote as `resolveListingFootnote` left it; null when userErrors rejected the input.',
  })
  footnote?: ListingFootnote;

  @Field(() => Listing, { nullable: true, description: 'The Listing as `resolveListingFootnote` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({
  description: 'The result of `publishListing`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class PublishListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The Listing as `publishListing` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({
  description: 'The result of `removeListing`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RemoveListingPayload extends MutationPayload {
  @Field(() => Listing, { nullable: true, description: 'The Listing as `removeListing` left it; null when userErrors rejected the input.' })
  listing?: Listing;
}

@ObjectType({
  description:
    'The result of `answerRecertificationQuestionnaire`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AnswerRecertificationQuestionnairePayload extends MutationPayload {
  @Field(() => RecertificationAssessment, {
    nullable: true,
    description: 'The RecertificationAssessment as `answerRecertificationQuestionnaire` left it; null when userErrors rejected the input.',
  })
  assessment?: RecertificationAssessment;
}

@ObjectType({
  description: 'The result of `fileHotFix`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class FileHotFixPayload extends MutationPayload {
  @Field(() => HotFix, { nullable: true, description: 'The CertificationHotFix as `fileHotFix` left it; null when userErrors rejected the input.' })
  hotFix?: HotFix;
}

@ObjectType({
  description:
    'The result of `recordHotFixDistribution`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordHotFixDistributionPayload extends MutationPayload {
  @Field(() => HotFixDistribution, {
    nullable: true,
    description: 'The CertificationHotFixDistribution as `recordHotFixDistribution` left it; null when userErrors rejected the input.',
  })
  distribution?: HotFixDistribution;
}

@ObjectType({
  description: 'The result of `requestRetestWaiver`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RequestRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, {
    nullable: true,
    description: 'The CertificationRetestWaiver as `requestRetestWaiver` left it; null when userErrors rejected the input.',
  })
  waiver?: RetestWaiver;
}

@ObjectType({
  description: 'The result of `decideRetestWaiver`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class DecideRetestWaiverPayload extends MutationPayload {
  @Field(() => RetestWaiver, {
    nullable: true,
    description: 'The CertificationRetestWaiver as `decideRetestWaiver` left it; null when userErrors rejected the input.',
  })
  waiver?: RetestWaiver;
}

@ObjectType({
  description: 'The result of `requestEquivalency`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RequestEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, {
    nullable: true,
    description: 'The CertificationEquivalencyRequest as `requestEquivalency` left it; null when userErrors rejected the input.',
  })
  request?: EquivalencyRequest;
}

@ObjectType({
  description: 'The result of `decideEquivalency`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class DecideEquivalencyPayload extends MutationPayload {
  @Field(() => EquivalencyRequest, {
    nullable: true,
    description: 'The CertificationEquivalencyRequest as `decideEquivalency` left it; null when userErrors rejected the input.',
  })
  request?: EquivalencyRequest;

  @Field(() => Listing, { nullable: true, description: 'The listing extended to the update, when approved.' })
  listing?: Listing;
}
