import { In, IsNull } from 'typeorm';
import { loadByParent, RequestContext, UserError } from '@alliance/kernel';
import { COMMUNITY, COMMUNITY_ENROLLED, LevelDefinition, PartnerConnectConfig } from '../config';
import { Audit, BusinessModel, Credential, LevelChange, Participant } from '../entities';
import { AuditStatus, BusinessModelKind, ParticipantStatus } from '../enums';
import { LEVEL_CHANGED, partnerConnectEvent } from '../events';
import { PartnerConnectPorts } from '../ports';
import { earnedLevel, LevelFacts, LevelGap, levelRank } from '../rules/levels.rules';
import { programYear, programYearOf } from '../rules/program-year.rules';
import { LedgerService, SourceTotal } from './ledger.service';
import { CREDENTIALS_OF_PARTNER, LEVEL_HISTORY, PARTICIPANT_OF_PARTNER } from './partner-rows.loaders';

export interface Standing {
  facts: LevelFacts;
  breakdown: SourceTotal[];
  earned: LevelDefinition;
  next: LevelGap | null;
  programYear: number;
}

/** PC-1, PC-8, PC-9: partners in the program, their business models and their levels. */
export class ParticipantService {
  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly ports: PartnerConnectPorts,
    private readonly ledger: LedgerService,
  ) {}

  find(ctx: RequestContext, partnerId: string): Promise<Participant | null> {
    return ctx.inTransaction ? ctx.em.findOneBy(Participant, { partnerId }) : PARTICIPANT_OF_PARTNER.of(ctx).load(partnerId);
  }

  async require(ctx: RequestContext, partnerId: string, field = 'partnerId'): Promise<Participant> {
    const participant = await this.find(ctx, partnerId);
    if (!participant) throw new UserError('PARTNER_NOT_ENROLLED', `partner ${partnerId} has not joined Partner Connect`, field);
    if (participant.status === ParticipantStatus.TERMINATED) {
      throw new UserError('PARTNER_TERMINATED', 'PC-10: the partnership was terminated; re-entry is only as a new partner', field);
    }
    return participant;
  }

  level(code: string): LevelDefinition {
    const level = this.config.levels.find((l) => l.code === code);
    if (!level) throw new RangeError(`unknown level ${code}`);
    return level;
  }

  /**
   * PC-1: joins a business model. The first join enters the partner into the program as
   * Community-Enrolled and charges the $995 enrollment fee; Solution Builder needs TAP first.
   * A terminated partner re-enters as a new partner (new entry date, new fee).
   */
  async joinBusinessModel(ctx: RequestContext, input: { partnerId: string; model: BusinessModelKind }): Promise<BusinessModel> {
    const now = ctx.now();
    if (!(await this.ports.membership.partnerExists(ctx, input.partnerId))) {
      throw new UserError('PARTNER_NOT_FOUND', `no partner ${input.partnerId}`, 'partnerId');
    }
    if (input.model === BusinessModelKind.SOLUTION_BUILDER) {
      const tap = await this.ports.membership.tapMembershipActive(ctx, { partnerId: input.partnerId, at: now });
      if (!tap) throw new UserError('TAP_MEMBERSHIP_REQUIRED', 'PC-1: Solution Builder needs an active TAP membership first', 'model');
    }
    await ctx.db.lock(ctx.em, `pc:participant:${input.partnerId}`);
    let participant = await this.find(ctx, input.partnerId);
    if (participant?.status === ParticipantStatus.ACTIVE) {
      const existing = await ctx.em.findOneBy(BusinessModel, { partnerId: input.partnerId, model: input.model, endedAt: IsNull() });
      if (existing) throw new UserError('BUSINESS_MODEL_ALREADY_JOINED', `PC-1: the partner is already in ${input.model}`, 'model');
    } else {
      const reentry = participant !== null;
      participant = participant ?? ctx.em.create(Participant, { partnerId: input.partnerId });
      participant.enteredAt = now;
      participant.status = ParticipantStatus.ACTIVE;
      participant.terminatedAt = null;
      participant.level = COMMUNITY_ENROLLED;
      participant.enrollmentInvoiceId = null;
      participant = await ctx.em.save(Participant, participant);
      const fee = await this.ports.fees.chargeFee(ctx, {
        partnerId: input.partnerId,
        feeKind: 'PARTNER_CONNECT_ENROLLMENT',
        reference: `partner-connect:${participant.id}:enrollment`,
      });
      participant.enrollmentInvoiceId = fee.invoiceId;
      await ctx.em.update(Participant, { id: participant.id }, { enrollmentInvoiceId: fee.invoiceId });
      await this.recordLevelChange(ctx, participant.partnerId, null, COMMUNITY_ENROLLED, reentry ? 're-entered as a new partner' : 'entered the program');
    }
    const model = await ctx.em.save(
      BusinessModel,
      ctx.em.create(BusinessModel, { partnerId: input.partnerId, model: input.model, joinedAt: now, endedAt: null }),
    );
    await this.reevaluate(ctx, input.partnerId);
    return model;
  }

  async businessModelsAt(ctx: RequestContext, partnerId: string, at: Date): Promise<BusinessModel[]> {
    // A read (outside a unit of work) asks for them once per request, however many figures
    // need them (the dashboard's standing and its list); a unit of work reads its own writes.
    const models = ctx.inTransaction
      ? await ctx.em.find(BusinessModel, { where: { partnerId }, order: { joinedAt: 'ASC' } })
      : await loadByParent(ctx, BusinessModel, 'partnerId', { order: { joinedAt: 'ASC' } }).load(partnerId);
    return models.filter((m) => m.joinedAt.getTime() <= at.getTime() && (m.endedAt === null || m.endedAt.getTime() > at.getTime()));
  }

  async hasBusinessModel(ctx: RequestContext, partnerId: string, model: BusinessModelKind, at: Date): Promise<boolean> {
    return (await this.businessModelsAt(ctx, partnerId, at)).some((m) => m.model === model);
  }

  /** The level held at an instant, from the level history. */
  async levelAt(ctx: RequestContext, partnerId: string, at: Date): Promise<string | null> {
    if (!ctx.inTransaction) {
      let level: string | null = null;
      for (const change of await LEVEL_HISTORY.of(ctx).load(partnerId)) if (change.at.getTime() <= at.getTime()) level = change.toLevel;
      return level;
    }
    const change = await ctx.em
      .createQueryBuilder(LevelChange, 'c')
      .where('c.partnerId = :partnerId', { partnerId })
      .andWhere('c.at <= :at', { at: at.toISOString() })
      .orderBy('c.at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(1)
      .getOne();
    return change?.toLevel ?? null;
  }

  /**
   * PC-8: capability points carry over into a program year only while the partner was not below
   * Community when that year began.
   */
  async carriesOver(ctx: RequestContext, partnerId: string, yearStart: Date): Promise<boolean> {
    const level = await this.levelAt(ctx, partnerId, new Date(yearStart.getTime() - 1));
    if (level === null || level === 'TERMINATED') return false;
    return levelRank(this.config.levels, level) >= levelRank(this.config.levels, COMMUNITY);
  }

  /**
   * PC-9: the facts a level is evaluated on, all from indexed SQL aggregates, and the level they earn.
   * By default the program year of `asOf` as recorded by then; the audit passes the audited year
   * (validity checked at its last instant) and `recordedBy` now.
   */
  async standing(ctx: RequestContext, participant: Participant, asOf: Date, options: { programYear?: number; recordedBy?: Date } = {}): Promise<Standing> {
    const year =
      options.programYear !== undefined
        ? programYear(options.programYear, this.config.fiscalYearStartMonth)
        : programYearOf(asOf, this.config.fiscalYearStartMonth);
    const validAt = options.programYear !== undefined ? new Date(Math.min(asOf.getTime(), year.nextStart.getTime() - 1)) : asOf;
    const recordedBy = options.recordedBy ?? asOf;
    const carryOver = await this.carriesOver(ctx, participant.partnerId, year.start);
    const [{ performance, capability }, models, credentials, feePaid] = await Promise.all([
      this.ledger.pointsBySource(ctx, participant.partnerId, { programYear: year.year, validAt, recordedBy, carryOver }),
      this.businessModelsAt(ctx, participant.partnerId, validAt),
      this.validCredentialKinds(ctx, participant.partnerId, validAt),
      participant.enrollmentInvoiceId ? this.ports.fees.isInvoicePaid(ctx, participant.enrollmentInvoiceId) : Promise.resolve(false),
    ]);
    const facts: LevelFacts = {
      performanceThousandths: performance.reduce((sum, row) => sum + row.amount, 0),
      capabilityThousandths: capability.reduce((sum, row) => sum + row.amount, 0),
      enrollmentFeePaid: feePaid,
      businessModels: models.map((m) => m.model),
      credentialKinds: credentials,
    };
    const { level, next } = earnedLevel(this.config.levels, facts);
    return { facts, breakdown: [...performance, ...capability], earned: level, next, programYear: year.year };
  }

  async validCredentialKinds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]> {
    if (!ctx.inTransaction) {
      const t = at.getTime();
      const valid = (await CREDENTIALS_OF_PARTNER.of(ctx).load(partnerId)).filter(
        (c) => c.validFrom.getTime() <= t && c.validUntil.getTime() >= t && (c.revokedAt === null || c.revokedAt.getTime() > t),
      );
      return [...new Set(valid.map((c) => c.kind))];
    }
    const iso = at.toISOString();
    const rows = await ctx.em
      .createQueryBuilder(Credential, 'c')
      .select('DISTINCT c.kind', 'kind')
      .where('c.partnerId = :partnerId', { partnerId })
      .andWhere('c.validFrom <= :iso', { iso })
      .andWhere('c.validUntil >= :iso', { iso })
      .andWhere('(c.revokedAt IS NULL OR c.revokedAt > :iso)', { iso })
      .getRawMany<{ kind: string }>();
    return rows.map((r) => r.kind);
  }

  /** Whether the partner is in a remediation window after a failed audit. */
  async inRemediation(ctx: RequestContext, partnerId: string): Promise<boolean> {
    return (await ctx.em.countBy(Audit, { partnerId, status: AuditStatus.IN_REMEDIATION })) > 0;
  }

  /** PC-7: good standing: in the program, not terminated, not in remediation after a failed audit. */
  async inGoodStanding(ctx: RequestContext, partnerId: string): Promise<boolean> {
    const participant = await this.find(ctx, partnerId);
    if (!participant || participant.status !== ParticipantStatus.ACTIVE) return false;
    return !(await this.inRemediation(ctx, partnerId));
  }

  /**
   * PC-9: partners are up-leveled as soon as they earn a level (a new partner becomes Community
   * once its minimum requirements are met). Down-leveling happens only at the annual audit (PC-10),
   * and no level changes while a failed audit is being remediated.
   */
  async reevaluate(ctx: RequestContext, partnerId: string): Promise<void> {
    const participant = await this.find(ctx, partnerId);
    if (!participant || participant.status !== ParticipantStatus.ACTIVE) return;
    if (await this.inRemediation(ctx, partnerId)) return;
    const { earned } = await this.standing(ctx, participant, ctx.now());
    if (levelRank(this.config.levels, earned.code) > levelRank(this.config.levels, participant.level)) {
      await this.changeLevel(ctx, participant, earned.code, 'points and requirements met');
    }
  }

  async reevaluateMany(ctx: RequestContext, partnerIds: Iterable<string>): Promise<void> {
    for (const partnerId of partnerIds) await this.reevaluate(ctx, partnerId);
  }

  /** Changes the level, records it in the history and publishes `partner_connect.level_changed`. */
  async changeLevel(ctx: RequestContext, participant: Participant, to: string, reason: string): Promise<void> {
    const from = participant.level;
    if (from === to) return;
    participant.level = to;
    await ctx.em.update(Participant, { id: participant.id }, { level: to });
    await this.recordLevelChange(ctx, participant.partnerId, from, to, reason);
  }

  async recordLevelChange(ctx: RequestContext, partnerId: string, from: string | null, to: string, reason: string): Promise<void> {
    await ctx.em.save(LevelChange, ctx.em.create(LevelChange, { partnerId, fromLevel: from, toLevel: to, reason, at: ctx.now() }));
    await ctx.publish(partnerConnectEvent(LEVEL_CHANGED, ctx.now(), { partnerId, from, to, reason }, partnerId));
  }

  /** PC-10: the partnership ends; re-entry only as a new partner. */
  async terminate(ctx: RequestContext, participant: Participant, reason: string): Promise<void> {
    const now = ctx.now();
    const from = participant.level;
    participant.status = ParticipantStatus.TERMINATED;
    participant.terminatedAt = now;
    await ctx.em.update(Participant, { id: participant.id }, { status: ParticipantStatus.TERMINATED, terminatedAt: now });
    await ctx.em.update(BusinessModel, { partnerId: participant.partnerId, endedAt: IsNull() }, { endedAt: now });
    await this.recordLevelChange(ctx, participant.partnerId, from, 'TERMINATED', reason);
  }

  async participantsByPartner(ctx: RequestContext, partnerIds: string[]): Promise<Map<string, Participant>> {
    const map = new Map<string, Participant>();
    if (partnerIds.length === 0) return map;
    for (const p of await ctx.em.findBy(Participant, { partnerId: In(partnerIds) })) map.set(p.partnerId, p);
    return map;
  }

  assertKnownLevel(code: string): void {
    this.level(code);
  }
}
