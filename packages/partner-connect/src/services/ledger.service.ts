import { Brackets, EntityManager } from 'typeorm';
import { ConnectionArgs, ConnectionResult, paginate, RequestContext } from '@alliance/kernel';
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
    const at = asOf.toISOString();
    const month = at.slice(0, 7);
    const buckets = await ctx.em
      .createQueryBuilder(PointsTotal, 't')
      .select('t.source', 'source')
      .addSelect('t.month', 'month')
      .addSelect('t.amount', 'amount')
      .addSelect('t.lastEarnedAt', 'lastEarnedAt')
      .where('t.partnerId = :partnerId', { partnerId })
      .andWhere('t.programYear = :programYear', { programYear })
      .andWhere('t.kind = :kind', { kind: PointsEntryKind.PERFORMANCE })
      .andWhere('t.month <= :month', { month })
      .getRawMany<{ source: PointsEntrySource; month: string; amount: string | number; lastEarnedAt: string }>();
    const totals = new Map<PointsEntrySource, number>();
    const add = (source: PointsEntrySource, amount: number) => totals.set(source, (totals.get(source) ?? 0) + amount);
    let partial = false;
    for (const bucket of buckets) {
      if (bucket.month === month && bucket.lastEarnedAt > at) partial = true;
      else add(bucket.source, Number(bucket.amount));
    }
    if (partial) {
      const rows = await ctx.em
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
      const complete = new Set(buckets.filter((b) => b.month === month && b.lastEarnedAt <= at).map((b) => b.source));
      for (const row of rows) if (!complete.has(row.source)) add(row.source, Number(row.total));
    }
    return [...totals].map(([source, amount]) => ({ source, kind: PointsEntryKind.PERFORMANCE, amount }));
  }

  /**
   * PC-8/PC-13: capability points valid at `asOf`, by source. Entries of earlier program years
   * carry over only when `carryOver` (the partner was not below Community when the year began).
   */
  async capabilityBySource(
    ctx: RequestContext,
    partnerId: string,
    asOf: Date,
    programYear: number,
    carryOver: boolean,
    recordedBy: Date = asOf,
  ): Promise<SourceTotal[]> {
    const at = asOf.toISOString();
    const query = ctx.em
      .createQueryBuilder(PointsEntry, 'e')
      .select('e.source', 'source')
      .addSelect('SUM(e.amount)', 'total')
      .where('e.partnerId = :partnerId', { partnerId })
      .andWhere('e.kind = :kind', { kind: PointsEntryKind.CAPABILITY })
      .andWhere('e.earnedAt <= :recordedBy', { recordedBy: recordedBy.toISOString() })
      .andWhere('e.validFrom <= :at', { at })
      .andWhere(new Brackets((q) => q.where('e.validUntil IS NULL').orWhere('e.validUntil >= :at', { at })));
    if (carryOver) query.andWhere('e.programYear <= :programYear', { programYear });
    else query.andWhere('e.programYear = :programYear', { programYear });
    const rows = await query.groupBy('e.source').getRawMany<{ source: PointsEntrySource; total: string | number }>();
    return rows.map((row) => ({ source: row.source, kind: PointsEntryKind.CAPABILITY, amount: Number(row.total) }));
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
