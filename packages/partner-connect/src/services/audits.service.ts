import { In } from 'typeorm';
import { NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { COMMUNITY_ENROLLED, PartnerConnectConfig } from '../config';
import { Audit, AuditRequirementResult } from '../entities';
import { AuditRequirementCode, AuditStatus, RemediationWindow } from '../enums';
import { PartnerConnectPorts } from '../ports';
import { levelAfterFailedAudit } from '../rules/levels.rules';
import { programYearOf } from '../rules/program-year.rules';
import { firstWindowEnd, remediationStateAt, secondWindowEnd } from '../rules/remediation.rules';
import { ParticipantService } from './participants.service';
import { AUDITS_OF_PARTNER } from './partner-rows.loaders';

const OPEN_STATES = [AuditStatus.OPEN, AuditStatus.IN_REMEDIATION];

/** PC-10: the annual audit, re-leveling on failure, and the 90-day and 120-day remediation windows. */
export class AuditService {
  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly ports: PartnerConnectPorts,
    private readonly participants: ParticipantService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Audit> {
    const audit = await ctx.em.findOneBy(Audit, { id });
    if (!audit) throw new NotFoundError('Audit', id);
    return audit;
  }

  /**
   * Opens the audit of a program year with every requirement unmet. By default the year that ended
   * last, or, for a partner that entered after it ended, the year it entered in (PC-8: a partner
   * entering mid-year takes part from that period only). A year the partner was not in (before its
   * entry, or not begun) is refused.
   */
  async start(ctx: RequestContext, input: { partnerId: string; programYear?: number | null }): Promise<Audit> {
    const participant = await this.participants.require(ctx, input.partnerId);
    await ctx.db.lock(ctx.em, `pc:audit:${input.partnerId}`);
    const open = await ctx.em.countBy(Audit, { partnerId: input.partnerId, status: In(OPEN_STATES) });
    if (open > 0) throw new UserError('AUDIT_ALREADY_OPEN', 'PC-10: the partner already has an open or unresolved audit', 'partnerId');
    const now = ctx.now();
    const current = programYearOf(now, this.config.fiscalYearStartMonth).year;
    const entered = programYearOf(participant.enteredAt, this.config.fiscalYearStartMonth).year;
    const year = input.programYear ?? Math.max(current - 1, entered);
    if (year < entered || year > current) {
      throw new UserError(
        'AUDIT_YEAR_NOT_PARTICIPATED',
        `PC-8/PC-10: the partner entered in program year ${entered} and the current one is ${current}; program year ${year} is not one it was in`,
        'programYear',
      );
    }
    return ctx.em.save(
      Audit,
      ctx.em.create(Audit, {
        partnerId: input.partnerId,
        programYear: year,
        status: AuditStatus.OPEN,
        startedAt: now,
        results: Object.values(AuditRequirementCode).map((code) => ({ code, met: false, recordedAt: null, note: null })),
        closedAt: null,
        levelBefore: null,
        earnedLevel: null,
        window: null,
        firstWindowEndsAt: null,
        secondWindowEndsAt: null,
        reenrollmentInvoiceId: null,
        resolvedAt: null,
      }),
    );
  }

  /**
   * Records a requirement result. During remediation, the last requirement met reinstates the
   * partner (PC-10): within the 90-day window to the level earned; within the 120-day window,
   * with the re-enrollment fee paid, to the level held before the failure.
   */
  async recordRequirement(
    ctx: RequestContext,
    input: { auditId: string; requirement: AuditRequirementCode; met: boolean; note?: string | null },
  ): Promise<Audit> {
    const audit = await this.get(ctx, input.auditId);
    await this.catchUp(ctx, audit);
    if (!OPEN_STATES.includes(audit.status)) {
      throw new UserError('AUDIT_NOT_OPEN', `PC-10: the audit is ${audit.status}`, 'auditId');
    }
    audit.results = audit.results.map((r) =>
      r.code === input.requirement ? { ...r, met: input.met, recordedAt: ctx.now().toISOString(), note: input.note ?? null } : r,
    );
    await ctx.em.update(Audit, { id: audit.id }, { results: audit.results as never });
    if (audit.status === AuditStatus.IN_REMEDIATION) await this.tryReinstate(ctx, audit);
    return audit;
  }

  /** Closes an open audit: passed, the partner holds the level its points earned; failed, it is re-leveled to Community with 90 days to complete. */
  async close(ctx: RequestContext, input: { auditId: string }): Promise<Audit> {
    const audit = await this.get(ctx, input.auditId);
    if (audit.status !== AuditStatus.OPEN) throw new UserError('AUDIT_NOT_OPEN', `PC-10: the audit is ${audit.status}`, 'auditId');
    const participant = await this.participants.require(ctx, audit.partnerId, 'auditId');
    const now = ctx.now();
    const standing = await this.participants.standing(ctx, participant, now, { programYear: audit.programYear, recordedBy: now });
    audit.closedAt = now;
    audit.earnedLevel = standing.earned.code;
    audit.levelBefore = participant.level;
    if (allMet(audit)) {
      audit.status = AuditStatus.PASSED;
      audit.resolvedAt = now;
      await ctx.em.save(Audit, audit);
      await this.participants.changeLevel(ctx, participant, standing.earned.code, `annual audit of program year ${audit.programYear} passed`);
      return audit;
    }
    audit.status = AuditStatus.IN_REMEDIATION;
    audit.window = RemediationWindow.FIRST_WINDOW;
    audit.firstWindowEndsAt = firstWindowEnd(now);
    audit.secondWindowEndsAt = secondWindowEnd(now);
    await ctx.em.save(Audit, audit);
    await this.participants.changeLevel(
      ctx,
      participant,
      levelAfterFailedAudit(this.config.levels, participant.level),
      `annual audit of program year ${audit.programYear} failed: 90 days to complete the requirements`,
    );
    return audit;
  }

  /**
   * PC-10: applies the windows that have run out by now: after day 90 the partner becomes
   * Community-Enrolled and is charged the $995 re-enrollment fee; after day 120 of that window
   * the partnership is terminated.
   */
  async catchUp(ctx: RequestContext, audit: Audit): Promise<void> {
    if (audit.status !== AuditStatus.IN_REMEDIATION || !audit.closedAt) return;
    const now = ctx.now();
    const state = remediationStateAt(audit.closedAt, now);
    const participant = await this.participants.find(ctx, audit.partnerId);
    if (!participant) return;
    if (state.phase === 'TERMINATED') {
      audit.status = AuditStatus.TERMINATED;
      audit.resolvedAt = now;
      await ctx.em.update(Audit, { id: audit.id }, { status: audit.status, resolvedAt: now });
      await this.participants.terminate(ctx, participant, 'PC-10: requirements not completed within the 120-day window');
      return;
    }
    if (state.phase === 'SECOND_WINDOW' && audit.window === RemediationWindow.FIRST_WINDOW) {
      const fee = await this.ports.fees.chargeFee(ctx, {
        partnerId: audit.partnerId,
        feeKind: 'PARTNER_CONNECT_REENROLLMENT',
        reference: `partner-connect:audit:${audit.id}:reenrollment`,
      });
      audit.window = RemediationWindow.SECOND_WINDOW;
      audit.reenrollmentInvoiceId = fee.invoiceId;
      await ctx.em.update(Audit, { id: audit.id }, { window: audit.window, reenrollmentInvoiceId: fee.invoiceId });
      await this.participants.changeLevel(
        ctx,
        participant,
        COMMUNITY_ENROLLED,
        'PC-10: requirements not completed within the 90-day window: 120 days and the re-enrollment fee to return',
      );
    }
  }

  /** Reinstates if the requirements (and, in the second window, the re-enrollment fee) are done. */
  async tryReinstate(ctx: RequestContext, audit: Audit): Promise<boolean> {
    await this.catchUp(ctx, audit);
    if (audit.status !== AuditStatus.IN_REMEDIATION || !allMet(audit)) return false;
    const participant = await this.participants.find(ctx, audit.partnerId);
    if (!participant) return false;
    let to: string;
    if (audit.window === RemediationWindow.FIRST_WINDOW) {
      to = audit.earnedLevel ?? participant.level;
    } else {
      if (!audit.reenrollmentInvoiceId || !(await this.ports.fees.isInvoicePaid(ctx, audit.reenrollmentInvoiceId))) return false;
      to = audit.levelBefore ?? participant.level;
    }
    audit.status = AuditStatus.REINSTATED;
    audit.resolvedAt = ctx.now();
    await ctx.em.update(Audit, { id: audit.id }, { status: audit.status, resolvedAt: audit.resolvedAt });
    await this.participants.changeLevel(
      ctx,
      participant,
      to,
      `PC-10: requirements completed in the ${audit.window === RemediationWindow.FIRST_WINDOW ? '90' : '120'}-day window: reinstated`,
    );
    return true;
  }

  /** For the scheduler: applies every run-out window, in the job runner's unit of work. */
  async applyRemediationDeadlines(ctx: RequestContext): Promise<number> {
    const audits = await ctx.em.findBy(Audit, { status: AuditStatus.IN_REMEDIATION });
    let changed = 0;
    for (const audit of audits) {
      const before = `${audit.status}|${audit.window}`;
      const fresh = await this.get(ctx, audit.id);
      await this.catchUp(ctx, fresh);
      if (`${fresh.status}|${fresh.window}` !== before) changed += 1;
    }
    return changed;
  }

  /** A payment of the re-enrollment invoice may complete a remediation. */
  async onInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<void> {
    const audit = await ctx.em.findOneBy(Audit, { reenrollmentInvoiceId: invoiceId, status: AuditStatus.IN_REMEDIATION });
    if (audit) await this.tryReinstate(ctx, audit);
  }

  async openAudit(ctx: RequestContext, partnerId: string): Promise<Audit | null> {
    if (!ctx.inTransaction) return (await AUDITS_OF_PARTNER.of(ctx).load(partnerId)).find((audit) => OPEN_STATES.includes(audit.status)) ?? null;
    return ctx.em.findOne(Audit, { where: { partnerId, status: In(OPEN_STATES) }, order: { startedAt: 'DESC', id: 'DESC' } });
  }

  requirementResults(audit: Audit): AuditRequirementResult[] {
    return audit.results.map((r) => Object.assign(new AuditRequirementResult(), { ...r, recordedAt: r.recordedAt ? new Date(r.recordedAt) : null }));
  }
}

function allMet(audit: Audit): boolean {
  return audit.results.every((r) => r.met);
}
