import { EntityManager, In } from 'typeorm';
import { addDays, DueNotice, MS_PER_DAY, NoticeRule, toDateOnly } from '@alliance/kernel';
import { SupportCaseEscalation } from './entities/case-escalation.entity';
import { SupportCase } from './entities/support-case.entity';
import { SupportEndOfSupport } from './entities/end-of-support.entity';
import { TsanetGroup } from './entities/tsanet-group.entity';
import { TsanetMember } from './entities/tsanet-member.entity';
import { SupportEscalationKind, TsanetMemberState, TsanetPaymentModel } from './enums';
import { SUPPORT_NOTICE_KINDS } from './events';
import { addCalendarMonths } from './rules/obsolescence.rules';
import { breachInstant } from './rules/severity.rules';
import { firstRenewalOn, headsUpAt, invoiceAt, RENEWAL_GRACE_DAYS, RENEWAL_HEADS_UP_DAYS, RENEWAL_INVOICE_DAYS, terminationAt } from './rules/tsanet.rules';

const inWindow = (at: Date, from: Date, to: Date) => at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
const iso = (at: Date) => at.toISOString();

/**
 * SUP-2: a case is breached at `dueAt + 1 ms` when no first response came by `dueAt`.
 * The notice is due at that breach instant; a case answered by `dueAt` has none. A response
 * given after the breach does not take the notice back.
 */
function breachNotices(cases: SupportCase[], keep: (at: Date) => boolean): DueNotice[] {
  return cases
    .filter((c) => c.dueAt && (c.firstResponseAt === null || c.firstResponseAt.getTime() > c.dueAt.getTime()) && keep(breachInstant(c.dueAt)))
    .map((c) => ({
      kind: SUPPORT_NOTICE_KINDS.CASE_BREACHED,
      subjectId: c.id,
      partnerId: c.partnerId,
      dueAt: breachInstant(c.dueAt!),
      message: `Severity ${c.severity} case "${c.title}" had no first response by ${iso(c.dueAt!)}: the response commitment is breached.`,
      data: { caseId: c.id, title: c.title, severity: c.severity, dueAt: iso(c.dueAt!) },
    }));
}

export const caseBreachNoticeRule: NoticeRule = {
  kinds: [SUPPORT_NOTICE_KINDS.CASE_BREACHED],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const cases = await em
      .getRepository(SupportCase)
      .createQueryBuilder('c')
      .where('c.dueAt >= :from AND c.dueAt <= :to', { from: iso(new Date(from.getTime() - 1)), to: iso(new Date(to.getTime() - 1)) })
      .andWhere('(c.firstResponseAt IS NULL OR c.firstResponseAt > c.dueAt)')
      .getMany();
    return breachNotices(cases, (at) => inWindow(at, from, to));
  },
  /** A case opened, or raised to a more urgent severity, with its response already overdue. */
  async writtenSince(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]> {
    const raised = await em
      .createQueryBuilder(SupportCaseEscalation, 'e')
      .select(['e.id', 'e.caseId'])
      .where('e.at >= :since', { since: iso(since) })
      .andWhere('e.kind = :raise', { raise: SupportEscalationKind.SEVERITY_RAISE })
      .getMany();
    const query = em
      .getRepository(SupportCase)
      .createQueryBuilder('c')
      .where('c.dueAt <= :to', { to: iso(new Date(to.getTime() - 1)) })
      .andWhere('(c.firstResponseAt IS NULL OR c.firstResponseAt > c.dueAt)');
    const ids = [...new Set(raised.map((e) => e.caseId))];
    if (ids.length) query.andWhere('(c.openedAt >= :since OR c.id IN (:...ids))', { since: iso(since), ids });
    else query.andWhere('c.openedAt >= :since', { since: iso(since) });
    return breachNotices(await query.getMany(), (at) => at.getTime() <= to.getTime());
  },
};

/** SUP-9: a collaboration case sent to a TSANet member and not acknowledged in the group's SLA is followed up. */
export const acknowledgementFollowUpRule: NoticeRule = {
  kinds: [SUPPORT_NOTICE_KINDS.TSANET_ACKNOWLEDGEMENT_FOLLOW_UP],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const cases = await em
      .getRepository(SupportCase)
      .createQueryBuilder('c')
      .where('c.acknowledgementDueAt >= :from AND c.acknowledgementDueAt <= :to', {
        from: iso(new Date(from.getTime() - 1)),
        to: iso(new Date(to.getTime() - 1)),
      })
      .andWhere('(c.firstResponseAt IS NULL OR c.firstResponseAt > c.acknowledgementDueAt)')
      .getMany();
    return cases
      .map((c) => ({ c, at: new Date(c.acknowledgementDueAt!.getTime() + 1) }))
      .filter(({ at }) => inWindow(at, from, to))
      .map(({ c, at }) => ({
        kind: SUPPORT_NOTICE_KINDS.TSANET_ACKNOWLEDGEMENT_FOLLOW_UP,
        subjectId: c.id,
        partnerId: c.partnerId,
        dueAt: at,
        message: `The TSANet member has not acknowledged collaboration case "${c.title}" (due ${iso(c.acknowledgementDueAt!)}): follow up with the member.`,
        data: { caseId: c.id, title: c.title, tsanetGroupId: c.tsanetGroupId, acknowledgementDueAt: iso(c.acknowledgementDueAt!) },
      }));
  },
};

function endOfSupportNotices(rows: SupportEndOfSupport[], keep: (at: Date) => boolean): DueNotice[] {
  return rows
    .map((row) => ({ row, at: new Date(`${row.customerNoticeOn}T00:00:00.000Z`) }))
    .filter(({ at }) => keep(at))
    .map(({ row, at }) => ({
      kind: SUPPORT_NOTICE_KINDS.END_OF_SUPPORT_NOTICE,
      subjectId: row.id,
      partnerId: row.partnerId,
      dueAt: at,
      message: `Support of version ${row.version} ends after ${row.endsOn}: notify customers now (3 months' notice).`,
      data: { softwareId: row.softwareId, versionId: row.versionId, version: row.version, endsOn: row.endsOn },
    }));
}

/**
 * SUP-7: customers must be told of the end of support 3 months before it, at the notice date
 * (00:00 UTC). An end accepted on its notice date itself is due at 00:00 that day, before it was
 * written: the late path finds it by `setAt`.
 */
export const endOfSupportNoticeRule: NoticeRule = {
  kinds: [SUPPORT_NOTICE_KINDS.END_OF_SUPPORT_NOTICE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const rows = await em
      .getRepository(SupportEndOfSupport)
      .createQueryBuilder('e')
      .where('e.customerNoticeOn >= :from AND e.customerNoticeOn <= :to', { from: toDateOnly(from), to: toDateOnly(to) })
      .getMany();
    return endOfSupportNotices(rows, (at) => inWindow(at, from, to));
  },
  async writtenSince(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]> {
    const rows = await em
      .getRepository(SupportEndOfSupport)
      .createQueryBuilder('e')
      .where('e.setAt >= :since', { since: iso(since) })
      .andWhere('e.customerNoticeOn <= :to', { to: toDateOnly(to) })
      .getMany();
    return endOfSupportNotices(rows, (at) => at.getTime() <= to.getTime());
  },
};

/**
 * SUP-9 member-paid renewal: heads-up 45 days before the renewal date, invoice 30 days before,
 * termination (host notified) when not renewed within 90 days after it. A member renews by paying
 * the renewal invoice, which moves its renewal date a year on; the heads-up and invoice notices of
 * the date it renewed stay due (they fell due before the payment), so they are computed for the
 * previous renewal date too.
 */
export const tsanetRenewalNoticeRule: NoticeRule = {
  kinds: [SUPPORT_NOTICE_KINDS.TSANET_RENEWAL_HEADS_UP, SUPPORT_NOTICE_KINDS.TSANET_RENEWAL_INVOICE, SUPPORT_NOTICE_KINDS.TSANET_MEMBER_TERMINATION],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    // Renewal dates whose notices can fall in the window: the current one, or (for a member that
    // renewed) the one a year before it, whose heads-up and invoice come 45 and 30 days ahead.
    const earliest = toDateOnly(new Date(from.getTime() - RENEWAL_GRACE_DAYS * MS_PER_DAY - MS_PER_DAY));
    const latest = toDateOnly(addDays(to, RENEWAL_HEADS_UP_DAYS + 1));
    const renewedFrom = addCalendarMonths(toDateOnly(addDays(from, RENEWAL_INVOICE_DAYS - 1)), 12);
    const renewedTo = addCalendarMonths(latest, 12);
    const members = await em
      .getRepository(TsanetMember)
      .createQueryBuilder('m')
      .where('m.storedState = :live', { live: TsanetMemberState.LIVE })
      .andWhere(
        '((m.renewalOn >= :earliest AND m.renewalOn <= :latest) OR (m.lastRenewedAt IS NOT NULL AND m.renewalOn >= :renewedFrom AND m.renewalOn <= :renewedTo))',
        { earliest, latest, renewedFrom, renewedTo },
      )
      .getMany();
    if (members.length === 0) return [];
    const groups = await em.find(TsanetGroup, { where: { id: In([...new Set(members.map((m) => m.groupId))]) } });
    const notices: DueNotice[] = [];
    for (const member of members) {
      const group = groups.find((g) => g.id === member.groupId);
      if (!group || group.paymentModel !== TsanetPaymentModel.MEMBER_PAID) continue;
      const current = member.renewalOn!;
      const previous = addCalendarMonths(current, -12);
      const renewed = member.liveAt !== null && previous >= firstRenewalOn(toDateOnly(member.liveAt));
      for (const renewalOn of renewed ? [previous, current] : [current]) {
        const data = { memberId: member.id, companyName: member.companyName, groupId: group.id, groupName: group.name, renewalOn };
        const candidates: DueNotice[] = [
          {
            kind: SUPPORT_NOTICE_KINDS.TSANET_RENEWAL_HEADS_UP,
            subjectId: member.id,
            partnerId: member.partnerId,
            dueAt: headsUpAt(renewalOn),
            message: `${member.companyName}: your membership in ${group.name} renews on ${renewalOn}.`,
            data,
          },
          {
            kind: SUPPORT_NOTICE_KINDS.TSANET_RENEWAL_INVOICE,
            subjectId: member.id,
            partnerId: member.partnerId,
            dueAt: invoiceAt(renewalOn),
            message: `${member.companyName}: invoice the ${group.name} membership dues for the renewal on ${renewalOn} (renewTsanetMember).`,
            data,
          },
        ];
        // Only the date not yet renewed can run out; a renewed date was paid within its grace.
        if (renewalOn === current) {
          candidates.push({
            kind: SUPPORT_NOTICE_KINDS.TSANET_MEMBER_TERMINATION,
            subjectId: member.id,
            partnerId: group.hostPartnerId,
            dueAt: terminationAt(renewalOn),
            message: `${member.companyName} did not renew its membership in ${group.name} within 90 days after ${renewalOn}: the membership is terminated.`,
            data: { ...data, memberPartnerId: member.partnerId },
          });
        }
        notices.push(...candidates.filter((notice) => inWindow(notice.dueAt, from, to)));
      }
    }
    return notices;
  },
};

export const SUPPORT_NOTICE_RULES: NoticeRule[] = [caseBreachNoticeRule, acknowledgementFollowUpRule, endOfSupportNoticeRule, tsanetRenewalNoticeRule];
