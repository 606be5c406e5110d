import { ConnectionResult, NotFoundError, paginate, RequestContext, Role, toConnection, UserError, whereVisiblePartner } from '@alliance/kernel';
import { In } from 'typeorm';
import type { EnrollmentChangedPayload } from '@alliance/membership/contracts';
import { BuildAccessDecision, BuildAccessStatus, Milestone, PreReleaseMaterialKind, ReleaseBuildType } from '../enums';
import { BuildAccessRequest } from '../entities/build-access-request.entity';
import { PreReleaseMaterial } from '../entities/pre-release-material.entity';
import { Release } from '../entities/release.entity';
import { ReleaseMilestone } from '../entities/release-milestone.entity';
import { AddPreReleaseMaterialInput, BuildAccessRequestFilter, DecideBuildAccessInput, RequestBuildAccessInput } from '../inputs/pre-release.input';
import { MILESTONES_BY_KIND, OFFICIAL_MILESTONES } from '../rules/milestones.rules';
import { canDecide, endsAccess, hasJustification, isOpen, isRequestableMilestone } from '../rules/build-access.rules';
import { BUILD_ACCESS_DECIDED, BUILD_ACCESS_ENDED, releasesEvent } from '../events';
import { MembershipLookup } from './membership';
import { ReleaseService } from './release.service';

type Page = { first?: number | null; after?: string | null };

export class PreReleaseService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly membership: MembershipLookup,
  ) {}

  /**
   * REL-8: grants a pre-release material (or development kit) of a product to a program.
   * Already a development kit when its release (or, without one, any release of the product) is at GA.
   */
  async addMaterial(ctx: RequestContext, input: AddPreReleaseMaterialInput): Promise<PreReleaseMaterial> {
    const em = ctx.em;
    const product = await this.releases.getProduct(ctx, input.productId);
    if (!product.programIds.includes(input.programId)) {
      throw new UserError('PROGRAM_NOT_TIED_TO_PRODUCT', `the program is not tied to ${product.name}`, 'programId');
    }
    let releaseIds: string[];
    if (input.releaseId) {
      const release = await this.releases.getRelease(ctx, input.releaseId);
      if (release.productId !== product.id) throw new NotFoundError('Release', input.releaseId);
      releaseIds = [release.id];
    } else {
      releaseIds = (await em.find(Release, { where: { productId: product.id }, select: { id: true } })).map((row) => row.id);
    }
    const ga = releaseIds.length
      ? await em.findOne(ReleaseMilestone, { where: { releaseId: In(releaseIds), milestone: Milestone.GA }, order: { availableAt: 'ASC' } })
      : null;
    return em.save(
      em.create(PreReleaseMaterial, {
        programId: input.programId,
        productId: product.id,
        releaseId: input.releaseId ?? null,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        kind: ga ? PreReleaseMaterialKind.DEVELOPMENT_KIT : PreReleaseMaterialKind.PRE_RELEASE_MATERIAL,
        developmentKitSince: ga?.availableAt ?? null,
        createdAt: ctx.now(),
      }),
    );
  }

  /** REL-8: of these materials, the ones this key may see (a partner: of programs it is an active member of). */
  async visibleMaterials(ctx: RequestContext, rows: PreReleaseMaterial[]): Promise<PreReleaseMaterial[]> {
    if (ctx.actor.role !== Role.PARTNER) return rows;
    const partnerId = ctx.ownPartnerId;
    if (!partnerId) return [];
    const kept: PreReleaseMaterial[] = [];
    const member = new Map<string, boolean>();
    for (const row of rows) {
      if (!member.has(row.programId)) member.set(row.programId, await this.membership.isMemberOfAny(ctx, partnerId, [row.programId], ctx.now()));
      if (member.get(row.programId)) kept.push(row);
    }
    return kept;
  }

  /** REL-8: a program's materials and kits; a partner sees them only while an active member of the program. */
  async materials(ctx: RequestContext, programId: string, args: Page): Promise<ConnectionResult<PreReleaseMaterial>> {
    if (ctx.actor.role === Role.PARTNER) {
      const partnerId = ctx.ownPartnerId;
      if (!partnerId || !(await this.membership.isMemberOfAny(ctx, partnerId, [programId], ctx.now()))) {
        return toConnection([], 1, Boolean(args.after), (row: PreReleaseMaterial) => row.id, 0);
      }
    }
    return paginate(ctx.em.createQueryBuilder(PreReleaseMaterial, 'material').where('material.programId = :programId', { programId }), args);
  }

  /**
   * REL-8: a partner asks for a build at an unofficial milestone (Early Access, RTM, or between
   * milestones), with a justification, under a program tied to the product it is active in.
   */
  async request(ctx: RequestContext, input: RequestBuildAccessInput): Promise<BuildAccessRequest> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    if (!hasJustification(input.justification)) {
      throw new UserError('JUSTIFICATION_REQUIRED', 'say why the partner needs a build at an unofficial milestone', 'justification');
    }
    if (!isRequestableMilestone(input.milestone, OFFICIAL_MILESTONES)) {
      throw new UserError(
        'OFFICIAL_MILESTONE_NEEDS_NO_REQUEST',
        `${input.milestone} builds reach every active member without a request; ask for Early Access, RTM or a build between milestones`,
        'milestone',
      );
    }
    const em = ctx.em;
    const release = await this.releases.getRelease(ctx, input.releaseId);
    if (input.milestone && !MILESTONES_BY_KIND[release.kind].includes(input.milestone)) {
      throw new UserError('MILESTONE_NOT_FOR_KIND', `a ${release.kind} release has no ${input.milestone} milestone`, 'milestone');
    }
    const product = await this.releases.getProduct(ctx, release.productId);
    if (!product.programIds.includes(input.programId)) {
      throw new UserError('PROGRAM_NOT_TIED_TO_PRODUCT', `the program is not tied to ${product.name}`, 'programId');
    }
    if (!(await this.membership.isMemberOfAny(ctx, input.partnerId, [input.programId], ctx.now()))) {
      throw new UserError('NOT_A_MEMBER', 'the partner is not an active member of the program', 'programId');
    }
    return em.save(
      em.create(BuildAccessRequest, {
        partnerId: input.partnerId,
        programId: input.programId,
        releaseId: release.id,
        milestone: input.milestone ?? null,
        requestedBuild: input.requestedBuild.trim(),
        justification: input.justification.trim(),
        status: BuildAccessStatus.PENDING,
        requestedAt: ctx.now(),
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
        buildType: null,
        downloadUrl: null,
        accessEndedAt: null,
        endReason: null,
      }),
    );
  }

  /**
   * REL-8: a program manager approves (delivering a beta-type build) or refuses (with a note)
   * a pending request. Approval needs the partner to be an active member still.
   */
  async decide(ctx: RequestContext, input: DecideBuildAccessInput): Promise<BuildAccessRequest> {
    const em = ctx.em;
    await ctx.db.lock(em, `releases:build-access:${input.requestId}`);
    const request = await em.findOne(BuildAccessRequest, { where: { id: input.requestId } });
    if (!request) throw new NotFoundError('BuildAccessRequest', input.requestId);
    if (!canDecide(request.status)) {
      throw new UserError('BUILD_ACCESS_ALREADY_DECIDED', `the request is already ${request.status}`, 'requestId');
    }
    const now = ctx.now();
    if (input.decision === BuildAccessDecision.APPROVE) {
      const downloadUrl = input.downloadUrl?.trim();
      if (!downloadUrl) throw new UserError('DOWNLOAD_URL_REQUIRED', 'an approval delivers a build: give its download URL', 'downloadUrl');
      if (!(await this.membership.isMemberOfAny(ctx, request.partnerId, [request.programId], now))) {
        throw new UserError('NOT_A_MEMBER', 'the partner is no longer an active member of the program', 'requestId');
      }
      request.status = BuildAccessStatus.APPROVED;
      request.buildType = ReleaseBuildType.BETA_TYPE;
      request.downloadUrl = downloadUrl;
    } else {
      const note = input.note?.trim();
      if (!note) throw new UserError('DECISION_NOTE_REQUIRED', 'tell the partner why the request is refused', 'note');
      request.status = BuildAccessStatus.REFUSED;
    }
    request.decisionNote = input.note?.trim() || null;
    request.decidedAt = now;
    request.decidedBy = ctx.actor.name;
    await em.save(request);
    await ctx.publish(
      releasesEvent(
        BUILD_ACCESS_DECIDED,
        now,
        { requestId: request.id, partnerId: request.partnerId, programId: request.programId, releaseId: request.releaseId, status: request.status },
        request.partnerId,
      ),
    );
    return request;
  }

  async getRequest(ctx: RequestContext, id: string): Promise<BuildAccessRequest> {
    const request = await ctx.em.findOne(BuildAccessRequest, { where: { id } });
    if (!request) throw new NotFoundError('BuildAccessRequest', id);
    ctx.assertCanSeePartner(request.partnerId, 'BuildAccessRequest', id);
    return request;
  }

  list(ctx: RequestContext, filter: BuildAccessRequestFilter | null | undefined, args: Page): Promise<ConnectionResult<BuildAccessRequest>> {
    const query = ctx.em.createQueryBuilder(BuildAccessRequest, 'request');
    if (filter?.partnerId) query.andWhere('request.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter?.programId) query.andWhere('request.programId = :programId', { programId: filter.programId });
    if (filter?.releaseId) query.andWhere('request.releaseId = :releaseId', { releaseId: filter.releaseId });
    if (filter?.status) query.andWhere('request.status = :status', { status: filter.status });
    whereVisiblePartner(query, ctx, 'request.partnerId');
    return paginate(query, args);
  }

  /** REL-8: the delivered build's location, only while access is approved. */
  downloadUrlFor(request: BuildAccessRequest): string | null {
    return request.status === BuildAccessStatus.APPROVED ? request.downloadUrl : null;
  }

  /**
   * REL-8 / MEM-6: reaction to `membership.enrollment_changed`. When an enrollment becomes
   * TERMINATED, EXPIRED or SUSPENDED, the partner's pending and approved requests under that
   * program end. (Official builds and materials follow membership at each read.)
   */
  async endAccessForEnrollment(ctx: RequestContext, payload: EnrollmentChangedPayload): Promise<string[]> {
    if (!endsAccess(payload.to)) return [];
    const em = ctx.em;
    const open = await em.find(BuildAccessRequest, {
      where: { partnerId: payload.partnerId, programId: payload.programId, status: In([BuildAccessStatus.PENDING, BuildAccessStatus.APPROVED]) },
    });
    const now = ctx.now();
    const reason = `membership ${payload.to.toLowerCase()}${payload.reason ? `: ${payload.reason}` : ''}`.slice(0, 200);
    for (const request of open) {
      if (!isOpen(request.status)) continue;
      request.status = BuildAccessStatus.ENDED;
      request.accessEndedAt = now;
      request.endReason = reason;
    }
    if (open.length) {
      await em.save(open);
      await ctx.publish(
        releasesEvent(
          BUILD_ACCESS_ENDED,
          now,
          { partnerId: payload.partnerId, programId: payload.programId, requestIds: open.map((row) => row.id), reason },
          payload.partnerId,
        ),
      );
    }
    return open.map((row) => row.id);
  }
}
