import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { onDatabase, scratchDatabase, ScratchDatabase } from './support/harness';

const run = promisify(execFile);

/** `npm run migrate`: the release step of a deployment that starts gateways with MIGRATIONS_ON_START=false. */
describe(`the migrate command on ${onDatabase}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-migrate-'));
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await scratchDatabase(dir);
  });

  afterAll(async () => {
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const migrate = () =>
    run(process.execPath, ['-r', resolve(__dirname, 'support/ts-register.js'), resolve(__dirname, '../src/cli/migrate.ts')], {
      env: { ...process.env, ...scratch.env, TZ: 'UTC' },
    });

  it('applies every migration once, then finds nothing pending', async () => {
    const first = await migrate();
    expect(first.stdout).toMatch(/^applied \d+ migration\(s\): MembershipInitial1767225600000, FeesInitial1767225600000, /);
    const second = await migrate();
    expect(second.stdout.trim()).toBe('no pending migrations');
  });
});
