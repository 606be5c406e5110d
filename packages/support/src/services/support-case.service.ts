import {
  addHours,
  ConnectionArgs,
  ConnectionResult,
  ForbiddenError,
  loadByParent,
  NotFoundError,
  paginate,
  RequestContext,
  Role,
  UserError,
  whereVisiblePartner,
} from '@alliance/kernel';
import { SupportCase } from '../entities/support-case.entity';
import { SupportCaseEscalation } from '../entities/case-escalation.entity';
import { TsanetGroup } from '../entities/tsanet-group.entity';
import { TsanetMember } from '../entities/tsanet-member.entity';
import {
  INTERNAL_LEVEL_ORDER,
  SupportCaseDirection,
  SupportCaseKind,
  SupportCaseStatus,
  SupportEscalationKind,
  SupportIssueArea,
  TsanetMemberState,
} from '../enums';
import { SUPPORT_EVENTS, supportEvent } from '../events';
import {
  EscalateSupportCaseInput,
  OpenCollaborativeCaseInput,
  OpenSupportCaseInput,
  RaiseSupportSeverityInput,
  RecordFirstResponseInput,
  ResolveSupportCaseInput,
  SupportCaseFilter,
} from '../inputs/support-case.input';
import type { CertificationPort } from '../ports';
import { caseOwnership } from '../rules/collaboration.rules';
import { dueAtAfterRaise, isBreached, levelOf } from '../rules/severity.rules';
import { effectiveMemberState } from '../rules/tsanet.rules';
import { SeverityPolicyService } from './severity-policy.service';

export interface SoftwareVolume {
  softwareId: string | null;
  opened: number;
  resolved: number;
  openAtEnd: number;
}

/** SUP-2 to SUP-5: customer reports and collaborative cases, their response clock and escalations. */
export class SupportCaseService {
  constructor(
    private readonly certification: CertificationPort,
    private readonly policies: SeverityPolicyService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<SupportCase> {
    const found = await ctx.em.findOne(SupportCase, { where: { id } });
    if (!found) throw new NotFoundError('SupportCase', id);
    ctx.assertCanSeePartner(found.partnerId, 'SupportCase', id);
    return found;
  }

  async list(ctx: RequestContext, filter: SupportCaseFilter = {}, args: ConnectionArgs = {}): Promise<ConnectionResult<SupportCase>> {
    const query = ctx.em.getRepository(SupportCase).createQueryBuilder('c');
    whereVisiblePartner(query, ctx, 'c.partnerId');
    if (filter.partnerId) query.andWhere('c.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.softwareId) query.andWhere('c.softwareId = :softwareId', { softwareId: filter.softwareId });
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.breached !== undefined && filter.breached !== null) {
      const breached =
        '(c.dueAt IS NOT NULL AND ((c.firstResponseAt IS NULL AND c.dueAt < :now) OR (c.firstResponseAt IS NOT NULL AND c.firstResponseAt > c.dueAt)))';
      query.andWhere(filter.breached ? breached : `NOT ${breached}`, { now: ctx.now().toISOString() });
    }
    return paginate(query, args);
  }

  /** SUP-4: vendor support accepts a customer's report about partner software only while it is listed. */
  async openCustomerReport(ctx: RequestContext, input: OpenSupportCaseInput): Promise<SupportCase> {
    const now = ctx.now();
    const listed = await this.certification.isListed(ctx, {
      softwareId: input.softwareId,
      versionId: input.versionId ?? null,
      partnerId: input.partnerId,
      at: now,
    });
    if (!listed) {
      throw new UserError(
        'SUPPORT_SOFTWARE_NOT_LISTED',
        "SUP-4: that partner's software is not listed in the compatibility guide, so the vendor does not accept the report; the customer contacts the partner",
        input.versionId ? 'versionId' : 'softwareId',
      );
    }
    const policy = await this.policies.forCase(ctx, input.partnerId, null);
    const supportCase = new SupportCase();
    Object.assign(supportCase, {
      kind: SupportCaseKind.CUSTOMER_REPORT,
      direction: null,
      issueArea: SupportIssueArea.PRODUCT,
      ...caseOwnership(SupportCaseKind.CUSTOMER_REPORT, null, SupportIssueArea.PRODUCT),
      partnerId: input.partnerId,
      softwareId: input.softwareId,
      versionId: input.versionId ?? null,
      tsanetGroupId: null,
      relatedCaseId: null,
      acknowledgementDueAt: null,
    });
    return this.open(ctx, supportCase, input, this.policies.dueAt(policy, input.severity, now));
  }

  /**
   * SUP-3: vendor support opens a collaborative case with the partner (issue diagnosed as the
   * partner's), or the partner opens one with the vendor (isolated to the vendor product).
   * A PARTNER key opens only partner-to-vendor cases for itself.
   */
  async openCollaborative(ctx: RequestContext, input: OpenCollaborativeCaseInput): Promise<SupportCase> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    if (ctx.hasRole(Role.PARTNER) && input.direction !== SupportCaseDirection.PARTNER_TO_VENDOR) {
      throw new UserError('SUPPORT_COLLABORATION_NOT_ALLOWED', 'SUP-3: a partner opens collaborative cases with the vendor (PARTNER_TO_VENDOR)', 'direction');
    }
    const now = ctx.now();
    if (input.relatedCaseId) {
      const related = await ctx.em.findOne(SupportCase, { where: { id: input.relatedCaseId } });
      if (!related || !ctx.canSeePartner(related.partnerId)) throw new NotFoundError('SupportCase', input.relatedCaseId);
      if (related.partnerId !== input.partnerId) {
        throw new UserError('SUPPORT_RELATED_CASE_MISMATCH', 'SUP-3: the related case belongs to another partner', 'relatedCaseId');
      }
    }
    let acknowledgementDueAt: Date | null = null;
    if (input.tsanetGroupId) {
      const group = await this.liveGroupFor(ctx, input.tsanetGroupId, input.partnerId, now);
      if (input.direction === SupportCaseDirection.VENDOR_TO_PARTNER) acknowledgementDueAt = addHours(now, group.acknowledgementSlaHours);
    }
    const policy = await this.policies.forCase(ctx, input.partnerId, input.tsanetGroupId ?? null);
    const supportCase = new SupportCase();
    Object.assign(supportCase, {
      kind: SupportCaseKind.COLLABORATIVE,
      direction: input.direction,
      issueArea: input.issueArea,
      ...caseOwnership(SupportCaseKind.COLLABORATIVE, input.direction, input.issueArea),
      partnerId: input.partnerId,
      softwareId: input.softwareId ?? null,
      versionId: input.versionId ?? null,
      tsanetGroupId: input.tsanetGroupId ?? null,
      relatedCaseId: input.relatedCaseId ?? null,
      acknowledgementDueAt,
    });
    return this.open(ctx, supportCase, input, this.policies.dueAt(policy, input.severity, now));
  }

  /** SUP-2: the first contact stops the clock; a late one is a breach and is published. */
  async recordFirstResponse(ctx: RequestContext, input: RecordFirstResponseInput): Promise<SupportCase> {
    const supportCase = await this.openCase(ctx, input.caseId);
    if (ctx.hasRole(Role.PARTNER) && supportCase.direction !== SupportCaseDirection.VENDOR_TO_PARTNER) {
      throw new UserError('SUPPORT_COLLABORATION_NOT_ALLOWED', 'SUP-3: the partner responds only to cases the vendor opened with it', 'caseId');
    }
    if (supportCase.firstResponseAt) {
      throw new UserError('SUPPORT_CASE_ALREADY_RESPONDED', `SUP-2: the first response was recorded at ${supportCase.firstResponseAt.toISOString()}`, 'caseId');
    }
    await this.respond(ctx, supportCase, input.respondedBy ?? ctx.actor.name);
    return ctx.em.save(supportCase);
  }

  /**
   * SUP-2: the customer raises the severity when not answered to their satisfaction or in time.
   * The due instant is recomputed from the raise under the new severity, never later than the
   * one already committed.
   */
  async raiseSeverity(ctx: RequestContext, input: RaiseSupportSeverityInput): Promise<SupportCase> {
    const supportCase = await this.openCase(ctx, input.caseId);
    if (input.severity >= supportCase.severity) {
      throw new UserError(
        'SUPPORT_SEVERITY_NOT_RAISED',
        `SUP-2: a raise moves to a more urgent severity than ${supportCase.severity} (a lower number)`,
        'severity',
      );
    }
    const now = ctx.now();
    const policy = await this.policies.forCase(ctx, supportCase.partnerId, supportCase.tsanetGroupId);
    levelOf(policy.levels, input.severity);
    const before = supportCase.dueAt;
    const after = dueAtAfterRaise(before, this.policies.dueAt(policy, input.severity, now), supportCase.firstResponseAt !== null);
    await ctx.em.save(
      Object.assign(new SupportCaseEscalation(), {
        caseId: supportCase.id,
        kind: SupportEscalationKind.SEVERITY_RAISE,
        fromSeverity: supportCase.severity,
        toSeverity: input.severity,
        level: null,
        escalatedTo: null,
        requestedBy: input.requestedBy,
        recordedBy: ctx.actor.name,
        reason: input.reason,
        at: now,
        dueAtBefore: before,
        dueAtAfter: after,
      }),
    );
    supportCase.severity = input.severity;
    supportCase.dueAt = after;
    return ctx.em.save(supportCase);
  }

  /** SUP-2: internal elevation (each step higher, up to development) and management escalation. */
  async escalate(ctx: RequestContext, input: EscalateSupportCaseInput): Promise<SupportCaseEscalation> {
    const supportCase = await this.openCase(ctx, input.caseId);
    if (input.kind === SupportEscalationKind.SEVERITY_RAISE) {
      throw new UserError('SUPPORT_SEVERITY_NOT_RAISED', 'SUP-2: severity raises go through raiseSeverity', 'kind');
    }
    let level = null;
    if (input.kind === SupportEscalationKind.INTERNAL) {
      if (!input.level) throw new UserError('SUPPORT_ESCALATION_NOT_HIGHER', 'SUP-2: an internal escalation names the level escalated to', 'level');
      const previous = await ctx.em.find(SupportCaseEscalation, { where: { caseId: supportCase.id, kind: SupportEscalationKind.INTERNAL } });
      const highest = Math.max(-1, ...previous.map((e) => INTERNAL_LEVEL_ORDER.indexOf(e.level!)));
      if (INTERNAL_LEVEL_ORDER.indexOf(input.level) <= highest) {
        throw new UserError(
          'SUPPORT_ESCALATION_NOT_HIGHER',
          `SUP-2: the case is already escalated to ${INTERNAL_LEVEL_ORDER[highest]}; internal escalation goes up, to ${INTERNAL_LEVEL_ORDER.slice(highest + 1).join(' or ') || 'nothing higher'}`,
          'level',
        );
      }
      level = input.level;
    }
    return ctx.em.save(
      Object.assign(new SupportCaseEscalation(), {
        caseId: supportCase.id,
        kind: input.kind,
        fromSeverity: supportCase.severity,
        toSeverity: supportCase.severity,
        level,
        escalatedTo: input.escalatedTo,
        requestedBy: input.requestedBy,
        recordedBy: ctx.actor.name,
        reason: input.reason,
        at: ctx.now(),
        dueAtBefore: supportCase.dueAt,
        dueAtAfter: supportCase.dueAt,
      }),
    );
  }

  /** Resolving contacts the customer: a case resolved without a recorded response gets it at the resolution. */
  async resolve(ctx: RequestContext, input: ResolveSupportCaseInput): Promise<SupportCase> {
    const supportCase = await this.openCase(ctx, input.caseId);
    if (ctx.hasRole(Role.PARTNER) && supportCase.direction !== SupportCaseDirection.VENDOR_TO_PARTNER) {
      throw new UserError('SUPPORT_COLLABORATION_NOT_ALLOWED', 'SUP-3: the partner resolves only cases the vendor opened with it', 'caseId');
    }
    if (!supportCase.firstResponseAt) await this.respond(ctx, supportCase, ctx.actor.name);
    supportCase.status = SupportCaseStatus.RESOLVED;
    supportCase.resolvedAt = ctx.now();
    supportCase.resolution = input.resolution;
    supportCase.resolvedBy = ctx.actor.name;
    return ctx.em.save(supportCase);
  }

  /** SUP-5: per software, cases opened and resolved in [from, to) and still open at `to`. */
  async volume(ctx: RequestContext, partnerId: string, from: Date, to: Date): Promise<SoftwareVolume[]> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    if (to.getTime() <= from.getTime()) throw new UserError('SUPPORT_PERIOD_INVALID', 'SUP-5: the period must end after it starts', 'to');
    const f = from.toISOString();
    const t = to.toISOString();
    const count = async (where: string) =>
      (await ctx.em
        .getRepository(SupportCase)
        .createQueryBuilder('c')
        .select('c.softwareId', 'softwareId')
        .addSelect('COUNT(*)', 'n')
        .where('c.partnerId = :partnerId', { partnerId })
        .andWhere(where, { f, t })
        .groupBy('c.softwareId')
        .getRawMany()) as { softwareId: string | null; n: string | number }[];
    const [opened, resolved, open] = await Promise.all([
      count('c.openedAt >= :f AND c.openedAt < :t'),
      count('c.resolvedAt IS NOT NULL AND c.resolvedAt >= :f AND c.resolvedAt < :t'),
      count('c.openedAt < :t AND (c.resolvedAt IS NULL OR c.resolvedAt >= :t)'),
    ]);
    const bySoftware = new Map<string | null, SoftwareVolume>();
    const row = (softwareId: string | null) => {
      let entry = bySoftware.get(softwareId);
      if (!entry) bySoftware.set(softwareId, (entry = { softwareId, opened: 0, resolved: 0, openAtEnd: 0 }));
      return entry;
    };
    for (const r of opened) row(r.softwareId).opened = Number(r.n);
    for (const r of resolved) row(r.softwareId).resolved = Number(r.n);
    for (const r of open) row(r.softwareId).openAtEnd = Number(r.n);
    return [...bySoftware.values()].sort((a, b) => (a.softwareId ?? '').localeCompare(b.softwareId ?? ''));
  }

  /** Escalations of many cases in one query (for the `escalations` field). */
  escalationsOf(ctx: RequestContext, caseId: string): Promise<SupportCaseEscalation[]> {
    return loadByParent(ctx, SupportCaseEscalation, 'caseId', { order: { at: 'ASC', id: 'ASC' } }).load(caseId);
  }

  breached(ctx: RequestContext, supportCase: SupportCase): boolean {
    return isBreached(supportCase.dueAt, supportCase.firstResponseAt, ctx.now());
  }

  private async open(
    ctx: RequestContext,
    supportCase: SupportCase,
    input: { severity: number; customerName: string; title: string; description: string },
    dueAt: Date | null,
  ): Promise<SupportCase> {
    Object.assign(supportCase, {
      customerName: input.customerName,
      title: input.title,
      description: input.description,
      severity: input.severity,
      status: SupportCaseStatus.OPEN,
      openedAt: ctx.now(),
      openedBy: ctx.actor.name,
      dueAt,
      firstResponseAt: null,
      firstResponseBy: null,
      resolvedAt: null,
      resolution: null,
      resolvedBy: null,
    });
    return ctx.em.save(supportCase);
  }

  private async openCase(ctx: RequestContext, caseId: string): Promise<SupportCase> {
    const supportCase = await this.get(ctx, caseId);
    if (ctx.hasRole(Role.INTEGRATION)) throw new ForbiddenError('integration keys are read-only');
    if (supportCase.status === SupportCaseStatus.RESOLVED) {
      throw new UserError('SUPPORT_CASE_RESOLVED', `SUP-2: the case was resolved at ${supportCase.resolvedAt?.toISOString()}`, 'caseId');
    }
    return supportCase;
  }

  private async respond(ctx: RequestContext, supportCase: SupportCase, by: string): Promise<void> {
    const now = ctx.now();
    supportCase.firstResponseAt = now;
    supportCase.firstResponseBy = by;
    if (supportCase.dueAt && isBreached(supportCase.dueAt, now, now)) {
      await ctx.publish(
        supportEvent(
          SUPPORT_EVENTS.CASE_BREACHED,
          now,
          { caseId: supportCase.id, partnerId: supportCase.partnerId, severity: supportCase.severity, dueAt: supportCase.dueAt.toISOString() },
          supportCase.partnerId,
        ),
      );
    }
  }

  /** SUP-9: a collaboration through a TSANet group needs the partner to be live in it. */
  private async liveGroupFor(ctx: RequestContext, groupId: string, partnerId: string, now: Date): Promise<TsanetGroup> {
    const group = await ctx.em.findOne(TsanetGroup, { where: { id: groupId } });
    if (!group) throw new NotFoundError('TsanetGroup', groupId);
    const members = await ctx.em.find(TsanetMember, { where: { groupId, partnerId } });
    const live = members.some((m) => effectiveMemberState(m.storedState, group.paymentModel, m.renewalOn, now) === TsanetMemberState.LIVE);
    if (!live) throw new UserError('TSANET_MEMBER_NOT_LIVE', 'SUP-9: the partner is not a live member of that TSANet group', 'tsanetGroupId');
    return group;
  }
}
