import { EntityManager, MoreThanOrEqual } from 'typeorm';
import { addDays, DueNotice, NoticeRule } from '@alliance/kernel';
import { PartnerConnectConfig } from '../config';
import { Audit, Participant } from '../entities';
import { AuditStatus, ParticipantStatus } from '../enums';
import { auditDate, programYearOf } from '../rules/program-year.rules';
import { anniversariesAround, AUDIT_NOTICE_DAYS, noticesBefore, RENEWAL_NOTICE_DAYS } from '../rules/renewal.rules';

export const NOTICE_KINDS = {
  RENEWAL: 'partner_connect.renewal_notice',
  AUDIT: 'partner_connect.audit_notice',
  REMEDIATION_90_DAY_WINDOW_ENDS: 'partner_connect.remediation_90_day_window_ends',
  REMEDIATION_120_DAY_WINDOW_ENDS: 'partner_connect.remediation_120_day_window_ends',
} as const;

/**
 * Participants that were in the program at some instant of [from, ...]: active now, or
 * terminated at or after `from`. A termination (by housekeeping, PC-10) never takes back a notice
 * that fell due before it.
 */
async function participantsSince(em: EntityManager, from: Date): Promise<Participant[]> {
  return em.find(Participant, {
    where: [{ status: ParticipantStatus.ACTIVE }, { status: ParticipantStatus.TERMINATED, terminatedAt: MoreThanOrEqual(from) }],
  });
}

/** Whether the participant was in the program at `at` (entered by then, not terminated by then). */
function inProgramAt(p: Participant, at: Date): boolean {
  return p.enteredAt.getTime() <= at.getTime() && (p.terminatedAt === null || p.terminatedAt.getTime() > at.getTime());
}

/** PC-11: renewal notices 60, 30 and 15 days before each anniversary of entering the program. */
export function renewalNoticeRule(): NoticeRule {
  return {
    kinds: [NOTICE_KINDS.RENEWAL],
    async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
      const participants = await participantsSince(em, from);
      return participants.flatMap((p) =>
        noticesBefore(anniversariesAround(p.enteredAt, from, to, RENEWAL_NOTICE_DAYS[0]), RENEWAL_NOTICE_DAYS, from, to)
          .filter((n) => inProgramAt(p, n.dueAt))
          .map((n) => ({
            kind: NOTICE_KINDS.RENEWAL,
            subjectId: p.id,
            partnerId: p.partnerId,
            dueAt: n.dueAt,
            message: `Partner Connect renewal on ${n.date.toISOString().slice(0, 10)} (${n.daysBefore} days)`,
            data: { renewalAt: n.date.toISOString(), daysBefore: n.daysBefore },
          })),
      );
    },
  };
}

/** PC-10: audit notices 90, 60 and 30 days before the annual audit date. */
export function auditNoticeRule(config: PartnerConnectConfig): NoticeRule {
  return {
    kinds: [NOTICE_KINDS.AUDIT],
    async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
      const first = programYearOf(from, config.fiscalYearStartMonth).year - 1;
      const last = programYearOf(addDays(to, AUDIT_NOTICE_DAYS[0]), config.fiscalYearStartMonth).year;
      const dates: Date[] = [];
      for (let year = first; year <= last; year++) dates.push(auditDate(year, config.fiscalYearStartMonth, config.auditOffsetDays));
      const notices = noticesBefore(dates, AUDIT_NOTICE_DAYS, from, to);
      if (notices.length === 0) return [];
      const participants = await participantsSince(em, from);
      return participants.flatMap((p) =>
        notices
          .filter((n) => inProgramAt(p, n.dueAt))
          .map((n) => ({
            kind: NOTICE_KINDS.AUDIT,
            subjectId: `${p.id}:${n.date.toISOString().slice(0, 10)}`,
            partnerId: p.partnerId,
            dueAt: n.dueAt,
            message: `Partner Connect annual audit on ${n.date.toISOString().slice(0, 10)} (${n.daysBefore} days): complete the due diligence questionnaire and the integrity and transparency training`,
            data: { auditAt: n.date.toISOString(), daysBefore: n.daysBefore },
          })),
      );
    },
  };
}

/**
 * PC-10: the end of each remediation window, at its exact last instant, for an audit that was
 * still unresolved then: a reinstatement before the end takes the notice away; the termination
 * that follows the 120-day window (housekeeping) does not.
 */
export function remediationNoticeRule(): NoticeRule {
  return {
    kinds: [NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS, NOTICE_KINDS.REMEDIATION_120_DAY_WINDOW_ENDS],
    async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
      const range = { from: from.toISOString(), to: to.toISOString() };
      const audits = await em
        .createQueryBuilder(Audit, 'audit')
        .where(
          '(audit.firstWindowEndsAt >= :from AND audit.firstWindowEndsAt <= :to) OR (audit.secondWindowEndsAt >= :from AND audit.secondWindowEndsAt <= :to)',
          range,
        )
        .getMany();
      const out: DueNotice[] = [];
      const inRange = (at: Date | null): at is Date => at !== null && at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
      const unresolvedAt = (audit: Audit, at: Date) =>
        audit.status !== AuditStatus.REINSTATED || (audit.resolvedAt !== null && audit.resolvedAt.getTime() > at.getTime());
      for (const audit of audits) {
        if (inRange(audit.firstWindowEndsAt) && unresolvedAt(audit, audit.firstWindowEndsAt)) {
          out.push({
            kind: NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS,
            subjectId: audit.id,
            partnerId: audit.partnerId,
            dueAt: audit.firstWindowEndsAt,
            message: 'The 90-day window to complete the audit requirements ends now; next: Community-Enrolled with 120 days and the $995 re-enrollment fee',
          });
        }
        if (inRange(audit.secondWindowEndsAt) && unresolvedAt(audit, audit.secondWindowEndsAt)) {
          out.push({
            kind: NOTICE_KINDS.REMEDIATION_120_DAY_WINDOW_ENDS,
            subjectId: audit.id,
            partnerId: audit.partnerId,
            dueAt: audit.secondWindowEndsAt,
            message: 'The 120-day window to complete the audit requirements and pay the re-enrollment fee ends now; next: termination',
          });
        }
      }
      return out;
    },
  };
}
