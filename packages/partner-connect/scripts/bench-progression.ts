/**
 * Measures `partnerProgression` for a partner with 100,000 ledger entries (and 100,000 entries of
 * other partners around it): `npx ts-node --transpile-only packages/partner-connect/scripts/bench-progression.ts [entries]`.
 */
import 'reflect-metadata';
import { newId, runUnitOfWork } from '@alliance/kernel';
import { BusinessModel, Credential, LevelChange, Participant, PointsEntry, PointsEntryKind, PointsEntrySource } from '../src';
import { bulkInsert } from '../src/services/bulk-insert';
import { benchDatabase } from './bench-common';

const SOURCES = [
  PointsEntrySource.BOOKING,
  PointsEntrySource.MULTIPLIER_BONUS,
  PointsEntrySource.LIFECYCLE_CLAIM,
  PointsEntrySource.INFLUENCE_CLAIM,
  PointsEntrySource.THIRD_PARTY_CREDIT,
  PointsEntrySource.REVERSAL,
];

async function main() {
  const count = Number(process.argv[2] ?? 100_000);
  const bench = await benchDatabase('progression');
  const partnerId = newId();
  const others = Array.from({ length: 100 }, () => newId());
  const entered = new Date('2025-03-01T00:00:00.000Z');
  const entries = (owner: () => string, n: number): Partial<PointsEntry>[] =>
    Array.from({ length: n }, (_, i) => {
      const capability = i % 100 === 0;
      return {
        partnerId: owner(),
        programYear: i % 3 === 0 ? 2025 : 2026,
        kind: capability ? PointsEntryKind.CAPABILITY : PointsEntryKind.PERFORMANCE,
        source: capability ? PointsEntrySource.CREDENTIAL : SOURCES[i % SOURCES.length],
        amount: SOURCES[i % SOURCES.length] === PointsEntrySource.REVERSAL ? -100 : 1_000 + (i % 5_000),
        requestedAmount: null,
        capGroup: null,
        earnedAt: new Date(Date.UTC(2025, 2, 1) + i * 60_000),
        bookingId: `BK-${i}`,
        reference: null,
        reversesEntryId: null,
        validFrom: capability ? entered : null,
        validUntil: capability ? new Date('2028-01-01T00:00:00.000Z') : null,
        note: null,
      };
    });
  await runUnitOfWork(bench.ctx, async () => {
    await bulkInsert<Participant>(bench.ctx.em, Participant, [
      { partnerId, enteredAt: entered, level: 'PRINCIPAL', status: 'ACTIVE' as never, enrollmentInvoiceId: 'inv', terminatedAt: null },
    ]);
    await bulkInsert<LevelChange>(bench.ctx.em, LevelChange, [{ partnerId, fromLevel: null, toLevel: 'PRINCIPAL', reason: 'bench', at: entered }]);
    await bulkInsert<BusinessModel>(bench.ctx.em, BusinessModel, [{ partnerId, model: 'SOLUTION_RESELLER' as never, joinedAt: entered, endedAt: null }]);
    await bulkInsert<Credential>(bench.ctx.em, Credential, [
      {
        partnerId,
        kind: 'SPECIALIZATION' as never,
        name: 'Security',
        validFrom: entered,
        validUntil: new Date('2028-01-01T00:00:00.000Z'),
        revokedAt: null,
        pointsThousandths: 100_000,
      },
    ]);
    for (let done = 0; done < count; done += 20_000)
      await bulkInsert<PointsEntry>(
        bench.ctx.em,
        PointsEntry,
        entries(() => partnerId, Math.min(20_000, count - done)),
      );
    let k = 0;
    for (let done = 0; done < 100_000; done += 20_000)
      await bulkInsert<PointsEntry>(
        bench.ctx.em,
        PointsEntry,
        entries(() => others[k++ % others.length], 20_000),
      );
  });
  await bench.dataSource.query('ANALYZE');
  const asOf = new Date('2027-01-15T00:00:00.000Z');
  const run = () => bench.db.exclusive(() => bench.services.progression.progression(bench.ctx, partnerId, asOf));
  const warm = await run();
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const plan = (await bench.dataSource.query(
    `EXPLAIN QUERY PLAN SELECT source, SUM(amount) FROM pc_points_entry WHERE partnerId = ? AND kind = 'PERFORMANCE' AND programYear = 2026 AND earnedAt <= ? GROUP BY source`,
    [partnerId, asOf.toISOString()],
  )) as { detail: string }[];
  console.log(
    `partner with ${count.toLocaleString('en-US')} ledger entries: performance ${warm.performancePointsThousandths}, capability ${warm.capabilityPointsThousandths}`,
  );
  console.log(`partnerProgression: median ${times[25].toFixed(1)} ms, p90 ${times[45].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (50 runs)`);
  console.log(`plan: ${plan.map((p) => p.detail).join(' | ')}`);
  await bench.dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
