import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock, Role } from '@alliance/kernel';
import { MigrationInterface } from 'typeorm';
import { importBookings, PARTNER_CONNECT_MIGRATIONS } from '@alliance/partner-connect';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { errorCodes, must, mutate, partnerWithTap } from './support/fixtures';

const PROGRESSION = `query($id: ID!) { partnerProgression(partnerId: $id) {
  partnerId level earnedLevel businessModels performancePointsThousandths capabilityPointsThousandths
  pointsBySource { source kind pointsThousandths } nextLevel { level performancePointsNeededThousandths }
} }`;
const INVOICES = `query($id: ID) { invoices(partnerId: $id, first: 50) { edges { node { id status total { amountMinor } lines { feeKind refundable } } } } }`;

interface Progression {
  partnerId: string;
  level: string;
  earnedLevel: string;
  businessModels: string[];
  performancePointsThousandths: number;
  capabilityPointsThousandths: number;
  pointsBySource: { source: string; kind: string; pointsThousandths: number }[];
  nextLevel: { level: string; performancePointsNeededThousandths: number } | null;
}
interface InvoiceNode {
  id: string;
  status: string;
  total: { amountMinor: number };
  lines: { feeKind: string; refundable: boolean }[];
}

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

describe(`Partner Connect through the gateway on ${onDatabase}`, () => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway();
  });

  afterAll(async () => {
    await t.close();
  });

  async function newPartner(name: string): Promise<string> {
    return (await must<{ partner: { id: string } }>(t, 'createPartner', { name }, 'partner { id }')).partner.id;
  }

  async function invoicesOf(partnerId: string): Promise<InvoiceNode[]> {
    const data = await t.ok<{ invoices: { edges: { node: InvoiceNode }[] } }>(INVOICES, { id: partnerId });
    return data.invoices.edges.map((e) => e.node);
  }

  async function keyIdOf(key: string): Promise<string> {
    return (await t.ok<{ viewer: { keyId: string } }>(`{ viewer { keyId } }`, {}, key)).viewer.keyId;
  }

  function booking(partnerId: string, bookingId: string, tcvMinor: number, bookingTypes: string[] = ['SUBSCRIPTION']) {
    return {
      bookingId,
      partnerId,
      customerId: `cust-${bookingId}`,
      opportunityId: `opp-${bookingId}`,
      solution: 'Hybrid Cloud Storage',
      tcvMinor,
      currency: 'USD',
      bookedAt: t.clock.now().toISOString(),
      bookingTypes,
    };
  }

  it('PC-1 MEM-1: SOLUTION_BUILDER needs an active TAP membership; without it the join is refused, nothing is charged', async () => {
    const partnerId = await newPartner('PC No TAP');
    const refused = await mutate(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_BUILDER' }, 'businessModel { id }');
    expect(refused).toEqual({
      businessModel: null,
      userErrors: [{ code: 'TAP_MEMBERSHIP_REQUIRED', field: expect.stringMatching(/^input\./), message: expect.stringContaining('TAP') }],
    });
    expect(await invoicesOf(partnerId)).toEqual([]);
    const notEntered = await t.gql(PROGRESSION, { id: partnerId });
    expect(errorCodes(notEntered)).toEqual(['NOT_FOUND']);
  });

  it('PC-1 FEE-1 FEE-6: SOLUTION_BUILDER with TAP joins and charges the $995 non-refundable enrollment fee once; a second model charges nothing more', async () => {
    const partnerId = await partnerWithTap(t, 'PC Builder');
    const joined = await must<{ businessModel: { model: string; partnerId: string; joinedAt: string } }>(
      t,
      'joinBusinessModel',
      { partnerId, model: 'SOLUTION_BUILDER' },
      'businessModel { model partnerId joinedAt }',
    );
    expect(joined.businessModel).toEqual({ model: 'SOLUTION_BUILDER', partnerId, joinedAt: t.clock.now().toISOString() });
    const invoices = await invoicesOf(partnerId);
    expect(invoices).toEqual([
      { id: expect.any(String), status: 'OPEN', total: { amountMinor: 99_500 }, lines: [{ feeKind: 'PARTNER_CONNECT_ENROLLMENT', refundable: false }] },
    ]);

    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    expect(await invoicesOf(partnerId)).toHaveLength(1);
    const again = await mutate(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_BUILDER' }, 'businessModel { id }');
    expect(again.userErrors.map((e) => e.code)).toEqual(['BUSINESS_MODEL_ALREADY_JOINED']);

    const progression = await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId });
    expect(progression.partnerProgression).toMatchObject({ level: 'COMMUNITY_ENROLLED' });
    expect([...progression.partnerProgression.businessModels].sort()).toEqual(['SOLUTION_BUILDER', 'SOLUTION_RESELLER']);
  });

  it('PC-9 FEE-8: paying the enrollment invoice in fees lifts the partner to Community (fees.payment_received reaches Partner Connect)', async () => {
    const partnerId = await partnerWithTap(t, 'PC Payer');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_SERVICES' }, 'businessModel { id }');
    const [invoice] = await invoicesOf(partnerId);
    expect((await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId })).partnerProgression.level).toBe('COMMUNITY_ENROLLED');
    await must(t, 'recordPayment', { invoiceId: invoice.id, amount: { amountMinor: 99_500, currency: 'USD' } }, 'payment { id }');
    expect((await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId })).partnerProgression.level).toBe('COMMUNITY');
  });

  it('PC-2 PC-3 PC-12: recordBookings then partnerProgression shows the base and multiplier points, rounded half up to the thousandth', async () => {
    const partnerId = await partnerWithTap(t, 'PC Booker');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    const recorded = await must<{ recordedCount: number; duplicateCount: number }>(
      t,
      'recordBookings',
      {
        bookings: [
          booking(partnerId, 'pc-bk-1', 1_234_567), // $12,345.67 → 12.346 points
          booking(partnerId, 'pc-bk-2', 50_000_000, ['SAAS', 'NEW_LOGO']), // $500,000 → 500 points + 30% = 150 bonus
        ],
      },
      'recordedCount duplicateCount',
    );
    expect(recorded).toMatchObject({ recordedCount: 2, duplicateCount: 0 });
    const progression = (await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId })).partnerProgression;
    expect(progression.performancePointsThousandths).toBe(12_346 + 500_000 + 150_000);
    const bySource = Object.fromEntries(progression.pointsBySource.map((s) => [s.source, s.pointsThousandths]));
    expect(bySource).toMatchObject({ BOOKING: 512_346, MULTIPLIER_BONUS: 150_000 });
    expect(progression.nextLevel).toMatchObject({ level: 'COMMUNITY' });

    const replay = await must<{ recordedCount: number; duplicateCount: number }>(
      t,
      'recordBookings',
      { bookings: [booking(partnerId, 'pc-bk-1', 1_234_567)] },
      'recordedCount duplicateCount',
    );
    expect(replay).toMatchObject({ recordedCount: 0, duplicateCount: 1 });
    expect((await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId })).partnerProgression.performancePointsThousandths).toBe(662_346);
  });

  it('PC-2: one bad booking row rejects the whole batch with the row and field named; nothing is recorded', async () => {
    const partnerId = await partnerWithTap(t, 'PC Bad Batch');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    const result = await mutate(
      t,
      'recordBookings',
      { bookings: [booking(partnerId, 'pc-bad-1', 100_000), booking(partnerId, 'pc-bad-2', 100_000, ['NOT_A_TYPE'])] },
      'recordedCount',
    );
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'BOOKING_TYPE_UNKNOWN', field: expect.stringMatching(/^input\.bookings\.1\./) })]);
    const ledger = await t.ok<{ pointsLedger: { edges: unknown[] } }>(`query($id: ID!) { pointsLedger(partnerId: $id, first: 10) { edges { node { id } } } }`, {
      id: partnerId,
    });
    expect(ledger.pointsLedger.edges).toEqual([]);
  });

  it("PC-14 MEM-8: a PARTNER key of another partner cannot read the progression or ledger; the partner's named contact can", async () => {
    const partnerId = await partnerWithTap(t, 'PC Private');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    await must(t, 'recordBookings', { bookings: [booking(partnerId, 'pc-private-1', 3_000_000)] }, 'recordedCount');
    const other = await partnerWithTap(t, 'PC Distributor');
    const otherKey = await t.mintKey(Role.PARTNER, { partnerId: other });

    const progression = await t.gql(PROGRESSION, { id: partnerId }, otherKey);
    expect(errorCodes(progression)).toEqual(['NOT_FOUND']);
    expect(progression.body.data ?? null).toBeNull();
    const ledger = await t.gql(
      `query($id: ID!) { pointsLedger(partnerId: $id, first: 10) { edges { node { amountThousandths } } } }`,
      { id: partnerId },
      otherKey,
    );
    expect(errorCodes(ledger)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify([progression.body, ledger.body])).not.toContain('30000');

    const contactKey = await t.mintKey(Role.PARTNER, { partnerId, name: 'PC Private primary contact' });
    const plain = await t.gql(PROGRESSION, { id: partnerId }, contactKey);
    expect(errorCodes(plain)).toEqual(['NOT_FOUND']);
    await must(t, 'grantProgressionAccess', { partnerId, keyId: await keyIdOf(contactKey), role: 'PRIMARY_CONTACT' }, 'access { id }');
    const own = await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId }, contactKey);
    expect(own.partnerProgression).toMatchObject({ partnerId, performancePointsThousandths: 30_000 });
    // A contact of one partner still sees nothing of another.
    const stillNot = await t.gql(PROGRESSION, { id: other }, contactKey);
    expect(errorCodes(stillNot)).toEqual(['NOT_FOUND']);
  });

  it('PC-10 MEM-8: a failed audit opens a 90-day window (day 90 inside); 1 ms later the second window charges the $995 re-enrollment fee; partner B cannot see the audit', async () => {
    const clock = t.clock as FixedClock;
    const start = clock.now();
    try {
      const partnerId = await partnerWithTap(t, 'PC Audited');
      await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
      const [enrollment] = await invoicesOf(partnerId);
      await must(t, 'recordPayment', { invoiceId: enrollment.id, amount: { amountMinor: 99_500, currency: 'USD' } }, 'payment { id }');
      const started = await must<{ audit: { id: string; status: string } }>(t, 'startAudit', { partnerId, programYear: 2026 }, 'audit { id status }');
      const auditId = started.audit.id;
      await must(t, 'recordAuditRequirement', { auditId, requirement: 'DUE_DILIGENCE_QUESTIONNAIRE', met: true }, 'audit { id }');
      const closed = await must<{ audit: { status: string; window: string; firstWindowEndsAt: string } }>(
        t,
        'closeAudit',
        { auditId },
        'audit { status window firstWindowEndsAt }',
      );
      const firstEnd = new Date(start.getTime() + 90 * 86_400_000);
      expect(closed.audit).toEqual({ status: 'IN_REMEDIATION', window: 'FIRST_WINDOW', firstWindowEndsAt: firstEnd.toISOString() });

      const OPEN_AUDIT = `query($id: ID!) { partnerProgression(partnerId: $id) { level openAudit { id window } } }`;
      clock.set(firstEnd);
      const lastDay = await t.ok<{ partnerProgression: { level: string; openAudit: { window: string } } }>(OPEN_AUDIT, { id: partnerId });
      expect(lastDay.partnerProgression).toEqual({ level: 'COMMUNITY', openAudit: { id: auditId, window: 'FIRST_WINDOW' } });
      clock.advance(1);
      // The dashboard shows the run-out window at once, through the level.
      const after = await t.ok<{ partnerProgression: { level: string } }>(OPEN_AUDIT, { id: partnerId });
      expect(after.partnerProgression.level).toBe('COMMUNITY_ENROLLED');
      const next = await must<{ audit: { window: string; status: string } }>(
        t,
        'recordAuditRequirement',
        { auditId, requirement: 'INTEGRITY_TRAINING_PRIMARY_CONTACT', met: true },
        'audit { window status }',
      );
      expect(next.audit).toEqual({ window: 'SECOND_WINDOW', status: 'IN_REMEDIATION' });
      const invoices = await invoicesOf(partnerId);
      expect(invoices.map((i) => [i.lines[0].feeKind, i.total.amountMinor, i.status])).toEqual([
        ['PARTNER_CONNECT_ENROLLMENT', 99_500, 'PAID'],
        ['PARTNER_CONNECT_REENROLLMENT', 99_500, 'OPEN'],
      ]);

      const keyB = await t.mintKey(Role.PARTNER, { partnerId: await newPartner('PC Audit Outsider') });
      const lookup = await t.gql(`query($id: ID!) { audit(id: $id) { id status } }`, { id: auditId }, keyB);
      expect(errorCodes(lookup)).toEqual(['NOT_FOUND']);
      expect(lookup.body.data ?? null).toBeNull();
    } finally {
      clock.set(start);
    }
  });

  it('PC-2 PC-6 PC-12: the monthly points totals equal a full recount of the ledger after imports, reversals and terminations, and the migration rebuilds them from the ledger', async () => {
    const partnerId = await partnerWithTap(t, 'PC Totals');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    await must(
      t,
      'recordBookings',
      { bookings: [booking(partnerId, 'pc-tot-1', 40_000_000, ['SAAS', 'NEW_LOGO']), booking(partnerId, 'pc-tot-2', 9_000_000)] },
      'recordedCount',
    );
    const dir = mkdtempSync(join(tmpdir(), 'gw-totals-'));
    const file = join(dir, 'bookings.csv');
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `pc-tot-imp-${i},${partnerId},CUST-${i},OPP-${i},VCF,${(i + 1) * 2_000_000},USD,${t.clock.now().toISOString()},${i % 2 ? 'PERPETUAL_LICENSE' : 'SUBSCRIPTION'}`,
    );
    writeFileSync(file, `bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes\n${lines.join('\n')}\n`);
    const system = t.gateway.systemContext();
    expect((await importBookings(system, t.gateway.modules.partnerConnect.services, file, { chunkSize: 5 })).recorded).toBe(12);
    for (const [bookingId, terminatedBy] of [
      ['pc-tot-1', 'VENDOR'],
      ['pc-tot-imp-3', 'VENDOR'],
      ['pc-tot-2', 'CUSTOMER'],
    ]) {
      await must(t, 'terminateDeal', { bookingId, terminatedBy }, 'booking { terminatedAt }');
    }

    const totals = `SELECT "programYear", "kind", "source", "month", "amount", "lastEarnedAt" FROM "pc_points_total" WHERE "partnerId" = $1 ORDER BY "programYear", "kind", "source", "month"`;
    const recount = `SELECT "programYear", "kind", "source", substr("earnedAt", 1, 7) AS "month", SUM("amount") AS "amount", MAX("earnedAt") AS "lastEarnedAt" FROM "pc_points_entry"
      WHERE "partnerId" = $1 GROUP BY "programYear", "kind", "source", substr("earnedAt", 1, 7) ORDER BY "programYear", "kind", "source", "month"`;
    const read = async (sql: string) =>
      (
        (await t.gateway.dataSource.query(t.database === 'postgres' ? sql : sql.replace(/\$1/g, '?'), [partnerId])) as {
          kind: string;
          source: string;
          month: string;
          lastEarnedAt: string;
          programYear: unknown;
          amount: unknown;
        }[]
      ).map((row) => ({
        ...row,
        programYear: Number(row.programYear),
        amount: Number(row.amount),
      }));
    const kept = await read(totals);
    expect(kept.map((row) => row.source).sort()).toEqual(['BOOKING', 'MULTIPLIER_BONUS', 'REVERSAL']);
    expect(kept).toEqual(await read(recount));
    const progression = (await t.ok<{ partnerProgression: Progression }>(PROGRESSION, { id: partnerId })).partnerProgression;
    expect(progression.performancePointsThousandths).toBe(kept.filter((row) => row.kind === 'PERFORMANCE').reduce((sum, row) => sum + row.amount, 0));

    // The migration's backfill: dropped and rebuilt from the ledger alone, the totals come back the same.
    const Migration = PARTNER_CONNECT_MIGRATIONS[t.database].find((m) => m.name === 'PartnerConnectPointsTotals1796262192608') as new () => MigrationInterface;
    const migration = new Migration();
    const runner = t.gateway.dataSource.createQueryRunner();
    try {
      await t.gateway.db.exclusive(async () => {
        await migration.down(runner);
        await migration.up(runner);
      });
    } finally {
      await runner.release();
    }
    expect(await read(totals)).toEqual(kept);
  });
});
