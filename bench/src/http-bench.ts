import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { BENCH_DIR } from './config';
import type { Dataset } from './dataset';
import { rssMiB, RunningGateway, startGateway } from './gateway';
import { BenchQuery, benchQueries, Variant } from './queries';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export type BenchDatabase = 'sqlite' | 'postgres';

export interface QueryResult {
  /** The database both servers read: the SQLite file, or the same data on PostgreSQL. */
  database: BenchDatabase;
  key: BenchQuery['key'];
  title: string;
  variants: number;
  sameJson: boolean;
  raw: LoadResult;
  gateway: LoadResult;
  /** Gateway requests/s divided by raw requests/s. */
  ratio: number;
  /** One connection, no queueing: the latency of a single request. */
  rawSingle?: LoadResult;
  gatewaySingle?: LoadResult;
}

export interface HttpBenchResult {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  queries: QueryResult[];
  gatewayEntry: RunningGateway['entry'];
  coldStartMs: number[];
  rssAfterStartMiB: number;
  rssAfterLoadsMiB: number;
  firstAnswerMs: number;
  /** Seconds this run spent copying the dataset to PostgreSQL (0: a loaded cluster was reused; undefined: no PostgreSQL). */
  postgresLoadedSeconds?: number;
}

export interface HttpBenchOptions {
  connections?: number;
  durationSeconds?: number;
  warmupSeconds?: number;
  /** Extra node flags for the gateway child (e.g. --cpu-prof). */
  gatewayNodeArgs?: string[];
  only?: BenchQuery['key'][];
  /** The same dataset on PostgreSQL (`postgres://` URL): every query is measured there too, gateway beside a raw `pg` server. */
  postgresUrl?: string;
  /** Measure on SQLite too (default true). */
  sqlite?: boolean;
  /** Slices each side's measuring time is cut into, alternating raw and gateway (default 4). */
  rounds?: number;
  log?: (line: string) => void;
}

const GATEWAY_PORT = 4710;
const RAW_PORT = 4711;

/** The raw server in its own process, like the gateway, so neither shares a core with autocannon's event loop. */
async function startRaw(source: string): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(BENCH_DIR, 'src', 'raw-server.ts'), source, String(RAW_PORT)], {
    cwd: BENCH_DIR,
    env: { ...process.env, TZ: 'UTC', TS_NODE_PROJECT: join(BENCH_DIR, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`raw server exited with ${code}`)));
    child.stdout?.once('data', () => resolve());
  });
  child.removeAllListeners('exit');
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exit;
    },
  };
}

export function gatewayRequest(variant: Variant, key: string) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(variant.graphql),
  };
}

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  const body = (await response.json()) as unknown;
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

async function gatewayAnswer(variant: Variant, key: string): Promise<unknown> {
  const request = gatewayRequest(variant, key);
  return fetchJson(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, { method: 'POST', headers: request.headers, body: request.body });
}

/** Both servers must give the same answer (checked on the first, middle and last variants). */
async function sameAnswers(query: BenchQuery, key: string): Promise<boolean> {
  const picks = [...new Set([0, Math.floor(query.variants.length / 2), query.variants.length - 1])];
  for (const i of picks) {
    const variant = query.variants[i];
    const [viaGateway, viaRaw] = [await gatewayAnswer(variant, key), await fetchJson(`http://127.0.0.1:${RAW_PORT}${variant.rawPath}`)];
    if ((viaGateway as { errors?: unknown }).errors)
      throw new Error(`${query.key}: the gateway answered with errors: ${JSON.stringify(viaGateway).slice(0, 800)}`);
    if (!isDeepStrictEqual(viaGateway, viaRaw)) {
      process.stderr.write(
        `${query.key} variant ${i}: answers differ\n gateway: ${JSON.stringify(viaGateway).slice(0, 1500)}\n raw:     ${JSON.stringify(viaRaw).slice(0, 1500)}\n`,
      );
      return false;
    }
  }
  return true;
}

export interface Sample {
  latencies: number[];
  seconds: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run; every response's latency is kept, so runs can be pooled. */
export function load(port: number, requests: autocannon.Request[], connections: number, duration: number): Promise<Sample> {
  let next = 0;
  const pick = () => requests[next++ % requests.length];
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, ...pick() }) }],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({ latencies, seconds: result.duration, non2xx: result.non2xx, errors: result.errors });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function pool(samples: Sample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    non2xx: samples.reduce((sum, s) => sum + s.non2xx, 0),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
  };
}

/**
 * Raw and gateway take turns in short slices (a warm-up each, then `rounds` slices each), so a
 * burst of other work on the machine falls on both sides alike; the slices of a side are pooled.
 */
async function sideBySide(
  raw: autocannon.Request[],
  gateway: autocannon.Request[],
  connections: number,
  seconds: number,
  warmup: number,
  rounds: number,
): Promise<{ raw: LoadResult; gateway: LoadResult }> {
  await load(RAW_PORT, raw, connections, warmup);
  await load(GATEWAY_PORT, gateway, connections, warmup);
  const rawSamples: Sample[] = [];
  const gatewaySamples: Sample[] = [];
  const slice = Math.max(1, Math.round(seconds / rounds));
  for (let round = 0; round < rounds; round++) {
    rawSamples.push(await load(RAW_PORT, raw, connections, slice));
    gatewaySamples.push(await load(GATEWAY_PORT, gateway, connections, slice));
  }
  return { raw: pool(rawSamples), gateway: pool(gatewaySamples) };
}

/**
 * Issue 10 §2a/§2c: requests per second and p50/p99 of the three queries, gateway next to the raw
 * server in the same run; the gateway's cold start and its resident memory after the loads.
 */
export async function runHttpBench(dataset: Dataset, sqlitePath: string, options: HttpBenchOptions = {}): Promise<HttpBenchResult> {
  const log = options.log ?? (() => undefined);
  const connections = options.connections ?? 10;
  const duration = options.durationSeconds ?? 8;
  const warmup = options.warmupSeconds ?? 2;
  const rounds = options.rounds ?? 4;
  const queries = benchQueries(dataset, sqlitePath).filter((q) => !options.only || options.only.includes(q.key));

  // Cold start: three starts on the full dataset, the median is quoted.
  const coldStartMs: number[] = [];
  for (let i = 0; i < (options.sqlite === false ? 0 : 2); i++) {
    const probe = await startGateway(sqlitePath, GATEWAY_PORT);
    coldStartMs.push(probe.coldStartMs);
    await probe.stop();
  }
  const targets: { database: BenchDatabase; source: string }[] = options.sqlite === false ? [] : [{ database: 'sqlite', source: sqlitePath }];
  if (options.postgresUrl) targets.push({ database: 'postgres', source: options.postgresUrl });
  const results: QueryResult[] = [];
  let rssAfterStartMiB = 0;
  let rssAfterLoadsMiB = 0;
  let firstAnswerMs = 0;
  let entry: RunningGateway['entry'] = 'main.js';
  for (const target of targets) {
    const gateway = await startGateway(target.source, GATEWAY_PORT, { nodeArgs: options.gatewayNodeArgs });
    entry = gateway.entry;
    if (target.database === 'sqlite') {
      coldStartMs.push(gateway.coldStartMs);
      log(`gateway (${gateway.entry}) cold starts: ${coldStartMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      rssAfterStartMiB = rssMiB(gateway.pid);
      const firstStarted = Date.now();
      await gatewayAnswer(queries[0].variants[0], dataset.adminKey);
      firstAnswerMs = Date.now() - firstStarted;
    }
    const raw = await startRaw(target.source);
    try {
      for (const query of queries) {
        const label = `${target.database} ${query.key}`;
        const sameJson = await sameAnswers(query, dataset.adminKey);
        log(`${label}: same JSON from both servers: ${sameJson ? 'yes' : 'NO'}`);
        const rawRequests = query.variants.map((v) => ({ method: 'GET' as const, path: v.rawPath }));
        const gatewayRequests = query.variants.map((v) => gatewayRequest(v, dataset.adminKey));
        const measured = await sideBySide(rawRequests, gatewayRequests, connections, duration, warmup, rounds);
        const rawResult = measured.raw;
        const gatewayResult = measured.gateway;
        log(`${label}: raw ${rawResult.rps.toFixed(0)} req/s p50 ${rawResult.p50} ms p99 ${rawResult.p99} ms`);
        log(`${label}: gateway ${gatewayResult.rps.toFixed(0)} req/s p50 ${gatewayResult.p50} ms p99 ${gatewayResult.p99} ms`);
        const result: QueryResult = {
          database: target.database,
          key: query.key,
          title: query.title,
          variants: query.variants.length,
          sameJson,
          raw: rawResult,
          gateway: gatewayResult,
          ratio: gatewayResult.rps / rawResult.rps,
        };
        if (query.key === 'dashboard') {
          // The dashboard target is a latency: measure it also without queueing behind 9 other connections.
          const single = await sideBySide(rawRequests, gatewayRequests, 1, Math.max(4, duration / 2), 1, rounds);
          result.rawSingle = single.raw;
          result.gatewaySingle = single.gateway;
          log(`${label}: one connection: raw p99 ${result.rawSingle.p99} ms, gateway p99 ${result.gatewaySingle.p99} ms`);
        }
        results.push(result);
      }
      if (target.database === 'sqlite') rssAfterLoadsMiB = rssMiB(gateway.pid);
    } finally {
      await raw.stop();
      await gateway.stop();
    }
  }
  return {
    connections,
    durationSeconds: duration,
    warmupSeconds: warmup,
    rounds,
    queries: results,
    gatewayEntry: entry,
    coldStartMs,
    rssAfterStartMiB,
    rssAfterLoadsMiB,
    firstAnswerMs,
  };
}
