import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runNode, runShell, startGatewayProcess } from './support/processes';
import { scratchDatabase } from './support/harness';

/**
 * There is no container engine here, so the image is checked by running what it runs: the
 * runtime stage's tree is assembled by the same script the Dockerfile calls, then its CMD
 * and HEALTHCHECK (parsed from the Dockerfile) run there with the Dockerfile's environment.
 * The compose file is checked for what the deployment depends on.
 */

interface Stage {
  name: string;
  from: string;
  lines: string[];
}

function stages(dockerfile: string): Stage[] {
  // Joins continuation lines, drops comments.
  const logical = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const out: Stage[] = [];
  for (const line of logical) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) out.push({ from: from[1], name: from[2] ?? String(out.length), lines: [] });
    else out[out.length - 1].lines.push(line);
  }
  return out;
}

function instruction(stage: Stage, keyword: string): string[] {
  return stage.lines.filter((line) => line.toUpperCase().startsWith(`${keyword} `)).map((line) => line.slice(keyword.length + 1).trim());
}

/** ENV lines in either `K=V K2=V2` or `K V` form. */
function environment(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const value of instruction(stage, 'ENV')) {
    const pairs = [...value.matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)];
    for (const [, key, raw] of pairs) env[key] = raw.replace(/^"|"$/g, '');
  }
  return env;
}

/** An exec-form instruction (`["node", "x.js"]`) as an argument list. */
function execForm(value: string): string[] {
  const json = value.slice(value.indexOf('['));
  const parsed = JSON.parse(json);
  expect(Array.isArray(parsed)).toBe(true);
  return parsed;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const [build, runtime] = stages(dockerfile);

describe('container image', () => {
  it('is multi-stage: a build stage runs npm ci and the build, the runtime stage copies only its output', () => {
    expect(stages(dockerfile).map((stage) => stage.name)).toEqual(['build', 'runtime']);
    expect(build.from).toBe(runtime.from);
    expect(build.from).toMatch(/^node:20-/);
    const run = instruction(build, 'RUN').join(' && ');
    expect(run).toContain('npm ci');
    expect(run).toContain('npm run build');
    expect(run).toContain('npm prune --omit=dev');
    expect(run).toContain('scripts/runtime-tree.sh /out');
    expect(instruction(runtime, 'COPY')).toEqual(['--from=build /out/ ./']);
    expect(instruction(runtime, 'RUN').join(' ')).not.toMatch(/npm (ci|install)/);
  });

  it('runs as a non-root user, in UTC, with a health check on /readyz', () => {
    const [user] = instruction(runtime, 'USER');
    expect(user).toBeTruthy();
    expect(['root', '0']).not.toContain(user);
    expect(environment(runtime)).toMatchObject({ TZ: 'UTC', NODE_ENV: 'production', HOST: '0.0.0.0' });
    const [healthcheck] = instruction(runtime, 'HEALTHCHECK');
    expect(execForm(healthcheck)).toEqual(['node', 'apps/gateway/dist/healthcheck.js']);
    expect(readFileSync(join(ROOT, 'apps/gateway/src/healthcheck.ts'), 'utf8')).toContain('/readyz');
    // The SQLite volume is writable by that user.
    expect(instruction(runtime, 'RUN').join(' ')).toContain(`chown ${user}:${user} ${environment(runtime).SQLITE_PATH.replace(/\/[^/]+$/, '')}`);
  });

  it('.dockerignore keeps local builds, databases and secrets out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.git', '**/node_modules', '**/dist', 'data', '.env']) expect(ignored).toContain(entry);
  });

  it("the runtime tree serves: its CMD starts the gateway with the image's environment, HEALTHCHECK passes, SIGTERM stops it cleanly", async () => {
    const app = mkdtempSync(join(tmpdir(), 'alliance-image-'));
    try {
      const assembled = await runShell(`scripts/runtime-tree.sh ${app} --without-node-modules`, {});
      expect(assembled.stderr).toBe('');
      expect(assembled.code).toBe(0);
      symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
      // No sources in the runtime tree: the image runs compiled code only.
      expect(existsSync(join(app, 'apps/gateway/src'))).toBe(false);
      expect(existsSync(join(app, 'apps/gateway/dist/main.js'))).toBe(true);

      const port = await freePort();
      const env = { ...environment(runtime), HOST: '127.0.0.1', PORT: String(port), SQLITE_PATH: join(app, 'var', 'alliance.sqlite'), LOG_LEVEL: 'warn' };
      const [healthcheck] = instruction(runtime, 'HEALTHCHECK');
      const [probe, ...probeArgs] = execForm(healthcheck);
      expect(probe).toBe('node');

      // Before the gateway runs, the health check fails.
      expect((await runNode(probeArgs[0], probeArgs.slice(1), env, { cwd: app })).code).toBe(1);

      const [command, ...args] = execForm(instruction(runtime, 'CMD')[0]);
      expect(command).toBe('node');
      const gateway = await startGatewayProcess(env, { cwd: app, command: args });
      try {
        expect(gateway.url).toBe(`http://127.0.0.1:${port}`);
        // ALLIANCE_DEMO_DATA=false in the image: a first admin key, no demo data.
        expect(gateway.adminKey).toMatch(/^alk_/);
        const health = await runNode(probeArgs[0], probeArgs.slice(1), env, { cwd: app });
        expect(health.stderr).toBe('');
        expect(health.code).toBe(0);
      } finally {
        const stopped = await gateway.stop();
        expect(stopped.code).toBe(0);
      }
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});

describe('compose file', () => {
  // Compose resolves YAML merge keys (`<<: *gateway`), as does this parser with `merge`.
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true });
  const services = compose.services;

  it('PostgreSQL with a health check, a one-shot migrate job, then three gateway replicas that do not migrate', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'migrate', 'postgres']);
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');

    expect(services.migrate.command).toEqual(['node', 'apps/gateway/dist/cli/migrate.js']);
    expect(services.migrate.restart).toBe('no');
    expect(services.migrate.depends_on.postgres.condition).toBe('service_healthy');

    const gateway = services.gateway;
    expect(gateway.deploy.replicas).toBe(3);
    expect(gateway.command).toBeUndefined(); // the image's CMD
    expect(gateway.environment.MIGRATIONS_ON_START).toBe('false');
    expect(gateway.depends_on.migrate.condition).toBe('service_completed_successfully');
    expect(gateway.image).toBe(services.migrate.image);
    for (const service of [gateway, services.migrate]) {
      expect(service.build).toBe('.');
      expect(service.environment.DATABASE_URL).toMatch(/^postgres:\/\/alliance:\$\{POSTGRES_PASSWORD:-alliance\}@postgres:5432\/alliance$/);
      // One webhook key for every replica, given by the operator (never a value in the file).
      expect(service.environment.WEBHOOK_SECRET_KEY).toMatch(/^\$\{WEBHOOK_SECRET_KEY:\?/);
    }
  });

  it('every environment variable the compose file sets is one the gateway validates', () => {
    const { SETTINGS } = jest.requireActual('../src/config');
    for (const service of [services.gateway, services.migrate]) {
      for (const name of Object.keys(service.environment)) expect(Object.keys(SETTINGS)).toContain(name);
    }
  });

  // The migrate command lands with `npm run migrate`; once it is in the tree, run it as the job does.
  const migrateSource = join(ROOT, 'apps/gateway/src/cli/migrate.ts');
  (existsSync(migrateSource) ? it : it.skip)(
    "the migrate job's command migrates a fresh database, and a gateway that does not migrate is then ready",
    async () => {
      const scratch = await scratchDatabase(mkdtempSync(join(tmpdir(), 'alliance-migrate-')));
      try {
        const [command, ...args] = services.migrate.command as string[];
        expect(command).toBe('node');
        const migrated = await runNode(join(ROOT, args[0]), args.slice(1), scratch.env);
        expect(migrated.code).toBe(0);
        const gateway = await startGatewayProcess({ ...scratch.env, PORT: '0', MIGRATIONS_ON_START: 'false', LOG_LEVEL: 'warn' });
        try {
          expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
        } finally {
          await gateway.stop();
        }
      } finally {
        await scratch.drop();
      }
    },
  );
});
