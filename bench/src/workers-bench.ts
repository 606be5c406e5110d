import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_DIST } from './config';
import type { Dataset } from './dataset';
import { gatewayRequest, load, LoadResult, pool, Sample } from './http-bench';
import { BenchQuery, benchQueries } from './queries';

export interface WorkersQueryResult {
  key: BenchQuery['key'];
  title: string;
  one: LoadResult;
  all: LoadResult;
  /** Requests/s at all workers divided by requests/s at one. */
  scaling: number;
}

export interface WorkersBenchResult {
  /** Which database the gateways shared (`SQLite` or `PostgreSQL`). */
  database: string;
  workers: number;
  cores: number;
  connections: number;
  durationSeconds: number;
  rounds: number;
  queries: WorkersQueryResult[];
}

export interface WorkersBenchOptions {
  /** Processes for the "all workers" side (default: one per core, as WORKERS=auto). */
  workers?: number;
  connections?: number;
  durationSeconds?: number;
  warmupSeconds?: number;
  rounds?: number;
  only?: BenchQuery['key'][];
  log?: (line: string) => void;
}

const ONE_PORT = 4720;
const ALL_PORT = 4721;

/** Starts apps/gateway/dist/main.js with WORKERS=n and resolves once every worker serves (its start-up line). */
async function startWorkers(env: NodeJS.ProcessEnv, port: number, workers: number): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(GATEWAY_DIST, 'main.js')], {
    env: { ...env, PORT: String(port), WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-8000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-8000)));
  const exit = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  let exited: number | null = null;
  void exit.then((code) => (exited = code));
  const ready = workers > 1 ? new RegExp(`Alliance gateway on \\S+ \\(.*${workers} workers\\)`) : /Alliance gateway on /;
  const deadline = Date.now() + 120_000;
  while (!ready.test(output)) {
    if (exited !== null) throw new Error(`gateway (WORKERS=${workers}) exited with ${exited}: ${output.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`gateway (WORKERS=${workers}) did not start within 120 s: ${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    stop: async () => {
      if (exited !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * The gateway at WORKERS=1 next to WORKERS=<all cores> on the same database, per query: both
 * run side by side (alternating slices, as the raw comparison does), and the scaling factor is
 * the ratio of their requests/s. `env` is the gateway's environment without PORT and WORKERS
 * (SQLite: `gatewayEnv`; PostgreSQL: the same with DATABASE_URL).
 */
export async function runWorkersBench(
  dataset: Dataset,
  sqlitePath: string,
  env: NodeJS.ProcessEnv,
  database: string,
  options: WorkersBenchOptions = {},
): Promise<WorkersBenchResult> {
  const log = options.log ?? (() => undefined);
  const workers = options.workers ?? availableParallelism();
  const connections = options.connections ?? 10;
  const duration = options.durationSeconds ?? 8;
  const warmup = options.warmupSeconds ?? 2;
  const rounds = options.rounds ?? 4;
  const queries = benchQueries(dataset, sqlitePath).filter((q) => !options.only || options.only.includes(q.key));
  const one = await startWorkers(env, ONE_PORT, 1);
  let all: { stop: () => Promise<void> } | null = null;
  const results: WorkersQueryResult[] = [];
  try {
    all = await startWorkers(env, ALL_PORT, workers);
    for (const query of queries) {
      const requests = query.variants.map((v) => gatewayRequest(v, dataset.adminKey));
      await load(ONE_PORT, requests, connections, warmup);
      await load(ALL_PORT, requests, connections, warmup);
      const oneSamples: Sample[] = [];
      const allSamples: Sample[] = [];
      const slice = Math.max(1, Math.round(duration / rounds));
      for (let round = 0; round < rounds; round++) {
        oneSamples.push(await load(ONE_PORT, requests, connections, slice));
        allSamples.push(await load(ALL_PORT, requests, connections, slice));
      }
      const [oneResult, allResult] = [pool(oneSamples), pool(allSamples)];
      const scaling = allResult.rps / oneResult.rps;
      log(
        `${query.key} on ${database}: WORKERS=1 ${oneResult.rps.toFixed(0)} req/s p99 ${oneResult.p99.toFixed(0)} ms; WORKERS=${workers} ${allResult.rps.toFixed(0)} req/s p99 ${allResult.p99.toFixed(0)} ms; ×${scaling.toFixed(2)}`,
      );
      results.push({ key: query.key, title: query.title, one: oneResult, all: allResult, scaling });
    }
  } finally {
    await all?.stop();
    await one.stop();
  }
  return { database, workers, cores: availableParallelism(), connections, durationSeconds: duration, rounds, queries: results };
}

/** The report's section: one row per query, requests/s and p99 at one and at all workers, and the factor. */
export function renderWorkers(results: WorkersBenchResult[]): string[] {
  const out: string[] = [];
  if (results.length === 0) return out;
  const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
  const first = results[0];
  out.push(`## All cores: the gateway at WORKERS=1 and at WORKERS=${first.workers} (${first.cores} cores)`);
  out.push('');
  out.push(
    `Both gateways run at once on the same database (the built \`main.js\`; with more than one worker, a cluster primary hands connections to its workers), ${first.connections} connections, ${first.durationSeconds} s of each in ${first.rounds} alternating slices. Scaling = requests/s at all workers ÷ at one; the load generator shares the cores.`,
  );
  out.push('');
  out.push('| database | query | WORKERS=1 req/s | p99 | all workers req/s | p99 | scaling | errors |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const result of results) {
    for (const q of result.queries) {
      const errors = q.one.non2xx + q.one.errors + q.all.non2xx + q.all.errors;
      out.push(
        `| ${result.database} | ${q.title} | ${Math.round(q.one.rps)} | ${ms(q.one.p99)} | ${Math.round(q.all.rps)} | ${ms(q.all.p99)} | ×${q.scaling.toFixed(2)} | ${errors} |`,
      );
    }
  }
  out.push('');
  return out;
}
