/**
 * Measures the booking import: `npx ts-node --transpile-only packages/partner-connect/scripts/bench-import.ts [rows] [chunkSize]`.
 * Generates a CSV of `rows` bookings (default 1,000,000) over 1,000 partners, imports it into a
 * file-backed SQLite database (WAL), then imports it again (idempotent: adds nothing).
 */
import 'reflect-metadata';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { newId, runUnitOfWork } from '@alliance/kernel';
import { importBookings, Participant } from '../src';
import { bulkInsert } from '../src/services/bulk-insert';
import { benchDatabase } from './bench-common';

const TYPES = ['SUBSCRIPTION', 'SAAS', 'SAAS;NEW_LOGO', 'PERPETUAL_LICENSE', 'SNS_RENEWAL', 'SUBSCRIPTION;STRATEGIC_SOLUTION'];

async function main() {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const chunkSize = Number(process.argv[3] ?? 5_000);
  const bench = await benchDatabase('import');
  const partners = Array.from({ length: 1_000 }, () => newId());
  await runUnitOfWork(bench.ctx, () =>
    bulkInsert<Participant>(
      bench.ctx.em,
      Participant,
      partners.map((partnerId) => ({
        partnerId,
        enteredAt: new Date('2026-01-01T00:00:00.000Z'),
        level: 'COMMUNITY',
        status: 'ACTIVE' as never,
        enrollmentInvoiceId: 'inv',
        terminatedAt: null,
      })),
    ),
  );

  const file = join(bench.dir, 'bookings.csv');
  const out = createWriteStream(file);
  out.write('bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes\n');
  const start = Date.UTC(2026, 1, 1);
  for (let i = 0; i < rows; i++) {
    const bookedAt = new Date(start + (i % 300) * 86_400_000 + (i % 86_400) * 1000).toISOString();
    const line = `BK-${i},${partners[i % partners.length]},CUST-${i % 50_000},OPP-${i},SOL-${i % 20},${100_000 + ((i * 7919) % 50_000_000)},USD,${bookedAt},${TYPES[i % TYPES.length]}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve) => out.end(resolve));
  console.log(`generated ${rows.toLocaleString('en-US')} rows (${(statSync(file).size / 1e6).toFixed(0)} MB)`);

  let last = 0;
  const onProgress = (p: { linesRead: number }) => {
    if (p.linesRead - last >= rows / 10) {
      last = p.linesRead;
      process.stderr.write(`  ${p.linesRead.toLocaleString('en-US')} lines\n`);
    }
  };
  const t0 = process.hrtime.bigint();
  const first = await importBookings(bench.ctx, bench.services, file, { chunkSize, onProgress });
  const t1 = process.hrtime.bigint();
  const secs = Number(t1 - t0) / 1e9;
  console.log(
    `import: ${first.recorded.toLocaleString('en-US')} bookings in ${secs.toFixed(1)} s = ${Math.round(rows / secs).toLocaleString('en-US')} rows/s (chunk ${chunkSize}, ${first.failedChunks} failed chunks, levels re-evaluated for ${partners.length} partners)`,
  );

  last = 0;
  const t2 = process.hrtime.bigint();
  const again = await importBookings(bench.ctx, bench.services, file, { chunkSize });
  const secs2 = Number(process.hrtime.bigint() - t2) / 1e9;
  console.log(
    `re-import: ${again.recorded} new, ${again.duplicates.toLocaleString('en-US')} already there, in ${secs2.toFixed(1)} s = ${Math.round(rows / secs2).toLocaleString('en-US')} rows/s`,
  );
  console.log(`database: ${(statSync(bench.path).size / 1e6).toFixed(0)} MB at ${bench.path}`);
  await bench.dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
