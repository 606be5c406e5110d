import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Booking, PointsEntry } from '../src/entities';
import { BookingFileError, importBookings, ImportProgress } from '../src';
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
    const path = csv(
      'ok.csv',
      Array.from({ length: 25 }, (_, i) => row(`B${i}`)),
    );
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
      {
        bookingId: 'J1',
        partnerId,
        customerId: 'C',
        opportunityId: 'O1',
        solution: 'S',
        tcvMinor: 250_000,
        currency: 'USD',
        bookedAt: '2026-03-02T10:00:00.000Z',
        bookingTypes: ['SUBSCRIPTION'],
      },
      {
        bookingId: 'J2',
        partnerId,
        customerId: 'C',
        opportunityId: 'O2',
        solution: 'S',
        tcvMinor: 150,
        bookedAt: '2026-03-02T10:00:00.000Z',
        bookingTypes: [],
      },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n{not json\n');
    const report = await importBookings(w.ctx, w.module.services, path, { chunkSize: 2 });
    expect([report.recorded, report.errors.map((e) => e.line)]).toEqual([2, [3]]);
    expect((await w.db.manager.find(PointsEntry, { order: { id: 'ASC' } })).map((e) => e.amount)).toEqual([2_500, 2]);
  });

  it('PC-2: every bad row of a chunk is reported in one run, format, rule and enrollment errors together, and nothing of it is written', async () => {
    const stranger = '0190a6f0-0000-7000-8000-000000000000';
    const lines = [
      row('E1'),
      'E2,only,three',
      row('E3', { tcv: '12.5' }),
      row('E4').replace(partnerId, stranger),
      row('E5', { currency: 'EUR' }),
      `E6,${partnerId},CUST,OPP-E6,"VCF"x,100,USD,2026-03-02T10:00:00.000Z,SAAS`,
      row('E7', { types: 'BARTER' }),
      row('E8'),
    ];
    const report = await importBookings(w.ctx, w.module.services, csv('many-bad.csv', lines), { chunkSize: 100 });
    expect(report.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, 'line', 'BOOKING_INVALID'],
      [4, 'tcvMinor', 'BOOKING_INVALID'],
      [5, 'partnerId', 'PARTNER_NOT_ENROLLED'],
      [6, 'currency', 'BOOKING_CURRENCY_UNSUPPORTED'],
      [7, 'line', 'BOOKING_INVALID'],
      [8, 'bookingTypes', 'BOOKING_TYPE_UNKNOWN'],
    ]);
    expect(report.errors[0].message).toBe('expected 9 fields (as in the header), found 3');
    expect(report.errors[4].message).toMatch(/a quoted field must end at a comma or at the end of the row/);
    expect([report.recorded, report.failedChunks, report.errorCount]).toEqual([0, 1, 6]);
    expect(await w.db.manager.count(Booking)).toBe(0);
    expect(await w.db.manager.count(PointsEntry)).toBe(0);
  });

  it('PC-2: quoted CSV fields may hold commas, quotes and line breaks; errors name the line a record starts on', async () => {
    const lines = [
      `Q1,${partnerId},"ACME, Inc.",OPP-Q1,"VCF ""Pro""",100000,USD,2026-03-02T10:00:00.000Z,SAAS`,
      `"Q2",${partnerId},"ACME`,
      `Europe",OPP-Q2,"VCF`,
      '',
      `edition",100000,USD,2026-03-02T10:00:00.000Z,"SAAS;NEW_LOGO"`,
      row('Q3', { tcv: 'x' }),
    ];
    const report = await importBookings(w.ctx, w.module.services, csv('quoted.csv', lines), { chunkSize: 2 });
    // Chunks: Q1 + Q2 (lines 2-6), Q3 (line 7, after the 4-line record).
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([[7, 'tcvMinor']]);
    expect([report.recorded, report.failedChunks, report.rowsRead, report.linesRead]).toEqual([2, 1, 3, 7]);
    const saved = await w.db.manager.find(Booking, { order: { bookingId: 'ASC' } });
    expect(saved.map((b) => [b.bookingId, b.customerId, b.solution, b.bookingTypes])).toEqual([
      ['Q1', 'ACME, Inc.', 'VCF "Pro"', 'SAAS'],
      ['Q2', 'ACME\nEurope', 'VCF\n\nedition', 'SAAS;NEW_LOGO'],
    ]);
  });

  it('PC-2: a quote that is never closed costs its own row only: the rows after it are read as rows', async () => {
    const lines = [row('S1'), `S2,${partnerId},"CUST,OPP-S2,VCF,100000,USD,2026-03-02T10:00:00.000Z,SAAS`, row('S3'), row('S4', { tcv: '-' })];
    const report = await importBookings(w.ctx, w.module.services, csv('stray.csv', lines), { chunkSize: 100 });
    expect(report.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [3, 'line', expect.stringMatching(/^a quoted field opened on this line is never closed/)],
      [5, 'tcvMinor', expect.any(String)],
    ]);
    expect([report.rowsRead, report.recorded]).toEqual([4, 0]);
  });

  it('PC-2: a file with a byte-order mark and CRLF line ends imports like any other', async () => {
    const path = join(dir, 'excel.csv');
    writeFileSync(path, `\uFEFF${[HEADER, row('X1'), row('X2')].join('\r\n')}\r\n`);
    const report = await importBookings(w.ctx, w.module.services, path);
    expect([report.recorded, report.failedChunks]).toEqual([2, 0]);
    expect((await w.db.manager.findOneByOrFail(Booking, { bookingId: 'X2' })).bookingTypes).toBe('SAAS;NEW_LOGO');
  });

  it('PC-2: the format comes from the extension (.csv, .jsonl, .ndjson) or is given; any other file is refused before reading', async () => {
    const json = JSON.stringify({
      bookingId: 'N1',
      partnerId,
      customerId: 'C',
      opportunityId: 'O',
      solution: 'S',
      tcvMinor: 100,
      bookedAt: '2026-03-02T10:00:00.000Z',
      bookingTypes: [],
    });
    const ndjson = join(dir, 'ok.ndjson');
    writeFileSync(ndjson, `${json}\n`);
    expect((await importBookings(w.ctx, w.module.services, ndjson)).recorded).toBe(1);

    const txt = join(dir, 'bookings.txt');
    writeFileSync(txt, `${json.replace('N1', 'N2')}\n`);
    const refused = await importBookings(w.ctx, w.module.services, txt).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BookingFileError);
    expect((refused as BookingFileError).kind).toBe('format');
    expect((refused as Error).message).toBe(
      `cannot tell the format of ${txt} from its name: use a .csv, .jsonl, .ndjson file, or give the format (csv or jsonl)`,
    );
    expect(await w.db.manager.countBy(Booking, { bookingId: 'N2' })).toBe(0);
    expect((await importBookings(w.ctx, w.module.services, txt, { format: 'jsonl' })).recorded).toBe(1);
  });

  it('PC-2: a missing file is refused with a message naming its path', async () => {
    const missing = join(dir, 'no-such-bookings.csv');
    const refused = await importBookings(w.ctx, w.module.services, missing).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BookingFileError);
    expect([(refused as BookingFileError).kind, (refused as Error).message]).toEqual(['unreadable', `no such file: ${missing}`]);
  });

  it('PC-2: a CSV header without the booking columns is refused before any row is read', async () => {
    const path = join(dir, 'no-header.csv');
    writeFileSync(path, `${row('H1')}\n`);
    const refused = await importBookings(w.ctx, w.module.services, path).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BookingFileError);
    expect((refused as Error).message).toMatch(/^line 1: the CSV header lacks bookingId, partnerId/);
    expect(await w.db.manager.count(Booking)).toBe(0);
  });
});
