import { datedItems, formatDuration, formatPoints, niceCeiling, noticeTitle, pointsByMonth, slaStatus } from '../src/dashboard/model';

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
      expect(slaStatus({ ...open, firstResponseAt: '2026-03-02T14:00:00.000Z', breached: true, breachedAt: '2026-03-02T13:00:00.001Z' }, new Date()).state).toBe('ANSWERED_LATE');
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
        { dueAt: '2026-05-31T09:00:00.000Z', kind: 'SUPPORT_CASE_BREACHED', subjectId: 'c1', message: 'at the horizon' },
        { dueAt: '2026-05-31T09:00:00.001Z', kind: 'SUPPORT_CASE_BREACHED', subjectId: 'c2', message: 'past the horizon' },
        { dueAt: '2026-03-02T08:59:59.999Z', kind: 'SUPPORT_CASE_BREACHED', subjectId: 'c3', message: 'already past' },
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
    expect(noticeTitle('PC_AUDIT_NOTICE')).toBe('Partner Connect audit notice');
    expect(noticeTitle('fees.tsanet_dues_overdue')).toBe('TSANet dues overdue');
    expect(noticeTitle('PC_SOMETHING_NEW')).toBe('Partner Connect something new');
  });
});
