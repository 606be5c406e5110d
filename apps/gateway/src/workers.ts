import cluster, { Worker } from 'node:cluster';
import pino from 'pino';
import type { GatewayConfig } from './config';
import { LOG_SERIALIZERS } from './log';

/** What a worker tells the primary once it serves: the lines it would have printed at start. */
export interface WorkerReady {
  kind: 'alliance-worker-ready';
  lines: string[];
}

function isReady(message: unknown): message is WorkerReady {
  return (message as WorkerReady | null)?.kind === 'alliance-worker-ready';
}

/** In a worker: tell the primary this process serves. Alone: print the start-up lines. */
export function reportServing(lines: string[]): void {
  if (cluster.isWorker && process.send) process.send({ kind: 'alliance-worker-ready', lines } satisfies WorkerReady);
  else console.log(lines.join('\n'));
}

/** How long the primary waits for its workers to finish their requests on SIGTERM before it kills them. */
const STOP_GRACE_MS = 30_000;

/**
 * The primary of `WORKERS` > 1 gateway processes (Node cluster: the primary holds HOST:PORT and
 * hands each connection to a worker in turn).
 *
 * The first worker starts alone and does everything one gateway does at start (migrations,
 * the demo data and first admin key of a new SQLite database), so none of it runs twice;
 * the others start once it serves. The start-up lines are printed once all serve. A worker
 * that fails to start stops them all and the primary exits with its code (a bad database or a
 * busy port is reported as with one process). A worker that dies later is replaced. SIGTERM
 * or SIGINT stops every worker gracefully (each finishes its requests), then the primary exits 0.
 */
export function runPrimary(config: GatewayConfig): void {
  const log = pino({ level: config.logLevel, serializers: LOG_SERIALIZERS, base: { pid: process.pid, role: 'primary' } });
  const serving = new Set<Worker>();
  let stopping = false;
  let bannerShown = false;
  let firstLines: string[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (!isReady(message)) return;
      serving.add(worker);
      if (!bannerShown && serving.size === 1 && firstLines.length === 0) {
        firstLines = message.lines;
        for (let i = 1; i < config.workers; i += 1) fork();
      }
      if (!bannerShown && serving.size === config.workers) {
        bannerShown = true;
        const [first, ...rest] = firstLines;
        console.log([first.replace(/\)$/, `, ${config.workers} workers)`), ...rest].join('\n'));
      }
    });
    return worker;
  };

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'shutting down');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    }, STOP_GRACE_MS).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };

  cluster.on('exit', (worker, code, signal) => {
    const wasServing = serving.delete(worker);
    const left = Object.keys(cluster.workers ?? {}).length;
    if (stopping) {
      if (left === 0) process.exit(0);
      return;
    }
    if (!wasServing) {
      // It never served: the same start would fail again. Stop the rest and report its code.
      log.error({ workerPid: worker.process.pid, code, signal }, 'a gateway worker failed to start');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      const exitCode = code || 1;
      if (left === 0) process.exit(exitCode);
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      });
      return;
    }
    log.error({ workerPid: worker.process.pid, code, signal }, 'a gateway worker died; starting another');
    fork();
  });

  process.once('SIGTERM', () => stopAll('SIGTERM'));
  process.once('SIGINT', () => stopAll('SIGINT'));
  fork();
}
