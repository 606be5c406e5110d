import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gatewayEnv, RESULTS_DIR, SIZES } from './config';
import { ensureDataset } from './dataset';
import { runHttpBench } from './http-bench';
import { ensureFullDataset, runIngestBench } from './ingest-bench';
import { BenchReport, renderReport } from './report';
import { runUploadBench } from './upload-bench';
import { runWorkersBench } from './workers-bench';

/**
 * `npm run bench`: every benchmark of issue 10 in one run, printing figures as it goes and
 * writing the markdown table to bench/results/latest.md.
 *
 *   --only ingest,http,upload,workers   run some of them (default: all)
 *   --importer-rows N           rows the importer gets (default: the whole file, or the largest
 *                               prefix that keeps the run within its 10-minute budget)
 *   --budget S                  the run's budget in seconds (default 570: 10 minutes less the build)
 *   --duration S                seconds of load per server and query (default 8)
 *   --queries partners,guide    HTTP bench on some of the queries (default: all three)
 *   --sqlite FILE               HTTP bench on another copy of the dataset (e.g. with an index added)
 *   --workers N                 the "all workers" side of the workers bench (default: one per core)
 *   --out FILE                  where to write the markdown (default bench/results/latest.md)
 */
function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  process.env.TZ = 'UTC';
  const only = (arg('--only') ?? 'ingest,http,upload,workers').split(',');
  const importerRows = arg('--importer-rows') ? Number(arg('--importer-rows')) : SIZES.bookings;
  const budget = Number(arg('--budget') ?? 570);
  const duration = Number(arg('--duration') ?? 8);
  const out = arg('--out') ?? join(RESULTS_DIR, 'latest.md');
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

  const dataset = await ensureDataset(log);
  const report: BenchReport = { startedAt: new Date(started), loadAverage: { start: loadavg()[0], end: 0 }, totalSeconds: 0, datasetBuiltSeconds: dataset.builtMs / 1000, counts: dataset.counts };

  if (only.includes('ingest')) {
    log(`ingest: raw loop on all ${SIZES.bookings.toLocaleString('en-US')} rows, importer on ${importerRows.toLocaleString('en-US')}`);
    // What the reads and the upload still need after the ingest: about 90 s here; keep 120.
    const secondsLeft = () => budget - (Date.now() - started) / 1000 - (only.includes('http') ? 105 : 0) - (only.includes('upload') ? 15 : 0) - (only.includes('workers') ? 90 : 0);
    report.ingest = await runIngestBench(dataset, { importerRows, secondsLeft: arg('--importer-rows') ? undefined : secondsLeft, log });
  } else {
    await ensureFullDataset(dataset, log);
  }
  if (only.includes('http')) {
    const queries = arg('--queries')?.split(',') as ('partners' | 'guide' | 'dashboard')[] | undefined;
    report.http = await runHttpBench(dataset, arg('--sqlite') ?? dataset.fullPath, { durationSeconds: duration, only: queries, log });
  }
  if (only.includes('workers')) {
    const queries = arg('--queries')?.split(',') as ('partners' | 'guide' | 'dashboard')[] | undefined;
    const sqlitePath = arg('--sqlite') ?? dataset.fullPath;
    log(`workers: the gateway at WORKERS=1 next to WORKERS=${arg('--workers') ?? 'auto'} on SQLite`);
    report.workers = [
      await runWorkersBench(dataset, sqlitePath, gatewayEnv(sqlitePath, 0), 'SQLite', { durationSeconds: duration, only: queries, workers: arg('--workers') ? Number(arg('--workers')) : undefined, log }),
    ];
  }
  if (only.includes('upload')) {
    log('upload: 1 GiB to PUT /artifacts/:id/file');
    report.upload = await runUploadBench(dataset, log);
  }

  report.totalSeconds = (Date.now() - started) / 1000;
  report.loadAverage.end = loadavg()[0];
  const markdown = renderReport(report);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(out, markdown);
  process.stdout.write(`\n${markdown}\nwritten to ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
