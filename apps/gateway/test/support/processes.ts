import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root, and the built gateway the jest global setup builds. */
export const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const MAIN = join(ROOT, 'apps', 'gateway', 'dist', 'main.js');
export const cliScript = (name: string) => join(ROOT, 'apps', 'gateway', 'dist', 'cli', `${name}.js`);

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * A child's environment: only what is given, over PATH, HOME and TZ=UTC, so the test
 * runner's own DATABASE_URL or LOG_LEVEL never leaks into a child by accident.
 */
export function childEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', ...env };
}

function collect(child: ChildProcess, timeoutMs: number): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

/** Runs a script with node to its end; kills it after `timeoutMs` (then `signal` is SIGKILL). */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, options: { cwd?: string; timeoutMs?: number } = {}): Promise<Finished> {
  const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child, options.timeoutMs ?? 60_000);
}

/** Runs a shell command line with bash (README examples, the container's commands). */
export function runShell(command: string, env: NodeJS.ProcessEnv, options: { cwd?: string; timeoutMs?: number } = {}): Promise<Finished> {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', command], { cwd: options.cwd ?? ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child, options.timeoutMs ?? 60_000);
}

export interface RunningGateway {
  url: string;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** The development admin key it printed on first start, if any. */
  adminKey: string | null;
  /** SIGTERM, and what it came to. */
  stop(): Promise<Finished>;
}

/**
 * Starts a gateway process (`node <script> ...`, by default the built main.js as `npm start`
 * runs it) and resolves once it prints where it listens. Rejects with its output if it exits first.
 */
export function startGatewayProcess(env: NodeJS.ProcessEnv, options: { cwd?: string; command?: string[]; timeoutMs?: number } = {}): Promise<RunningGateway> {
  const [script, ...args] = options.command ?? [MAIN];
  const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const finished = collect(child, 10 * 60_000);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (err += chunk));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway did not start within ${options.timeoutMs ?? 90_000} ms:\n${out}\n${err}`));
    }, options.timeoutMs ?? 90_000);
    const onData = () => {
      const match = /Alliance gateway on (http:\/\/\S+?)\/graphql/.exec(out);
      // The key line follows the URL line in the same write.
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const key = /Development admin key \(shown once\): (alk_\S+)/.exec(out);
      resolvePromise({
        url: match[1],
        stdout: () => out,
        stderr: () => err,
        adminKey: key ? key[1] : null,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return finished;
        },
      });
    };
    child.stdout?.on('data', onData);
    void finished.then((result) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${result.code ?? result.signal}) before it listened:\n${result.stdout}\n${result.stderr}`));
    });
  });
}

/** Lines a process wrote, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/** Whether output looks like a stack trace or an unhandled rejection. */
export function looksLikeStack(text: string): boolean {
  return /^\s+at /m.test(text) || /Unhandled|UnhandledPromiseRejection|node:internal/.test(text);
}
