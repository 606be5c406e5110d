import { IsNull } from 'typeorm';
import { ForbiddenError, NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { SeverityPolicy, SupportCoverageCalendar, SupportSeverityLevel } from '../entities/severity-policy.entity';
import { TsanetGroup } from '../entities/tsanet-group.entity';
import { SupportCoverageKind } from '../enums';
import { SetSeverityPolicyInput } from '../inputs/severity-policy.input';
import { assertValidCalendar, responseDueAt, TWENTY_FOUR_SEVEN } from '../rules/coverage.rules';
import { assertValidLevels, DEFAULT_SEVERITY_LEVELS, levelOf } from '../rules/severity.rules';

/** SUP-1: severity levels and coverage calendars, per partner or per TSANet group. */
export class SeverityPolicyService {
  /** The SUP-1 defaults: 1h / 2h / 4h / negotiated, around the clock. */
  defaultPolicy(partnerId: string | null, tsanetGroupId: string | null = null): SeverityPolicy {
    const policy = new SeverityPolicy();
    policy.partnerId = partnerId;
    policy.tsanetGroupId = tsanetGroupId;
    policy.levels = DEFAULT_SEVERITY_LEVELS.map((level) => Object.assign(new SupportSeverityLevel(), level));
    policy.coverage = Object.assign(new SupportCoverageCalendar(), { ...TWENTY_FOUR_SEVEN, weeklyHours: [], holidays: [] });
    policy.updatedAt = null;
    policy.updatedBy = null;
    return policy;
  }

  /** SUP-1: the policy a partner's cases run on (the defaults when none was set). */
  async forPartner(ctx: RequestContext, partnerId: string): Promise<SeverityPolicy> {
    ctx.assertCanSeePartner(partnerId, 'SeverityPolicy', partnerId);
    return (await ctx.em.findOne(SeverityPolicy, { where: { partnerId } })) ?? this.defaultPolicy(partnerId);
  }

  /** The policy of a case: its TSANet group's when it runs through one that has a policy, else its partner's. */
  async forCase(ctx: RequestContext, partnerId: string, tsanetGroupId: string | null): Promise<SeverityPolicy> {
    if (tsanetGroupId) {
      const groupPolicy = await ctx.em.findOne(SeverityPolicy, { where: { tsanetGroupId } });
      if (groupPolicy) return groupPolicy;
    }
    return (await ctx.em.findOne(SeverityPolicy, { where: { partnerId } })) ?? this.defaultPolicy(partnerId);
  }

  /** SUP-1/SUP-2: the first-response due instant for a severity started at `start`. */
  dueAt(policy: SeverityPolicy, severity: number, start: Date, field = 'severity'): Date | null {
    return responseDueAt(start, levelOf(policy.levels, severity, field).responseMinutes, policy.coverage);
  }

  async set(ctx: RequestContext, input: SetSeverityPolicyInput): Promise<SeverityPolicy> {
    const partnerId = input.partnerId ?? null;
    const tsanetGroupId = input.tsanetGroupId ?? null;
    if ((partnerId === null) === (tsanetGroupId === null)) {
      throw new UserError('SUPPORT_POLICY_TARGET', 'SUP-1: give either partnerId or tsanetGroupId', 'partnerId');
    }
    if (partnerId) ctx.assertCanActForPartner(partnerId, 'Partner', partnerId);
    if (tsanetGroupId) {
      const group = await ctx.em.findOne(TsanetGroup, { where: { id: tsanetGroupId } });
      if (!group || !ctx.canSeePartner(group.hostPartnerId)) throw new NotFoundError('TsanetGroup', tsanetGroupId);
      if (!ctx.isStaff && ctx.ownPartnerId !== group.hostPartnerId) throw new ForbiddenError("only the host or staff set a group's SLAs");
    }
    const levels = input.levels.map((level) =>
      Object.assign(new SupportSeverityLevel(), {
        severity: level.severity,
        name: level.name,
        description: level.description ?? '',
        responseMinutes: level.responseMinutes ?? null,
      }),
    );
    assertValidLevels(levels);
    const coverage = Object.assign(new SupportCoverageCalendar(), {
      kind: input.coverage.kind,
      timeZone: input.coverage.timeZone ?? null,
      weeklyHours: input.coverage.kind === SupportCoverageKind.BUSINESS_HOURS ? input.coverage.weeklyHours.map((h) => ({ ...h })) : input.coverage.weeklyHours,
      holidays: [...new Set(input.coverage.holidays)].sort(),
    });
    assertValidCalendar(coverage);
    const existing = await ctx.em.findOne(SeverityPolicy, {
      where: partnerId ? { partnerId } : { tsanetGroupId: tsanetGroupId as string, partnerId: IsNull() },
    });
    const policy = existing ?? new SeverityPolicy();
    policy.partnerId = partnerId;
    policy.tsanetGroupId = tsanetGroupId;
    policy.levels = levels;
    policy.coverage = coverage;
    policy.updatedAt = ctx.now();
    policy.updatedBy = ctx.actor.name;
    return ctx.em.save(policy);
  }
}
