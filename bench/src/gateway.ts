import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GatewayConfig } from '@alliance/gateway/src/config';
import type { Gateway, GatewayOptions } from '@alliance/gateway/src/server';
import { runUnitOfWork } from '@alliance/kernel';
import { BENCH_DIR, GATEWAY_DIST, gatewayEnv } from './config';

/**
 * The built gateway (apps/gateway/dist), loaded in this process for setup work (migrations,
 * an API key) and started as a child process for every measurement.
 */
export function loadGatewayDist(): {
  createGateway: (options: GatewayOptions) => Promise<Gateway>;
  loadConfig: (env?: NodeJS.ProcessEnv, cwd?: string) => GatewayConfig;
} {
  const server = join(GATEWAY_DIST, 'server.js');
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` at the repository root first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('reflect-metadata');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createGateway } = require(server) as typeof import('@alliance/gateway/src/server');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig } = require(join(GATEWAY_DIST, 'config.js')) as typeof import('@alliance/gateway/src/config');
  return { createGateway, loadConfig };
}

/** Opens the gateway on a SQLite file (running its migrations), hands it to `work`, closes it. */
export async function withGateway<T>(sqlitePath: string, work: (gateway: Gateway) => Promise<T>): Promise<T> {
  const { createGateway, loadConfig } = loadGatewayDist();
  const gateway = await createGateway({ config: loadConfig(gatewayEnv(sqlitePath, 0)), logger: false });
  try {
    return await work(gateway);
  } finally {
    await gateway.close();
  }
}

/** Mints an ADMIN key through the gateway's own key service; returns the secret. */
export async function mintAdminKey(gateway: Gateway): Promise<string> {
  const ctx = gateway.systemContext('bench');
  const minted = await runUnitOfWork(ctx, () => gateway.modules.access.keys.mint(ctx, { name: 'bench admin', role: 'ADMIN' as never }));
  return minted.secret;
}

export interface RunningGateway {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Spawn to the first 200 from /healthz (listening, database open and migrated). */
  coldStartMs: number;
  /** Which entry started it: apps/gateway/dist/main.js, or the bench launcher when main.js fails. */
  entry: 'main.js' | 'bench launcher';
  stop(): Promise<void>;
}

const MAIN = join(GATEWAY_DIST, 'main.js');
const LAUNCHER = join(BENCH_DIR, 'src', 'gateway-launcher.js');
let mainWorks: boolean | null = null;

/** Starts the gateway as a child process on the SQLite file and waits until it answers. */
export async function startGateway(sqlitePath: string, port: number, options: { nodeArgs?: string[] } = {}): Promise<RunningGateway> {
  if (mainWorks !== false) {
    try {
      const running = await spawnGateway(MAIN, 'main.js', sqlitePath, port, options.nodeArgs ?? []);
      mainWorks = true;
      return running;
    } catch (error) {
      if (mainWorks === true) throw error;
      mainWorks = false;
      process.stderr.write(`apps/gateway/dist/main.js did not start (${(error as Error).message.split('\n')[0]}); using bench/src/gateway-launcher.js\n`);
    }
  }
  return spawnGateway(LAUNCHER, 'bench launcher', sqlitePath, port, options.nodeArgs ?? []);
}

async function spawnGateway(entry: string, name: RunningGateway['entry'], sqlitePath: string, port: number, nodeArgs: string[]): Promise<RunningGateway> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeArgs, entry], { env: gatewayEnv(sqlitePath, port), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code ?? -1), resolve())));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new Error(`gateway exited with ${exited}: ${output.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`gateway did not answer /healthz within 60 s: ${output.trim()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const coldStartMs = Number(process.hrtime.bigint() - started) / 1e6;
  // main.js may still fail right after listening: give it a moment to prove it stays up.
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (exited !== null) throw new Error(`gateway exited with ${exited} after listening: ${output.trim()}`);
  return {
    child,
    pid: child.pid as number,
    port,
    coldStartMs,
    entry: name,
    stop: async () => {
      if (exited === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exit;
        clearTimeout(timer);
      }
    },
  };
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) / 1024;
}
