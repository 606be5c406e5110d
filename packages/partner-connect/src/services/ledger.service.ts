import { Brackets, EntityManager } from 'typeorm';
import { ConnectionArgs, ConnectionResult, paginate, RequestContext } from '@alliance/kernel';
import { PointsEntry } from '../entities';
import { PointsEntryKind, PointsEntrySource } from '../enums';
import { bulkInsert } from './bulk-insert';

export const CAP_GROUP = 'PERPETUAL_SNS';

export interface SourceTotal {
  source: PointsEntrySource;
  kind: PointsEntryKind;
  amount: number;
}

/**
 * PC-2: the append-only ledger. Entries are only inserted; every balance is an SQL aggregate over
 * the indexed columns (partnerId, kind, programYear, source), never a scan in application code.
 */
export class LedgerService {
  async append(ctx: RequestContext, entries: Partial<PointsEntry>[]): Promise<void> {
    await bulkInsert<PointsEntry>(ctx.em, PointsEntry, entries);
  }

  /** PC-2/PC-8: performance points of one program year, by source, as recorded up to `asOf`. */
  async performanceBySource(ctx: RequestContext, partnerId: string, programYear: number, asOf: Date): Promise<SourceTotal[]> {
    const rows = await ctx.em
      .createQueryBuilder(PointsEntry, 'e')
      .select('e.source', 'source')
      .addSelect('SUM(e.amount)', 'total')
      .where('e.partnerId = :partnerId', { partnerId })
      .andWhere('e.kind = :kind', { kind: PointsEntryKind.PERFORMANCE })
      .andWhere('e.programYear = :programYear', { programYear })
      .andWhere('e.earnedAt <= :asOf', { asOf: asOf.toISOString() })
      .groupBy('e.source')
      .getRawMany<{ source: PointsEntrySource; total: string | number }>();
    return rows.map((row) => ({ source: row.source, kind: PointsEntryKind.PERFORMANCE, amount: Number(row.total) }));
  }

  /**
   * PC-8/PC-13: capability points valid at `asOf`, by source. Entries of earlier program years
   * carry over only when `carryOver` (the partner was not below Community when the year began).
   */
  async capabilityBySource(ctx: RequestContext, partnerId: string, asOf: Date, programYear: number, carryOver: boolean, recordedBy: Date = asOf): Promise<SourceTotal[]> {
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

export function capKey(partnerId: string, programYear: number): string {
  return `${partnerId}|${programYear}`;
}
