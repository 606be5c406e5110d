import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, RequestContext, runMutation, STAFF } from '@alliance/kernel';
import type { Maybe } from '@alliance/kernel';
import { Listing, ReviewSlot, SlotReservation, Software, SoftwareVersion, Submission } from '../entities';
import {
  CertifySubmissionInput,
  CreateReviewSlotInput,
  DenySubmissionInput,
  ReserveReviewSlotInput,
  ReviewSlotFilter,
  SubmissionFilter,
  SubmitForCertificationInput,
} from '../inputs/review.input';
import { CatalogService } from '../services/catalog.service';
import { ListingService } from '../services/listing.service';
import { ReviewService } from '../services/review.service';
import {
  CertifySubmissionPayload,
  CreateReviewSlotPayload,
  DenySubmissionPayload,
  ReserveReviewSlotPayload,
  ReviewSlotConnection,
  SubmissionConnection,
  SubmitForCertificationPayload,
} from './payloads';
import { CERTIFICATION_READERS, PARTNER_ACTORS, REVIEWERS } from './roles';

@Resolver(() => ReviewSlot)
export class ReviewSlotResolver {
  constructor(private readonly review: ReviewService) {}

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => ReviewSlotConnection, { description: 'CERT-2: certification review slots with the seats still free; a partner reserves one before submitting.' })
  reviewSlots(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReviewSlotFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: ReviewSlotFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<ReviewSlotConnection> {
    return this.review.slots(ctx, filter, args);
  }

  @FieldResolver(() => Int, { description: 'Reservations still possible.' })
  seatsLeft(@Ctx() ctx: RequestContext, @Root() slot: ReviewSlot): Promise<number> {
    return this.review.seatsLeft(ctx, slot);
  }

  @FieldResolver(() => [SlotReservation], { description: 'Reservations the caller may see (a partner sees its own).' })
  reservations(@Ctx() ctx: RequestContext, @Root() slot: ReviewSlot): Promise<SlotReservation[]> {
    return this.review.reservationsOf(ctx, slot.id);
  }

  @Authorized(...STAFF)
  @Mutation(() => CreateReviewSlotPayload, { description: 'CERT-2: open a review slot with a capacity.' })
  createReviewSlot(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CreateReviewSlotInput`.' }) input: CreateReviewSlotInput,
  ): Promise<CreateReviewSlotPayload> {
    return runMutation(ctx, async () => ({ slot: await this.review.createSlot(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => ReserveReviewSlotPayload, { description: 'CERT-2: reserve a review slot, with the optional capability matrix.' })
  reserveReviewSlot(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `ReserveReviewSlotInput`.' }) input: ReserveReviewSlotInput,
  ): Promise<ReserveReviewSlotPayload> {
    return runMutation(ctx, async () => ({ reservation: await this.review.reserveSlot(ctx, input) }));
  }
}

@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly catalog: CatalogService,
    private readonly listings: ListingService,
  ) {}

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => Submission, { description: 'A submission (a partner sees only its own).' })
  submission(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Submission` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Submission> {
    return this.review.submission(ctx, id);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => SubmissionConnection, { description: 'Pages through submission items visible to the key, in creation order.' })
  submissions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SubmissionFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: SubmissionFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<SubmissionConnection> {
    return this.review.submissions(ctx, filter, args);
  }

  @FieldResolver(() => Software, { nullable: true, description: 'The software product submitted; null when the key may not see it.' })
  software(@Ctx() ctx: RequestContext, @Root() submission: Submission): Maybe<Software | null> {
    return this.catalog.softwareById(ctx, submission.softwareId);
  }

  @FieldResolver(() => SoftwareVersion, { nullable: true, description: 'The software version submitted; null when the key may not see it.' })
  version(@Ctx() ctx: RequestContext, @Root() submission: Submission): Maybe<SoftwareVersion | null> {
    return this.catalog.versionById(ctx, submission.versionId);
  }

  @FieldResolver(() => Listing, {
    nullable: true,
    description: 'The listing certifying created (CERT-5); null unless CERTIFIED or when the key may not see it.',
  })
  listing(@Ctx() ctx: RequestContext, @Root() submission: Submission): Promise<Listing | null> {
    return submission.listingId ? this.listings.listingById(ctx, submission.listingId) : Promise.resolve(null);
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => SubmitForCertificationPayload, { description: 'CERT-3: submit test results; consumes one certification submission entitlement.' })
  submitForCertification(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SubmitForCertificationInput`.' }) input: SubmitForCertificationInput,
  ): Promise<SubmitForCertificationPayload> {
    return runMutation(ctx, async () => ({ submission: await this.review.submit(ctx, input) }));
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => CertifySubmissionPayload, { description: 'CERT-4/5: certify; creates the compatibility guide listing.' })
  certifySubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CertifySubmissionInput`.' }) input: CertifySubmissionInput,
  ): Promise<CertifySubmissionPayload> {
    return runMutation(ctx, () => this.review.certify(ctx, input));
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => DenySubmissionPayload, { description: 'CERT-4: deny with a written justification.' })
  denySubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DenySubmissionInput`.' }) input: DenySubmissionInput,
  ): Promise<DenySubmissionPayload> {
    return runMutation(ctx, async () => ({ submission: await this.review.deny(ctx, input) }));
  }
}
