import 'reflect-metadata';
import { In } from 'typeorm';
import { isId, Role, runUnitOfWork } from '@alliance/kernel';
import { Partner } from '@alliance/membership';
import type { ApiKey } from '../access/api-key.entity';
import { CliIo, CommandSpec, CREATE_FLAG, EXIT, runAsProcess, runCommand, usageLine, UsageError, wrap } from './command-line';
import { openGateway } from './open-gateway';

/** `npm run keys -- <create|list|revoke>`: mints, lists and revokes API keys in the configured database. */
export const KEYS_COMMANDS: Record<'create' | 'list' | 'revoke', CommandSpec> = {
  create: {
    command: 'npm run keys -- create',
    summary: 'mints an API key and prints its secret once (only its hash is stored)',
    flags: {
      role: { type: 'string', value: 'ROLE', required: true, description: `the key's role: ${Object.values(Role).join(', ')}` },
      name: { type: 'string', value: 'NAME', description: 'a name to recognise the key by (default: "<role> key")' },
      partner: { type: 'string', value: 'PARTNER_ID', description: 'the partner a PARTNER key is bound to (required for PARTNER keys)' },
      scope: { type: 'string', value: 'SCOPE', multiple: true, description: 'a read scope of an INTEGRATION key, such as partners:read' },
      create: CREATE_FLAG,
    },
    examples: [
      'npm run keys -- create --role ADMIN --name "ops laptop"',
      'npm run keys -- create --role INTEGRATION --scope partners:read --scope listings:read',
    ],
  },
  list: {
    command: 'npm run keys -- list',
    summary: 'lists every API key: id, name, role, partner, scopes, created, last used (to the minute) and state',
    flags: { create: CREATE_FLAG },
    notes: ['Times are UTC.'],
    examples: ['npm run keys -- list'],
  },
  revoke: {
    command: 'npm run keys -- revoke',
    summary: 'revokes an API key at once, on every gateway process',
    positionals: [{ name: 'KEY_ID', description: 'the id of the key (the first column of `npm run keys -- list`)' }],
    flags: { create: CREATE_FLAG },
    notes: ['Revoking a key that is already revoked changes nothing, says so and exits 0 (the key ends revoked either way, so scripts may repeat it).'],
    examples: ['npm run keys -- revoke 0190a6f0-0000-7000-8000-000000000000'],
  },
};

const KEYS_GROUP = 'npm run keys --';

/** `npm run keys -- --help`: the three commands with their usage. */
export function keysHelp(): string {
  const commands = Object.values(KEYS_COMMANDS);
  return [
    `usage: ${KEYS_GROUP} <create|list|revoke> [options]`,
    '',
    ...wrap('Mints, lists and revokes API keys in the database named by SQLITE_PATH or DATABASE_URL.'),
    '',
    'commands:',
    ...commands.flatMap((spec) => [`  ${usageLine(spec)}`, ...wrap(spec.summary, 73).map((line) => `      ${line}`)]),
    '',
    `Each command takes --help, e.g. ${KEYS_GROUP} create --help.`,
    '',
    'example:',
    `  ${KEYS_COMMANDS.create.examples[0]}`,
    '',
  ].join('\n');
}

/** Minute-precise UTC time for tables: `2026-03-02 09:00`. */
function minute(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : '-';
}

/** Fixed-width columns with a header line; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function keysTable(keys: ApiKey[], partnerNames: Map<string, string>, now: Date): string {
  const rows = keys.map((key) => [
    key.id,
    key.name,
    key.role,
    key.partnerId ? (partnerNames.get(key.partnerId) ?? key.partnerId) : '-',
    key.scopes.length ? key.scopes.join(',') : '-',
    minute(key.createdAt),
    minute(key.lastUsedAt),
    key.revokedAt && key.revokedAt.getTime() <= now.getTime() ? `revoked ${minute(key.revokedAt)}` : 'active',
  ]);
  return table(['ID', 'NAME', 'ROLE', 'PARTNER', 'SCOPES', 'CREATED', 'LAST USED', 'STATE'], rows);
}

export async function keysMain(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    if (name === undefined) {
      io.stderr.write(`${KEYS_GROUP}: a command is required: create, list or revoke (${KEYS_GROUP} --help shows the usage)\n`);
      return EXIT.usage;
    }
    io.stdout.write(keysHelp());
    return EXIT.ok;
  }
  if (!(name in KEYS_COMMANDS)) {
    io.stderr.write(`${KEYS_GROUP}: unknown command ${name}: use create, list or revoke (${KEYS_GROUP} --help shows the usage)\n`);
    return EXIT.usage;
  }
  const spec = KEYS_COMMANDS[name as keyof typeof KEYS_COMMANDS];
  return runCommand(spec, rest, io, async (args) => {
    let role: Role | undefined;
    if (spec === KEYS_COMMANDS.create) {
      role = args.string('role') as Role;
      if (!Object.values(Role).includes(role)) throw new UsageError(`--role must be one of ${Object.values(Role).join(', ')}`);
    }
    const gateway = await openGateway(io, { create: args.flag('create') });
    const ctx = gateway.systemContext('keys');
    const keys = gateway.modules.access.keys;
    try {
      if (spec === KEYS_COMMANDS.create) {
        const { key, secret } = await runUnitOfWork(ctx, () =>
          keys.mint(ctx, {
            name: args.string('name') ?? `${(role as Role).toLowerCase()} key`,
            role: role as Role,
            partnerId: args.string('partner') ?? null,
            scopes: args.strings('scope'),
          }),
        );
        io.stdout.write(
          `id:      ${key.id}\nname:    ${key.name}\nrole:    ${key.role}\n${key.partnerId ? `partner: ${key.partnerId}\n` : ''}${key.scopes.length ? `scopes:  ${key.scopes.join(' ')}\n` : ''}key:     ${secret}\n(shown once: only its hash is stored)\n`,
        );
        return EXIT.ok;
      }
      if (spec === KEYS_COMMANDS.list) {
        const all = await runUnitOfWork(ctx, () => keys.list(ctx));
        const partnerIds = [...new Set(all.map((k) => k.partnerId).filter((id): id is string => id !== null))];
        const partners = partnerIds.length ? await runUnitOfWork(ctx, (em) => em.findBy(Partner, { id: In(partnerIds) })) : [];
        io.stdout.write(
          all.length
            ? keysTable(all, new Map(partners.map((p) => [p.id, p.name])), ctx.now())
            : 'no API keys yet (npm run keys -- create --role ADMIN makes one)\n',
        );
        return EXIT.ok;
      }
      const [id] = args.positionals;
      if (!isId(id)) {
        io.stderr.write(`error: API_KEY_NOT_FOUND: no API key ${id} (a key id looks like 0190a6f0-0000-7000-8000-000000000000)\n`);
        return EXIT.failed;
      }
      const outcome = await runUnitOfWork(ctx, async () => {
        const before = await keys.get(ctx, id).catch(() => null);
        if (before?.revokedAt) return { key: before, already: true };
        return { key: await keys.revoke(ctx, id), already: false };
      });
      io.stdout.write(
        outcome.already
          ? `${outcome.key.id} (${outcome.key.name}) was already revoked on ${minute(outcome.key.revokedAt)} UTC; nothing changed\n`
          : `revoked ${outcome.key.id} (${outcome.key.name}): it stops working at once\n`,
      );
      return EXIT.ok;
    } catch (error) {
      const code = (error as { code?: string }).code;
      io.stderr.write(`error: ${code ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failed;
    } finally {
      await gateway.close();
    }
  });
}

if (require.main === module) runAsProcess(keysMain);
