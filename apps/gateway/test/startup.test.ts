import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliScript, lines, looksLikeStack, MAIN, runNode, startGatewayProcess } from './support/processes';

/**
 * The built gateway (`node apps/gateway/dist/main.js`, as `npm start` runs it) and its
 * commands, started as an operator would, with bad settings, a bad database, a taken port
 * and no database yet. Each checks the exit code and that the output is one line per
 * problem, never a stack trace.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-startup-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on (bound, read, released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function occupy(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function graphql(url: string, key: string, query: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('gateway start-up: bad settings', () => {
  it.each([
    [{ PORT: 'abc' }, ['PORT="abc"']],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, ['RATE_LIMIT_PER_MINUTE="-1"']],
    [{ PORT: '99999' }, ['PORT="99999"']],
    [{ PORT: '4318.0' }, ['PORT="4318.0"']],
    [{ DATABASE_URL: 'not-a-url' }, ['DATABASE_URL="not-a-url"']],
    [{ DATABASE_URL: 'mysql://app:hunter2@db/alliance' }, ['DATABASE_URL="mysql://app:***@db/alliance"']],
    [{ LOG_LEVEL: 'verbose' }, ['LOG_LEVEL="verbose"']],
    [{ ALLIANCE_INTROSPECTION: 'maybe' }, ['ALLIANCE_INTROSPECTION="maybe"']],
    [{ WORKERS: 'many' }, ['WORKERS="many"']],
    [{ SQLITE_PATH: '/proc/alliance/alliance.sqlite' }, ['SQLITE_PATH="/proc/alliance/alliance.sqlite"']],
    [{ PORT: 'abc', LOG_LEVEL: 'verbose', ALLIANCE_DEMO_DATA: 'sometimes' }, ['PORT="abc"', 'ALLIANCE_DEMO_DATA="sometimes"', 'LOG_LEVEL="verbose"']],
  ])('%j exits 2 with one line per bad value, naming it, and no stack trace', async (env, named) => {
    const result = await runNode(MAIN, [], { SQLITE_PATH: join(dir, 'never.sqlite'), ...env }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const output = lines(result.stderr);
    expect(output).toHaveLength(named.length);
    output.forEach((line, index) => expect(line).toMatch(new RegExp(`^invalid ${named[index].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: expected `)));
    expect(looksLikeStack(result.stderr)).toBe(false);
    expect(result.stderr).not.toContain('hunter2');
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false);
  });
});

describe('gateway start-up: a database that cannot be used is named', () => {
  it('an unreachable PostgreSQL server: exit 1, one line naming DATABASE_URL without its password', async () => {
    const port = await closedPort();
    const result = await runNode(MAIN, [], {
      DATABASE_URL: `postgres://alliance:hunter2@127.0.0.1:${port}/alliance`,
      WEBHOOK_SECRET_KEY: 'k'.repeat(32),
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `DATABASE_URL=postgres://alliance:***@127.0.0.1:${port}/alliance: cannot reach the database (connect ECONNREFUSED 127.0.0.1:${port})`,
    ]);
    expect(result.stderr).not.toContain('hunter2');
    expect(looksLikeStack(result.stderr)).toBe(false);
  });

  it('a file that is not an SQLite database: exit 1, one line naming the path; the file is left alone', async () => {
    const path = join(dir, 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database\n');
    const result = await runNode(MAIN, [], { SQLITE_PATH: path, PORT: '0' });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`SQLITE_PATH=${path}: the file is not an SQLite database; move it away or point SQLITE_PATH at another file`]);
    expect(looksLikeStack(result.stderr)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n');
  });

  it('WORKERS=2 and a file that is not an SQLite database: the first worker names the path, no other starts, the primary exits 1', async () => {
    const path = join(dir, 'notes-workers.sqlite');
    writeFileSync(path, 'these are my notes, not a database\n');
    const result = await runNode(MAIN, [], { SQLITE_PATH: path, PORT: '0', WORKERS: '2' });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`SQLITE_PATH=${path}: the file is not an SQLite database; move it away or point SQLITE_PATH at another file`]);
    expect(result.stdout.match(/a gateway worker failed to start/g)).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n');
  });

  it('SQLITE_PATH under /proc is refused at once instead of hanging', async () => {
    const result = await runNode(MAIN, [], { SQLITE_PATH: '/proc/alliance/data/alliance.sqlite', PORT: '0' }, { timeoutMs: 60_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'invalid SQLITE_PATH="/proc/alliance/data/alliance.sqlite": expected a usable file path: /proc is a virtual filesystem, not a place for a database file',
    ]);
  });
});

describe('gateway start-up: the port is bound before anything is written', () => {
  it('with the port taken it names HOST and PORT and writes nothing; the next start loads the demo data and shows the key', async () => {
    const path = join(dir, 'first', 'alliance.sqlite');
    const { server, port } = await occupy();
    try {
      const refused = await runNode(MAIN, [], { SQLITE_PATH: path, HOST: '127.0.0.1', PORT: String(port) });
      expect(refused.code).toBe(1);
      expect(lines(refused.stderr)).toEqual([
        `HOST=127.0.0.1 PORT=${port}: the address is already in use (another process listens there); stop it or choose another PORT`,
      ]);
      expect(refused.stdout).not.toContain('alk_');
      expect(existsSync(join(dir, 'first'))).toBe(false);
      // With WORKERS the primary checks the port before any worker starts.
      const refusedByPrimary = await runNode(MAIN, [], { SQLITE_PATH: path, HOST: '127.0.0.1', PORT: String(port), WORKERS: '2' });
      expect(refusedByPrimary.code).toBe(1);
      expect(lines(refusedByPrimary.stderr)).toEqual(lines(refused.stderr));
      expect(existsSync(join(dir, 'first'))).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    const gateway = await startGatewayProcess({ SQLITE_PATH: path, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' });
    try {
      expect(gateway.url).toBe(`http://127.0.0.1:${port}`);
      expect(gateway.adminKey).toMatch(/^alk_/);
      const data = await graphql(gateway.url, gateway.adminKey!, '{ partners(first: 10) { edges { node { id name } } } }');
      expect(data.data.partners.edges).toHaveLength(5);
    } finally {
      const stopped = await gateway.stop();
      expect(stopped.code).toBe(0);
    }

    // A later start finds the database in use: no second demo load, no new key.
    const again = await startGatewayProcess({ SQLITE_PATH: path, PORT: '0', LOG_LEVEL: 'warn' });
    try {
      expect(again.adminKey).toBeNull();
      expect(again.stdout()).toContain('Mint a key with: npm run keys -- create --role ADMIN');
    } finally {
      await again.stop();
    }
  });
});

describe('gateway start-up: requests while it starts', () => {
  it('a health check that arrives while the gateway starts is answered 503 at once, and the start completes', async () => {
    const path = join(dir, 'probed', 'alliance.sqlite');
    const { server, port } = await occupy();
    await new Promise((resolve) => server.close(resolve));
    // Probe from the moment the process is spawned until it serves; a probe the starting
    // gateway held open would keep it from ever finishing its start.
    const statuses: number[] = [];
    let serving = false;
    const probing = (async () => {
      while (!serving) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          statuses.push(response.status);
          await response.body?.cancel();
          if (response.status === 200) serving = true;
        } catch {
          // Not listening yet.
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const gateway = await startGatewayProcess({ SQLITE_PATH: path, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' });
    try {
      await probing;
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.every((status) => status === 503 || status === 200)).toBe(true);
    } finally {
      serving = true;
      await gateway.stop();
    }
  });
});

describe('commands: the same checks, and no database made by accident', () => {
  it.each([
    ['keys', ['list']],
    ['sweep', []],
    ['import-bookings', ['bookings.csv']],
  ])('npm run %s before the first start says there is no database and how to make one; creates nothing', async (name, args) => {
    const path = join(dir, `none-${name}`, 'alliance.sqlite');
    // The file to import exists: the command gets as far as the database.
    writeFileSync(join(dir, 'bookings.csv'), 'bookingId,partnerId\n');
    const result = await runNode(cliScript(name), args, { SQLITE_PATH: path }, { cwd: dir });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `SQLITE_PATH=${path}: no database there yet. Start the gateway once with \`npm start\` (it creates the database with the demo data and an admin key), or pass --create to create an empty one`,
    ]);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(dir, `none-${name}`))).toBe(false);
  });

  it('keys --create makes an empty database and a key; the gateway then loads no demo data over it', async () => {
    const path = join(dir, 'created', 'alliance.sqlite');
    const created = await runNode(cliScript('keys'), ['create', '--role', 'ADMIN', '--name', 'ops', '--create'], { SQLITE_PATH: path });
    expect(created.code).toBe(0);
    expect(created.stderr).toBe(`creating an empty database at ${path}\n`);
    const key = /key:\s+(alk_\S+)/.exec(created.stdout)?.[1];
    expect(key).toBeTruthy();
    expect((await runNode(cliScript('sweep'), [], { SQLITE_PATH: path })).code).toBe(0);

    const gateway = await startGatewayProcess({ SQLITE_PATH: path, PORT: '0', LOG_LEVEL: 'warn' });
    try {
      expect(gateway.adminKey).toBeNull();
      const data = await graphql(gateway.url, key!, '{ partners(first: 10) { edges { node { id } } } }');
      expect(data.data.partners.edges).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });

  it('keys on an unreachable PostgreSQL server: one line naming DATABASE_URL, exit 1, no unhandled rejection', async () => {
    const port = await closedPort();
    const result = await runNode(cliScript('keys'), ['list'], {
      DATABASE_URL: `postgresql://ops:hunter2@127.0.0.1:${port}/alliance`,
      WEBHOOK_SECRET_KEY: 'k'.repeat(32),
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `DATABASE_URL=postgresql://ops:***@127.0.0.1:${port}/alliance: cannot reach the database (connect ECONNREFUSED 127.0.0.1:${port})`,
    ]);
    expect(looksLikeStack(result.stderr)).toBe(false);
  });

  it('the commands validate the configuration like the gateway: exit 2, one line per bad value', async () => {
    writeFileSync(join(dir, 'x.csv'), 'bookingId,partnerId\n');
    for (const name of ['keys', 'sweep', 'import-bookings']) {
      const result = await runNode(
        cliScript(name),
        name === 'keys' ? ['list'] : name === 'import-bookings' ? ['x.csv'] : [],
        { LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db/x' },
        { cwd: dir },
      );
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toEqual([
        expect.stringMatching(/^invalid DATABASE_URL="mysql:\/\/db\/x"/),
        expect.stringMatching(/^invalid LOG_LEVEL="loud"/),
      ]);
    }
  });
});
