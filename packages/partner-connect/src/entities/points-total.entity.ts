import { Entity, PrimaryColumn } from 'typeorm';
import { BigIntColumn, InstantColumn } from '@alliance/kernel';
import { PointsEntryKind, PointsEntrySource } from '../enums';

/**
 * PC-2/PC-12: the ledger summed per partner, program year, kind, source and month of `earnedAt`,
 * kept in the same transaction as every ledger entry, so the progression dashboard reads a few
 * rows whatever the number of bookings. A recount of `pc_points_entry` always gives the same sums.
 */
@Entity('pc_points_total')
export class PointsTotal {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  partnerId: string;

  @PrimaryColumn({ type: 'integer' })
  programYear: number;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  kind: PointsEntryKind;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  source: PointsEntrySource;

  /** `YYYY-MM` of the entries' `earnedAt` (UTC). */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @BigIntColumn()
  amount: number;

  /** The latest `earnedAt` in the bucket: a bucket wholly recorded by an instant counts as a whole. */
  @InstantColumn()
  lastEarnedAt: Date;
}
