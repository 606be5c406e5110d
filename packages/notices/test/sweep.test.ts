import { GraphQLSchema } from 'graphql';
import { Database, NoticeRule, RequestContext, Role } from '@alliance/kernel';
import { createTestDatabase, createTestSchema, days, FixedClock, RecordingBus, runGraphql, testContext } from '@alliance/testing';
import {
  createNoticesModule,
  DEFAULT_NOTICES_OPTIONS,
  Notice,
  NoticesModule,
  NoticeSweep,
  WebhookDelivery,
  WebhookSubscriptionStatus,
  WebhookSubscription,
} from '../src';
import { Obligation, OBLIGATION_KIND, obligationRule, Renewal, RENEWAL_KIND, renewalRule } from './support';

const T0 = '2026-03-01T00:00:00.000Z';
const OVERLAP_MS = DEFAULT_NOTICES_OPTIONS.sweepOverlapMs;
const PARTNER_A = '01900000-0000-7000-8000-00000000000a';
const PARTNER_B = '01900000-0000-7000-8000-00000000000b';

describe('notice sweep and queries', () => {
  let db: Database;
  let clock: FixedClock;
  let bus: RecordingBus;
  let admin: RequestContext;
  let renewals: Renewal[];
  let offsets: number[];
  let extraRules: NoticeRule[];
  let module: NoticesModule;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createTestSchema([createNoticesModule({ webhookKey: 'test-webhook-key', rules: () => [] })]);
  });

  beforeEach(async () => {
    renewals = [];
    offsets = [60, 30, 15];
    extraRules = [];
    module = createNoticesModule({ webhookKey: 'test-webhook-key', rules: () => [renewalRule(renewals, offsets), ...extraRules] });
    db = await createTestDatabase(module.entities);
    clock = new FixedClock(T0);
    bus = new RecordingBus();
    admin = testContext(db, { clock, bus });
  });

  afterEach(async () => {
    await db.dataSource.destroy();
  });

  const as = (role: Role, partnerId?: string, scopes: string[] = []) => testContext(db, { clock, bus, role, partnerId, scopes, name: `${role} key` });
  const count = (entity: typeof Notice | typeof NoticeSweep | typeof WebhookDelivery) => db.manager.count(entity);
  /** A schema whose resolvers use this test's module (its rules). */
  const schemaFor = () => createTestSchema([module]);

  it('NOT-1: a notice due at an exact instant is recorded by the sweep at that instant, not by one a millisecond before', async () => {
    const renewsAt = new Date('2026-04-30T12:00:00.000Z');
    renewals.push({ subjectId: 'enrollment-1', partnerId: PARTNER_A, renewsAt });
    const due60 = new Date(renewsAt.getTime() - days(60)); // 2026-03-01T12:00Z

    clock.set(new Date(due60.getTime() - 1));
    const before = await module.notices.sweep(admin);
    expect(before.recorded).toHaveLength(0);

    clock.set(due60);
    const at = await module.notices.sweep(admin);
    expect(at.recorded.map((n) => [n.kind, n.subjectId, n.dueAt.toISOString(), n.partnerId])).toEqual([
      [RENEWAL_KIND, 'enrollment-1', due60.toISOString(), PARTNER_A],
    ]);
    expect(at.recorded[0].key).toBe(`${RENEWAL_KIND}:enrollment-1:${due60.toISOString()}`);
    expect(at.recorded[0].data).toEqual({ daysAhead: 60 });
    expect(at.sweep.produced).toBe(1);
    expect(at.recorded[0].sweepId).toBe(at.sweep.id);
  });

  it('NOT-1: two sweeps at the same instant record the notice once; the second produces nothing new', async () => {
    const renewsAt = new Date('2026-04-30T00:00:00.000Z');
    renewals.push({ subjectId: 'enrollment-1', partnerId: PARTNER_A, renewsAt });
    clock.set(new Date(renewsAt.getTime() - days(60)));

    const first = await module.notices.sweep(admin);
    const second = await module.notices.sweep(admin);
    expect(first.recorded).toHaveLength(1);
    expect(second.recorded).toHaveLength(0);
    expect(second.sweep.produced).toBe(0);
    // Each sweep looks again a little before where the last one reached (the overlap); seen twice, recorded once.
    expect(second.sweep.windowFrom.toISOString()).toBe(new Date(first.sweep.windowTo.getTime() - OVERLAP_MS).toISOString());
    expect(await count(Notice)).toBe(1);
    expect(await count(NoticeSweep)).toBe(2);
  });

  it('NOT-1: renewal notices 60, 30 and 15 days ahead are three notices of one subject, each recorded once as its day comes', async () => {
    const renewsAt = new Date('2026-05-30T00:00:00.000Z');
    renewals.push({ subjectId: 'enrollment-9', partnerId: PARTNER_B, renewsAt });
    const produced: number[] = [];
    for (const instant of [
      '2026-03-31T00:00:00.000Z',
      '2026-04-15T00:00:00.000Z',
      '2026-04-30T00:00:00.000Z',
      '2026-05-15T00:00:00.000Z',
      '2026-05-30T00:00:00.000Z',
    ]) {
      clock.set(instant);
      produced.push((await module.notices.sweep(admin)).recorded.length);
    }
    expect(produced).toEqual([1, 0, 1, 1, 0]);
    const rows = await db.manager.find(Notice, { order: { dueAt: 'ASC' } });
    expect(rows.map((row) => row.data?.daysAhead)).toEqual([60, 30, 15]);
  });

  it('NOT-1: the first sweep looks back 30 days (the instant itself inside, 1 ms earlier outside); the next starts where it ended, less the overlap', async () => {
    const at = new Date(T0);
    renewals.push({ subjectId: 'inside', partnerId: null, renewsAt: new Date(at.getTime() - days(30) + days(15)) });
    renewals.push({ subjectId: 'outside', partnerId: null, renewsAt: new Date(at.getTime() - days(30) - 1 + days(15)) });
    const first = await module.notices.sweep(admin);
    expect(first.sweep.windowFrom.toISOString()).toBe(new Date(at.getTime() - days(30)).toISOString());
    expect(first.sweep.windowTo.toISOString()).toBe(T0);
    expect(first.recorded.map((n) => n.subjectId)).toEqual(['inside']);

    clock.advance(days(1));
    const second = await module.notices.sweep(admin);
    expect(second.sweep.windowFrom.toISOString()).toBe(new Date(new Date(T0).getTime() - OVERLAP_MS).toISOString());
    expect(second.sweep.windowTo.toISOString()).toBe(clock.now().toISOString());
  });

  it('NOT-1: a rule that fails rolls the whole sweep back: no notice, no bookkeeping', async () => {
    offsets = [15];
    renewals.push({ subjectId: 'enrollment-1', partnerId: PARTNER_A, renewsAt: new Date(new Date(T0).getTime() + days(15)) });
    extraRules.push({ kinds: ['test.broken'], due: async () => Promise.reject(new Error('rule failed')) });
    await expect(module.notices.sweep(admin)).rejects.toThrow('rule failed');
    expect(await count(Notice)).toBe(0);
    expect(await count(NoticeSweep)).toBe(0);
  });

  it('NOT-1: a notice the rule reports outside the window, or twice, is recorded at most once and only when due', async () => {
    const at = new Date(T0);
    extraRules.push({
      kinds: ['test.sloppy'],
      due: async () => [
        { kind: 'test.sloppy', subjectId: 's1', partnerId: null, dueAt: at, message: 'due now' },
        { kind: 'test.sloppy', subjectId: 's1', partnerId: null, dueAt: at, message: 'due now, again' },
        { kind: 'test.sloppy', subjectId: 's2', partnerId: null, dueAt: new Date(at.getTime() + 1), message: 'not yet due' },
      ],
    });
    const result = await module.notices.sweep(admin);
    expect(result.recorded.map((n) => [n.subjectId, n.message])).toEqual([['s1', 'due now']]);
  });

  it('NOT-1: the sweep queues one delivery per active subscription to notice.<kind> or notice.*, in the same transaction, and none on a rerun', async () => {
    offsets = [15];
    const sub = (eventKinds: string[], extra: Partial<WebhookSubscription> = {}) =>
      db.manager.save(
        db.manager.create(WebhookSubscription, {
          url: 'http://127.0.0.1:9/hook',
          eventKinds,
          partnerId: null,
          description: null,
          signingSecret: 'whsec_test',
          status: WebhookSubscriptionStatus.ACTIVE,
          consecutiveFailures: 0,
          createdAt: new Date(T0),
          createdBy: 'test',
          ...extra,
        }),
      );
    const all = await sub(['notice.*']);
    const exact = await sub([`notice.${RENEWAL_KIND}`]);
    const everything = await sub(['*']);
    await sub(['certification.*']);
    await sub(['notice.*'], { status: WebhookSubscriptionStatus.DISABLED });
    await sub(['notice.*'], { partnerId: PARTNER_B });
    const partnerOwn = await sub(['notice.test.*'], { partnerId: PARTNER_A });

    renewals.push({ subjectId: 'enrollment-1', partnerId: PARTNER_A, renewsAt: new Date(new Date(T0).getTime() + days(15)) });
    const { recorded } = await module.notices.sweep(admin);
    const deliveries = await db.manager.find(WebhookDelivery);
    expect(deliveries.map((d) => d.subscriptionId).sort()).toEqual([all.id, exact.id, everything.id, partnerOwn.id].sort());
    for (const delivery of deliveries) {
      expect(delivery.eventId).toBe(recorded[0].id);
      expect(delivery.eventType).toBe(`notice.${RENEWAL_KIND}`);
      expect(JSON.parse(delivery.body)).toEqual({
        id: recorded[0].id,
        type: `notice.${RENEWAL_KIND}`,
        occurredAt: recorded[0].dueAt.toISOString(),
        partnerId: PARTNER_A,
        payload: expect.objectContaining({
          noticeId: recorded[0].id,
          kind: RENEWAL_KIND,
          subjectId: 'enrollment-1',
          key: recorded[0].key,
          message: recorded[0].message,
        }),
      });
    }
    await module.notices.sweep(admin);
    expect(await count(WebhookDelivery)).toBe(4);
  });

  it('NOT-1: upcomingNotices covers [asOf, asOf + days] (both ends inside, 1 ms beyond outside) and records nothing', async () => {
    const asOf = new Date('2026-03-10T00:00:00.000Z');
    const dueAt = (renewsAt: Date) => new Date(renewsAt.getTime() - days(15));
    const at = (ms: number) => new Date(asOf.getTime() + ms + days(15));
    renewals.push({ subjectId: 'before', partnerId: PARTNER_A, renewsAt: at(-1) });
    renewals.push({ subjectId: 'start', partnerId: PARTNER_A, renewsAt: at(0) });
    renewals.push({ subjectId: 'end', partnerId: PARTNER_A, renewsAt: at(days(10)) });
    renewals.push({ subjectId: 'after', partnerId: PARTNER_A, renewsAt: at(days(10) + 1) });
    const rule = renewalRule(renewals, [15]);
    module = createNoticesModule({ webhookKey: 'test-webhook-key', rules: () => [rule] });

    const upcoming = await module.notices.upcoming(admin, { asOf, days: 10 });
    expect(upcoming.map((n) => n.subjectId)).toEqual(['start', 'end']);
    expect(upcoming[0].dueAt.toISOString()).toBe(dueAt(at(0)).toISOString());
    expect(upcoming.every((n) => !n.recorded)).toBe(true);
    expect(await count(Notice)).toBe(0);

    clock.set(asOf);
    await module.notices.sweep(admin);
    const again = await module.notices.upcoming(admin, { asOf, days: 10 });
    expect(again.map((n) => [n.subjectId, n.recorded])).toEqual([
      ['start', true],
      ['end', false],
    ]);
  });

  it('NOT-1: upcomingNotices through GraphQL defaults asOf to now, pages, and takes days from 1 to 366 only', async () => {
    const now = new Date(T0);
    for (let i = 0; i < 3; i += 1) renewals.push({ subjectId: `e${i}`, partnerId: PARTNER_A, renewsAt: new Date(now.getTime() + days(60 + i)) });
    const s = await schemaFor();
    const query = `query ($days: Int!, $after: String) { upcomingNotices(days: $days, first: 2, after: $after) {
      edges { node { key kind subjectId partnerId dueAt message dataJson recorded } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = await runGraphql<{
      upcomingNotices: { edges: { node: { subjectId: string; dataJson: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(s, admin, query, { days: 2 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data?.upcomingNotices.edges.map((e) => e.node.subjectId)).toEqual(['e0', 'e1']);
    expect(JSON.parse(page1.data!.upcomingNotices.edges[0].node.dataJson)).toEqual({ daysAhead: 60 });
    expect(page1.data?.upcomingNotices.pageInfo.hasNextPage).toBe(true);
    const page2 = await runGraphql<{ upcomingNotices: { edges: { node: { subjectId: string } }[] } }>(s, admin, query, {
      days: 2,
      after: page1.data?.upcomingNotices.pageInfo.endCursor,
    });
    expect(page2.data?.upcomingNotices.edges.map((e) => e.node.subjectId)).toEqual(['e2']);

    for (const bad of [0, 367]) {
      const result = await runGraphql(s, admin, query, { days: bad });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe('days');
    }
    expect((await runGraphql(s, admin, query, { days: 366 })).errors).toBeUndefined();
  });

  it('NOT-1: a PARTNER key sees only its own recorded and upcoming notices; staff and notices:read integrations see all', async () => {
    offsets = [15];
    const soon = new Date(new Date(T0).getTime() + days(15));
    renewals.push({ subjectId: 'a-enrollment', partnerId: PARTNER_A, renewsAt: soon });
    renewals.push({ subjectId: 'b-enrollment', partnerId: PARTNER_B, renewsAt: soon });
    renewals.push({ subjectId: 'program-wide', partnerId: null, renewsAt: soon });
    await module.notices.sweep(admin);
    const s = await schemaFor();
    const list = `query ($partnerId: ID) { notices(partnerId: $partnerId) { edges { node { subjectId partnerId } } } }`;
    const upcoming = `{ upcomingNotices(asOf: "2026-02-01T00:00:00.000Z", days: 60) { edges { node { subjectId } } } }`;
    type ListResult = { notices: { edges: { node: { subjectId: string } }[] } };
    const subjects = (r: { data?: ListResult | null }) => r.data?.notices.edges.map((e) => e.node.subjectId).sort();

    const partnerA = as(Role.PARTNER, PARTNER_A);
    expect(subjects(await runGraphql<ListResult>(s, partnerA, list))).toEqual(['a-enrollment']);
    expect(subjects(await runGraphql<ListResult>(s, partnerA, list, { partnerId: PARTNER_B }))).toEqual([]);
    const up = await runGraphql<{ upcomingNotices: ListResult['notices'] }>(s, partnerA, upcoming);
    expect(up.data?.upcomingNotices.edges.map((e) => e.node.subjectId)).toEqual(['a-enrollment']);

    expect(subjects(await runGraphql<ListResult>(s, as(Role.PROGRAM_MANAGER), list))).toEqual(['a-enrollment', 'b-enrollment', 'program-wide']);
    expect(subjects(await runGraphql<ListResult>(s, as(Role.SUPPORT_ENGINEER), list, { partnerId: PARTNER_B }))).toEqual(['b-enrollment']);
    expect(subjects(await runGraphql<ListResult>(s, as(Role.INTEGRATION, undefined, ['notices:read']), list))).toHaveLength(3);
    const noScope = await runGraphql(s, as(Role.INTEGRATION, undefined, ['partners:read']), list);
    expect(noScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('NOT-1: notices filters by due window (both ends inclusive) and kind', async () => {
    const renewsAt = new Date('2026-04-30T00:00:00.000Z');
    renewals.push({ subjectId: 'e1', partnerId: PARTNER_A, renewsAt });
    clock.set(renewsAt);
    await module.notices.sweep(admin);
    const due30 = new Date(renewsAt.getTime() - days(30));
    const list = (args: Record<string, unknown>) => module.notices.list(admin, args);
    expect((await list({ from: due30, to: due30 })).edges.map((e) => e.node.data?.daysAhead)).toEqual([30]);
    expect((await list({ from: new Date(due30.getTime() + 1) })).edges.map((e) => e.node.data?.daysAhead)).toEqual([15]);
    expect((await list({ to: new Date(due30.getTime() - 1) })).edges).toHaveLength(0); // 60 days ahead fell before the 30-day lookback
    expect((await list({ kind: 'other.kind' })).edges).toHaveLength(0);
    expect(() => module.notices.list(admin, { from: due30, to: new Date(due30.getTime() - 1) })).toThrow('to must not be before from');
  });

  it('NOT-1: runNoticeSweep is for admins; a sweep ahead of the clock or before the last one is refused naming input.at and changes nothing', async () => {
    offsets = [15];
    renewals.push({ subjectId: 'e1', partnerId: PARTNER_A, renewsAt: new Date(new Date(T0).getTime() + days(15)) });
    const s = await schemaFor();
    const mutation = `mutation ($at: DateTimeISO) { runNoticeSweep(input: { at: $at }) {
      sweep { windowFrom windowTo produced ranBy } recorded { kind subjectId key } userErrors { code field message } } }`;
    type Payload = {
      runNoticeSweep: {
        sweep: { produced: number; windowTo: string } | null;
        recorded: { subjectId: string }[] | null;
        userErrors: { code: string; field: string }[];
      };
    };

    const forbidden = await runGraphql(s, as(Role.PROGRAM_MANAGER), mutation, {});
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const future = await runGraphql<Payload>(s, admin, mutation, { at: new Date(new Date(T0).getTime() + 1).toISOString() });
    expect(future.data?.runNoticeSweep.userErrors).toEqual([expect.objectContaining({ code: 'NOTICE_SWEEP_IN_FUTURE', field: 'input.at' })]);
    expect(await count(NoticeSweep)).toBe(0);

    const ok = await runGraphql<Payload>(s, admin, mutation, {});
    expect(ok.data?.runNoticeSweep.userErrors).toEqual([]);
    expect(ok.data?.runNoticeSweep.sweep?.windowTo).toBe(T0);
    expect(ok.data?.runNoticeSweep.recorded?.map((n) => n.subjectId)).toEqual(['e1']);

    const rerun = await runGraphql<Payload>(s, admin, mutation, { at: T0 });
    expect(rerun.data?.runNoticeSweep.recorded).toEqual([]);

    const earlier = await runGraphql<Payload>(s, admin, mutation, { at: new Date(new Date(T0).getTime() - 1).toISOString() });
    expect(earlier.data?.runNoticeSweep.userErrors).toEqual([expect.objectContaining({ code: 'NOTICE_SWEEP_BEFORE_LAST', field: 'input.at' })]);
    expect(await count(NoticeSweep)).toBe(2);
    expect(await count(Notice)).toBe(1);
  });

  it('NOT-1: an obligation that comes into being after a sweep, due before it, is recorded by the next sweep (the late path), once', async () => {
    const facts: Obligation[] = [];
    extraRules.push(obligationRule(facts));
    clock.set('2026-03-01T09:00:00.000Z');
    const before = await module.notices.sweep(admin);
    expect(before.recorded).toEqual([]);
    // Written at 10:00, due at 00:00 the same day: before the last sweep's window ended.
    clock.set('2026-03-01T10:00:00.000Z');
    facts.push({ subjectId: 'accepted-today', dueAt: new Date('2026-03-01T00:00:00.000Z'), writtenAt: clock.now() });
    clock.set('2026-03-01T10:01:00.000Z');
    const next = await module.notices.sweep(admin);
    expect(next.recorded.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([['accepted-today', '2026-03-01T00:00:00.000Z']]);
    expect(next.sweep.writtenSince?.toISOString()).toBe(new Date(before.sweep.ranAt.getTime() - OVERLAP_MS).toISOString());
    expect((await module.notices.sweep(admin)).recorded).toEqual([]);
  });

  it('NOT-1: a write committed just before the previous sweep ran (within the overlap) is still seen; one written earlier was already seen', async () => {
    const facts: Obligation[] = [];
    extraRules.push(obligationRule(facts));
    clock.set('2026-03-01T09:00:00.000Z');
    await module.notices.sweep(admin);
    // A writer stamped its fact 1 ms inside the overlap but committed after that sweep read.
    facts.push({ subjectId: 'in-overlap', dueAt: new Date('2026-02-01T00:00:00.000Z'), writtenAt: new Date(clock.now().getTime() - OVERLAP_MS) });
    clock.set('2026-03-01T09:10:00.000Z');
    expect((await module.notices.sweep(admin)).recorded.map((n) => n.subjectId)).toEqual(['in-overlap']);
  });

  it('NOT-1: a scheduled sweep whose clock lags behind the last sweep covers what it can: nothing early, no refusal, coverage kept', async () => {
    renewals.push({ subjectId: 'lagging', partnerId: PARTNER_A, renewsAt: new Date(new Date(T0).getTime() + days(15)) });
    offsets = [15];
    clock.set(new Date(new Date(T0).getTime() + 1000));
    const first = await module.notices.sweep(admin);
    expect(first.recorded.map((n) => n.subjectId)).toEqual(['lagging']);
    clock.set(T0);
    const lagging = await module.notices.sweep(admin);
    expect(lagging.sweep.windowTo.toISOString()).toBe(T0);
    expect(lagging.recorded).toEqual([]);
    clock.set(new Date(new Date(T0).getTime() + 2000));
    const after = await module.notices.sweep(admin);
    // The next one starts from the furthest instant covered, less the overlap.
    expect(after.sweep.windowFrom.toISOString()).toBe(new Date(new Date(T0).getTime() + 1000 - OVERLAP_MS).toISOString());
  });

  it('NOT-1: two thousand obligations over a year, some written long after they fell due, swept at irregular instants (late, twice at one instant, skipped for weeks, a lagging clock) are each recorded exactly once and never early', async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const start = new Date('2026-01-01T00:00:00.000Z').getTime();
    const end = start + days(365);
    const pending: Obligation[] = [];
    for (let i = 0; i < 2000; i++) {
      const writtenAt = start + Math.floor(rand() * days(360));
      // Most fall due after they are written; a third were already due (up to 60 days) when written.
      const dueAt = rand() < 0.33 ? writtenAt - Math.floor(rand() * days(60)) : writtenAt + Math.floor(rand() * days(120));
      pending.push({ subjectId: `o${i}`, dueAt: new Date(dueAt), writtenAt: new Date(writtenAt) });
    }
    pending.sort((a, b) => a.writtenAt.getTime() - b.writtenAt.getTime());
    const facts: Obligation[] = [];
    extraRules.push(obligationRule(facts));
    const witness = (upTo: number) => {
      while (pending.length && pending[0].writtenAt.getTime() <= upTo) facts.push(pending.shift()!);
    };
    let now = start;
    let sweeps = 0;
    while (now < end) {
      witness(now);
      clock.set(new Date(now));
      await module.notices.sweep(admin);
      sweeps += 1;
      const roll = rand();
      if (roll < 0.05) await module.notices.sweep(admin); // twice at one instant
      if (roll > 0.05 && roll < 0.1) {
        // a clock a little behind the last sweep (another process), after more facts came in
        witness(now);
        clock.set(new Date(now - Math.floor(rand() * 1000)));
        await module.notices.sweep(admin);
      }
      now += roll > 0.98 ? days(20 + Math.floor(rand() * 25)) : Math.floor(rand() * days(3)) + 1;
    }
    witness(end);
    clock.set(new Date(end));
    await module.notices.sweep(admin);

    const rows = await db.manager.find(Notice, { where: { kind: OBLIGATION_KIND } });
    const expected = facts.filter((o) => o.dueAt.getTime() <= end && Math.max(o.dueAt.getTime(), o.writtenAt.getTime()) >= start - days(30));
    expect(sweeps).toBeGreaterThan(150);
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.key))).toEqual(new Set(expected.map((o) => `${OBLIGATION_KIND}:${o.subjectId}:${o.dueAt.toISOString()}`)));
    expect(rows.filter((row) => row.recordedAt.getTime() < row.dueAt.getTime())).toEqual([]);
    expect(expected.filter((o) => o.writtenAt.getTime() > o.dueAt.getTime()).length).toBeGreaterThan(500);
  }, 120_000);

  it('NOT-1: the module shape: its own schema builds alone, with notices:read and webhooks:read scopes', async () => {
    expect(schema.getQueryType()?.getFields().notices).toBeDefined();
    expect(Object.keys(module.scopes ?? {})).toEqual(['notices:read', 'webhooks:read']);
    expect(module.errorCodes.NOTICE_SWEEP_IN_FUTURE).toMatch(/NOT-1/);
    // The defaults the README states: 30 days back the first time, a 5-minute overlap.
    expect(DEFAULT_NOTICES_OPTIONS).toMatchObject({ firstSweepLookbackDays: 30, sweepOverlapMs: 300_000 });
  });

  it('NOT-1: a sweep records due notices once: a second sweep at the same instant records nothing, and one ahead of the clock is refused', async () => {
    offsets = [15];
    renewals.push({ subjectId: 'e1', partnerId: PARTNER_A, renewsAt: new Date(new Date(T0).getTime() + days(15)) });
    const first = await module.notices.sweep(admin);
    expect([first.sweep.windowTo.toISOString(), first.recorded.map((n) => n.kind)]).toEqual([T0, [RENEWAL_KIND]]);
    expect((await module.notices.sweep(admin, { at: new Date(T0) })).recorded).toEqual([]);
    await expect(module.notices.sweep(admin, { at: new Date('2026-03-01T00:00:00.001Z') })).rejects.toMatchObject({ code: 'NOTICE_SWEEP_IN_FUTURE' });
    expect(await count(Notice)).toBe(1);
  });
});
