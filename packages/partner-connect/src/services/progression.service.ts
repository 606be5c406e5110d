import { NotFoundError, RequestContext } from '@alliance/kernel';
import { COMMUNITY_ENROLLED, PartnerConnectConfig } from '../config';
import { Audit, Participant } from '../entities';
import { AuditStatus, ParticipantStatus, ProgressionEventKind, RemediationWindow } from '../enums';
import { levelGap, levelRank } from '../rules/levels.rules';
import { nextAuditDate, programYearOf } from '../rules/program-year.rules';
import { remediationStateAt } from '../rules/remediation.rules';
import { nextRenewal } from '../rules/renewal.rules';
import { Progression, ProgressionCredential, ProgressionEvent } from '../types/progression.types';
import { AuditService } from './audits.service';
import { CredentialService } from './credentials.service';
import { ParticipantService } from './participants.service';

/**
 * PC-12: the progression dashboard in one call. Every number is an SQL aggregate over indexed
 * columns (a handful of queries whatever the size of the ledger).
 */
export class ProgressionService {
  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly participants: ParticipantService,
    private readonly credentials: CredentialService,
    private readonly audits: AuditService,
  ) {}

  async progression(ctx: RequestContext, partnerId: string, asOf: Date): Promise<Progression> {
    // The partner's own rows are asked for together with the participant, so a read reaches
    // the database in two rounds (these, then the ledger sums the standing needs), not five.
    const [participant, models, history, credentials, audit] = await Promise.all([
      this.participants.find(ctx, partnerId),
      this.participants.businessModelsAt(ctx, partnerId, asOf),
      this.participants.levelAt(ctx, partnerId, asOf),
      this.credentials.list(ctx, partnerId),
      this.audits.openAudit(ctx, partnerId),
    ]);
    if (!participant || participant.enteredAt.getTime() > asOf.getTime()) throw new NotFoundError('Progression', partnerId);
    const standing = await this.participants.standing(ctx, participant, asOf);
    const auditAtAsOf = audit && audit.startedAt.getTime() <= asOf.getTime() ? audit : null;
    const level = this.levelWithRemediation(history ?? participant.level, auditAtAsOf, asOf);
    const year = programYearOf(asOf, this.config.fiscalYearStartMonth);
    const rank = levelRank(this.config.levels, level);
    const above = rank >= 0 ? this.config.levels[rank + 1] : undefined;
    const gap = above ? levelGap(above, standing.facts) : null;

    const result = new Progression();
    result.partnerId = partnerId;
    result.asOf = asOf;
    result.level = level;
    result.levelName = rank >= 0 ? this.config.levels[rank].name : 'Terminated';
    result.earnedLevel = standing.earned.code;
    result.enteredAt = participant.enteredAt;
    result.programYear = year.year;
    result.programYearStartsAt = year.start;
    result.programYearEndsAt = new Date(year.nextStart.getTime() - 1);
    result.businessModels = models.map((m) => m.model);
    result.performancePointsThousandths = standing.facts.performanceThousandths;
    result.capabilityPointsThousandths = standing.facts.capabilityThousandths;
    result.pointsBySource = standing.breakdown.map((row) => ({ kind: row.kind, source: row.source, pointsThousandths: row.amount }));
    result.nextLevel = gap
      ? {
          level: gap.level.code,
          name: gap.level.name,
          performancePointsNeededThousandths: gap.performanceNeededThousandths,
          capabilityPointsNeededThousandths: gap.capabilityNeededThousandths,
          missingRequirements: gap.missingRequirements,
        }
      : null;
    result.credentials = credentials.map((c) => {
      const view = new ProgressionCredential();
      Object.assign(view, { id: c.id, kind: c.kind, name: c.name, validFrom: c.validFrom, validUntil: c.validUntil, pointsThousandths: c.pointsThousandths });
      view.status =
        c.revokedAt && c.revokedAt.getTime() <= asOf.getTime()
          ? 'REVOKED'
          : asOf.getTime() < c.validFrom.getTime()
            ? 'NOT_YET_VALID'
            : asOf.getTime() > c.validUntil.getTime()
              ? 'EXPIRED'
              : 'VALID';
      return view;
    });
    result.openAudit = auditAtAsOf;
    result.nextEvents = level === 'TERMINATED' ? [] : this.nextEvents(participant, auditAtAsOf, result.credentials, asOf, result.programYearEndsAt);
    return result;
  }

  /** A run-out remediation window shows at once, even before the scheduler applies it. */
  private levelWithRemediation(level: string, audit: Audit | null, asOf: Date): string {
    if (!audit || audit.status !== AuditStatus.IN_REMEDIATION || !audit.closedAt) return level;
    const state = remediationStateAt(audit.closedAt, asOf);
    if (state.phase === 'TERMINATED') return 'TERMINATED';
    if (state.phase === 'SECOND_WINDOW' && audit.window === RemediationWindow.FIRST_WINDOW) return COMMUNITY_ENROLLED;
    return level;
  }

  private nextEvents(participant: Participant, audit: Audit | null, credentials: ProgressionCredential[], asOf: Date, yearEnd: Date): ProgressionEvent[] {
    const events: ProgressionEvent[] = [];
    const add = (kind: ProgressionEventKind, at: Date | null, subjectId: string | null) => {
      if (at && at.getTime() >= asOf.getTime()) events.push({ kind, at, subjectId });
    };
    if (participant.status === ParticipantStatus.ACTIVE) {
      add(ProgressionEventKind.AUDIT, nextAuditDate(asOf, this.config.fiscalYearStartMonth, this.config.auditOffsetDays), null);
      add(ProgressionEventKind.RENEWAL, nextRenewal(participant.enteredAt, asOf), participant.id);
      add(ProgressionEventKind.PROGRAM_YEAR_ENDS, yearEnd, null);
    }
    if (audit?.status === AuditStatus.IN_REMEDIATION) {
      add(ProgressionEventKind.REMEDIATION_90_DAY_WINDOW_ENDS, audit.firstWindowEndsAt, audit.id);
      add(ProgressionEventKind.REMEDIATION_120_DAY_WINDOW_ENDS, audit.secondWindowEndsAt, audit.id);
    }
    for (const c of credentials) if (c.status === 'VALID') add(ProgressionEventKind.CREDENTIAL_EXPIRES, c.validUntil, c.id);
    return events.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
