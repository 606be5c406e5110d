import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gatewayEnv, RESULTS_DIR, SIZES } from './config';
import { ensureDataset } from './dataset';
import { runHttpBench } from './http-bench';
import { ensurePgDataset } from './pg-dataset';
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
 *   --databases sqlite,postgres HTTP and workers benches on these databases (default both: the dataset is
 *                               copied to a private PostgreSQL cluster, kept between runs)
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
  const report: BenchReport = {
    startedAt: new Date(started),
    loadAverage: { start: loadavg()[0], end: 0 },
    totalSeconds: 0,
    datasetBuiltSeconds: dataset.builtMs / 1000,
    counts: dataset.counts,
  };

  if (only.includes('ingest')) {
    log(`ingest: raw loop on all ${SIZES.bookings.toLocaleString('en-US')} rows, importer on ${importerRows.toLocaleString('en-US')}`);
    // What the reads and the upload still need after the ingest: about 90 s here; keep 120.
    const secondsLeft = () =>
      budget - (Date.now() - started) / 1000 - (only.includes('http') ? 105 : 0) - (only.includes('upload') ? 15 : 0) - (only.includes('workers') ? 90 : 0);
    report.ingest = await runIngestBench(dataset, { importerRows, secondsLeft: arg('--importer-rows') ? undefined : secondsLeft, log });
  } else {
    await ensureFullDataset(dataset, log);
  }
  const queries = arg('--queries')?.split(',') as ('partners' | 'guide' | 'dashboard')[] | undefined;
  const databases = (arg('--databases') ?? 'sqlite,postgres').split(',');
  const sqlitePath = arg('--sqlite') ?? dataset.fullPath;
  const reads = only.includes('http') || only.includes('workers');
  const postgres = reads && databases.includes('postgres') ? await ensurePgDataset(sqlitePath, log) : undefined;
  try {
    if (only.includes('http')) {
      report.http = await runHttpBench(dataset, sqlitePath, {
        durationSeconds: duration,
        only: queries,
        log,
        postgresUrl: postgres?.url,
        sqlite: databases.includes('sqlite'),
      });
      if (postgres) report.http.postgresLoadedSeconds = postgres.loadedSeconds;
    }
    if (only.includes('workers')) {
      const workers = arg('--workers') ? Number(arg('--workers')) : undefined;
      const targets: [string, string][] = [];
      if (databases.includes('sqlite')) targets.push(['SQLite', sqlitePath]);
      if (postgres) targets.push(['PostgreSQL', postgres.url]);
      report.workers = [];
      for (const [name, database] of targets) {
        log(`workers: the gateway at WORKERS=1 next to WORKERS=${workers ?? 'auto'} on ${name}`);
        report.workers.push(
          await runWorkersBench(dataset, sqlitePath, gatewayEnv(database, 0), name, { durationSeconds: duration, only: queries, workers, log }),
        );
      }
    }
  } finally {
    await postgres?.stop();
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
