import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Role, runUnitOfWork } from '@alliance/kernel';
import { loadConfig } from '../src/config';
import { createGateway, Gateway } from '../src/server';
import { onDatabase, scratchDatabase } from './support/harness';

const ROWS = 6000;
const CHUNK = 200;

function run(
  env: NodeJS.ProcessEnv,
  file: string,
  onLine: (line: string, child: ChildProcess) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['-r', resolve(__dirname, 'support/ts-register.js'), resolve(__dirname, 'support/import-child.ts'), file, String(CHUNK)],
      {
        env: { ...process.env, ...env, TZ: 'UTC' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let buffer = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data;
      buffer += data;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) onLine(line, child);
    });
    child.stderr.on('data', (data: Buffer) => (output += data));
    child.on('exit', (code, signal) => done({ code, signal, output }));
  });
}

/**
 * Crash safety: the gateway's importer is killed with SIGKILL in the middle of a bulk write,
 * then run again. No chunk is half-written, the points ledger balances with the bookings,
 * and (on SQLite, in WAL mode) the database passes its integrity check.
 */
describe(`crash safety on ${onDatabase}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-crash-'));
  let env: NodeJS.ProcessEnv;
  let dropDatabase: (() => Promise<void>) | null = null;
  let gateway: Gateway;
  const file = join(dir, 'bookings.csv');

  beforeAll(async () => {
    const scratch = await scratchDatabase(dir);
    env = scratch.env;
    dropDatabase = scratch.drop;
    gateway = await createGateway({ config: loadConfig({ ...env }), logger: false });
    const ctx = gateway.systemContext();
    const { membership, partnerConnect } = gateway.modules;
    const partnerIds: string[] = [];
    await runUnitOfWork(ctx, async () => {
      for (let i = 0; i < 5; i++) {
        const partner = await membership.partners.create(ctx, { name: `Crash Partner ${i}`, joinedOn: '2020-01-01' });
        await membership.partners.recordNetworkMembership(ctx, 'TAP' as never, {
          partnerId: partner.id,
          startsAt: new Date('2020-01-01T00:00:00Z'),
          endsAt: new Date('2030-01-01T00:00:00Z'),
        });
        await partnerConnect.services.participants.joinBusinessModel(ctx, { partnerId: partner.id, model: 'SOLUTION_RESELLER' as never });
        partnerIds.push(partner.id);
      }
    });
    const lines = ['bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(`crash-${i},${partnerIds[i % 5]},cust-${i % 97},opp-${i},SOL-${i % 7},${100_000 + i * 137},USD,${gateway.clock.now().toISOString()},`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    void Role;
  });

  afterAll(async () => {
    await gateway.close();
    if (dropDatabase) await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  async function counts(): Promise<{ bookings: number; baseEntries: number; basePoints: number }> {
    const [b] = await gateway.dataSource.query(`SELECT COUNT(*) AS n FROM pc_booking WHERE "bookingId" LIKE 'crash-%'`);
    const [e] = await gateway.dataSource.query(`SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM pc_points_entry WHERE source = 'BOOKING'`);
    return { bookings: Number(b.n), baseEntries: Number(e.n), basePoints: Number(e.total) };
  }

  it('a SIGKILL mid-import leaves only whole chunks; a re-run completes it with a balanced ledger', async () => {
    let chunksSeen = 0;
    const killed = await run(env, file, (line, child) => {
      if (line.startsWith('chunk ') && ++chunksSeen === 5) child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    const partial = await counts();
    expect(partial.bookings).toBeGreaterThanOrEqual(5 * CHUNK);
    expect(partial.bookings).toBeLessThan(ROWS);
    expect(partial.bookings % CHUNK).toBe(0);
    expect(partial.baseEntries).toBe(partial.bookings);

    const resumed = await run(env, file, () => undefined);
    expect(resumed.code).toBe(0);
    expect(resumed.output).toContain(`done ${ROWS - partial.bookings} ${partial.bookings} 0`);
    const final = await counts();
    expect(final.bookings).toBe(ROWS);
    expect(final.baseEntries).toBe(ROWS);
    // One thousandth of a point per 100 cents, rounded half up (PC-2): recompute from the file.
    let expected = 0;
    for (let i = 0; i < ROWS; i++) expected += Math.floor((100_000 + i * 137 + 50) / 100);
    expect(final.basePoints).toBe(expected);

    if (!process.env.DATABASE_URL) {
      const [integrity] = await gateway.dataSource.query('PRAGMA integrity_check');
      expect(Object.values(integrity)[0]).toBe('ok');
      const [mode] = await gateway.dataSource.query('PRAGMA journal_mode');
      expect(Object.values(mode)[0]).toBe('wal');
    }
  });
});
