import { UserError } from '@alliance/kernel';
import { days } from '@alliance/testing';
import {
  attemptOutcome,
  backoffMs,
  computeSignature,
  DEFAULT_RETRY_POLICY,
  dueBy,
  dueInWindow,
  EVENT_KIND_PATTERN,
  matchesEventKind,
  shouldDisable,
  signatureHeader,
  sweepWindow,
  verifySignature,
  wantsEvent,
} from '../src';

const AT = new Date('2026-03-01T00:00:00.000Z');
const at = (ms: number) => new Date(AT.getTime() + ms);

describe('notice and webhook rules', () => {
  it('NOT-1: the sweep looks forward from where the sweeps reached and back at what was written since the last one ran, both less the overlap; 30 days back the first time', () => {
    expect(sweepWindow({ at: AT, now: AT, previous: null, lookbackDays: 30 })).toEqual({ from: at(-days(30)), to: AT, writtenSince: at(-days(30)) });
    const previous = { windowTo: at(-5), ranAt: at(-3) };
    expect(sweepWindow({ at: AT, now: AT, previous, lookbackDays: 30 })).toEqual({ from: at(-5), to: AT, writtenSince: at(-3) });
    expect(sweepWindow({ at: AT, now: AT, previous, lookbackDays: 30, overlapMs: 1000 })).toEqual({ from: at(-1005), to: AT, writtenSince: at(-1003) });
    expect(sweepWindow({ at: AT, now: AT, previous: { windowTo: AT, ranAt: AT }, lookbackDays: 30 })).toEqual({ from: AT, to: AT, writtenSince: AT });
  });

  it('NOT-1: a sweep 1 ms ahead of the clock, or an asked-for instant 1 ms before the last sweep, is refused; a scheduled sweep whose clock lags covers what it can', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
        return null;
      } catch (error) {
        return error instanceof UserError ? [error.code, error.field] : error;
      }
    };
    expect(code(() => sweepWindow({ at: at(1), now: AT, previous: null, lookbackDays: 30 }))).toEqual(['NOTICE_SWEEP_IN_FUTURE', 'at']);
    expect(code(() => sweepWindow({ at: at(-1), now: AT, previous: { windowTo: AT, ranAt: AT }, lookbackDays: 30 }))).toEqual([
      'NOTICE_SWEEP_BEFORE_LAST',
      'at',
    ]);
    expect(sweepWindow({ at: at(-1), now: at(-1), previous: { windowTo: AT, ranAt: AT }, lookbackDays: 30, overlapMs: 10, explicitAt: false })).toEqual({
      from: at(-11),
      to: at(-1),
      writtenSince: at(-10),
    });
  });

  it('NOT-1: a sweep keeps everything due by its end, however early, and nothing later', () => {
    const notice = (subjectId: string, dueAt: Date) => ({ kind: 'k.due', subjectId, partnerId: null, dueAt, message: subjectId });
    const kept = dueBy([notice('later', at(1)), notice('now', AT), notice('long-ago', at(-days(400))), notice('now', AT)], AT);
    expect(kept.map((n) => n.subjectId)).toEqual(['long-ago', 'now']);
  });

  it('NOT-1: a window keeps notices due at both ends, drops 1 ms outside, and keeps each stable key once', () => {
    const notice = (subjectId: string, dueAt: Date, kind = 'k.due') => ({ kind, subjectId, partnerId: null, dueAt, message: subjectId });
    const window = { from: AT, to: at(days(1)) };
    const kept = dueInWindow(
      [
        notice('late', at(days(1) + 1)),
        notice('end', at(days(1))),
        notice('start', AT),
        notice('early', at(-1)),
        notice('start', AT),
        notice('start', AT, 'k.other'),
      ],
      window,
    );
    expect(kept.map((n) => `${n.kind}/${n.subjectId}`)).toEqual(['k.due/start', 'k.other/start', 'k.due/end']);
  });

  it('NOT-1: event kinds match exactly, by prefix wildcard, or all with *; a partner filter narrows them', () => {
    expect(matchesEventKind(['certification.*'], 'certification.listing_removed')).toBe(true);
    expect(matchesEventKind(['certification.*'], 'certificationx.listing_removed')).toBe(false);
    expect(matchesEventKind(['notice.*'], 'notice.support.sla_breach')).toBe(true);
    expect(matchesEventKind(['notice.support.*'], 'notice.membership.renewal')).toBe(false);
    expect(matchesEventKind(['support.case_breached'], 'support.case_breached')).toBe(true);
    expect(matchesEventKind(['support.case_breached'], 'support.case_breached_again')).toBe(false);
    expect(matchesEventKind(['*'], 'anything.at_all')).toBe(true);
    expect(wantsEvent({ eventKinds: ['*'], partnerId: 'p1' }, 'x.y', 'p2')).toBe(false);
    expect(wantsEvent({ eventKinds: ['*'], partnerId: 'p1' }, 'x.y', null)).toBe(false);
    expect(wantsEvent({ eventKinds: ['*'], partnerId: 'p1' }, 'x.y', 'p1')).toBe(true);
    expect(['*', 'notice.*', 'a.b_c', 'a.b.*'].every((k) => EVENT_KIND_PATTERN.test(k))).toBe(true);
    expect(['', 'a..b', 'a.*.b', '.*', 'a b', 'a.b-c'].some((k) => EVENT_KIND_PATTERN.test(k))).toBe(false);
  });

  it('NOT-1: retries back off 30 s × 2^(n-1), capped at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 60].map((n) => backoffMs(n, DEFAULT_RETRY_POLICY) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });

  it('NOT-1: a 2xx delivers; anything else retries until the last attempt, which fails the delivery', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 };
    expect(attemptOutcome({ httpStatus: 200, attemptsLeft: 3, at: AT, policy })).toEqual({ status: 'DELIVERED', deliveredAt: AT });
    expect(attemptOutcome({ httpStatus: 299, attemptsLeft: 1, at: AT, policy }).status).toBe('DELIVERED');
    expect(attemptOutcome({ httpStatus: 300, attemptsLeft: 3, at: AT, policy })).toEqual({ status: 'PENDING', attemptsLeft: 2, nextAttemptAt: at(30_000) });
    expect(attemptOutcome({ httpStatus: null, attemptsLeft: 2, at: AT, policy })).toEqual({ status: 'PENDING', attemptsLeft: 1, nextAttemptAt: at(60_000) });
    expect(attemptOutcome({ httpStatus: 199, attemptsLeft: 1, at: AT, policy })).toEqual({ status: 'FAILED', attemptsLeft: 0 });
    expect(shouldDisable(4, DEFAULT_RETRY_POLICY)).toBe(false);
    expect(shouldDisable(5, DEFAULT_RETRY_POLICY)).toBe(true);
  });

  it('NOT-1: a Standard Webhooks signature verifies over the id, timestamp and exact raw body within the tolerance (300 s inside, 301 s outside)', () => {
    const secret = `whsec_${Buffer.from('a signing key of thirty-two bytes').toString('base64')}`;
    const body = '{"id":"e1","type":"x.y","payload":{"n":1}}';
    const timestamp = Math.floor(AT.getTime() / 1000);
    const id = 'd-1';
    const header = signatureHeader(secret, id, timestamp, body);
    expect(header).toBe(`v1,${computeSignature(secret, id, timestamp, body)}`);
    const headers = (signature: string | undefined, stamp = timestamp, messageId = id) => ({
      'webhook-id': messageId,
      'webhook-timestamp': String(stamp),
      'webhook-signature': signature,
    });
    expect(verifySignature(secret, headers(header), body, 300, at(300_000))).toEqual({ valid: true, timestamp });
    expect(verifySignature(secret, headers(header), Buffer.from(body), 300, at(-300_000)).valid).toBe(true);
    expect(verifySignature(secret, headers(header), body, 300, at(301_000))).toEqual({ valid: false, reason: 'timestamp outside the tolerance' });
    expect(verifySignature(secret, headers(header), body.replace('1', '2'), 300, AT)).toEqual({ valid: false, reason: 'signature does not match' });
    expect(verifySignature(secret, headers(header), ` ${body}`, 300, AT).valid).toBe(false);
    expect(verifySignature(secret, headers(header, timestamp + 1), body, 300, AT).valid).toBe(false);
    expect(verifySignature(secret, headers(header, timestamp, 'd-2'), body, 300, AT).valid).toBe(false);
    expect(verifySignature(secret, headers(`v1,AAAA ${header}`), body, 300, AT).valid).toBe(true);
    expect(signatureHeader([secret, 'whsec_b3RoZXI='], id, timestamp, body).split(' ')).toHaveLength(2);
    expect(verifySignature(secret, headers(undefined), body, 300, AT)).toEqual({ valid: false, reason: 'missing signature header' });
    expect(verifySignature(secret, { 'webhook-id': id, 'webhook-signature': header }, body, 300, AT)).toEqual({
      valid: false,
      reason: 'no timestamp in webhook-timestamp header',
    });
  });
});
