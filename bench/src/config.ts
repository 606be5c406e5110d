import { join, resolve } from 'node:path';

/** The repository root and the places the bench reads and writes. */
export const ROOT = resolve(__dirname, '..', '..');
export const BENCH_DIR = join(ROOT, 'bench');
export const DATA_DIR = join(BENCH_DIR, 'data');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const GATEWAY_DIST = join(ROOT, 'apps', 'gateway', 'dist');

/** Bump when the generator changes what it writes: a cached dataset of another version is rebuilt. */
export const DATASET_VERSION = 4;
export const SEED = 20261101;

/** Size of the dataset (issue 10): 10,000 partners, 100,000 software versions and listings, 1,000,000 bookings. */
export const SIZES = {
  partners: 10_000,
  softwareVersions: 100_000,
  versionsPerSoftware: 4,
  bookings: 1_000_000,
  /** Every second partner has joined Partner Connect. */
  participantEvery: 2,
  /** The dashboard partner: a large reseller with 10% of all bookings. */
  dashboardPartnerBookings: 100_000,
  /** The next 99 participants hold 3,000 bookings each; the rest share what is left. */
  largeParticipants: 99,
  largeParticipantBookings: 3_000,
};

/** Every instant of the dataset is fixed, so the same data (and the same answers) come back on every run. */
export const DATA_NOW = Date.UTC(2026, 10, 1); // 2026-11-01T00:00:00.000Z
export const BOOKINGS_FROM = Date.UTC(2025, 1, 1); // program year 2025 starts 2025-02-01
export const BOOKINGS_TO = Date.UTC(2026, 9, 31, 23, 59, 59); // 2026-10-31
/** Memberships and enrollment terms of the dataset run until the end of 2031, so "active now" holds for years. */
export const TERM_START = '2025-01-01T00:00:00.000Z';
export const TERM_END = '2031-12-31T23:59:59.999Z';
/** `asOf` of the dashboard query: fixed, so its answer is the same on every run. */
export const DASHBOARD_AS_OF = new Date(DATA_NOW).toISOString();

/** Partner Connect program data, as in the package's DEFAULT_CONFIG. */
export const BOOKING_TYPES: Record<string, { multiplierPercent: number; countsTowardCap: boolean }> = {
  SUBSCRIPTION: { multiplierPercent: 0, countsTowardCap: false },
  SAAS: { multiplierPercent: 20, countsTowardCap: false },
  NEW_LOGO: { multiplierPercent: 10, countsTowardCap: false },
  STRATEGIC_SOLUTION: { multiplierPercent: 15, countsTowardCap: false },
  PERPETUAL_LICENSE: { multiplierPercent: 0, countsTowardCap: true },
  SNS_RENEWAL: { multiplierPercent: 0, countsTowardCap: true },
};
export const PERPETUAL_CAP_THOUSANDTHS = 250_000;
export const CAP_GROUP = 'PERPETUAL_SNS';
export const FISCAL_YEAR_START_MONTH = 2;
export const CREDENTIAL_POINTS: Record<string, number> = {
  SOLUTION_COMPETENCY: 20_000,
  MASTER_SERVICES_COMPETENCY: 50_000,
  ACCREDITATION: 10_000,
  SPECIALIZATION: 100_000,
};
export const LEVELS = [
  { code: 'COMMUNITY_ENROLLED', name: 'Community-Enrolled', performanceThousandths: 0, capabilityThousandths: 0, requirements: [] as string[] },
  { code: 'COMMUNITY', name: 'Community', performanceThousandths: 0, capabilityThousandths: 0, requirements: ['ENROLLMENT_FEE_PAID'] },
  { code: 'PRINCIPAL', name: 'Principal', performanceThousandths: 900_000, capabilityThousandths: 100_000, requirements: [] as string[] },
  { code: 'PINNACLE', name: 'Pinnacle', performanceThousandths: 9_000_000, capabilityThousandths: 1_000_000, requirements: ['CREDENTIAL:SPECIALIZATION'] },
];

/** The webhook key of the gateway on the bench's PostgreSQL database (required with DATABASE_URL; signs nothing here). */
const BENCH_WEBHOOK_KEY = 'alliance-bench-webhook-key-not-a-secret-0123456789';

/**
 * The environment the gateway child runs with (see apps/gateway/src/config.ts), on a SQLite file
 * or a `postgres://` URL. The rate limit is on, as by default (every request counted in the
 * database), with a budget the loads never reach, so no request is refused.
 */
export function gatewayEnv(database: string, port: number): NodeJS.ProcessEnv {
  const postgres = /^postgres(ql)?:\/\//.test(database);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TZ: 'UTC',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ALLIANCE_DEMO_DATA: 'false',
    HOUSEKEEPING_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  if (postgres) return { ...env, DATABASE_URL: database, WEBHOOK_SECRET_KEY: BENCH_WEBHOOK_KEY };
  return { ...env, SQLITE_PATH: database };
}

/** Program year (PC-8) of an instant: named by the calendar year it starts in, from February 1. */
export function programYearOf(ms: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return ms < Date.UTC(year, FISCAL_YEAR_START_MONTH - 1, 1) ? year - 1 : year;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export const DAY = 86_400_000;
