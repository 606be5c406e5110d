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
  return left <= 3600000
    ? { state: 'DUE_SOON', text: `response due in ${formatDuration(left)}` }
    : { state: 'ON_TRACK', text: `response due in ${formatDuration(left)}` };
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
  'support.case_breached': 'Support case SLA breach',
  'support.end_of_support_notice': 'End-of-support notice',
  'support.tsanet_acknowledgement_follow_up': 'TSANet acknowledgement follow-up',
  'support.tsanet_renewal_heads_up': 'TSANet renewal heads-up',
  'support.tsanet_renewal_invoice': 'TSANet renewal invoice',
  'support.tsanet_member_termination': 'TSANet membership ends',
  'partner_connect.renewal_notice': 'Partner Connect renewal notice',
  'partner_connect.audit_notice': 'Partner Connect audit notice',
  'partner_connect.remediation_90_day_window_ends': 'Remediation window (90 days) ends',
  'partner_connect.remediation_120_day_window_ends': 'Remediation window (120 days) ends',
};

const ACRONYMS: Record<string, string> = { pc: 'Partner Connect', rc: 'RC', sla: 'SLA', tsanet: 'TSANet', tap: 'TAP', kb: 'KB' };

/** A notice kind in words: a known title, else its last segment with acronyms kept. */
export function noticeTitle(kind: string): string {
  if (NOTICE_TITLES[kind]) return NOTICE_TITLES[kind];
  const words = (kind.split('.').pop() ?? kind).toLowerCase().split(/_+/).filter(Boolean);
  const text = words.map((w, i) => ACRONYMS[w] ?? (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  return text || kind;
}

/** An amount in minor units as people write it: `formatMoney(100000, 'USD')` → "$1,000.00". */
export function formatMoney(amountMinor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    return `${(amountMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} ${currency}`;
  }
}

/** A notice as the API gives it (NOT-1): its kind, due instant, the rule's structured data and its message. */
export interface NoticeData {
  kind: string;
  dueAt: string;
  message: string;
  dataJson?: string | null;
}

type Fields = Record<string, unknown>;
const text = (data: Fields, key: string): string | null => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : null);
const num = (data: Fields, key: string): number | null => (typeof data[key] === 'number' && Number.isFinite(data[key]) ? (data[key] as number) : null);

/**
 * One sentence per notice kind, written from the notice's structured data (dates and money
 * formatted here); null when the data lacks what the sentence needs.
 */
const NOTICE_SENTENCES: Record<string, (data: Fields, dueAt: string) => string | null> = {
  'fees.invoice_due': (d, due) => {
    const balance = num(d, 'balanceMinor');
    const currency = text(d, 'currency');
    return balance !== null && currency ? `${formatMoney(balance, currency)} unpaid, due ${formatDate(due)}.` : null;
  },
  'fees.tsanet_host_bill_due': (d, due) =>
    num(d, 'billingYear') !== null ? `The TSANet host-pay bill for ${num(d, 'billingYear')} falls due ${formatDate(due)}.` : null,
  'membership.agreement_term_ends': (_d, due) => `The agreement term ends ${formatDate(due)}.`,
  'certification.review_slot_starts': (_d, due) =>
    `The certification review slot starts ${formatDateTime(due)}: submit the test results against an RC or GA release.`,
  'certification.hot_fix_update_due': (d, due) =>
    `The hot fix was expected in an update by ${formatDate(text(d, 'estimatedUpdateOn') ?? due)}; it still needs re-certification or a re-test waiver.`,
  'releases.rc_feedback_due': (d, due) => {
    const version = text(d, 'releaseVersion');
    const available = text(d, 'rcAvailableAt');
    if (!version || !available) return null;
    return `Feedback on the RC build of release ${version} is due ${formatDate(due)}, 21 days after the build became available on ${formatDate(available)}.`;
  },
  'releases.change_notice_late': (d) => {
    const software = text(d, 'softwareName');
    const kind = text(d, 'changeKind');
    const deadline = text(d, 'noticeDeadline');
    const release = text(d, 'plannedReleaseAt');
    if (!software || !kind || !deadline || !release) return null;
    return `The ${kind.toLowerCase().replace(/_/g, ' ')} notice for ${software} was filed late: it was due ${formatDate(deadline)}, 14 days before the public release on ${formatDate(release)}.`;
  },
  'support.case_breached': (d) => {
    const title = text(d, 'title');
    const dueAt = text(d, 'dueAt');
    const severity = num(d, 'severity');
    return title && dueAt && severity !== null
      ? `Severity ${severity} case “${title}”: the response commitment is breached without a first response by ${formatDateTime(dueAt)}.`
      : null;
  },
  'support.tsanet_acknowledgement_follow_up': (d) => {
    const title = text(d, 'title');
    const dueAt = text(d, 'acknowledgementDueAt');
    return title && dueAt ? `Follow up with the TSANet member if it has not acknowledged collaboration case “${title}” by ${formatDateTime(dueAt)}.` : null;
  },
  'support.end_of_support_notice': (d) => {
    const version = text(d, 'version');
    const endsOn = text(d, 'endsOn');
    return version && endsOn ? `Support of version ${version} ends after ${formatDate(endsOn)}: tell customers now (3 months' notice).` : null;
  },
  'support.tsanet_renewal_heads_up': (d) => tsanet(d, (company, group, on) => `${company}'s membership in ${group} renews on ${on}.`),
  'support.tsanet_renewal_invoice': (d) => tsanet(d, (company, group, on) => `Invoice ${company}'s ${group} membership dues for the renewal on ${on}.`),
  'support.tsanet_member_termination': (d) =>
    tsanet(d, (company, group, on) => `${company}'s membership in ${group} ends unless it is renewed within 90 days after ${on}.`),
  'partner_connect.renewal_notice': (d) => {
    const at = text(d, 'renewalAt');
    const days = num(d, 'daysBefore');
    return at && days !== null ? `Partner Connect renews on ${formatDate(at)}, ${days} days from this notice.` : null;
  },
  'partner_connect.audit_notice': (d) => {
    const at = text(d, 'auditAt');
    const days = num(d, 'daysBefore');
    return at && days !== null
      ? `The annual audit is on ${formatDate(at)}, ${days} days from this notice: complete the due diligence questionnaire and the integrity and transparency training.`
      : null;
  },
};

function tsanet(d: Fields, sentence: (company: string, group: string, on: string) => string): string | null {
  const company = text(d, 'companyName');
  const group = text(d, 'groupName');
  const renewalOn = text(d, 'renewalOn');
  return company && group && renewalOn ? sentence(company, group, formatDate(renewalOn)) : null;
}

/** The sentence written from the notice's data alone; null for a kind this page has no sentence for, or data that lacks a field. */
export function noticeSentenceFromData(notice: NoticeData): string | null {
  let data: Fields = {};
  try {
    const parsed: unknown = notice.dataJson ? JSON.parse(notice.dataJson) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Fields;
  } catch {
    data = {};
  }
  return NOTICE_SENTENCES[notice.kind]?.(data, notice.dueAt) ?? null;
}

/** Kinds whose sentence is written from the notice's data. */
export const KINDS_WITH_SENTENCES: readonly string[] = Object.keys(NOTICE_SENTENCES);

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const MINOR_UNITS = /\b(-?\d+) ([A-Z]{3}) minor units\b/g;

/**
 * A notice as a sentence for people. Known kinds are written from their structured data; a kind
 * this page does not know (or data that lacks a field) falls back to the rule's message, with
 * its ISO instants, dates and minor units written for people.
 */
export function noticeSentence(notice: NoticeData): string {
  const written = noticeSentenceFromData(notice);
  if (written) return written;
  const message = notice.message
    .replace(ISO_INSTANT, (iso) => formatDate(iso))
    .replace(ISO_DATE, (date) => formatDate(date))
    .replace(MINOR_UNITS, (_all, amount: string, currency: string) => formatMoney(Number(amount), currency));
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** An enrollment's term as people read it: when a terminated one ended, when an expired one ran out, when a live one ends. */
export function enrollmentTerm(
  enrollment: { state: string; termEndsAt: string | null; history?: { toState: string; at: string }[] | null },
  now: Date,
): string {
  if (enrollment.state === 'TERMINATED') {
    const ended = (enrollment.history ?? []).filter((h) => h.toState === 'TERMINATED').sort((a, b) => b.at.localeCompare(a.at))[0];
    return ended ? `terminated ${formatDate(ended.at)}` : 'terminated';
  }
  if (!enrollment.termEndsAt) return '—';
  if (enrollment.state === 'EXPIRED' || new Date(enrollment.termEndsAt).getTime() < now.getTime()) return `ended ${formatDate(enrollment.termEndsAt)}`;
  return `ends ${formatDate(enrollment.termEndsAt)}`;
}

/** What `progressionAccess` answers (PC-14). */
export interface AccessStatus {
  canSee: boolean;
  reason: string;
  partnerJoined: boolean | null;
  grant: { role: string; grantedAt: string; revokedAt: string | null } | null;
}

/**
 * PC-14: why there is no progression to show, in words, from what the API says about this key
 * and partner; the actual reason, never a list of possible ones.
 */
export function accessExplanation(status: AccessStatus, partnerName: string | null): string {
  const partner = partnerName ?? 'this partner';
  const joined = status.partnerJoined;
  const notJoined = `${partner} has not joined Partner Connect yet: there is no progression until it joins a business model.`;
  if (status.canSee) return joined === false ? notJoined : 'This key may see the progression, but none was found.';
  const contact = 'A program manager names the primary and alternate contacts; a contact can then add this key (grantProgressionAccess).';
  let why: string;
  switch (status.reason) {
    case 'NOT_NAMED':
      why = `This key may not see ${partner}'s progression (PC-14): it is not the key of its primary or alternate contact, and no contact has added it. ${contact}`;
      break;
    case 'ACCESS_REVOKED': {
      const role = status.grant ? humanize(status.grant.role).toLowerCase() : 'access';
      const when = status.grant?.revokedAt ? ` on ${formatDate(status.grant.revokedAt)}` : '';
      why = `This key may not see ${partner}'s progression (PC-14): its ${role} access was removed${when}. ${contact}`;
      break;
    }
    case 'NOT_ASSIGNED':
      why = `This key may not see ${partner}'s progression (PC-14): it is not the partner business manager assigned to ${partner}.`;
      break;
    case 'ROLE_NOT_ALLOWED':
      why = `This key's role does not read Partner Connect progressions (PC-14): only staff, the partner's contacts and the users they add, and its business manager do.`;
      break;
    default:
      why = `This key may not see ${partner}'s progression (PC-14).`;
  }
  return joined === false ? `${notJoined} ${why}` : why;
}

/**
 * The dated items of a partner in [now, now + days]: Partner Connect's next events and the
 * notices every domain computes (NOT-1), soonest first. A notice already shown as a
 * progression event (same instant, same subject) is not listed twice.
 */
export function datedItems(
  events: { at: string; kind: string; subjectId: string | null }[],
  notices: (NoticeData & { subjectId: string })[],
  now: Date,
  days: number,
): DatedItem[] {
  const from = now.getTime();
  const to = from + days * 86400000;
  const inside = (iso: string) => {
    const t = new Date(iso).getTime();
    return t >= from && t <= to;
  };
  const items: DatedItem[] = events
    .filter((e) => inside(e.at))
    .map((e) => ({ at: e.at, title: EVENT_TITLES[e.kind] ?? humanize(e.kind), detail: null, source: 'progression' }));
  const seen = new Set(events.map((e) => `${new Date(e.at).getTime()}|${e.subjectId ?? ''}`));
  for (const notice of notices) {
    if (!inside(notice.dueAt) || seen.has(`${new Date(notice.dueAt).getTime()}|${notice.subjectId}`)) continue;
    items.push({ at: notice.dueAt, title: noticeTitle(notice.kind), detail: noticeSentence(notice), source: 'notice' });
  }
  return items.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || a.title.localeCompare(b.title));
}
