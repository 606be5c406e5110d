/**
 * What the dashboard computes from API answers: month buckets of the points ledger, the
 * SLA state of a support case, the dated items, and how numbers and dates are written.
 * Pure functions (no DOM, no clock of their own), so they are unit-tested directly.
 */

export type PointsKind = 'PERFORMANCE' | 'CAPABILITY';

export interface LedgerEntry {
  earnedAt: string;
  kind: PointsKind;
  amountThousandths: number;
  expired: boolean;
}

export interface MonthPoints {
  /** First instant of the month (UTC), ISO. */
  month: string;
  /** Short label, e.g. "Feb 2026". */
  label: string;
  performanceThousandths: number;
  capabilityThousandths: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The ledger entries of one program year, summed by the UTC month they were earned in,
 * performance and capability apart. Months run from the program year's first month for
 * 12 months; reversals (negative amounts) count in the month they were booked.
 * Entries outside the year are ignored.
 */
export function pointsByMonth(entries: LedgerEntry[], programYearStartsAt: string): MonthPoints[] {
  const start = new Date(programYearStartsAt);
  const y0 = start.getUTCFullYear();
  const m0 = start.getUTCMonth();
  const months: MonthPoints[] = Array.from({ length: 12 }, (_, i) => {
    const first = new Date(Date.UTC(y0, m0 + i, 1));
    return {
      month: first.toISOString(),
      label: `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`,
      performanceThousandths: 0,
      capabilityThousandths: 0,
    };
  });
  for (const entry of entries) {
    const at = new Date(entry.earnedAt);
    const index = (at.getUTCFullYear() - y0) * 12 + (at.getUTCMonth() - m0);
    if (index < 0 || index >= 12) continue;
    if (entry.kind === 'PERFORMANCE') months[index].performanceThousandths += entry.amountThousandths;
    else months[index].capabilityThousandths += entry.amountThousandths;
  }
  return months;
}

/** Points are integer thousandths in the API; shown as points with up to 3 decimals. */
export function formatPoints(thousandths: number): string {
  return (thousandths / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** A round number of points at or above `value` for a chart axis: 1, 2, 2.5, 5 × 10^n. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(iso)}, ${hh}:${mm} UTC`;
}

/** "3 d 4 h", "2 h 5 min", "12 min": the larger two units of a duration. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** Words for enum values: PROGRAM_YEAR_ENDS → "Program year ends". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/[_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface CaseClock {
  dueAt: string | null;
  firstResponseAt: string | null;
  breached: boolean;
  breachedAt: string | null;
}

export type SlaState = 'BREACHED' | 'DUE_SOON' | 'ON_TRACK' | 'ANSWERED' | 'ANSWERED_LATE' | 'NO_TIMER';

/** A case's first-response SLA (SUP-2) as the dashboard states it; "due soon" is the last hour. */
export function slaStatus(clock: CaseClock, now: Date): { state: SlaState; text: string } {
  if (clock.firstResponseAt) {
    return clock.breached
      ? { state: 'ANSWERED_LATE', text: `answered late, ${formatDateTime(clock.firstResponseAt)}` }
      : { state: 'ANSWERED', text: `answered in time, ${formatDateTime(clock.firstResponseAt)}` };
  }
  if (!clock.dueAt) return { state: 'NO_TIMER', text: 'no response timer' };
  const left = new Date(clock.dueAt).getTime() - now.getTime();
  if (clock.breached || left < 0) {
    const since = clock.breachedAt ?? clock.dueAt;
    return { state: 'BREACHED', text: `breached ${formatDuration(now.getTime() - new Date(since).getTime())} ago` };
  }
  return left <= 3600000 ? { state: 'DUE_SOON', text: `response due in ${formatDuration(left)}` } : { state: 'ON_TRACK', text: `response due in ${formatDuration(left)}` };
}

export interface DatedItem {
  at: string;
  title: string;
  detail: string | null;
  source: 'progression' | 'notice';
}

const EVENT_TITLES: Record<string, string> = {
  AUDIT: 'Annual audit',
  CREDENTIAL_EXPIRES: 'Credential expires',
  PROGRAM_YEAR_ENDS: 'Program year ends',
  REMEDIATION_90_DAY_WINDOW_ENDS: 'Remediation window (90 days) ends',
  REMEDIATION_120_DAY_WINDOW_ENDS: 'Remediation window (120 days) ends',
  RENEWAL: 'Partner Connect renewal',
};

/** Titles of the notice kinds the domains compute (NOT-1); others read from their kind. */
const NOTICE_TITLES: Record<string, string> = {
  'membership.agreement_term_ends': 'Agreement term ends',
  'fees.invoice_due': 'Invoice due',
  'fees.tsanet_host_bill_due': 'TSANet host-pay bill due',
  'certification.review_slot_starts': 'Certification review slot',
  'certification.hot_fix_update_due': 'Hot fix update due',
  'releases.rc_feedback_due': 'RC feedback due',
  'releases.change_notice_late': 'Change notice overdue',
  SUPPORT_CASE_BREACHED: 'Support case SLA breach',
  SUPPORT_END_OF_SUPPORT_NOTICE: 'End-of-support notice',
  TSANET_ACKNOWLEDGEMENT_FOLLOW_UP: 'TSANet acknowledgement follow-up',
  TSANET_RENEWAL_HEADS_UP: 'TSANet renewal heads-up',
  TSANET_RENEWAL_INVOICE: 'TSANet renewal invoice',
  TSANET_MEMBER_TERMINATION: 'TSANet membership ends',
  PC_RENEWAL_NOTICE: 'Partner Connect renewal notice',
  PC_AUDIT_NOTICE: 'Partner Connect audit notice',
  PC_REMEDIATION_90_DAY_WINDOW_ENDS: 'Remediation window (90 days) ends',
  PC_REMEDIATION_120_DAY_WINDOW_ENDS: 'Remediation window (120 days) ends',
};

const ACRONYMS: Record<string, string> = { pc: 'Partner Connect', rc: 'RC', sla: 'SLA', tsanet: 'TSANet', tap: 'TAP', kb: 'KB' };

/** A notice kind in words: a known title, else its last segment with acronyms kept. */
export function noticeTitle(kind: string): string {
  if (NOTICE_TITLES[kind]) return NOTICE_TITLES[kind];
  const words = (kind.split('.').pop() ?? kind).toLowerCase().split(/_+/).filter(Boolean);
  const text = words.map((w, i) => ACRONYMS[w] ?? (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  return text || kind;
}

/**
 * The dated items of a partner in [now, now + days]: Partner Connect's next events and the
 * notices every domain computes (NOT-1), soonest first. A notice already shown as a
 * progression event (same instant, same subject) is not listed twice.
 */
export function datedItems(
  events: { at: string; kind: string; subjectId: string | null }[],
  notices: { dueAt: string; kind: string; subjectId: string; message: string }[],
  now: Date,
  days: number,
): DatedItem[] {
  const from = now.getTime();
  const to = from + days * 86400000;
  const inside = (iso: string) => {
    const t = new Date(iso).getTime();
    return t >= from && t <= to;
  };
  const items: DatedItem[] = events.filter((e) => inside(e.at)).map((e) => ({ at: e.at, title: EVENT_TITLES[e.kind] ?? humanize(e.kind), detail: null, source: 'progression' }));
  const seen = new Set(events.map((e) => `${new Date(e.at).getTime()}|${e.subjectId ?? ''}`));
  for (const notice of notices) {
    if (!inside(notice.dueAt) || seen.has(`${new Date(notice.dueAt).getTime()}|${notice.subjectId}`)) continue;
    items.push({ at: notice.dueAt, title: noticeTitle(notice.kind), detail: notice.message, source: 'notice' });
  }
  return items.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || a.title.localeCompare(b.title));
}
