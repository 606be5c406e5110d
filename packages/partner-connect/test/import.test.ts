import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Booking, PointsEntry } from '../src/entities';
import { importBookings, ImportProgress, runImportBookingsCli } from '../src';
import { enrolledPartner, world, World } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pc-import-'));
const HEADER = 'bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes';

function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  return path;
}

describe('Partner Connect booking import', () => {
  let w: World;
  let partnerId: string;
  const row = (id: string, extra: Partial<Record<'tcv' | 'currency' | 'types', string>> = {}) =>
    `${id},${partnerId},CUST,OPP-${id},VCF,${extra.tcv ?? '100000'},${extra.currency ?? 'USD'},2026-03-02T10:00:00.000Z,${extra.types ?? 'SAAS;NEW_LOGO'}`;

  beforeEach(async () => {
    w = await world();
    partnerId = await enrolledPartner(w);
  });

  it('PC-2: imports a CSV in chunks, and re-importing the same file adds nothing', async () => {
    const path = csv('ok.csv', Array.from({ length: 25 }, (_, i) => row(`B${i}`)));
    const progress: ImportProgress[] = [];
    const first = await importBookings(w.ctx, w.module.services, path, { chunkSize: 10, onProgress: (p) => progress.push(p) });
    expect([first.recorded, first.duplicates, first.failedChunks, first.chunks]).toEqual([25, 0, 0, 3]);
    expect(progress.map((p) => p.linesRead)).toEqual([11, 21, 26]);
    expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(50);
    const again = await importBookings(w.ctx, w.module.services, path, { chunkSize: 10 });
    expect([again.recorded, again.duplicates]).toEqual([0, 25]);
    expect(await w.db.manager.count(Booking)).toBe(25);
    expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(50);
  });

  it('PC-2: bad rows are reported with their line numbers and none of their chunk is imported', async () => {
    const lines = [row('A1'), row('A2'), row('A3', { tcv: '12.5' }), row('A4'), row('A5', { currency: 'EUR' }), row('A6'), 'A7,only,three'];
    const report = await importBookings(w.ctx, w.module.services, csv('bad.csv', lines), { chunkSize: 3 });
    // Chunks: lines 2-4 (bad line 4), lines 5-7 (bad line 6), line 8 (too few fields).
    expect(report.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [4, 'tcvMinor', 'BOOKING_INVALID'],
      [6, 'currency', 'BOOKING_CURRENCY_UNSUPPORTED'],
      [8, 'line', 'BOOKING_INVALID'],
    ]);
    expect([report.recorded, report.failedChunks]).toEqual([0, 3]);
    expect(await w.db.manager.count(Booking)).toBe(0);
  });

  it('PC-2: a chunk with a partner not in the program is rejected whole; the other chunks import', async () => {
    const stranger = '0190a6f0-0000-7000-8000-000000000000';
    const lines = [row('C1'), row('C2'), row('C3').replace(partnerId, stranger), row('C4')];
    const report = await importBookings(w.ctx, w.module.services, csv('stranger.csv', lines), { chunkSize: 2 });
    expect(report.errors.map((e) => [e.line, e.code])).toEqual([[4, 'PARTNER_NOT_ENROLLED']]);
    expect((await w.db.manager.find(Booking, { order: { bookingId: 'ASC' } })).map((b) => b.bookingId)).toEqual(['C1', 'C2']);
  });

  it('PC-2: imports JSON lines, with booking types as a list', async () => {
    const path = join(dir, 'ok.jsonl');
    const lines = [
      { bookingId: 'J1', partnerId, customerId: 'C', opportunityId: 'O1', solution: 'S', tcvMinor: 250_000, currency: 'USD', bookedAt: '2026-03-02T10:00:00.000Z', bookingTypes: ['SUBSCRIPTION'] },
      { bookingId: 'J2', partnerId, customerId: 'C', opportunityId: 'O2', solution: 'S', tcvMinor: 150, bookedAt: '2026-03-02T10:00:00.000Z', bookingTypes: [] },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n{not json\n');
    const report = await importBookings(w.ctx, w.module.services, path, { chunkSize: 2 });
    expect([report.recorded, report.errors.map((e) => e.line)]).toEqual([2, [3]]);
    expect((await w.db.manager.find(PointsEntry, { order: { id: 'ASC' } })).map((e) => e.amount)).toEqual([2_500, 2]);
  });

  it('PC-2: the CLI imports a file through a given DataSource, prints a summary and exits 1 when a chunk was rejected', async () => {
    const written: string[] = [];
    const out = { write: (text: string) => written.push(text), isTTY: false } as unknown as NodeJS.WriteStream;
    expect(await runImportBookingsCli([], { out })).toBe(2);
    const ok = csv('cli.csv', [row('K1'), row('K2')]);
    const code = await runImportBookingsCli(['--file', ok, '--chunk-size', '1'], { dataSource: w.db.dataSource, ports: w.ports, out });
    expect(code).toBe(0);
    expect(written.join('')).toContain('2 bookings recorded, 0 already recorded, 0 chunk(s) rejected');
    const bad = csv('cli-bad.csv', [row('K3', { tcv: 'x' })]);
    expect(await runImportBookingsCli(['--file', bad], { dataSource: w.db.dataSource, ports: w.ports, out })).toBe(1);
    expect(written.join('')).toContain('line 2: tcvMinor: BOOKING_INVALID');
    expect(await w.db.manager.count(Booking)).toBe(2);
  });
});
