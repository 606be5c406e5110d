import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { PartnerActivity } from '../enums';
import { Product } from '../entities/product.entity';
import { Release } from '../entities/release.entity';
import { ReleaseMilestone } from '../entities/release-milestone.entity';
import { AdvanceMilestoneInput, AnnounceReleaseInput, CreateReleaseInput } from '../inputs/release.input';
import { ActivityAnswer, ReleaseService } from '../services/release.service';
import { countsForScalabilityQualification, isOfficialMilestone } from '../rules/milestones.rules';
import { RELEASES_READ } from './product.resolver';

@ObjectType('ReleaseConnection', { description: 'A page of release items, in creation order.' })
export class ReleaseConnection extends Connection(Release) {}

@ObjectType('CreateReleasePayload', {
  description: 'The result of `createRelease`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateReleasePayload extends MutationPayload {
  @Field(() => Release, { nullable: true, description: 'The Release as `createRelease` left it; null when userErrors rejected the input.' })
  release?: Release | null;
}

@ObjectType('AdvanceMilestonePayload', {
  description: 'The result of `advanceMilestone`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AdvanceMilestonePayload extends MutationPayload {
  @Field(() => Release, { nullable: true, description: 'The Release as `advanceMilestone` left it; null when userErrors rejected the input.' })
  release?: Release | null;

  @Field(() => ReleaseMilestone, { nullable: true, description: 'The milestone just reached.' })
  milestone?: ReleaseMilestone | null;
}

@ObjectType('AnnounceReleasePayload', {
  description: 'The result of `announceRelease`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AnnounceReleasePayload extends MutationPayload {
  @Field(() => Release, { nullable: true, description: 'The Release as `announceRelease` left it; null when userErrors rejected the input.' })
  release?: Release | null;
}

@Resolver(() => Release)
export class ReleaseResolver {
  constructor(private readonly service: ReleaseService) {}

  @Authorized(...readers(RELEASES_READ))
  @Query(() => Release, { description: 'A release of a vendor product with the milestones it reached so far (REL-1).' })
  release(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Release` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Release> {
    return this.service.getRelease(ctx, id);
  }

  @Authorized(...readers(RELEASES_READ))
  @Query(() => ReleaseConnection, { description: 'Releases, in creation order, of one product or of all.' })
  releases(
    @Ctx() ctx: RequestContext,
    @Arg('productId', () => ID, { nullable: true, description: "Only the releases of this `Product`; every product's when omitted." }) productId: string | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<Release>> {
    return this.service.listReleases(ctx, productId ?? null, args);
  }

  @Authorized(...readers(RELEASES_READ))
  @Query(() => ActivityAnswer, {
    description: 'REL-2: may the partner do this activity on the release at `at` (now when omitted)? A partner key may ask only about itself.',
  })
  activityAllowed(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, {
      description: "Id of the `Partner` that would do the activity; it must be an active member of a program tied to the release's product.",
    })
    partnerId: string,
    @Arg('releaseId', () => ID, { description: 'Id of the vendor `Release` the activity is on.' }) releaseId: string,
    @Arg('activity', () => PartnerActivity, { description: 'The activity asked about (REL-2).' }) activity: PartnerActivity,
    @Arg('at', () => Date, { nullable: true, description: 'The instant to answer for (UTC); now when omitted. The milestone in force then decides (REL-2).' })
    at: Date | null,
  ): Promise<ActivityAnswer> {
    return this.service.activityAllowed(ctx, { partnerId, releaseId, activity, at: at ?? ctx.now() });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => CreateReleasePayload, { description: 'Adds a release of a product, of a kind (REL-1).' })
  createRelease(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CreateReleaseInput`.' }) input: CreateReleaseInput,
  ): Promise<CreateReleasePayload> {
    return runMutation(ctx, async () => ({ release: await this.service.createRelease(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => AdvanceMilestonePayload, { description: 'Records that a release reached its next milestone (REL-1, REL-4, REL-5, REL-6).' })
  advanceMilestone(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AdvanceMilestoneInput`.' }) input: AdvanceMilestoneInput,
  ): Promise<AdvanceMilestonePayload> {
    return runMutation(ctx, () => this.service.advanceMilestone(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => AnnounceReleasePayload, { description: 'Records that a release was announced to partners (REL-5).' })
  announceRelease(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AnnounceReleaseInput`.' }) input: AnnounceReleaseInput,
  ): Promise<AnnounceReleasePayload> {
    return runMutation(ctx, async () => ({ release: await this.service.announceRelease(ctx, input) }));
  }

  @FieldResolver(() => Product, { description: 'The vendor product released.' })
  product(@Ctx() ctx: RequestContext, @Root() release: Release): Promise<Product> {
    return this.service.getProduct(ctx, release.productId);
  }

  @FieldResolver(() => [ReleaseMilestone], { description: 'Milestones reached, in order.' })
  milestones(@Ctx() ctx: RequestContext, @Root() release: Release): Promise<ReleaseMilestone[]> {
    return this.service.milestonesOf(ctx, release.id);
  }

  @FieldResolver(() => Boolean, { description: 'REL-5: a major release reached Beta or later unannounced.' })
  announcementOverdue(@Root() release: Release): boolean {
    return release.unannouncedFlaggedAt !== null && release.unannouncedFlaggedAt !== undefined;
  }
}

@Resolver(() => ReleaseMilestone)
export class ReleaseMilestoneResolver {
  constructor(private readonly service: ReleaseService) {}

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to download the build. Partners see it for Beta, RC and GA while active members of a program tied to the product (REL-8).',
  })
  downloadUrl(@Ctx() ctx: RequestContext, @Root() row: ReleaseMilestone): Promise<string | null> {
    return this.service.downloadUrlFor(ctx, row);
  }

  @FieldResolver(() => Boolean, { description: 'Beta, RC and GA are official milestones: their builds reach every active member (REL-8).' })
  official(@Root() row: ReleaseMilestone): boolean {
    return isOfficialMilestone(row.milestone);
  }

  @FieldResolver(() => Boolean, { description: 'REL-6: scalability and timing-sensitive qualification counts only on release-type builds.' })
  countsForScalabilityQualification(@Root() row: ReleaseMilestone): boolean {
    return countsForScalabilityQualification(row.buildType);
  }
}
