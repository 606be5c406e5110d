import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { verifySignature } from '@alliance/notices';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';

/** Runs `check` with Date.now() at `at`: the library compares the signed timestamp with its clock. */
function withTime<T>(at: Date, check: () => T): T {
  const real = Date.now;
  Date.now = () => at.getTime();
  try {
    return check();
  } finally {
    Date.now = real;
  }
}

interface Received {
  headers: IncomingMessage['headers'];
  raw: string;
}

/**
 * NOT-1 through the wired gateway: a domain event (a release reaching a milestone, REL-4) and
 * a swept notice reach a real HTTP receiver on 127.0.0.1, signed on the Standard Webhooks
 * specification; the receiver verifies with the `standardwebhooks` library and the published helper.
 */
describe(`webhooks through the gateway on ${onDatabase}`, () => {
  let t: TestGateway;
  let server: Server;
  let url: string;
  const received: Received[] = [];

  beforeAll(async () => {
    t = await startTestGateway();
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, raw });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('NOT-1 REL-4: a milestone reached is delivered once, signed, with an event id receivers dedupe on', async () => {
    const created = await t.ok<{ createWebhookSubscription: { secret: string; subscription: { id: string } } }>(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } userErrors { code field message } } }`,
      { input: { url, eventKinds: ['releases.milestone_reached', 'notice.*'] } },
    );
    const { secret } = created.createWebhookSubscription;
    expect(secret).toBeTruthy();

    const product = await t.ok<{ createProduct: { product: { id: string } } }>(
      `mutation { createProduct(input: { name: "vSphere" }) { product { id } userErrors { code } } }`,
    );
    const release = await t.ok<{ createRelease: { release: { id: string } } }>(
      `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } userErrors { code field message } } }`,
      { input: { productId: product.createProduct.product.id, kind: 'MAJOR', version: '9.0' } },
    );
    const advanced = await t.ok<{ advanceMilestone: { userErrors: unknown[] } }>(
      `mutation($input: AdvanceMilestoneInput!) { advanceMilestone(input: $input) { userErrors { code field message } } }`,
      {
        input: {
          releaseId: release.createRelease.release.id,
          milestone: 'EARLY_ACCESS',
          downloadUrl: 'https://downloads.example/vsphere-9-ea',
          buildType: 'BETA_TYPE',
        },
      },
    );
    expect(advanced.advanceMilestone.userErrors).toEqual([]);

    const ctx = t.gateway.systemContext('test-dispatch');
    await t.gateway.modules.notices.dispatcher.runOnce(ctx);
    const milestone = received.filter((r) => JSON.parse(r.raw).type === 'releases.milestone_reached');
    expect(milestone).toHaveLength(1);
    const [delivery] = milestone;
    const verdict = verifySignature(secret, delivery.headers as Record<string, string>, delivery.raw, 300, t.clock.now());
    expect(verdict.valid).toBe(true);
    expect(verifySignature('whsec_d3Jvbmc=', delivery.headers as Record<string, string>, delivery.raw, 300, t.clock.now()).valid).toBe(false);
    // A receiver verifies with the Standard Webhooks library as published, at the delivery's time.
    expect(delivery.headers['webhook-id']).toBe(delivery.headers['alliance-delivery-id']);
    expect(String(delivery.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(withTime(t.clock.now(), () => new Webhook(secret).verify(delivery.raw, delivery.headers as Record<string, string>))).toEqual(
      JSON.parse(delivery.raw),
    );
    expect(() => withTime(t.clock.now(), () => new Webhook('whsec_d3Jvbmc=').verify(delivery.raw, delivery.headers as Record<string, string>))).toThrow();
    expect(() =>
      withTime(t.clock.now(), () => new Webhook(secret).verify(delivery.raw.replace('EARLY_ACCESS', 'GA'), delivery.headers as Record<string, string>)),
    ).toThrow();
    const body = JSON.parse(delivery.raw);
    expect(delivery.headers['alliance-event-id']).toBe(body.id);
    expect(body.payload).toMatchObject({ releaseId: release.createRelease.release.id, milestone: 'EARLY_ACCESS', releaseKind: 'MAJOR' });

    // Delivered once: another dispatcher run sends nothing again.
    await t.gateway.modules.notices.dispatcher.runOnce(ctx);
    expect(received.filter((r) => JSON.parse(r.raw).type === 'releases.milestone_reached')).toHaveLength(1);
  });

  it('NOT-1: the sweep run twice at one instant records a due notice once, and delivers it once', async () => {
    const partner = await t.ok<{ createPartner: { partner: { id: string } } }>(
      `mutation { createPartner(input: { name: "Notice Co", joinedOn: "2020-01-01" }) { partner { id } } }`,
    );
    const partnerId = partner.createPartner.partner.id;
    await t.ok(`mutation($input: RecordNetworkMembershipInput!) { recordTapMembership(input: $input) { userErrors { code } } }`, {
      input: { partnerId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-12-31T23:59:59.999Z' },
    });
    const program = await t.ok<{ createProgram: { program: { id: string } } }>(
      `mutation { createProgram(input: { code: "NTC", name: "Notices" }) { program { id } } }`,
    );
    const enrollment = await t.ok<{ enrollPartner: { enrollment: { id: string; requiredAgreements: string[] } } }>(
      `mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { enrollment { id requiredAgreements } } }`,
      { input: { partnerId, programId: program.createProgram.program.id } },
    );
    const termEndsAt = '2026-03-10T23:59:59.999Z';
    for (const kind of enrollment.enrollPartner.enrollment.requiredAgreements) {
      await t.ok(`mutation($input: SignAgreementInput!) { signAgreement(input: $input) { userErrors { code } } }`, {
        input: { enrollmentId: enrollment.enrollPartner.enrollment.id, kind, signedBy: 'x', termStartsAt: '2026-01-01T00:00:00.000Z', termEndsAt },
      });
    }
    const upcoming = await t.ok<{ upcomingNotices: { edges: { node: { kind: string; dueAt: string } }[] } }>(
      `{ upcomingNotices(days: 30, first: 100) { edges { node { kind dueAt } } } }`,
    );
    expect(upcoming.upcomingNotices.edges.map((e) => e.node)).toContainEqual({ kind: 'membership.agreement_term_ends', dueAt: termEndsAt });
    const mine = await t.ok<{ upcomingNotices: { edges: { node: { partnerId: string } }[] } }>(
      `query($p: ID) { upcomingNotices(days: 30, first: 100, partnerId: $p) { edges { node { partnerId } } } }`,
      { p: partnerId },
    );
    expect(mine.upcomingNotices.edges.length).toBeGreaterThan(0);
    expect(mine.upcomingNotices.edges.every((e) => e.node.partnerId === partnerId)).toBe(true);

    const sweep = `mutation($at: DateTimeISO) { runNoticeSweep(input: { at: $at }) { userErrors { code message } } }`;
    (t.clock as unknown as { set(at: string): void }).set(termEndsAt);
    await t.ok(sweep, { at: termEndsAt });
    await t.ok(sweep, { at: termEndsAt });
    const recorded = await t.ok<{ notices: { edges: { node: { kind: string; dueAt: string } }[] } }>(
      `query($p: ID) { notices(partnerId: $p, first: 100) { edges { node { kind dueAt } } } }`,
      { p: partnerId },
    );
    expect(recorded.notices.edges.filter((e) => e.node.kind === 'membership.agreement_term_ends')).toHaveLength(1);
    await t.gateway.modules.notices.dispatcher.runOnce(t.gateway.systemContext('test-dispatch'));
    const noticeDeliveries = received.filter((r) => JSON.parse(r.raw).type === 'notice.membership.agreement_term_ends');
    expect(noticeDeliveries).toHaveLength(1);
  });
});
