import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runUnitOfWork } from '@alliance/kernel';
import { PointsTotal } from '../src/entities';
import { DealTerminatedBy, PartnerConnectCredentialKind, PointsEntryKind } from '../src/enums';
import { importBookings } from '../src';
import { booking, DAY_MS, enrolledPartner, progression, record, world, World } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pc-totals-'));
const HEADER = 'bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes';

type Bucket = { partnerId: string; programYear: number; kind: string; source: string; month: string; amount: number; lastEarnedAt: string };

/** The monthly totals as kept, and as a full recount of the ledger gives them. */
async function keptAndRecounted(w: World): Promise<{ kept: Bucket[]; recounted: Bucket[] }> {
  const order = (rows: Bucket[]) =>
    rows
      .map((r) => ({ ...r, programYear: Number(r.programYear), amount: Number(r.amount) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const kept = await w.db.manager.find(PointsTotal);
  const recounted = await w.db.manager.query(
    `SELECT "partnerId", "programYear", "kind", "source", substr("earnedAt", 1, 7) AS "month", SUM("amount") AS "amount", MAX("earnedAt") AS "lastEarnedAt"
     FROM "pc_points_entry" GROUP BY "partnerId", "programYear", "kind", "source", substr("earnedAt", 1, 7)`,
  );
  return { kept: order(kept.map((t) => ({ ...t, lastEarnedAt: t.lastEarnedAt.toISOString() }))), recounted: order(recounted) };
}

/** PC-8: what the dashboard's performance figure would be if it summed the ledger itself. */
async function recountedPerformance(w: World, partnerId: string, programYear: number, asOf: Date): Promise<number> {
  const [row] = await w.db.manager.query(
    `SELECT COALESCE(SUM("amount"), 0) AS "total" FROM "pc_points_entry" WHERE "partnerId" = ? AND "kind" = 'PERFORMANCE' AND "programYear" = ? AND "earnedAt" <= ?`,
    [partnerId, programYear, asOf.toISOString()],
  );
  return Number(row.total);
}

describe('Partner Connect monthly points totals', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('PC-2/PC-6/PC-13: the totals equal a full recount of the ledger after imports, reversals, terminations, claims and credentials', async () => {
    const a = await enrolledPartner(w);
    const b = await enrolledPartner(w);
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      lines.push(
        `T${i},${i % 2 ? a : b},CUST-${i},OPP-T${i},VCF,${(i + 1) * 1_000_000},USD,2026-03-02T10:00:00.000Z,${i % 3 ? 'SUBSCRIPTION' : 'SAAS;NEW_LOGO'}`,
      );
    }
    const path = join(dir, 'bookings.csv');
    writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
    const report = await importBookings(w.ctx, w.module.services, path, { chunkSize: 7 });
    expect(report.recorded).toBe(30);

    // A month later: more bookings, a vendor termination (PC-6 reversal) and a customer one (no reversal).
    w.clock.set(new Date(w.clock.now().getTime() + 31 * DAY_MS));
    const later = booking(a, { tcvMinor: 50_000_000, bookingTypes: ['PERPETUAL_LICENSE'] });
    await record(w, [later, booking(b, { tcvMinor: 7_000_000 })]);
    await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: 'T1', terminatedBy: DealTerminatedBy.VENDOR }));
    await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: 'T2', terminatedBy: DealTerminatedBy.CUSTOMER }));
    await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: later.bookingId, terminatedBy: DealTerminatedBy.VENDOR }));

    // PC-4 lifecycle points and PC-13 capability points, one credential revoked.
    const claims = w.module.services.claims;
    const claim = await runUnitOfWork(w.ctx, () => claims.submitLifecycleClaim(w.ctx, { partnerId: b, activity: 'DEPLOYMENT', customerId: 'C1' }));
    await runUnitOfWork(w.ctx, () => claims.decideLifecycleClaim(w.ctx, { claimId: claim.id, approve: true }));
    const now = w.clock.now();
    const credential = await runUnitOfWork(w.ctx, () =>
      w.module.services.credentials.record(w.ctx, {
        partnerId: a,
        kind: PartnerConnectCredentialKind.SPECIALIZATION,
        name: 'Data Protection',
        validFrom: now,
        validUntil: new Date(now.getTime() + 365 * DAY_MS),
      }),
    );
    await runUnitOfWork(w.ctx, () => w.module.services.credentials.revoke(w.ctx, { credentialId: credential.id }));

    const { kept, recounted } = await keptAndRecounted(w);
    expect(kept.length).toBeGreaterThanOrEqual(6);
    expect(kept).toEqual(recounted);
    expect(new Set(kept.map((t) => t.month))).toEqual(new Set(['2026-03', '2026-04']));
    expect(kept.some((t) => t.source === 'REVERSAL' && t.amount < 0)).toBe(true);
  });

  it('PC-12: the dashboard reads the totals and still answers for any instant, the middle of a month included', async () => {
    const partnerId = await enrolledPartner(w);
    const marks: Date[] = [];
    for (let day = 0; day < 40; day += 3) {
      await record(w, [booking(partnerId, { tcvMinor: (day + 1) * 1_000_000 })]);
      marks.push(w.clock.now());
      w.clock.set(new Date(w.clock.now().getTime() + 3 * DAY_MS));
    }
    const first = marks[0];
    const [oldest] = await w.db.manager.query('SELECT "bookingId" FROM "pc_booking" ORDER BY "id" LIMIT 1');
    await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: oldest.bookingId, terminatedBy: DealTerminatedBy.VENDOR }));
    const asOfs = [
      first,
      new Date(first.getTime() + 1),
      new Date(first.getTime() + 10 * DAY_MS),
      new Date(first.getTime() + 29 * DAY_MS),
      ...marks.slice(-2),
      w.clock.now(),
    ];
    for (const asOf of asOfs) {
      const view = await progression(w, partnerId, asOf);
      expect({ asOf: asOf.toISOString(), points: view.performancePointsThousandths }).toEqual({
        asOf: asOf.toISOString(),
        points: await recountedPerformance(w, partnerId, view.programYear, asOf),
      });
      const bySource = view.pointsBySource.filter((row) => row.kind === PointsEntryKind.PERFORMANCE).reduce((sum, row) => sum + row.pointsThousandths, 0);
      expect(bySource).toBe(view.performancePointsThousandths);
    }
  });
});
