/**
 * The dashboard's reads, all through the public GraphQL API. Each section loads on its
 * own, so a section the key may not see (or a field this gateway lacks) does not hide
 * the others.
 */
import { ApiError, Page, readAll, request } from '../shared/graphql';
import type { AccessStatus, LedgerEntry } from './model';

export interface Viewer {
  name: string;
  role: string;
  partnerId: string | null;
}

export interface PartnerSummary {
  id: string;
  name: string;
}

export interface Enrollment {
  id: string;
  state: string;
  termEndsAt: string | null;
  program: { code: string; name: string } | null;
  /** State changes (MEM-10): when a terminated enrollment ended. */
  history: { toState: string; at: string }[];
}

export interface Partner {
  id: string;
  name: string;
  country: string | null;
  joinedOn: string;
  tapActive: boolean;
  tsanetActive: boolean;
  enrollments: Enrollment[];
}

export interface Progression {
  level: string;
  levelName: string;
  earnedLevel: string;
  enteredAt: string;
  businessModels: string[];
  performancePointsThousandths: number;
  capabilityPointsThousandths: number;
  programYear: number;
  programYearStartsAt: string;
  programYearEndsAt: string;
  pointsBySource: { source: string; kind: string; pointsThousandths: number }[];
  nextLevel: {
    level: string;
    name: string;
    performancePointsNeededThousandths: number;
    capabilityPointsNeededThousandths: number;
    missingRequirements: string[];
  } | null;
  nextEvents: { at: string; kind: string; subjectId: string | null }[];
}

export interface Level {
  code: string;
  name: string;
  rank: number;
  performancePointsThousandths: number;
  capabilityPointsThousandths: number;
}

export interface Listing {
  id: string;
  status: string;
  acceptanceLevel: string;
  productVersion: string;
  certifiedAt: string;
  logoEligible: boolean;
  software: { name: string } | null;
}

export interface SupportCase {
  id: string;
  title: string;
  severity: number;
  openedAt: string;
  dueAt: string | null;
  firstResponseAt: string | null;
  breached: boolean;
  breachedAt: string | null;
}

export interface UpcomingNotice {
  kind: string;
  subjectId: string;
  partnerId: string | null;
  dueAt: string;
  message: string;
  /** The rule's structured data (dates, amounts, names), as JSON text. */
  dataJson: string | null;
}

export const VIEWER = `query DashboardViewer { viewer { name role partnerId } }`;

export const PARTNERS = `query DashboardPartners($after: String, $filter: PartnerFilterInput) {
  partners(first: 100, after: $after, filter: $filter) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

export const PARTNER = `query DashboardPartner($id: ID!) {
  partner(id: $id) { id name country joinedOn tapActive tsanetActive enrollments { id state termEndsAt program { code name } history { toState at } } }
}`;

export const PROGRESSION = `query DashboardProgression($partnerId: ID!) {
  partnerProgression(partnerId: $partnerId) {
    level levelName earnedLevel enteredAt businessModels
    performancePointsThousandths capabilityPointsThousandths
    programYear programYearStartsAt programYearEndsAt
    pointsBySource { source kind pointsThousandths }
    nextLevel { level name performancePointsNeededThousandths capabilityPointsNeededThousandths missingRequirements }
    nextEvents { at kind subjectId }
  }
  levels { code name rank performancePointsThousandths capabilityPointsThousandths }
}`;

export const LEDGER = `query DashboardLedger($partnerId: ID!, $programYear: Int, $after: String) {
  pointsLedger(partnerId: $partnerId, programYear: $programYear, first: 100, after: $after) {
    edges { node { earnedAt kind amountThousandths expired } } pageInfo { hasNextPage endCursor }
  }
}`;

export const LISTINGS = `query DashboardListings($partnerId: ID!, $after: String) {
  listings(first: 100, after: $after, filter: { partnerId: $partnerId }) {
    edges { node { id status acceptanceLevel productVersion certifiedAt logoEligible software { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const OPEN_CASES = `query DashboardOpenCases($partnerId: ID!, $after: String) {
  supportCases(first: 100, after: $after, filter: { partnerId: $partnerId, status: OPEN }) {
    edges { node { id title severity openedAt dueAt firstResponseAt breached breachedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const NOTICES = `query DashboardNotices($asOf: DateTimeISO, $days: Int!, $after: String) {
  upcomingNotices(asOf: $asOf, days: $days, first: 100, after: $after) {
    edges { node { kind subjectId partnerId dueAt message dataJson } } pageInfo { hasNextPage endCursor }
  }
}`;

export const ACCESS = `query DashboardAccess($partnerId: ID!) {
  progressionAccess(partnerId: $partnerId) { canSee reason partnerJoined grant { role grantedAt revokedAt } }
}`;

/** The horizon of the dated items, in days. */
export const NOTICE_DAYS = 180;

export type Section<T> = { ok: true; value: T; complete?: boolean } | { ok: false; code: string; message: string };

async function section<T>(load: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'CLIENT_ERROR', message: (error as Error).message };
  }
}

/** A field this gateway's schema does not have (a domain not wired into it). */
export function missingField(result: Section<unknown>): boolean {
  return !result.ok && result.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field/.test(result.message);
}

export interface DashboardData {
  partner: Section<Partner>;
  progression: Section<{ progression: Progression; levels: Level[] }>;
  ledger: Section<{ entries: LedgerEntry[]; complete: boolean }>;
  listings: Section<{ listings: Listing[]; complete: boolean }>;
  cases: Section<{ cases: SupportCase[]; complete: boolean }>;
  notices: Section<{ notices: UpcomingNotice[]; complete: boolean }>;
  /** PC-14: why the progression is not shown; read only when the progression is NOT_FOUND. */
  access: Section<AccessStatus> | null;
}

export function loadViewer(key: string): Promise<Viewer> {
  return request<{ viewer: Viewer }>(key, VIEWER).then((data) => data.viewer);
}

export async function findPartners(key: string, nameContains: string): Promise<PartnerSummary[]> {
  const filter = nameContains.trim() ? { nameContains: nameContains.trim() } : null;
  const { nodes } = await readAll(
    (after) => request<{ partners: Page<PartnerSummary> }>(key, PARTNERS, { after, filter }),
    (data) => data.partners,
    5,
  );
  return nodes.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every section of one partner's dashboard, as of `now`. */
export async function loadDashboard(key: string, partnerId: string, now: Date): Promise<DashboardData> {
  const progression = section(() =>
    request<{ partnerProgression: Progression; levels: Level[] }>(key, PROGRESSION, { partnerId }).then((d) => ({
      progression: d.partnerProgression,
      levels: d.levels,
    })),
  );
  const ledger: Promise<DashboardData['ledger']> = progression.then((p) =>
    p.ok
      ? section(async () => {
          const { nodes, complete } = await readAll(
            (after) => request<{ pointsLedger: Page<LedgerEntry> }>(key, LEDGER, { partnerId, programYear: p.value.progression.programYear, after }),
            (data) => data.pointsLedger,
          );
          return { entries: nodes, complete };
        })
      : p,
  );
  const [partner, listings, cases, notices] = await Promise.all([
    section(() => request<{ partner: Partner }>(key, PARTNER, { id: partnerId }).then((d) => d.partner)),
    section(async () => {
      const { nodes, complete } = await readAll(
        (after) => request<{ listings: Page<Listing> }>(key, LISTINGS, { partnerId, after }),
        (d) => d.listings,
      );
      return { listings: nodes, complete };
    }),
    section(async () => {
      const { nodes, complete } = await readAll(
        (after) => request<{ supportCases: Page<SupportCase> }>(key, OPEN_CASES, { partnerId, after }),
        (d) => d.supportCases,
      );
      return { cases: nodes, complete };
    }),
    section(async () => {
      const { nodes, complete } = await readAll(
        (after) => request<{ upcomingNotices: Page<UpcomingNotice> }>(key, NOTICES, { asOf: now.toISOString(), days: NOTICE_DAYS, after }),
        (d) => d.upcomingNotices,
        10,
      );
      return { notices: nodes.filter((n) => n.partnerId === partnerId), complete };
    }),
  ]);
  const progressionResult = await progression;
  const access =
    !progressionResult.ok && progressionResult.code === 'NOT_FOUND'
      ? await section(() => request<{ progressionAccess: AccessStatus }>(key, ACCESS, { partnerId }).then((d) => d.progressionAccess))
      : null;
  return { partner, progression: progressionResult, ledger: await ledger, listings, cases, notices, access };
}
