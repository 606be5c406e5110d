import {
  accessExplanation,
  datedItems,
  enrollmentTerm,
  formatDuration,
  formatMoney,
  formatPoints,
  niceCeiling,
  noticeSentence,
  noticeTitle,
  pointsByMonth,
  slaStatus,
} from '../src/dashboard/model';

describe('dashboard figures', () => {
  const yearStart = '2026-02-01T00:00:00.000Z';

  it('PC-12: ledger entries are summed by the UTC month they were earned in, performance and capability apart', () => {
    const months = pointsByMonth(
      [
        { earnedAt: '2026-02-01T00:00:00.000Z', kind: 'PERFORMANCE', amountThousandths: 1500, expired: false },
        { earnedAt: '2026-02-28T23:59:59.999Z', kind: 'PERFORMANCE', amountThousandths: 500, expired: false },
        { earnedAt: '2026-03-01T00:00:00.000Z', kind: 'CAPABILITY', amountThousandths: 250, expired: false },
        { earnedAt: '2026-03-10T00:00:00.000Z', kind: 'PERFORMANCE', amountThousandths: -200, expired: false },
        { earnedAt: '2027-01-31T23:59:59.999Z', kind: 'CAPABILITY', amountThousandths: 7, expired: true },
      ],
      yearStart,
    );
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2026-02-01T00:00:00.000Z', label: 'Feb 2026', performanceThousandths: 2000, capabilityThousandths: 0 });
    expect(months[1]).toMatchObject({ label: 'Mar 2026', performanceThousandths: -200, capabilityThousandths: 250 });
    expect(months[11]).toMatchObject({ label: 'Jan 2027', capabilityThousandths: 7 });
  });

  it('PC-8: entries outside the program year (the instant before it starts, the instant it ends + 1 ms) are left out', () => {
    const months = pointsByMonth(
      [
        { earnedAt: '2026-01-31T23:59:59.999Z', kind: 'PERFORMANCE', amountThousandths: 1000, expired: false },
        { earnedAt: '2027-02-01T00:00:00.000Z', kind: 'PERFORMANCE', amountThousandths: 1000, expired: false },
      ],
      yearStart,
    );
    expect(months.reduce((sum, m) => sum + m.performanceThousandths + m.capabilityThousandths, 0)).toBe(0);
  });

  it('points are thousandths, shown with up to three decimals', () => {
    expect(formatPoints(1_234_567)).toBe('1,234.567');
    expect(formatPoints(900_000)).toBe('900');
    expect(formatPoints(-1500)).toBe('-1.5');
    expect(formatPoints(0)).toBe('0');
  });

  it('the chart axis rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(900_000)).toBe(1_000_000);
    expect(niceCeiling(1_100)).toBe(2_000);
    expect(niceCeiling(2_400)).toBe(2_500);
    expect(niceCeiling(2_500)).toBe(2_500);
    expect(niceCeiling(2_501)).toBe(5_000);
  });

  describe('SUP-2: a case SLA as the dashboard states it', () => {
    const dueAt = '2026-03-02T13:00:00.000Z';
    const open = { dueAt, firstResponseAt: null, breached: false, breachedAt: null };

    it('SUP-2: at the due instant the response is still due; due soon within the last hour', () => {
      expect(slaStatus(open, new Date('2026-03-02T11:59:59.999Z'))).toEqual({ state: 'ON_TRACK', text: 'response due in 1 h' });
      expect(slaStatus(open, new Date('2026-03-02T12:00:00.000Z')).state).toBe('DUE_SOON');
      expect(slaStatus(open, new Date(dueAt))).toEqual({ state: 'DUE_SOON', text: 'response due in 0 min' });
    });

    it('SUP-2: 1 ms after the due instant it is breached, as the API says', () => {
      expect(slaStatus(open, new Date('2026-03-02T13:00:00.001Z')).state).toBe('BREACHED');
      const breached = { ...open, breached: true, breachedAt: '2026-03-02T13:00:00.001Z' };
      expect(slaStatus(breached, new Date('2026-03-02T15:30:00.001Z'))).toEqual({ state: 'BREACHED', text: 'breached 2 h 30 min ago' });
    });

    it('SUP-2: a first response stops the clock: answered in time or late; no timer without a due instant', () => {
      expect(slaStatus({ ...open, firstResponseAt: '2026-03-02T12:00:00.000Z' }, new Date('2026-03-03T00:00:00.000Z')).state).toBe('ANSWERED');
      expect(
        slaStatus({ ...open, firstResponseAt: '2026-03-02T14:00:00.000Z', breached: true, breachedAt: '2026-03-02T13:00:00.001Z' }, new Date()).state,
      ).toBe('ANSWERED_LATE');
      expect(slaStatus({ ...open, dueAt: null }, new Date()).state).toBe('NO_TIMER');
    });
  });

  it('durations read as their two largest units', () => {
    expect(formatDuration(3 * 86400000 + 4 * 3600000 + 5 * 60000)).toBe('3 d 4 h');
    expect(formatDuration(2 * 3600000)).toBe('2 h');
    expect(formatDuration(59_999)).toBe('0 min');
  });

  it('NOT-1 PC-12: dated items in [now, now + days], soonest first; a notice already listed as a progression event is not repeated', () => {
    const now = new Date('2026-03-02T09:00:00.000Z');
    const items = datedItems(
      [
        { at: '2027-01-31T23:59:59.999Z', kind: 'PROGRAM_YEAR_ENDS', subjectId: null },
        { at: '2026-04-01T00:00:00.000Z', kind: 'AUDIT', subjectId: 'a1' },
      ],
      [
        { dueAt: '2026-04-01T00:00:00.000Z', kind: 'partner_connect.audit', subjectId: 'a1', message: 'audit' },
        { dueAt: '2026-03-02T09:00:00.000Z', kind: 'membership.agreement_term_ends', subjectId: 'e1', message: 'The SVA agreement term ends' },
        { dueAt: '2026-05-31T09:00:00.000Z', kind: 'support.case_breached', subjectId: 'c1', message: 'at the horizon' },
        { dueAt: '2026-05-31T09:00:00.001Z', kind: 'support.case_breached', subjectId: 'c2', message: 'past the horizon' },
        { dueAt: '2026-03-02T08:59:59.999Z', kind: 'support.case_breached', subjectId: 'c3', message: 'already past' },
      ],
      now,
      90,
    );
    expect(items.map((i) => [i.at, i.title])).toEqual([
      ['2026-03-02T09:00:00.000Z', 'Agreement term ends'],
      ['2026-04-01T00:00:00.000Z', 'Annual audit'],
      ['2026-05-31T09:00:00.000Z', 'Support case SLA breach'],
    ]);
  });

  it('NOT-1: notice kinds read as words, known ones by title, others with their acronyms kept', () => {
    expect(noticeTitle('releases.rc_feedback_due')).toBe('RC feedback due');
    expect(noticeTitle('partner_connect.audit_notice')).toBe('Partner Connect audit notice');
    expect(noticeTitle('fees.tsanet_dues_overdue')).toBe('TSANet dues overdue');
    expect(noticeTitle('PC_SOMETHING_NEW')).toBe('Partner Connect something new');
  });

  it("money is minor units, written with its currency symbol and the currency's own decimals", () => {
    expect(formatMoney(100_000, 'USD')).toBe('$1,000.00');
    expect(formatMoney(99_500, 'USD')).toBe('$995.00');
    expect(formatMoney(-1, 'EUR')).toBe('-€0.01');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
  });

  describe('NOT-1: every notice kind reads as a sentence written from its data', () => {
    const due = '2026-12-13T12:12:35.022Z';
    const sentence = (kind: string, data: Record<string, unknown>, message = 'a raw message 2026-12-13T12:12:35.022Z') =>
      noticeSentence({ kind, dueAt: due, message, dataJson: JSON.stringify(data) });
    const cases: [string, Record<string, unknown>, string][] = [
      ['fees.invoice_due', { balanceMinor: 100_000, currency: 'USD' }, '$1,000.00 unpaid, due 13 Dec 2026.'],
      ['fees.tsanet_host_bill_due', { groupId: 'g', billingYear: 2027 }, 'The TSANet host-pay bill for 2027 falls due 13 Dec 2026.'],
      ['membership.agreement_term_ends', { programId: 'p' }, 'The agreement term ends 13 Dec 2026.'],
      [
        'certification.review_slot_starts',
        { slotId: 's' },
        'The certification review slot starts 13 Dec 2026, 12:12 UTC: submit the test results against an RC or GA release.',
      ],
      [
        'certification.hot_fix_update_due',
        { hotFixId: 'h', estimatedUpdateOn: '2026-12-13' },
        'The hot fix was expected in an update by 13 Dec 2026; it still needs re-certification or a re-test waiver.',
      ],
      [
        'releases.rc_feedback_due',
        { releaseVersion: '7.1.0', rcAvailableAt: '2026-11-22T12:12:35.022Z' },
        'Feedback on the RC build of release 7.1.0 is due 13 Dec 2026, 21 days after the build became available on 22 Nov 2026.',
      ],
      [
        'releases.change_notice_late',
        { softwareName: 'ArrayGuard', changeKind: 'NAME_CHANGE', noticeDeadline: '2026-11-29T00:00:00.000Z', plannedReleaseAt: '2026-12-13T00:00:00.000Z' },
        'The name change notice for ArrayGuard was filed late: it was due 29 Nov 2026, 14 days before the public release on 13 Dec 2026.',
      ],
      [
        'support.case_breached',
        { title: 'Lag alarms', severity: 2, dueAt: '2026-12-13T12:12:35.021Z' },
        'Severity 2 case “Lag alarms”: the response commitment is breached without a first response by 13 Dec 2026, 12:12 UTC.',
      ],
      [
        'support.tsanet_acknowledgement_follow_up',
        { title: 'Lag alarms', acknowledgementDueAt: '2026-12-13T12:12:35.021Z' },
        'Follow up with the TSANet member if it has not acknowledged collaboration case “Lag alarms” by 13 Dec 2026, 12:12 UTC.',
      ],
      [
        'support.end_of_support_notice',
        { version: '4.2.0', endsOn: '2027-03-13' },
        "Support of version 4.2.0 ends after 13 Mar 2027: tell customers now (3 months' notice).",
      ],
      [
        'support.tsanet_renewal_heads_up',
        { companyName: 'Eon', groupName: 'Storage Group', renewalOn: '2027-01-27' },
        "Eon's membership in Storage Group renews on 27 Jan 2027.",
      ],
      [
        'support.tsanet_renewal_invoice',
        { companyName: 'Eon', groupName: 'Storage Group', renewalOn: '2027-01-27' },
        "Invoice Eon's Storage Group membership dues for the renewal on 27 Jan 2027.",
      ],
      [
        'support.tsanet_member_termination',
        { companyName: 'Eon', groupName: 'Storage Group', renewalOn: '2027-01-27' },
        "Eon's membership in Storage Group ends unless it is renewed within 90 days after 27 Jan 2027.",
      ],
      [
        'partner_connect.renewal_notice',
        { renewalAt: '2027-01-12T00:00:00.000Z', daysBefore: 30 },
        'Partner Connect renews on 12 Jan 2027, 30 days from this notice.',
      ],
      [
        'partner_connect.audit_notice',
        { auditAt: '2027-02-01T00:00:00.000Z', daysBefore: 60 },
        'The annual audit is on 1 Feb 2027, 60 days from this notice: complete the due diligence questionnaire and the integrity and transparency training.',
      ],
    ];
    it.each(cases)('NOT-1: %s', (kind, data, want) => {
      expect(sentence(kind, data)).toBe(want);
    });

    it('NOT-1: a kind this page does not know, or data without what its sentence needs, falls back to the message with dates and money written for people', () => {
      expect(noticeSentence({ kind: 'fees.invoice_due', dueAt: due, message: 'Invoice i1 is due with 100000 USD minor units unpaid.', dataJson: null })).toBe(
        'Invoice i1 is due with $1,000.00 unpaid.',
      );
      expect(
        sentence(
          'releases.rc_feedback_due',
          { releaseId: 'r' },
          'Feedback on the RC build of release 7.1.0 is due by 2026-12-13T12:12:35.022Z (21 days after the build became available).',
        ),
      ).toBe('Feedback on the RC build of release 7.1.0 is due by 13 Dec 2026 (21 days after the build became available).');
      expect(
        noticeSentence({
          kind: 'partner_connect.remediation_90_day_window_ends',
          dueAt: due,
          message: 'The 90-day window ends now; next: termination',
          dataJson: '{not json',
        }),
      ).toBe('The 90-day window ends now; next: termination.');
    });
  });

  it('MEM-4 MEM-10: an enrollment term reads "ends" up to its last instant and "ended" 1 ms later; a terminated one says when it was terminated', () => {
    const termEndsAt = '2026-12-31T23:59:59.999Z';
    expect(enrollmentTerm({ state: 'ACTIVE', termEndsAt }, new Date(termEndsAt))).toBe('ends 31 Dec 2026');
    expect(enrollmentTerm({ state: 'ACTIVE', termEndsAt }, new Date('2027-01-01T00:00:00.000Z'))).toBe('ended 31 Dec 2026');
    expect(enrollmentTerm({ state: 'EXPIRED', termEndsAt }, new Date('2027-01-01T00:00:00.000Z'))).toBe('ended 31 Dec 2026');
    const history = [
      { toState: 'ACTIVE', at: '2025-01-02T00:00:00.000Z' },
      { toState: 'TERMINATED', at: '2026-10-03T08:00:00.000Z' },
    ];
    expect(enrollmentTerm({ state: 'TERMINATED', termEndsAt: '2028-12-31T23:59:59.999Z', history }, new Date('2026-12-01T00:00:00.000Z'))).toBe(
      'terminated 3 Oct 2026',
    );
    expect(enrollmentTerm({ state: 'PENDING', termEndsAt: null }, new Date())).toBe('—');
  });

  it('PC-14: the explanation names the one reason the key does not see the progression', () => {
    const base = { canSee: false, partnerJoined: true, grant: null };
    expect(accessExplanation({ ...base, reason: 'NOT_NAMED' }, 'Acme')).toMatch(
      /^This key may not see Acme's progression \(PC-14\): it is not the key of its primary or alternate contact, and no contact has added it\./,
    );
    expect(
      accessExplanation(
        {
          ...base,
          reason: 'ACCESS_REVOKED',
          grant: { role: 'ALTERNATE_CONTACT', grantedAt: '2026-01-01T00:00:00.000Z', revokedAt: '2026-11-30T10:00:00.000Z' },
        },
        'Acme',
      ),
    ).toMatch(/^This key may not see Acme's progression \(PC-14\): its alternate contact access was removed on 30 Nov 2026\./);
    expect(accessExplanation({ ...base, reason: 'NOT_ASSIGNED', partnerJoined: null }, 'Acme')).toBe(
      "This key may not see Acme's progression (PC-14): it is not the partner business manager assigned to Acme.",
    );
    expect(accessExplanation({ ...base, canSee: true, reason: 'STAFF', partnerJoined: false }, 'Eon')).toBe(
      'Eon has not joined Partner Connect yet: there is no progression until it joins a business model.',
    );
    expect(accessExplanation({ ...base, reason: 'NOT_NAMED', partnerJoined: false }, 'Eon')).toMatch(
      /^Eon has not joined Partner Connect yet: there is no progression until it joins a business model\. This key may not see Eon's progression/,
    );
    for (const reason of ['NOT_NAMED', 'ACCESS_REVOKED', 'NOT_ASSIGNED', 'ROLE_NOT_ALLOWED'])
      expect(accessExplanation({ ...base, reason }, 'Acme')).not.toMatch(/\bor this key\b|, or /);
  });
});
