import type { CliIo } from '../../src/cli/command-line';

export interface CapturedIo extends CliIo {
  stdoutText(): string;
  stderrText(): string;
}

/** A command's output captured in memory, with the environment it reads. */
export function captureIo(env: NodeJS.ProcessEnv, terminal: { isTTY?: boolean; columns?: number } = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    env: { TZ: 'UTC', ...env },
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: terminal.isTTY ?? false, columns: terminal.columns },
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}
