import { EntityManager } from 'typeorm';
import { addDays, DueNotice, NoticeRule } from '@alliance/kernel';
import { PartnerConnectConfig } from '../config';
import { Audit, Participant } from '../entities';
import { AuditStatus, ParticipantStatus } from '../enums';
import { auditDate, programYearOf } from '../rules/program-year.rules';
import { anniversariesAround, AUDIT_NOTICE_DAYS, noticesBefore, RENEWAL_NOTICE_DAYS } from '../rules/renewal.rules';

export const NOTICE_KINDS = {
  RENEWAL: 'PC_RENEWAL_NOTICE',
  AUDIT: 'PC_AUDIT_NOTICE',
  REMEDIATION_90_DAY_WINDOW_ENDS: 'PC_REMEDIATION_90_DAY_WINDOW_ENDS',
  REMEDIATION_120_DAY_WINDOW_ENDS: 'PC_REMEDIATION_120_DAY_WINDOW_ENDS',
} as const;


/** PC-11: renewal notices 60, 30 and 15 days before each anniversary of entering the program. */
export function renewalNoticeRule(): NoticeRule {
  return {
    kinds: [NOTICE_KINDS.RENEWAL],
    async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
      const participants = await em.findBy(Participant, { status: ParticipantStatus.ACTIVE });
      return participants.flatMap((p) =>
        noticesBefore(anniversariesAround(p.enteredAt, from, to, RENEWAL_NOTICE_DAYS[0]), RENEWAL_NOTICE_DAYS, from, to).map((n) => ({
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
      const participants = await em.findBy(Participant, { status: ParticipantStatus.ACTIVE });
      return participants.flatMap((p) =>
        notices
          .filter((n) => p.enteredAt.getTime() <= n.dueAt.getTime())
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

/** PC-10: the end of each remediation window, at its exact last instant. */
export function remediationNoticeRule(): NoticeRule {
  return {
    kinds: [NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS, NOTICE_KINDS.REMEDIATION_120_DAY_WINDOW_ENDS],
    async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
      const audits = await em.findBy(Audit, { status: AuditStatus.IN_REMEDIATION });
      const out: DueNotice[] = [];
      const inRange = (at: Date | null): at is Date => at !== null && at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
      for (const audit of audits) {
        if (inRange(audit.firstWindowEndsAt)) {
          out.push({
            kind: NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS,
            subjectId: audit.id,
            partnerId: audit.partnerId,
            dueAt: audit.firstWindowEndsAt,
            message: 'The 90-day window to complete the audit requirements ends now; next: Community-Enrolled with 120 days and the $995 re-enrollment fee',
          });
        }
        if (inRange(audit.secondWindowEndsAt)) {
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

