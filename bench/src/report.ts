import { cpus, totalmem } from 'node:os';
import type { HttpBenchResult } from './http-bench';
import type { IngestResult } from './ingest-bench';
import type { UploadResult } from './upload-bench';
import { renderWorkers, WorkersBenchResult } from './workers-bench';

export interface BenchReport {
  startedAt: Date;
  /** 1-minute load average of the machine when the run started and when it ended (other work running on it). */
  loadAverage: { start: number; end: number };
  totalSeconds: number;
  datasetBuiltSeconds: number;
  counts: Record<string, number>;
  http?: HttpBenchResult;
  ingest?: IngestResult;
  upload?: UploadResult;
  /** The gateway at one and at all workers, per database. */
  workers?: WorkersBenchResult[];
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);
const n2 = (x: number) => x.toFixed(2);
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)}`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export function machine(): string {
  const list = cpus();
  return `${list.length} × ${list[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
}

/** The markdown the run writes to bench/results/latest.md (and the README quotes). */
export function renderReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(`# Alliance gateway benchmark`);
  out.push('');
  out.push(`- Date: ${report.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`);
  out.push(
    `- Machine: ${machine()}; 1-minute load average ${report.loadAverage.start.toFixed(2)} at the start, ${report.loadAverage.end.toFixed(2)} at the end`,
  );
  out.push(
    `- Dataset: ${n0(report.counts.mem_partner ?? 0)} partners, ${n0(report.counts.cert_software_version ?? 0)} software versions, ${n0(report.counts.cert_listing ?? 0)} listings, ${n0(report.counts.pc_participant ?? 0)} Partner Connect participants, ${n0(report.counts.pc_booking ?? 0)} bookings (seeded, same every run)`,
  );
  out.push(
    `- Whole run: ${n0(report.totalSeconds)} s${report.datasetBuiltSeconds > 0 ? ` (dataset generated in this run: ${n0(report.datasetBuiltSeconds)} s)` : ' (base dataset and booking file reused from bench/data)'}`,
  );
  out.push('');

  const http = report.http;
  if (http) {
    const databases = [...new Set(http.queries.map((q) => q.database))];
    out.push(`## Reads: gateway next to a raw node:http server on the same database`);
    out.push('');
    out.push(
      `autocannon on 127.0.0.1, ${http.connections} connections; per query a ${http.warmupSeconds} s warm-up of each server, then ${http.durationSeconds} s of each, in ${http.rounds} alternating slices (raw, gateway, raw, …) pooled per side. Gateway: \`${http.gatewayEntry === 'main.js' ? 'apps/gateway/dist/main.js' : 'bench/src/gateway-launcher.js (dist/main.js did not start)'}\`, ADMIN key, rate limit on (counted in the database, a budget of 1,000,000 a minute that the load never reaches, so the process claims it 100 requests at a time). Raw: \`bench/src/raw-server.ts\`, the same SQL on better-sqlite3 (SQLite) or a \`pg\` pool of 10 (PostgreSQL${http.postgresLoadedSeconds ? `, the SQLite dataset copied over in ${n0(http.postgresLoadedSeconds)} s` : ''}). Ratio = gateway req/s ÷ raw req/s.`,
    );
    out.push('');
    out.push('| database | query | raw req/s | gateway req/s | ratio | raw p50 / p99 ms | gateway p50 / p99 ms | same JSON | target |');
    out.push('|---|---|---:|---:|---:|---:|---:|:---:|---|');
    for (const database of databases) {
      const name = database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      for (const q of http.queries.filter((x) => x.database === database)) {
        let target = '';
        if (q.key === 'partners') target = `ratio ≥ 0.4: ${verdict(q.ratio >= 0.4)}; p99 < 50 ms: ${verdict(q.gateway.p99 < 50)}`;
        if (q.key === 'guide') target = `ratio ≥ 0.4: ${verdict(q.ratio >= 0.4)}`;
        if (q.key === 'dashboard') target = `p99 < 50 ms: ${verdict(q.gateway.p99 < 50)}`;
        out.push(
          `| ${name} | ${q.title} | ${n0(q.raw.rps)} | ${n0(q.gateway.rps)} | ${n2(q.ratio)} | ${ms(q.raw.p50)} / ${ms(q.raw.p99)} | ${ms(q.gateway.p50)} / ${ms(q.gateway.p99)} | ${q.sameJson ? 'yes' : '**no**'} | ${target} |`,
        );
        if (q.rawSingle && q.gatewaySingle) {
          out.push(
            `| ${name} | Progression dashboard, 1 connection | ${n0(q.rawSingle.rps)} | ${n0(q.gatewaySingle.rps)} | ${n2(q.gatewaySingle.rps / q.rawSingle.rps)} | ${ms(q.rawSingle.p50)} / ${ms(q.rawSingle.p99)} | ${ms(q.gatewaySingle.p50)} / ${ms(q.gatewaySingle.p99)} | yes | p99 < 10 ms: ${verdict(q.gatewaySingle.p99 < 10)} |`,
          );
        }
      }
    }
    const errors = http.queries.reduce((sum, q) => sum + q.raw.non2xx + q.raw.errors + q.gateway.non2xx + q.gateway.errors, 0);
    out.push('');
    out.push(`Non-2xx responses or socket errors during the loads: ${errors}.`);
    out.push('');
  }

  const ingest = report.ingest;
  if (ingest) {
    out.push(`## Bulk booking ingest`);
    out.push('');
    out.push(
      `Same CSV file, ${n0(ingest.chunkSize)} rows per transaction, the gateway's SQLite settings (WAL, synchronous NORMAL, 64 MiB page cache), each on a fresh copy of the base dataset. Raw loop: readline + prepared INSERTs of the booking and its ledger entries (PC-2/PC-3 computed inline). Importer: \`npm run import-bookings\` (apps/gateway/dist/cli/import-bookings.js), its own rows/s report (level re-evaluation included).`,
    );
    out.push('');
    out.push('| ingest | rows | seconds | rows/s |');
    out.push('|---|---:|---:|---:|');
    out.push(`| raw prepared-statement loop, whole file | ${n0(ingest.raw.rows)} | ${n1(ingest.raw.seconds)} | ${n0(ingest.raw.rowsPerSecond)} |`);
    if (ingest.importer) {
      if (ingest.raw.prefixRows < ingest.raw.rows)
        out.push(
          `| raw loop, first ${n0(ingest.raw.prefixRows)} rows | ${n0(ingest.raw.prefixRows)} | ${n1(ingest.raw.prefixSeconds)} | ${n0(ingest.raw.prefixRowsPerSecond)} |`,
        );
      out.push(
        `| product importer${ingest.importer.rows < ingest.raw.rows ? ` (first ${n0(ingest.importer.rows)} rows: the whole file does not fit the 10-minute run)` : ''} | ${n0(ingest.importer.rows)} | ${n1(ingest.importer.seconds)} | ${n0(ingest.importer.rowsPerSecond)} |`,
      );
      out.push('');
      out.push(
        `Importer ÷ raw on the same ${n0(ingest.importer.rows)} rows: **${n2(ingest.ratio ?? 0)}** (target ≥ 0.5: ${verdict((ingest.ratio ?? 0) >= 0.5)}). Importer: ${ingest.importer.recorded.toLocaleString('en-US')} recorded, ${ingest.importer.failedChunks} chunks rejected.`,
      );
    }
    out.push('');
  }

  if (http || report.upload) {
    out.push(`## Gateway start and memory`);
    out.push('');
    out.push('| measure | value |');
    out.push('|---|---:|');
    if (http) {
      const sorted = [...http.coldStartMs].sort((a, b) => a - b);
      out.push(
        `| cold start, spawn to first 200 from /healthz (median of ${sorted.length}: ${sorted.map((x) => Math.round(x)).join(', ')} ms) | ${n0(sorted[Math.floor(sorted.length / 2)])} ms |`,
      );
      out.push(`| first GraphQL answer after start | ${n0(http.firstAnswerMs)} ms |`);
      out.push(`| RSS after start | ${n1(http.rssAfterStartMiB)} MiB |`);
      out.push(`| RSS after the three loads | ${n1(http.rssAfterLoadsMiB)} MiB |`);
    }
    const upload = report.upload;
    if (upload) {
      const row = (label: string, run: typeof upload.first) =>
        out.push(
          `| ${label}: RSS before / peak / after (VmRSS every 50 ms, ${run.samples} samples) | ${n1(run.rssBeforeMiB)} / ${n1(run.rssPeakMiB)} / ${n1(run.rssAfterMiB)} MiB (peak − before ${n1(run.rssPeakMiB - run.rssBeforeMiB)}) |`,
        );
      row('1 GiB upload to PUT /artifacts/:id/file, fresh gateway', upload.first);
      row('second 1 GiB upload, same gateway', upload.second);
      const runs = [upload.first, upload.second];
      out.push(
        `| upload time, throughput, sums verified | ${runs.map((r) => `${n1(r.seconds)} s, ${n0(r.mibPerSecond)} MiB/s, ${r.verified ? 'yes' : `**no** (HTTP ${r.status})`}`).join('; ')} |`,
      );
    }
    out.push('');
  }
  out.push(...renderWorkers(report.workers ?? []));
  return `${out.join('\n')}\n`;
}
