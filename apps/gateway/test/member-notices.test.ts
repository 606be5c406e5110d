import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { FixedClock, Role } from '@alliance/kernel';
import { verifySignature } from '@alliance/notices';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { activeEnrollment, createProgram, must, mutate, partnerWithTap } from './support/fixtures';

interface Delivery {
  hook: string;
  headers: Record<string, string>;
  raw: string;
  body: { id: string; type: string; partnerId: string | null; payload: Record<string, any> };
}

interface NoticeRow {
  kind: string;
  subjectId: string;
  partnerId: string;
  dueAt: string;
  message: string;
  dataJson: string;
}

const NOTICES = `query($partnerId: ID) { notices(partnerId: $partnerId, kind: "releases.milestone_reached", first: 100) { edges { node { kind subjectId partnerId dueAt message dataJson } } } }`;

/**
 * REL-4 through the wired gateway: when a release reaches a milestone, every active member of
 * every program tied to its product gets its own notice, with the download information, exactly
 * once per milestone, and it reaches the member's own (partner-scoped) webhook subscriptions. The
 * vendor-wide event stays as it was.
 */
describe(`REL-4 member notices through the gateway on ${onDatabase}`, () => {
  let t: TestGateway;
  let clock: FixedClock;
  let server: Server;
  let base: string;
  const received: Delivery[] = [];

  beforeAll(async () => {
    t = await startTestGateway({ clock: new FixedClock('2026-03-02T09:00:00.000Z') });
    clock = t.clock as FixedClock;
    // Deliveries go out one at a time here: the test counts what arrives where, not how fast.
    t.gateway.modules.notices.options.concurrency = 1;
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        received.push({ hook: String(request.url), headers: request.headers as Record<string, string>, raw, body: JSON.parse(raw) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  /** An active enrollment whose agreements run from 2026-01-01 to `termEndsAt`. */
  async function enrolledUntil(partnerId: string, programId: string, termEndsAt: string): Promise<void> {
    const enrolled = await must<{ enrollment: { id: string; requiredAgreements: string[] } }>(
      t,
      'enrollPartner',
      { partnerId, programId },
      'enrollment { id requiredAgreements }',
    );
    for (const kind of enrolled.enrollment.requiredAgreements) {
      await must(
        t,
        'signAgreement',
        { enrollmentId: enrolled.enrollment.id, kind, signedBy: 'Pat Signer', termStartsAt: '2026-01-01T00:00:00.000Z', termEndsAt },
        'agreement { id }',
      );
    }
  }

  async function subscribe(name: string, eventKinds: string[], partnerId: string | null): Promise<string> {
    const created = await must<{ secret: string }>(
      t,
      'createWebhookSubscription',
      { url: `${base}/${name}`, eventKinds, ...(partnerId ? { partnerId } : {}) },
      'secret subscription { id }',
    );
    return created.secret;
  }

  async function milestoneNotices(partnerId: string, key?: string): Promise<NoticeRow[]> {
    const data = await t.ok<{ notices: { edges: { node: NoticeRow }[] } }>(NOTICES, { partnerId }, key);
    return data.notices.edges.map((e) => e.node);
  }

  const ofMilestone = (rows: NoticeRow[], milestone: string) => rows.filter((row) => JSON.parse(row.dataJson).milestone === milestone);

  it('REL-4 NOT-1: each active member of each tied program gets one notice per milestone with the download URL, delivered to its own scoped subscriptions; retries and a concurrent step record nothing twice', async () => {
    const programP = await createProgram(t, 'RELFOURP');
    const programQ = await createProgram(t, 'RELFOURQ');
    const untied = await createProgram(t, 'RELFOURX');
    const milestoneAt = new Date('2026-03-10T12:00:00.000Z');

    const a = await partnerWithTap(t, 'Member A');
    const b = await partnerWithTap(t, 'Member B of two programs');
    const c = await partnerWithTap(t, 'Outsider C');
    const d = await partnerWithTap(t, 'Term ended D');
    const e = await partnerWithTap(t, 'Term ends at the milestone E');
    const f = await partnerWithTap(t, 'TAP lapsed F');
    await activeEnrollment(t, a, programP);
    await activeEnrollment(t, b, programP);
    await activeEnrollment(t, b, programQ);
    await activeEnrollment(t, c, untied);
    await enrolledUntil(d, programP, new Date(milestoneAt.getTime() - 1).toISOString());
    await enrolledUntil(e, programP, milestoneAt.toISOString());
    await activeEnrollment(t, f, programP);

    const product = await must<{ product: { id: string } }>(t, 'createProduct', { name: 'REL-4 Platform', programIds: [programP, programQ] }, 'product { id }');
    const release = await must<{ release: { id: string } }>(
      t,
      'createRelease',
      { productId: product.product.id, kind: 'MAJOR', version: '9.0' },
      'release { id }',
    );
    const releaseId = release.release.id;

    const secretA = await subscribe('a-notices', ['notice.releases.milestone_reached'], a);
    await subscribe('a-everything', ['*'], a);
    await subscribe('c-everything', ['*'], c);
    const vendorSecret = await subscribe('vendor', ['releases.milestone_reached'], null);

    // Early Access (not an official milestone): members are told, without a download URL (REL-8: on request).
    clock.set('2026-03-05T08:00:00.000Z');
    await must(
      t,
      'advanceMilestone',
      { releaseId, milestone: 'EARLY_ACCESS', downloadUrl: 'https://downloads.vendor.example/9.0/ea', buildType: 'BETA_TYPE', announce: true },
      'milestone { id }',
    );
    // F lets its TAP membership lapse (MEM-1): no longer a member.
    await must(t, 'endNetworkMembership', { partnerId: f, kind: 'TAP', reason: 'not renewed' }, 'membership { id }');

    // Beta with a download URL, at the instant E's term ends (still inside) and 1 ms after D's ended.
    clock.set(milestoneAt);
    const betaInput = { releaseId, milestone: 'BETA', downloadUrl: 'https://downloads.vendor.example/9.0/beta', buildType: 'BETA_TYPE' };
    const selection = `mutation($input: AdvanceMilestoneInput!) { advanceMilestone(input: $input) { milestone { id } userErrors { code field } } }`;
    const first = await t.gql(selection, { input: betaInput }, t.adminKey, { 'idempotency-key': 'rel4-beta' });
    expect(first.body.data?.advanceMilestone.userErrors).toEqual([]);
    // The same request retried with its key replays the first answer; without a key it is refused.
    const replay = await t.gql(selection, { input: betaInput }, t.adminKey, { 'idempotency-key': 'rel4-beta' });
    expect(replay.body).toEqual(first.body);
    expect((await mutate(t, 'advanceMilestone', betaInput, 'milestone { id }')).userErrors.map((u) => u.code)).toEqual(['MILESTONE_NOT_FORWARD']);

    // RC stepped twice at once (two requests racing): one step, one set of notices.
    clock.set('2026-03-20T12:00:00.000Z');
    const rcInput = { releaseId, milestone: 'RC', downloadUrl: 'https://downloads.vendor.example/9.0/rc', buildType: 'RELEASE_TYPE' };
    const raced = await Promise.all([mutate(t, 'advanceMilestone', rcInput, 'milestone { id }'), mutate(t, 'advanceMilestone', rcInput, 'milestone { id }')]);
    expect(raced.map((r) => r.userErrors.map((u) => u.code).join()).sort()).toEqual(['', 'MILESTONE_NOT_FORWARD']);

    // A sweep afterwards records none of them again.
    await must(t, 'runNoticeSweep', {}, 'sweep { id }');

    const notices = new Map<string, NoticeRow[]>();
    for (const [name, id] of Object.entries({ a, b, c, d, e, f })) notices.set(name, await milestoneNotices(id));
    const counts = (milestone: string) => Object.fromEntries([...notices].map(([name, rows]) => [name, ofMilestone(rows, milestone).length]));
    expect(counts('EARLY_ACCESS')).toEqual({ a: 1, b: 1, c: 0, d: 1, e: 1, f: 1 });
    expect(counts('BETA')).toEqual({ a: 1, b: 1, c: 0, d: 0, e: 1, f: 0 });
    expect(counts('RC')).toEqual({ a: 1, b: 1, c: 0, d: 0, e: 0, f: 0 });

    const [betaA] = ofMilestone(notices.get('a')!, 'BETA');
    expect(betaA).toMatchObject({ partnerId: a, dueAt: milestoneAt.toISOString() });
    expect(betaA.message).toContain('https://downloads.vendor.example/9.0/beta');
    expect(JSON.parse(betaA.dataJson)).toMatchObject({
      releaseId,
      milestone: 'BETA',
      version: '9.0',
      downloadUrl: 'https://downloads.vendor.example/9.0/beta',
      programIds: [programP],
    });
    expect(JSON.parse(ofMilestone(notices.get('b')!, 'BETA')[0].dataJson).programIds).toEqual([programP, programQ].sort());
    expect(JSON.parse(ofMilestone(notices.get('a')!, 'EARLY_ACCESS')[0].dataJson).downloadUrl).toBeNull();

    // The member reads its own notices with its own key, and only those.
    const keyA = await t.mintKey(Role.PARTNER, { partnerId: a });
    expect((await milestoneNotices(a, keyA)).map((n) => n.subjectId).sort()).toEqual(
      notices
        .get('a')!
        .map((n) => n.subjectId)
        .sort(),
    );
    expect(await milestoneNotices(b, keyA)).toEqual([]);

    await t.gateway.modules.notices.dispatcher.runOnce(t.gateway.systemContext('test-dispatch'));
    const hook = (name: string) => received.filter((r) => r.hook === `/${name}`);
    const milestonesOf = (rows: Delivery[]) => rows.map((r) => r.body.payload.data?.milestone ?? r.body.payload.milestone).sort();
    expect(hook('a-notices').map((r) => [r.body.type, r.body.partnerId])).toEqual(Array(3).fill(['notice.releases.milestone_reached', a]));
    expect(milestonesOf(hook('a-notices'))).toEqual(['BETA', 'EARLY_ACCESS', 'RC']);
    const betaDelivery = hook('a-notices').find((r) => r.body.payload.data.milestone === 'BETA')!;
    expect(betaDelivery.body.payload.data.downloadUrl).toBe('https://downloads.vendor.example/9.0/beta');
    expect(verifySignature(secretA, betaDelivery.headers, betaDelivery.raw, 300, clock.now()).valid).toBe(true);
    expect(milestonesOf(hook('a-everything'))).toEqual(['BETA', 'EARLY_ACCESS', 'RC']);
    expect(hook('c-everything')).toEqual([]);
    // The vendor-wide event is unchanged: one per milestone, about no partner.
    expect(hook('vendor').map((r) => [r.body.type, r.body.partnerId])).toEqual(Array(3).fill(['releases.milestone_reached', null]));
    expect(verifySignature(vendorSecret, hook('vendor')[0].headers, hook('vendor')[0].raw, 300, clock.now()).valid).toBe(true);

    // Delivered once: another dispatcher run sends nothing again.
    const before = received.length;
    await t.gateway.modules.notices.dispatcher.runOnce(t.gateway.systemContext('test-dispatch'));
    expect(received).toHaveLength(before);
  });
});
