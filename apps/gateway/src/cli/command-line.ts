import { parseArgs } from 'node:util';
import { reportStartupFailure } from '../startup';

/**
 * The one argument parser of every command (`npm run keys`, `sweep`, `import-bookings`,
 * `schema`, `migrations:generate`), on node:util `parseArgs`: `--help` on each, and an
 * unknown flag, a flag without its value or a stray argument is refused with one line on
 * stderr and exit code 2, before anything is opened.
 */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** What the value looks like in the usage line (`ROLE`, `csv|jsonl`). */
  value?: string;
  /** May be given more than once (`--scope a --scope b`). */
  multiple?: boolean;
  required?: boolean;
  description: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
}

export interface CommandSpec {
  /** How a person runs it, e.g. `npm run keys -- create`. */
  command: string;
  /** What it does, in one sentence (also the README's table cell). */
  summary: string;
  positionals?: PositionalSpec[];
  flags: Record<string, FlagSpec>;
  examples: string[];
  /** Further lines for --help: exit codes, environment. */
  notes?: string[];
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** `--create` of every command that opens the database. */
export const CREATE_FLAG: FlagSpec = {
  type: 'boolean',
  description: 'create the SQLite database (and its tables) when no database file exists yet at SQLITE_PATH',
};

/** Where a command writes, and the environment it reads (process.stdout/stderr/env, or a test's). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedCommand {
  positionals: string[];
  string(name: string): string | undefined;
  strings(name: string): string[];
  flag(name: string): boolean;
}

function flagUsage(name: string, flag: FlagSpec): string {
  const text = flag.type === 'string' ? `--${name} ${flag.value ?? 'VALUE'}` : `--${name}`;
  return flag.required ? text : `[${text}]${flag.multiple ? '...' : ''}`;
}

/** The usage line: `npm run keys -- create --role ROLE [--name NAME] [--scope SCOPE]... [--create]`. */
export function usageLine(spec: CommandSpec): string {
  const positionals = (spec.positionals ?? []).map((p) => (p.required === false ? `[${p.name}]` : p.name));
  const flags = Object.entries(spec.flags).map(([name, flag]) => flagUsage(name, flag));
  return [spec.command, ...positionals, ...flags].join(' ');
}

/** Every flag with its description, as `--help` prints them (the README's tables show the same). */
export function flagRows(spec: CommandSpec): { flag: string; description: string }[] {
  const rows = Object.entries(spec.flags).map(([name, flag]) => ({
    flag: flag.type === 'string' ? `--${name} ${flag.value ?? 'VALUE'}` : `--${name}`,
    description: `${flag.description}${flag.required ? ' (required)' : ''}${flag.multiple ? ' (repeatable)' : ''}`,
  }));
  return [...rows, { flag: '--help', description: 'show this help and exit' }];
}

/** Words of `text` in lines of at most `width` columns. */
export function wrap(text: string, width = HELP_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** Help text fits an 80-column terminal (a usage line or an example may be longer). */
const HELP_WIDTH = 79;

/** Two columns, the second wrapped with a hanging indent: `  --flag VALUE  what it does`. */
function columns(rows: { left: string; right: string }[]): string[] {
  const width = Math.max(...rows.map((r) => r.left.length));
  const indent = ' '.repeat(width + 4);
  return rows.flatMap((r) =>
    wrap(r.right, Math.max(30, HELP_WIDTH - indent.length)).map((line, i) => (i === 0 ? `  ${r.left.padEnd(width)}  ${line}` : `${indent}${line}`)),
  );
}

/** What `--help` prints: usage, arguments, every flag, examples. */
export function helpText(spec: CommandSpec): string {
  const lines = [`usage: ${usageLine(spec)}`, '', ...wrap(spec.summary), ''];
  if (spec.positionals?.length) {
    lines.push('arguments:', ...columns(spec.positionals.map((p) => ({ left: p.name, right: p.description }))), '');
  }
  lines.push('options:', ...columns(flagRows(spec).map((r) => ({ left: r.flag, right: r.description }))), '');
  if (spec.notes?.length) lines.push(...spec.notes.flatMap((note) => wrap(note)), '');
  lines.push(spec.examples.length > 1 ? 'examples:' : 'example:', ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

function refusal(error: { code?: string; message: string }): string {
  const option = /'(-[^' <]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message) ? `${option} takes no value` : `${option} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim();
    default:
      return error.message.split('\n')[0];
  }
}

/** Parses `argv` by `spec`; throws UsageError (one line) for anything the spec does not allow. */
export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand & { help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, flag] of Object.entries(spec.flags)) options[name] = flag.multiple ? { type: flag.type, multiple: true } : { type: flag.type };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(refusal(error as { code?: string; message: string }));
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help) {
    const allowed = spec.positionals ?? [];
    if (positionals.length > allowed.length) throw new UsageError(`unexpected argument ${positionals[allowed.length]}`);
    const missing = allowed.slice(positionals.length).find((p) => p.required !== false);
    if (missing) throw new UsageError(`${missing.name} is required`);
    for (const [name, flag] of Object.entries(spec.flags)) {
      const value = values[name];
      if (flag.required && (value === undefined || value === '')) throw new UsageError(`--${name} ${flag.value ?? 'VALUE'} is required`);
      const given = Array.isArray(value) ? value : [value];
      if (flag.type === 'string' && given.some((v) => v === '')) throw new UsageError(`--${name} needs a value`);
    }
  }
  return {
    help,
    positionals,
    string: (name) => values[name] as string | undefined,
    strings: (name) => (values[name] as string[] | undefined) ?? [],
    flag: (name) => values[name] === true,
  };
}

/** How to ask a command for its help: `npm run sweep -- --help`, `npm run schema -- --help`. */
export function helpCommand(spec: CommandSpec): string {
  return spec.command.includes(' -- ') || spec.command.endsWith(' --') ? `${spec.command} --help` : `${spec.command} -- --help`;
}

/** The one-line refusal every command prints for a usage error. */
export function usageRefusal(spec: CommandSpec, message: string): string {
  return `${spec.command.replace(/ --$/, '')}: ${message} (${helpCommand(spec)} shows the usage)\n`;
}

/**
 * Parses, answers `--help`, refuses bad arguments with exit 2, and otherwise runs `action`. A
 * UsageError thrown by `action` (a flag value it found wrong) is refused the same way.
 */
export async function runCommand(spec: CommandSpec, argv: string[], io: CliIo, action: (args: ParsedCommand) => Promise<number>): Promise<number> {
  try {
    const args = parseCommand(spec, argv);
    if (args.help) {
      io.stdout.write(helpText(spec));
      return EXIT.ok;
    }
    return await action(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(usageRefusal(spec, error.message));
    return EXIT.usage;
  }
}

/**
 * Runs a command as the process: exits with its code, or, when it throws, with the code and
 * the one-line message of the start-up checks (2 for bad settings, one line each; 1 naming
 * the database or file otherwise; no stack). (Writes to a terminal, file or pipe are
 * synchronous on Linux, so exiting loses no output.)
 */
export function runAsProcess(main: (argv: string[], io: CliIo) => Promise<number>): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => process.exit(code),
    (error: unknown) => process.exit(reportStartupFailure(error)),
  );
}
