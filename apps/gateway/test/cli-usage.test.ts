import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliIo, CommandSpec, flagRows, parseCommand, usageLine } from '../src/cli/command-line';
import { GENERATE_MIGRATION_COMMAND, generateMigrationMain } from '../src/cli/generate-migration';
import { IMPORT_BOOKINGS_COMMAND, importBookingsMain } from '../src/cli/import-bookings';
import { KEYS_COMMANDS, keysMain } from '../src/cli/keys';
import { MIGRATE_COMMAND, migrateMain } from '../src/cli/migrate';
import { SCHEMA_COMMAND, schemaMain } from '../src/cli/schema';
import { SCHEMA_CHECK_COMMAND, schemaCheckMain } from '../src/cli/schema-check';
import { SWEEP_COMMAND, sweepMain } from '../src/cli/sweep';
import { captureIo } from './support/cli-io';

const ROOT = resolve(__dirname, '..', '..', '..');
type Main = (argv: string[], io: CliIo) => Promise<number>;

/** Every command a person runs, with the argv prefix that selects it. */
const COMMANDS: { spec: CommandSpec; main: Main; prefix: string[] }[] = [
  { spec: KEYS_COMMANDS.create, main: keysMain, prefix: ['create'] },
  { spec: KEYS_COMMANDS.list, main: keysMain, prefix: ['list'] },
  { spec: KEYS_COMMANDS.revoke, main: keysMain, prefix: ['revoke'] },
  { spec: SWEEP_COMMAND, main: sweepMain, prefix: [] },
  { spec: IMPORT_BOOKINGS_COMMAND, main: importBookingsMain, prefix: [] },
  { spec: MIGRATE_COMMAND, main: migrateMain, prefix: [] },
  { spec: SCHEMA_COMMAND, main: schemaMain, prefix: [] },
  { spec: SCHEMA_CHECK_COMMAND, main: schemaCheckMain, prefix: [] },
  { spec: GENERATE_MIGRATION_COMMAND, main: generateMigrationMain, prefix: [] },
];

/** The cells of the markdown table rows of a README section (`\|` unescaped). */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => /^\|.*\|$/.test(line.trim()) && !/^\|[-:| ]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" section`);
  const next = markdown.slice(start + heading.length).search(/\n#{1,3} /);
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + heading.length + next);
}

/** Splits a shell command line as the shell would for these simple examples (quotes, no escapes). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/(<[^>]*>)|"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => (m[1] ? 'x' : (m[2] ?? m[3] ?? m[4])));
}

describe('commands: one argument parser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-cli-usage-'));
  // A database path that must never be created: usage errors and --help open nothing.
  const untouched = join(dir, 'never.sqlite');
  const env = { DATABASE_URL: '', SQLITE_PATH: untouched, ALLIANCE_DEMO_DATA: 'false' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(COMMANDS.map((c) => [usageLine(c.spec), c] as const))(
    '%s --help prints the usage, every flag and an example, and opens nothing',
    async (_usage, { spec, main, prefix }) => {
      const io = captureIo(env);
      expect(await main([...prefix, '--help'], io)).toBe(0);
      const help = io.stdoutText();
      expect(help.startsWith(`usage: ${usageLine(spec)}\n`)).toBe(true);
      // Wrapped to 80 columns: compare with the line breaks and indents folded into single spaces.
      const flat = help.replace(/\s+/g, ' ');
      expect(flat).toContain(` ${spec.summary} `);
      for (const row of flagRows(spec)) expect(flat).toContain(` ${row.flag} ${row.description} `);
      for (const line of help.split('\n').filter((l) => !l.startsWith('usage: ') && !/^ {2}\S*npm run|^ {2}MIGRATIONS_DATABASE_URL=/.test(l)))
        expect(line.length).toBeLessThanOrEqual(79);
      expect(help).toMatch(/\nexamples?:\n  .*npm run /);
      expect(io.stderrText()).toBe('');
      expect(existsSync(untouched)).toBe(false);
    },
  );

  it('npm run keys -- --help lists the three commands with their usage', async () => {
    const io = captureIo(env);
    expect(await keysMain(['--help'], io)).toBe(0);
    const flat = io.stdoutText().replace(/\s+/g, ' ');
    for (const spec of Object.values(KEYS_COMMANDS)) expect(flat).toContain(` ${usageLine(spec)} ${spec.summary} `);
  });

  const refused: [string, Main, string[], string][] = [
    ['keys', keysMain, [], 'npm run keys --: a command is required: create, list or revoke'],
    ['keys', keysMain, ['frobnicate'], 'npm run keys --: unknown command frobnicate: use create, list or revoke'],
    ['keys', keysMain, ['create', '--rol', 'ADMIN'], 'npm run keys -- create: unknown option --rol'],
    ['keys', keysMain, ['create', '--role'], 'npm run keys -- create: --role needs a value'],
    ['keys', keysMain, ['create', '--role', '--name', 'x'], 'npm run keys -- create: --role needs a value'],
    ['keys', keysMain, ['create', '--name', 'x'], 'npm run keys -- create: --role ROLE is required'],
    ['keys', keysMain, ['create', '--role', 'ROOT'], 'npm run keys -- create: --role must be one of ADMIN'],
    ['keys', keysMain, ['create', '--role', 'ADMIN', 'extra'], 'npm run keys -- create: unexpected argument extra'],
    ['keys', keysMain, ['list', '--all'], 'npm run keys -- list: unknown option --all'],
    ['keys', keysMain, ['revoke'], 'npm run keys -- revoke: KEY_ID is required'],
    ['keys', keysMain, ['revoke', '--create=yes', 'x'], 'npm run keys -- revoke: --create takes no value'],
    ['sweep', sweepMain, ['--at'], 'npm run sweep: --at needs a value'],
    ['sweep', sweepMain, ['--at', 'yesterday'], 'npm run sweep: --at must be an ISO-8601 instant such as 2026-06-01T00:00:00Z, got "yesterday"'],
    ['sweep', sweepMain, ['--dry-run'], 'npm run sweep: unknown option --dry-run'],
    ['import-bookings', importBookingsMain, [], 'npm run import-bookings: FILE is required'],
    ['import-bookings', importBookingsMain, ['--file', 'b.csv'], 'npm run import-bookings: unknown option --file'],
    [
      'import-bookings',
      importBookingsMain,
      ['b.csv', '--chunk-size', '0'],
      'npm run import-bookings: --chunk-size must be a whole number of rows, 1 or more, got "0"',
    ],
    ['import-bookings', importBookingsMain, ['b.csv', '--format', 'xml'], 'npm run import-bookings: --format must be csv or jsonl, got "xml"'],
    [
      'import-bookings',
      importBookingsMain,
      ['bookings.txt'],
      'npm run import-bookings: cannot tell the format of bookings.txt from its name: use a .csv, .jsonl, .ndjson file, or give --format csv|jsonl',
    ],
    ['schema', schemaMain, ['--check'], 'npm run schema: unknown option --check'],
    ['schema', schemaMain, ['now'], 'npm run schema: unexpected argument now'],
    ['migrations:generate', generateMigrationMain, [], 'npm run migrations:generate: NAME is required'],
    ['migrations:generate', generateMigrationMain, ['Add_Column'], 'npm run migrations:generate: NAME must be kebab-case'],
  ];

  it.each(refused)('%s %j is refused with one line on stderr and exit code 2, before anything is opened', async (_name, main, argv, message) => {
    const io = captureIo(env);
    expect(await main(argv, io)).toBe(2);
    const text = io.stderrText();
    expect(text.startsWith(message)).toBe(true);
    expect(text).toMatch(/ shows the usage\)\n$/);
    expect(text.split('\n')).toHaveLength(2);
    expect(io.stdoutText()).toBe('');
    expect(existsSync(untouched)).toBe(false);
  });

  it('a command run as a process exits 2 on an unknown flag, printing one line', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', resolve(__dirname, 'support/ts-register.js'), resolve(__dirname, '../src/cli/sweep.ts'), '--at', '2026-01-01T00:00:00Z', '--bogus'],
      {
        env: { ...process.env, ...env, TZ: 'UTC' },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('npm run sweep: unknown option --bogus (npm run sweep -- --help shows the usage)\n');
    expect(existsSync(untouched)).toBe(false);
  });

  it('the README command table shows exactly the usage line and summary each --help prints', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = tableRows(section(readme, '### Commands'));
    const ours = rows.filter(([command]) => /^`npm run (keys|sweep|import-bookings|migrate|schema|migrations:generate)\b/.test(command));
    expect(ours).toEqual(COMMANDS.map(({ spec }) => [`\`${usageLine(spec)}\``, spec.summary]));
  });

  it("the partner-connect README's importer section shows the real command and every flag --help prints", () => {
    const readme = readFileSync(join(ROOT, 'packages', 'partner-connect', 'README.md'), 'utf8');
    const importer = section(readme, '### Importing a file');
    expect(importer).toContain(`\`${usageLine(IMPORT_BOOKINGS_COMMAND)}\``);
    expect(tableRows(importer).slice(1)).toEqual(flagRows(IMPORT_BOOKINGS_COMMAND).map((r) => [`\`${r.flag}\``, r.description]));
    expect(readme).not.toMatch(/--file|--db\b|--create-tables/);
  });

  it('every example, in the READMEs and in --help, parses with its command (no unknown flag, no missing value)', () => {
    const examples: { where: string; line: string }[] = COMMANDS.flatMap(({ spec }) => spec.examples.map((line) => ({ where: spec.command, line })));
    for (const file of ['README.md', 'apps/gateway/README.md', 'packages/partner-connect/README.md']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
        for (const line of block[1].split('\n'))
          if (/^npm run (keys|sweep|import-bookings|schema|migrations:generate)\b/.test(line)) examples.push({ where: file, line });
      }
    }
    expect(examples.filter((e) => e.where.endsWith('.md')).length).toBeGreaterThan(4);
    for (const { where, line } of examples) {
      const words = shellWords(line.replace(/^.*?npm run /, 'npm run ').replace(/\s+#.*$/, ''));
      const [, , name, ...rest] = words;
      const argv = rest[0] === '--' ? rest.slice(1) : rest;
      const entry =
        name === 'keys'
          ? COMMANDS.find((c) => c.spec.command === `npm run keys -- ${argv[0]}`)
          : COMMANDS.find((c) => c.spec.command.replace(/ --$/, '') === `npm run ${name}`);
      expect({ where, line, known: Boolean(entry) }).toEqual({ where, line, known: true });
      const args = name === 'keys' ? argv.slice(1) : argv;
      let refusal = '';
      try {
        parseCommand((entry as (typeof COMMANDS)[number]).spec, args);
      } catch (error) {
        refusal = (error as Error).message;
      }
      expect({ where, line, refusal }).toEqual({ where, line, refusal: '' });
    }
  });

  it('PC-2: a missing bookings file is refused with its path, before the database is opened', async () => {
    const io = captureIo(env);
    expect(await importBookingsMain([join(dir, 'missing.csv')], io)).toBe(1);
    expect(io.stderrText()).toBe(`error: no such file: ${join(dir, 'missing.csv')}\n`);
    expect(existsSync(untouched)).toBe(false);
  });
});
