import { EntityManager } from 'typeorm';
import { ConnectionArgs, ConnectionResult, paginate, readRows, RequestContext } from '@alliance/kernel';
import { PointsEntry, PointsTotal } from '../entities';
import { PointsEntryKind, PointsEntrySource } from '../enums';
import { bulkInsert } from './bulk-insert';

export const CAP_GROUP = 'PERPETUAL_SNS';

export interface SourceTotal {
  source: PointsEntrySource;
  kind: PointsEntryKind;
  amount: number;
}

/** Rows per upsert statement into `pc_points_total` (7 parameters a row). */
const TOTALS_PER_STATEMENT = 1_000;

/**
 * PC-2: the append-only ledger. Entries are only inserted; every balance is an SQL aggregate over
 * the indexed columns (partnerId, kind, programYear, source), never a scan in application code.
 * Performance balances read the monthly totals kept beside the ledger (`pc_points_total`), so the
 * dashboard costs the same at a thousand bookings or a million.
 */
export class LedgerService {
  /**
   * Inserts the entries and adds them to the monthly totals in the same statement sequence: the
   * caller's transaction (every mutation and import runs in one) commits both or neither.
   */
  async append(ctx: RequestContext, entries: Partial<PointsEntry>[]): Promise<void> {
    if (entries.length === 0) return;
    await bulkInsert<PointsEntry>(ctx.em, PointsEntry, entries);
    await addToTotals(ctx.em, entries);
  }

  /**
   * PC-2/PC-8: performance points of one program year, by source, as recorded up to `asOf`: the
   * monthly totals wholly recorded by `asOf`, plus the entries up to `asOf` of the one month that
   * was still being recorded then (only when the dashboard is asked about the past).
   */
  async performanceBySource(ctx: RequestContext, partnerId: string, programYear: number, asOf: Date): Promise<SourceTotal[]> {
    return (await this.pointsBySource(ctx, partnerId, { programYear, validAt: asOf, recordedBy: asOf, carryOver: false, capability: false })).performance;
  }

  /**
   * PC-8/PC-13: capability points valid at `asOf`, by source. Entries of earlier program years
   * count only when `carryOver` holds (see `ParticipantService.carriesOver`).
   */
  async capabilityBySource(
    ctx: RequestContext,
    partnerId: string,
    asOf: Date,
    programYear: number,
    carryOver: boolean,
    recordedBy: Date = asOf,
  ): Promise<SourceTotal[]> {
    return (await this.pointsBySource(ctx, partnerId, { programYear, validAt: asOf, recordedBy, carryOver, performance: false })).capability;
  }

  /**
   * PC-2/PC-8/PC-13: a partner's points of one program year by kind and source, as a level is
   * evaluated on them: performance as recorded by `recordedBy` (the monthly totals wholly
   * recorded by then, plus that month's entries up to it when it was still being recorded),
   * capability recorded by `recordedBy` and valid at `validAt`, earlier years' included when
   * `carryOver` holds. Both come from one statement (a UNION ALL); the part-month sum, needed
   * only when the dashboard is asked about the past, is a second.
   */
  async pointsBySource(
    ctx: RequestContext,
    partnerId: string,
    options: { programYear: number; validAt: Date; recordedBy: Date; carryOver: boolean; performance?: boolean; capability?: boolean },
  ): Promise<{ performance: SourceTotal[]; capability: SourceTotal[] }> {
    const { programYear, carryOver } = options;
    const recorded = options.recordedBy.toISOString();
    const valid = options.validAt.toISOString();
    const month = recorded.slice(0, 7);
    const table = (entity: typeof PointsTotal | typeof PointsEntry) => ctx.em.connection.driver.escape(ctx.em.connection.getMetadata(entity).tablePath);
    const params: unknown[] = [];
    const mark = (value: unknown) => {
      params.push(value);
      return '?';
    };
    const parts: string[] = [];
    if (options.performance !== false) {
      parts.push(
        `SELECT 'P' AS "part", "source", "month", "amount" AS "total", "lastEarnedAt" FROM ${table(PointsTotal)}` +
          ` WHERE "partnerId" = ${mark(partnerId)} AND "programYear" = ${mark(programYear)} AND "kind" = ${mark(PointsEntryKind.PERFORMANCE)} AND "month" <= ${mark(month)}`,
      );
    }
    if (options.capability !== false) {
      parts.push(
        `SELECT 'C' AS "part", "source", NULL AS "month", SUM("amount") AS "total", NULL AS "lastEarnedAt" FROM ${table(PointsEntry)}` +
          ` WHERE "partnerId" = ${mark(partnerId)} AND "kind" = ${mark(PointsEntryKind.CAPABILITY)} AND "earnedAt" <= ${mark(recorded)}` +
          ` AND "validFrom" <= ${mark(valid)} AND ("validUntil" IS NULL OR "validUntil" >= ${mark(valid)})` +
          ` AND "programYear" ${carryOver ? '<=' : '='} ${mark(programYear)} GROUP BY "source"`,
      );
    }
    const rows = await readRows<{ part: 'P' | 'C'; source: PointsEntrySource; month: string | null; total: string | number; lastEarnedAt: string | null }>(
      ctx.em,
      parts.join(' UNION ALL '),
      params,
    );
    const totals = new Map<PointsEntrySource, number>();
    const add = (source: PointsEntrySource, amount: number) => totals.set(source, (totals.get(source) ?? 0) + amount);
    const capability: SourceTotal[] = [];
    let partial = false;
    for (const row of rows) {
      if (row.part === 'C') capability.push({ source: row.source, kind: PointsEntryKind.CAPABILITY, amount: Number(row.total) });
      else if (row.month === month && row.lastEarnedAt! > recorded) partial = true;
      else add(row.source, Number(row.total));
    }
    if (partial) {
      const complete = new Set(rows.filter((b) => b.part === 'P' && b.month === month && b.lastEarnedAt! <= recorded).map((b) => b.source));
      for (const row of await this.performanceOfMonth(ctx, partnerId, programYear, month, recorded))
        if (!complete.has(row.source)) add(row.source, Number(row.total));
    }
    const performance = [...totals].map(([source, amount]) => ({ source, kind: PointsEntryKind.PERFORMANCE, amount }));
    return { performance, capability };
  }

  /** The performance entries of one month recorded up to `at`, summed by source. */
  private performanceOfMonth(ctx: RequestContext, partnerId: string, programYear: number, month: string, at: string) {
    return ctx.em
      .createQueryBuilder(PointsEntry, 'e')
      .select('e.source', 'source')
      .addSelect('SUM(e.amount)', 'total')
      .where('e.partnerId = :partnerId', { partnerId })
      .andWhere('e.kind = :kind', { kind: PointsEntryKind.PERFORMANCE })
      .andWhere('e.programYear = :programYear', { programYear })
      .andWhere('e.earnedAt >= :from', { from: `${month}-01T00:00:00.000Z` })
      .andWhere('e.earnedAt <= :at', { at })
      .groupBy('e.source')
      .getRawMany<{ source: PointsEntrySource; total: string | number }>();
  }

  /** PC-3: points already counted toward the perpetual / SnS cap, per partner and program year. */
  async capUsed(em: EntityManager, partnerIds: string[], programYears: number[]): Promise<Map<string, number>> {
    const used = new Map<string, number>();
    if (partnerIds.length === 0) return used;
    const rows = await em
      .createQueryBuilder(PointsEntry, 'e')
      .select('e.partnerId', 'partnerId')
      .addSelect('e.programYear', 'programYear')
      .addSelect('SUM(e.amount)', 'total')
      .where('e.capGroup = :group', { group: CAP_GROUP })
      .andWhere('e.partnerId IN (:...partnerIds)', { partnerIds })
      .andWhere('e.programYear IN (:...programYears)', { programYears })
      .groupBy('e.partnerId')
      .addGroupBy('e.programYear')
      .getRawMany<{ partnerId: string; programYear: number | string; total: string | number }>();
    for (const row of rows) used.set(capKey(row.partnerId, Number(row.programYear)), Number(row.total));
    return used;
  }

  list(ctx: RequestContext, partnerId: string, programYear: number | null, args: ConnectionArgs): Promise<ConnectionResult<PointsEntry>> {
    const query = ctx.em.createQueryBuilder(PointsEntry, 'e').where('e.partnerId = :partnerId', { partnerId });
    if (programYear !== null) query.andWhere('e.programYear = :programYear', { programYear });
    return paginate(query, args);
  }

  entriesOfBooking(em: EntityManager, bookingId: string): Promise<PointsEntry[]> {
    return em.find(PointsEntry, { where: { bookingId }, order: { id: 'ASC' } });
  }
}

/** Adds entries to `pc_points_total`: summed per bucket first, then one upsert per batch of buckets. */
async function addToTotals(em: EntityManager, entries: Partial<PointsEntry>[]): Promise<void> {
  const buckets = new Map<
    string,
    { partnerId: string; programYear: number; kind: string; source: string; month: string; amount: number; lastEarnedAt: string }
  >();
  for (const entry of entries) {
    const earnedAt = (entry.earnedAt as Date).toISOString();
    const month = earnedAt.slice(0, 7);
    const key = `${entry.partnerId}|${entry.programYear}|${entry.kind}|${entry.source}|${month}`;
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.amount += Number(entry.amount);
      if (earnedAt > bucket.lastEarnedAt) bucket.lastEarnedAt = earnedAt;
    } else {
      buckets.set(key, {
        partnerId: entry.partnerId as string,
        programYear: entry.programYear as number,
        kind: entry.kind as string,
        source: entry.source as string,
        month,
        amount: Number(entry.amount),
        lastEarnedAt: earnedAt,
      });
    }
  }
  const postgres = em.connection.options.type === 'postgres';
  const rows = [...buckets.values()];
  for (let start = 0; start < rows.length; start += TOTALS_PER_STATEMENT) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + TOTALS_PER_STATEMENT).map((row) => {
      const marks = [row.partnerId, row.programYear, row.kind, row.source, row.month, row.amount, row.lastEarnedAt].map((value) => {
        params.push(value);
        return postgres ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    const latest = postgres ? 'GREATEST' : 'MAX';
    await em.query(
      `INSERT INTO "pc_points_total" ("partnerId", "programYear", "kind", "source", "month", "amount", "lastEarnedAt") VALUES ${tuples.join(', ')} ` +
        `ON CONFLICT ("partnerId", "programYear", "kind", "source", "month") DO UPDATE SET "amount" = "pc_points_total"."amount" + excluded."amount", ` +
        `"lastEarnedAt" = ${latest}("pc_points_total"."lastEarnedAt", excluded."lastEarnedAt")`,
      params,
    );
  }
}

export function capKey(partnerId: string, programYear: number): string {
  return `${partnerId}|${programYear}`;
}
