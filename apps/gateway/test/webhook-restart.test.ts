import { runUnitOfWork } from '@alliance/kernel';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config';
import { createGateway } from '../src/server';
import { onDatabase, scratchDatabase } from './support/harness';

function startChild(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, ['-r', resolve(__dirname, 'support/ts-register.js'), resolve(__dirname, 'support/dispatch-child.ts')], {
      env: { ...process.env, ...env, TZ: 'UTC', WEBHOOK_LEASE_SECONDS: '4', HOUSEKEEPING_INTERVAL_SECONDS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.stdout.on('data', (d: Buffer) => d.toString().includes('dispatching') && ready(child));
    child.on('exit', (code) => code !== null && code !== 0 && fail(new Error(`child exited ${code}: ${err}`)));
  });
}

const until = async (test: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/**
 * NOT-1, delivery survives a restart: a gateway process killed (SIGKILL) while its webhook
 * requests are in flight; a new process delivers every event after the lease runs out, each at
 * least once, with the same event id so receivers can drop duplicates.
 */
describe(`webhook delivery across a restart on ${onDatabase}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-hooks-'));
  let env: NodeJS.ProcessEnv;
  let dropDatabase: (() => Promise<void>) | null = null;
  let server: Server;
  let holding = true;
  const held: ServerResponse[] = [];
  const seen: string[] = [];
  const delivered = new Set<string>();

  beforeAll(async () => {
    const scratch = await scratchDatabase(dir);
    env = scratch.env;
    dropDatabase = scratch.drop;
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const id = String(request.headers['alliance-event-id']);
        seen.push(id);
        if (holding) {
          held.push(response);
          return;
        }
        delivered.add(id);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });

  afterAll(async () => {
    for (const response of held) response.destroy();
    await new Promise((r) => server.close(r));
    if (dropDatabase) await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it('NOT-1: events in flight when the gateway is killed are delivered after restart, each at least once', async () => {
    // Three milestone events, queued in the outbox by the gateway that raised them.
    const setup = await createGateway({ config: loadConfig({ ...env }), logger: false });
    const ctx = setup.systemContext();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    await runUnitOfWork(ctx, () => setup.modules.notices.webhooks.createSubscription(ctx, { url, eventKinds: ['releases.*'] }));
    const product = await runUnitOfWork(ctx, () => setup.modules.releases.service.createProduct(ctx, { name: 'Restart Platform', programIds: [] }));
    const release = await runUnitOfWork(ctx, () =>
      setup.modules.releases.service.createRelease(ctx, { productId: product.id, kind: 'MAJOR' as never, version: '10.0' }),
    );
    for (const milestone of ['EARLY_ACCESS', 'BETA', 'RC']) {
      await runUnitOfWork(ctx, () =>
        setup.modules.releases.service.advanceMilestone(ctx, {
          releaseId: release.id,
          milestone: milestone as never,
          downloadUrl: 'https://downloads.example/10',
          buildType: 'RELEASE_TYPE' as never,
          announce: milestone === 'BETA',
        }),
      );
    }
    const eventIds: string[] = (await setup.dataSource.query(`SELECT "eventId" FROM ntc_webhook_delivery`)).map((r: { eventId: string }) => r.eventId);
    await setup.close();
    expect(new Set(eventIds).size).toBeGreaterThanOrEqual(3);

    // The first process claims and sends them; the receiver holds every request; kill it mid-flight.
    const first = await startChild(env);
    await until(() => seen.length >= Math.min(4, eventIds.length), 20_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(delivered.size).toBe(0);

    // A new process takes over once the claims' lease has run out and delivers everything.
    holding = false;
    const second = await startChild(env);
    try {
      await until(() => eventIds.every((id) => delivered.has(id)), 30_000);
    } finally {
      second.kill('SIGKILL');
    }
    expect([...delivered].sort()).toEqual([...new Set(eventIds)].sort());
    const redelivered = seen.filter((id, i) => seen.indexOf(id) !== i);
    expect(redelivered.length).toBeGreaterThan(0);
  });
});
