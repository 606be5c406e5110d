import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock, runUnitOfWork } from '@alliance/kernel';
import { NetworkMembershipKind } from '@alliance/membership';
import { BusinessModelKind, ImportProgress } from '@alliance/partner-connect';
import { loadConfig } from '../src/config';
import { importBookingsMain, progressBar } from '../src/cli/import-bookings';
import { keysMain } from '../src/cli/keys';
import { sweepMain } from '../src/cli/sweep';
import { createGateway, Gateway } from '../src/server';
import { captureIo } from './support/cli-io';
import { onDatabase, scratchDatabase } from './support/harness';

// Every command opens its own gateway on the database, as `npm run` does.

const HEADER = 'bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes';

describe(`commands against a database on ${onDatabase}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-cli-'));
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;
  let partnerId: string;
  let partnerName: string;

  /** A gateway on the same database, with its own clock (to use a key at a known instant). */
  async function gatewayAt(instant: string): Promise<Gateway> {
    return createGateway({ config: loadConfig({ ...env, ALLIANCE_DEMO_DATA: 'false' }), clock: new FixedClock(instant), logger: false });
  }

  async function run(main: typeof keysMain, argv: string[]) {
    const io = captureIo({ ...env, ALLIANCE_DEMO_DATA: 'false' });
    const code = await main(argv, io);
    return { code, out: io.stdoutText(), err: io.stderrText() };
  }

  beforeAll(async () => {
    const scratch = await scratchDatabase(dir);
    env = scratch.env;
    drop = scratch.drop;
    const gateway = await gatewayAt('2026-03-02T09:00:00.000Z');
    const ctx = gateway.systemContext();
    const { membership, partnerConnect } = gateway.modules;
    await runUnitOfWork(ctx, async () => {
      const partner = await membership.partners.create(ctx, { name: 'Command Line Partner', joinedOn: '2020-01-01' });
      await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TAP, {
        partnerId: partner.id,
        startsAt: new Date('2020-01-01T00:00:00Z'),
        endsAt: new Date('2030-01-01T00:00:00Z'),
      });
      await partnerConnect.services.participants.joinBusinessModel(ctx, { partnerId: partner.id, model: BusinessModelKind.SOLUTION_RESELLER });
      partnerId = partner.id;
      partnerName = partner.name;
    });
    await gateway.close();
  });

  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keys: create, then list as a table with a header, the partner by name, scopes, created, last used and state', async () => {
    const admin = await run(keysMain, ['create', '--role', 'ADMIN', '--name', 'ops laptop']);
    expect(admin.code).toBe(0);
    const adminId = /^id: +(\S+)$/m.exec(admin.out)?.[1] as string;
    const secret = /^key: +(alk_\S+)$/m.exec(admin.out)?.[1] as string;
    expect(admin.out).toContain('(shown once: only its hash is stored)');
    expect((await run(keysMain, ['create', '--role', 'PARTNER', '--partner', partnerId, '--name', 'partner portal'])).code).toBe(0);
    expect((await run(keysMain, ['create', '--role', 'INTEGRATION', '--scope', 'partners:read', '--scope', 'listings:read'])).code).toBe(0);

    // The admin key authenticates a request at a known instant: that is its last use.
    const gateway = await gatewayAt('2026-11-30T08:15:42.000Z');
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      payload: { query: '{ viewer { name } }' },
    });
    expect(response.json()).toEqual({ data: { viewer: { name: 'ops laptop' } } });
    await gateway.close();

    const list = await run(keysMain, ['list']);
    expect(list.code).toBe(0);
    const [header, ...rows] = list.out.trimEnd().split('\n');
    expect(header.split(/ {2,}/)).toEqual(['ID', 'NAME', 'ROLE', 'PARTNER', 'SCOPES', 'CREATED', 'LAST USED', 'STATE']);
    const cells = rows.map((r) => r.split(/ {2,}/));
    expect(cells.map((c) => [c[1], c[2], c[3], c[4], c[6], c[7]])).toEqual([
      ['ops laptop', 'ADMIN', '-', '-', '2026-11-30 08:15', 'active'],
      ['partner portal', 'PARTNER', partnerName, '-', '-', 'active'],
      ['integration key', 'INTEGRATION', '-', 'listings:read,partners:read', '-', 'active'],
    ]);
    expect(cells[0][0]).toBe(adminId);
    for (const c of cells) expect(c[5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Columns line up: every row's cells start where the header's do.
    const starts = (line: string) => [...line.matchAll(/(?:^| {2})(\S)/g)].map((m) => (m.index ?? 0) + m[0].length - 1);
    for (const row of rows) expect(starts(row)).toEqual(starts(header));
  });

  it('keys: revoking twice says the second time that the key was already revoked, changes nothing and exits 0; an unknown id exits 1', async () => {
    const created = await run(keysMain, ['create', '--role', 'SUPPORT_ENGINEER', '--name', 'leaver']);
    const id = /^id: +(\S+)$/m.exec(created.out)?.[1] as string;
    const first = await run(keysMain, ['revoke', id]);
    expect([first.code, first.out]).toEqual([0, `revoked ${id} (leaver): it stops working at once\n`]);
    const listed = (await run(keysMain, ['list'])).out.split('\n').find((l) => l.startsWith(id)) as string;
    const revokedAt = /revoked (\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/.exec(listed)?.[1];
    expect(revokedAt).toBeDefined();
    const second = await run(keysMain, ['revoke', id]);
    expect([second.code, second.out, second.err]).toEqual([0, `${id} (leaver) was already revoked on ${revokedAt} UTC; nothing changed\n`, '']);
    expect((await run(keysMain, ['list'])).out.split('\n').find((l) => l.startsWith(id))).toBe(listed);

    const unknown = await run(keysMain, ['revoke', '0190a6f0-0000-7000-8000-000000000000']);
    expect([unknown.code, unknown.out, unknown.err]).toEqual([1, '', 'error: API_KEY_NOT_FOUND: no API key 0190a6f0-0000-7000-8000-000000000000\n']);
    const malformed = await run(keysMain, ['revoke', 'not-an-id']);
    expect([malformed.code, malformed.err]).toEqual([1, expect.stringMatching(/^error: API_KEY_NOT_FOUND: no API key not-an-id /)]);
  });

  it('keys: a rule the key breaks is reported with its code and exits 1, and no key is made', async () => {
    const before = (await run(keysMain, ['list'])).out;
    const refused = await run(keysMain, ['create', '--role', 'PARTNER']);
    expect([refused.code, refused.err]).toEqual([1, 'error: PARTNER_REQUIRED: a PARTNER key must be bound to a partner\n']);
    expect((await run(keysMain, ['list'])).out).toBe(before);
  });

  it('NOT-1: sweep records due notices, and refuses an instant ahead of the clock with its code and exit 1', async () => {
    const swept = await run(sweepMain, []);
    expect([swept.code, swept.out]).toEqual([0, expect.stringMatching(/^\d+ notice\(s\) recorded, \d+ expiry\(ies\) recorded\n$/)]);
    const ahead = await run(sweepMain, ['--at', '2999-01-01T00:00:00Z']);
    expect([ahead.code, ahead.err]).toEqual([1, expect.stringMatching(/^error: NOTICE_SWEEP_IN_FUTURE: /)]);
  });

  it('PC-2: import-bookings reports every bad row of a rejected chunk with its line, imports the other chunks and exits 1; a re-run adds nothing', async () => {
    const row = (id: string, tcv = '100000', types = 'SAAS') => `${id},${partnerId},CUST,OPP-${id},VCF,${tcv},USD,2026-03-02T10:00:00.000Z,${types}`;
    const file = join(dir, 'bookings.csv');
    writeFileSync(
      file,
      `${[HEADER, row('CLI-1'), `CLI-2,${partnerId},"ACME`, `Europe",OPP-2,VCF,100000,USD,2026-03-02T10:00:00.000Z,SAAS`, row('CLI-3', 'x'), 'CLI-4,short', row('CLI-5', '1', 'BARTER'), row('CLI-6')].join('\n')}\n`,
    );
    const first = await run(importBookingsMain, [file, '--chunk-size', '2']);
    expect(first.code).toBe(1);
    const lines = first.err.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('line '))).toEqual([
      'line 5: tcvMinor: BOOKING_INVALID: tcvMinor must be a whole number of cents, zero or more',
      'line 6: line: BOOKING_INVALID: expected 9 fields (as in the header), found 2',
      'line 7: bookingTypes: BOOKING_TYPE_UNKNOWN: PC-3: unknown booking type BARTER; known: SUBSCRIPTION, SAAS, NEW_LOGO, STRATEGIC_SOLUTION, PERPETUAL_LICENSE, SNS_RENEWAL',
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^2 bookings recorded, 0 already recorded, 2 chunk\(s\) rejected in [\d.]+ s \(\d+ rows\/s\)$/));
    // Not a terminal: one progress line per chunk, none wider than 79 columns.
    const progress = lines.filter((l) => l.startsWith('['));
    expect(progress).toHaveLength(3);
    for (const line of progress) expect(line.length).toBeLessThanOrEqual(79);

    const again = await run(importBookingsMain, [file, '--chunk-size', '2']);
    expect(again.err).toMatch(/^0 bookings recorded, 2 already recorded, 2 chunk\(s\) rejected/m);
  });

  it('PC-2: import-bookings reads a file of any name with --format, and refuses an unknown extension without it (exit 2, nothing read)', async () => {
    const json = JSON.stringify({
      bookingId: 'CLI-J1',
      partnerId,
      customerId: 'C',
      opportunityId: 'O',
      solution: 'S',
      tcvMinor: 250,
      bookedAt: '2026-03-02T10:00:00.000Z',
      bookingTypes: [],
    });
    const file = join(dir, 'export.txt');
    writeFileSync(file, `${json}\n`);
    const refused = await run(importBookingsMain, [file]);
    expect([refused.code, refused.err]).toEqual([
      2,
      `npm run import-bookings: cannot tell the format of ${file} from its name: use a .csv, .jsonl, .ndjson file, or give --format csv|jsonl (npm run import-bookings -- --help shows the usage)\n`,
    ]);
    const imported = await run(importBookingsMain, [file, '--format', 'jsonl']);
    expect([imported.code, imported.err]).toEqual([
      0,
      expect.stringMatching(/^\[#+\] 100% {2}1 rows {2}0 chunks rejected {2}\d[\d,]* rows\/s\n1 bookings recorded, 0 already recorded, 0 chunk\(s\) rejected/),
    ]);
  });

  it('PC-2: on an 80-column terminal the progress line is redrawn in place and never wraps, even with large counts', async () => {
    const big: ImportProgress = {
      linesRead: 12_345_678,
      rowsRead: 12_345_677,
      bytesRead: 512,
      totalBytes: 1024,
      recorded: 12_000_000,
      duplicates: 345_677,
      failedChunks: 1234,
    };
    for (const columns of [80, 70, 40]) {
      const line = progressBar(big, 1_000, columns);
      expect(line.length).toBeLessThanOrEqual(columns - 1);
      if (columns >= 70) expect(line).toContain('12,345,677 rows/s');
    }
    expect(progressBar(big, 1_000, 80)).toBe('[#######......]  50%  12,345,677 rows  1,234 chunks rejected  12,345,677 rows/s');
    expect(progressBar({ ...big, rowsRead: 500_000, bytesRead: 1024, failedChunks: 0 }, 100_000)).toBe(
      '[#########################] 100%  500,000 rows  0 chunks rejected  5,000 rows/s',
    );

    const file = join(dir, 'tty.csv');
    writeFileSync(file, `${HEADER}\n${Array.from({ length: 3 }, (_, i) => `CLI-T${i},${partnerId},C,O${i},S,100,USD,2026-03-02T10:00:00.000Z,`).join('\n')}\n`);
    const io = captureIo({ ...env, ALLIANCE_DEMO_DATA: 'false' }, { isTTY: true, columns: 80 });
    expect(await importBookingsMain([file, '--chunk-size', '1'], io)).toBe(0);
    const drawn = io.stderrText().split('\n')[0].split('\r').filter(Boolean);
    expect(drawn).toHaveLength(3);
    for (const frame of drawn) expect(frame.replace('\x1b[K', '').length).toBeLessThanOrEqual(79);
  });
});
