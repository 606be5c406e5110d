import type { ReleasesApi } from '../contracts';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionResult, loadById, loadByParent, NotFoundError, paginate, RequestContext, Role, UserError } from '@alliance/kernel';
import { In, IsNull, Not } from 'typeorm';
import { ActivityDenialReason, Milestone, PreReleaseMaterialKind, ReleaseBuildType, ReleaseKind } from '../enums';
import { Product } from '../entities/product.entity';
import { Release } from '../entities/release.entity';
import { ReleaseMilestone } from '../entities/release-milestone.entity';
import { PreReleaseMaterial } from '../entities/pre-release-material.entity';
import { CreateProductInput, SetProductProgramsInput } from '../inputs/product.input';
import { AdvanceMilestoneInput, AnnounceReleaseInput, CreateReleaseInput } from '../inputs/release.input';
import { checkMilestoneStep, isOfficialMilestone, milestoneInForce } from '../rules/milestones.rules';
import { decideActivity } from '../rules/activity.rules';
import { announcementOverdue } from '../rules/announcement.rules';
import { MAJOR_RELEASE_ANNOUNCED, MAJOR_RELEASE_UNANNOUNCED, MILESTONE_REACHED, releasesEvent } from '../events';
import { MILESTONE_REACHED_NOTICE } from '../notices';
import { NoticesPort } from '../ports';
import { MembershipLookup } from './membership';

/** The question other domains ask (certification through its own port). */
export interface ActivityQuery {
  partnerId: string;
  releaseId: string;
  /** One of the PartnerActivity values; anything else is answered no with UNKNOWN_ACTIVITY. */
  activity: string;
  at: Date;
}

@ObjectType('ReleaseActivityAnswer', { description: 'May a partner do an activity on a release at an instant (REL-2)?' })
export class ActivityAnswer {
  @Field({ description: 'Whether the partner may do the activity on the release at that instant (REL-2); `reasonCode` says why not.' })
  allowed: boolean;

  @Field(() => ActivityDenialReason, { nullable: true, description: 'Why not, when the answer is no.' })
  reasonCode: ActivityDenialReason | null;

  @Field(() => Milestone, { nullable: true, description: 'The milestone in force at the instant asked.' })
  milestone: Milestone | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Product` this `ReleaseActivityAnswer` refers to (look it up with `product(id:)`); null when the release activity answer has none.',
  })
  productId: string | null;

  @Field(() => String, { nullable: true, description: "The release's version; null when the release does not exist." })
  version: string | null;

  @Field(() => ReleaseBuildType, { nullable: true, description: 'Build type of the milestone in force (REL-6).' })
  buildType: ReleaseBuildType | null;
}

export interface AdvanceMilestoneResult {
  release: Release;
  milestone: ReleaseMilestone;
}

export class ReleaseService implements ReleasesApi {
  constructor(
    private readonly membership: MembershipLookup,
    private readonly notices: NoticesPort,
  ) {}

  // ---- products -------------------------------------------------------------------------

  async createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
    const name = input.name.trim();
    if (await ctx.em.findOne(Product, { where: { name } })) {
      throw new UserError('PRODUCT_NAME_TAKEN', `a product named "${name}" already exists`, 'name');
    }
    return ctx.em.save(ctx.em.create(Product, { name, programIds: [...input.programIds], createdAt: ctx.now() }));
  }

  /** REL-4 / REL-8: which programs' members build against the product (and receive its milestones). */
  async setProductPrograms(ctx: RequestContext, input: SetProductProgramsInput): Promise<Product> {
    const em = ctx.em;
    const product = await em.findOne(Product, { where: { id: input.productId } });
    if (!product) throw new NotFoundError('Product', input.productId);
    product.programIds = [...input.programIds];
    return em.save(product);
  }

  async getProduct(ctx: RequestContext, id: string): Promise<Product> {
    const product = await this.productLoader(ctx).load(id);
    if (!product) throw new NotFoundError('Product', id);
    return product;
  }

  listProducts(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<Product>> {
    return paginate(ctx.em.createQueryBuilder(Product, 'product'), args);
  }

  productLoader(ctx: RequestContext) {
    return loadById(ctx, Product);
  }

  // ---- releases -------------------------------------------------------------------------

  async createRelease(ctx: RequestContext, input: CreateReleaseInput): Promise<Release> {
    const product = await this.getProduct(ctx, input.productId);
    const version = input.version.trim();
    if (await ctx.em.findOne(Release, { where: { productId: product.id, version } })) {
      throw new UserError('RELEASE_VERSION_TAKEN', `${product.name} already has a release ${version}`, 'version');
    }
    return ctx.em.save(
      ctx.em.create(Release, {
        productId: product.id,
        version,
        kind: input.kind,
        milestone: null,
        announcedAt: null,
        unannouncedFlaggedAt: null,
        createdAt: ctx.now(),
      }),
    );
  }

  async getRelease(ctx: RequestContext, id: string): Promise<Release> {
    const release = await this.releaseLoader(ctx).load(id);
    if (!release) throw new NotFoundError('Release', id);
    return release;
  }

  releaseLoader(ctx: RequestContext) {
    return loadById(ctx, Release);
  }

  async listReleases(
    ctx: RequestContext,
    productId: string | null,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionResult<Release>> {
    const query = ctx.em.createQueryBuilder(Release, 'release');
    if (productId) query.where('release.productId = :productId', { productId });
    return paginate(query, args);
  }

  /**
   * CERT-9 (asked by certification): the releases of these products that have reached a
   * milestone, with when their first milestone build became available.
   */
  async productReleases(
    ctx: RequestContext,
    productIds: readonly string[],
  ): Promise<{ releaseId: string; productId: string; kind: ReleaseKind; version: string; firstMilestoneAt: Date }[]> {
    if (productIds.length === 0) return [];
    const releases = await ctx.em.find(Release, { where: { productId: In([...new Set(productIds)]), milestone: Not(IsNull()) }, order: { id: 'ASC' } });
    // One statement for every release's milestones (batched by the loader).
    const milestones = await Promise.all(releases.map((release) => this.milestonesOf(ctx, release.id)));
    return releases.flatMap((release, at) => {
      const first = milestones[at][0];
      return first
        ? [{ releaseId: release.id, productId: release.productId, kind: release.kind, version: release.version, firstMilestoneAt: first.availableAt }]
        : [];
    });
  }

  /** The milestones a release reached, in order (batched across releases). */
  milestonesOf(ctx: RequestContext, releaseId: string): Promise<ReleaseMilestone[]> {
    return loadByParent(ctx, ReleaseMilestone, 'releaseId', { order: { availableAt: 'ASC' } }).load(releaseId);
  }

  /**
   * REL-1, REL-4, REL-5, REL-8: records that a release reached its next milestone, with the
   * instant its build became available and its build type; publishes `releases.milestone_reached`
   * and, in the same transaction, records a notice to each active member of the product's programs.
   */
  async advanceMilestone(ctx: RequestContext, input: AdvanceMilestoneInput): Promise<AdvanceMilestoneResult> {
    const em = ctx.em;
    await ctx.db.lock(em, `releases:release:${input.releaseId}`);
    const release = await em.findOne(Release, { where: { id: input.releaseId } });
    if (!release) throw new NotFoundError('Release', input.releaseId);
    const product = await em.findOneOrFail(Product, { where: { id: release.productId } });
    const now = ctx.now();

    const problem = checkMilestoneStep(release.kind, release.milestone, input.milestone);
    if (problem) throw new UserError(problem.code, problem.message, 'milestone');

    const availableAt = input.availableAt ?? now;
    if (availableAt.getTime() > now.getTime()) {
      throw new UserError('AVAILABILITY_IN_FUTURE', 'availableAt may not be in the future: record a milestone when its build is available', 'availableAt');
    }
    const previous = await em.find(ReleaseMilestone, { where: { releaseId: release.id } });
    const latest = previous.reduce<Date | null>((max, row) => (!max || row.availableAt > max ? row.availableAt : max), null);
    if (latest && availableAt.getTime() < latest.getTime()) {
      throw new UserError(
        'AVAILABILITY_BEFORE_PREVIOUS',
        `availableAt must not be before the previous milestone build (${latest.toISOString()})`,
        'availableAt',
      );
    }

    const milestone = await em.save(
      em.create(ReleaseMilestone, {
        releaseId: release.id,
        milestone: input.milestone,
        availableAt,
        buildType: input.buildType,
        downloadUrl: input.downloadUrl,
        recordedAt: now,
      }),
    );

    release.milestone = input.milestone;
    if (input.announce && !release.announcedAt) {
      release.announcedAt = now;
      await this.publishAnnounced(ctx, release, product);
    }
    if (!release.unannouncedFlaggedAt && announcementOverdue(release.kind, input.milestone, Boolean(release.announcedAt))) {
      release.unannouncedFlaggedAt = now;
      await ctx.publish(
        releasesEvent(MAJOR_RELEASE_UNANNOUNCED, now, {
          productId: product.id,
          releaseId: release.id,
          version: release.version,
          milestone: input.milestone,
          flaggedAt: now.toISOString(),
          programIds: product.programIds,
        }),
      );
    }
    await em.save(release);

    if (input.milestone === Milestone.GA) await this.materialsBecomeDevelopmentKits(ctx, release, availableAt);
    await this.notifyMembers(ctx, product, release, milestone, now);

    await ctx.publish(
      releasesEvent(MILESTONE_REACHED, now, {
        productId: product.id,
        releaseId: release.id,
        releaseKind: release.kind,
        version: release.version,
        milestone: input.milestone,
        availableAt: availableAt.toISOString(),
        buildType: input.buildType,
        downloadUrl: isOfficialMilestone(input.milestone) ? input.downloadUrl : null,
        programIds: product.programIds,
      }),
    );
    return { release, milestone };
  }

  /**
   * REL-4: every active member of the programs tied to the product is told, with the download
   * information: one notice per member (however many of the programs it is in), keyed by the
   * milestone, so it is recorded exactly once and delivered to the member's own webhook
   * subscriptions. It is written in the milestone's transaction: both commit, or neither.
   * REL-8: official milestones (Beta, RC, GA) carry the download URL; the others are given on request.
   */
  private async notifyMembers(ctx: RequestContext, product: Product, release: Release, milestone: ReleaseMilestone, now: Date): Promise<void> {
    const members = await this.membership.activeMembers(ctx, product.programIds, now);
    if (members.length === 0) return;
    const official = isOfficialMilestone(milestone.milestone);
    const downloadUrl = official ? milestone.downloadUrl : null;
    const where = downloadUrl ? `download it from ${downloadUrl}` : 'its build is given on request (requestBuildAccess)';
    await this.notices.record(
      ctx,
      members.map((member) => ({
        kind: MILESTONE_REACHED_NOTICE,
        subjectId: `${milestone.id}:${member.partnerId}`,
        partnerId: member.partnerId,
        dueAt: now,
        message: `${product.name} ${release.version} reached ${milestone.milestone} (build available ${milestone.availableAt.toISOString()}): ${where}.`,
        data: {
          productId: product.id,
          releaseId: release.id,
          releaseKind: release.kind,
          version: release.version,
          milestone: milestone.milestone,
          milestoneId: milestone.id,
          availableAt: milestone.availableAt.toISOString(),
          buildType: milestone.buildType,
          downloadUrl,
          programIds: member.programIds,
        },
      })),
    );
  }

  /** REL-5: records the announcement of a release to partners (major releases publish an event). */
  async announceRelease(ctx: RequestContext, input: AnnounceReleaseInput): Promise<Release> {
    const em = ctx.em;
    await ctx.db.lock(em, `releases:release:${input.releaseId}`);
    const release = await em.findOne(Release, { where: { id: input.releaseId } });
    if (!release) throw new NotFoundError('Release', input.releaseId);
    if (release.announcedAt) {
      throw new UserError('ALREADY_ANNOUNCED', `release ${release.version} was announced at ${release.announcedAt.toISOString()}`, 'releaseId');
    }
    const product = await em.findOneOrFail(Product, { where: { id: release.productId } });
    release.announcedAt = ctx.now();
    await em.save(release);
    await this.publishAnnounced(ctx, release, product);
    return release;
  }

  private async publishAnnounced(ctx: RequestContext, release: Release, product: Product): Promise<void> {
    if (release.kind !== ReleaseKind.MAJOR || !release.announcedAt) return;
    await ctx.publish(
      releasesEvent(MAJOR_RELEASE_ANNOUNCED, ctx.now(), {
        productId: product.id,
        releaseId: release.id,
        version: release.version,
        announcedAt: release.announcedAt.toISOString(),
        programIds: product.programIds,
      }),
    );
  }

  /** REL-8: pre-release materials of the product (or of this release) become development kits at GA. */
  private async materialsBecomeDevelopmentKits(ctx: RequestContext, release: Release, gaAt: Date): Promise<void> {
    const materials = await ctx.em.find(PreReleaseMaterial, {
      where: [
        { productId: release.productId, releaseId: IsNull(), kind: PreReleaseMaterialKind.PRE_RELEASE_MATERIAL },
        { productId: release.productId, releaseId: release.id, kind: PreReleaseMaterialKind.PRE_RELEASE_MATERIAL },
      ],
    });
    for (const material of materials) {
      material.kind = PreReleaseMaterialKind.DEVELOPMENT_KIT;
      material.developmentKitSince = gaAt;
    }
    if (materials.length) await ctx.em.save(materials);
  }

  // ---- the activity question (REL-2) --------------------------------------------------------

  /**
   * REL-2: "may partner P do activity A on release R at instant T?". The milestone in force is
   * the latest one whose build was available at or before T; the partner must be an active
   * member (at T) of a program tied to the release's product.
   */
  async activityAllowed(ctx: RequestContext, query: ActivityQuery): Promise<ActivityAnswer> {
    ctx.assertCanSeePartner(query.partnerId, 'Partner', query.partnerId);
    const release = await this.releaseLoader(ctx).load(query.releaseId);
    const answer = new ActivityAnswer();
    answer.productId = release?.productId ?? null;
    answer.version = release?.version ?? null;
    answer.milestone = null;
    answer.buildType = null;
    let member = false;
    if (release) {
      const inForce = milestoneInForce(await this.milestonesOf(ctx, release.id), query.at);
      answer.milestone = inForce?.milestone ?? null;
      answer.buildType = inForce?.buildType ?? null;
      const product = await this.getProduct(ctx, release.productId);
      member = await this.membership.isMemberOfAny(ctx, query.partnerId, product.programIds, query.at);
    }
    const reason = decideActivity({ releaseFound: Boolean(release), activity: query.activity, member, milestone: answer.milestone });
    answer.allowed = reason === null;
    answer.reasonCode = reason;
    return answer;
  }

  /**
   * REL-8: staff and integrations see every build's download location; a partner sees it for
   * official milestones (Beta, RC, GA) while it is an active member of a program tied to the
   * product. Early Access and RTM builds reach partners only through an approved request.
   */
  async downloadUrlFor(ctx: RequestContext, row: ReleaseMilestone): Promise<string | null> {
    const partnerId = ctx.ownPartnerId;
    if (ctx.actor.role !== Role.PARTNER) return row.downloadUrl;
    if (!partnerId || !isOfficialMilestone(row.milestone)) return null;
    const release = await this.getRelease(ctx, row.releaseId);
    const product = await this.getProduct(ctx, release.productId);
    return (await this.membership.isMemberOfAny(ctx, partnerId, product.programIds, ctx.now())) ? row.downloadUrl : null;
  }
}
