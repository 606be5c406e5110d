import { newId, UserError } from '@alliance/kernel';
import { addCalendarMonths, customerNoticeOn, endOfSupportNoticeRule, SoftwareVersionInfo, versionLifecycles } from '../src';
import { createHarness, engineer, Harness, inTransaction, partnerA } from './helpers';

const v = (version: string, releaseKind: SoftwareVersionInfo['releaseKind'], releasedOn: string): SoftwareVersionInfo => ({
  versionId: `v-${version}`,
  version,
  releaseKind,
  releasedOn,
});
const versions = [v('4.0', 'MAJOR', '2025-03-01'), v('4.1', 'MINOR', '2025-09-15'), v('5.0', 'MAJOR', '2026-08-31'), v('5.0.1', 'PATCH', '2026-10-01')];

describe('obsolescence rules (SUP-7)', () => {
  it('SUP-7: 6 calendar months after 2026-08-31 is 2027-02-28 (the day is clamped to the month end)', () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-01-15', 6)).toBe('2026-07-15');
  });

  it('SUP-7: customers must be told 3 calendar months before the end: 2027-02-28 gives 2026-11-28', () => {
    expect(customerNoticeOn('2027-02-28')).toBe('2026-11-28');
    expect(customerNoticeOn('2027-05-31')).toBe('2027-02-28');
  });

  it('SUP-7: only a MAJOR version starts the clock; minor and patch releases do not', () => {
    const lifecycles = versionLifecycles(versions);
    const byVersion = Object.fromEntries(lifecycles.map((l) => [l.version.version, [l.supersededBy?.version ?? null, l.earliestEndOfSupportOn]]));
    expect(byVersion).toEqual({
      '4.0': ['5.0', '2027-02-28'],
      '4.1': ['5.0', '2027-02-28'],
      '5.0': [null, null],
      '5.0.1': [null, null],
    });
  });
});

describe('obsolescence service (SUP-7)', () => {
  let h: Harness;
  const softwareId = newId();
  beforeEach(async () => {
    h = await createHarness('2026-09-01T08:00:00.000Z');
    h.certification.versions.set(softwareId, versions);
  });

  const setEnd = (versionId: string, endsOn: string) => {
    const ctx = h.ctx(engineer);
    return inTransaction(ctx, () => h.module.services.obsolescence.setEndOfSupport(ctx, { partnerId: partnerA, softwareId, versionId, endsOn }));
  };

  async function refused(work: Promise<unknown>): Promise<UserError> {
    try {
      await work;
    } catch (error) {
      return error as UserError;
    }
    throw new Error('expected a refusal');
  }

  it('SUP-7: an end of support one day before 6 months after the next major is refused, naming the field; the exact day is accepted', async () => {
    const error = await refused(setEnd('v-4.0', '2027-02-27'));
    expect([error.code, error.field]).toEqual(['SUPPORT_END_BEFORE_MINIMUM', 'endsOn']);
    const row = await setEnd('v-4.0', '2027-02-28');
    expect([row.endsOn, row.customerNoticeOn, row.version]).toEqual(['2027-02-28', '2026-11-28', '4.0']);
  });

  it('SUP-7: a version with no newer major cannot have its support ended', async () => {
    const error = await refused(setEnd('v-5.0', '2030-01-01'));
    expect([error.code, error.field]).toEqual(['SUPPORT_END_NO_NEWER_MAJOR', 'endsOn']);
  });

  it('SUP-7: an end that leaves less than 3 months of notice from today is refused; exactly 3 months is accepted', async () => {
    h.clock.set('2026-12-01T00:00:00.000Z');
    const error = await refused(setEnd('v-4.0', '2027-02-28'));
    expect([error.code, error.field]).toEqual(['SUPPORT_END_NOTICE_TOO_SHORT', 'endsOn']);
    h.clock.set('2026-11-28T23:59:59.999Z');
    expect((await setEnd('v-4.1', '2027-02-28')).customerNoticeOn).toBe('2026-11-28');
  });

  it('SUP-7: the obsolescence view and obsolete products: supported through the last day, obsolete from the next', async () => {
    await setEnd('v-4.0', '2027-02-28');
    const ctx = h.ctx(engineer);
    const view = await h.module.services.obsolescence.forSoftware(ctx, softwareId);
    expect(view.find((x) => x.version === '4.0')).toMatchObject({
      scheduled: true,
      endOfSupportOn: '2027-02-28',
      customerNoticeOn: '2026-11-28',
      obsolete: false,
    });
    expect(view.find((x) => x.version === '4.1')).toMatchObject({
      scheduled: false,
      earliestEndOfSupportOn: '2027-02-28',
      endOfSupportOn: '2027-02-28',
      obsolete: false,
    });
    h.clock.set('2027-02-28T23:59:59.999Z');
    expect((await h.module.services.obsolescence.obsoleteProducts(ctx)).edges).toHaveLength(0);
    h.clock.set('2027-03-01T00:00:00.000Z');
    expect((await h.module.services.obsolescence.obsoleteProducts(ctx)).edges.map((e) => e.node.version)).toEqual(['4.0']);
    expect((await h.module.services.obsolescence.forSoftware(ctx, softwareId)).find((x) => x.version === '4.0')?.obsolete).toBe(true);
  });

  it('SUP-7 NOT-1: an end accepted on its notice date is due at 00:00 that day, before it was written: the late path finds it by when it was set', async () => {
    h.clock.set('2026-11-28T10:00:00.000Z');
    const row = await setEnd('v-4.0', '2027-02-28');
    expect(row.customerNoticeOn).toBe('2026-11-28');
    const dueAt = new Date('2026-11-28T00:00:00.000Z');
    // Written at or after `since`, due by `to`: found; written 1 ms before `since`: not (the previous sweep saw it).
    const late = await endOfSupportNoticeRule.writtenSince!(h.db.manager, new Date('2026-11-28T10:00:00.000Z'), new Date('2026-11-28T10:01:00.000Z'));
    expect(late.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([[row.id, dueAt.toISOString()]]);
    expect(await endOfSupportNoticeRule.writtenSince!(h.db.manager, new Date('2026-11-28T10:00:00.001Z'), new Date('2026-11-28T10:01:00.000Z'))).toEqual([]);
    // Not due yet by `to`: not found.
    expect(await endOfSupportNoticeRule.writtenSince!(h.db.manager, new Date('2026-11-01T00:00:00.000Z'), new Date(dueAt.getTime() - 1))).toEqual([]);
  });

  it('SUP-7: the customer notice is due at 00:00 UTC on the notice date', async () => {
    const row = await setEnd('v-4.0', '2027-02-28');
    const at = new Date('2026-11-28T00:00:00.000Z');
    expect(await endOfSupportNoticeRule.due(h.db.manager, new Date('2026-11-01T00:00:00.000Z'), new Date(at.getTime() - 1))).toEqual([]);
    const [notice] = await endOfSupportNoticeRule.due(h.db.manager, at, at);
    expect([notice.kind, notice.subjectId, notice.partnerId, notice.dueAt.toISOString()]).toEqual([
      'support.end_of_support_notice',
      row.id,
      partnerA,
      '2026-11-28T00:00:00.000Z',
    ]);
    expect(notice.data).toMatchObject({ version: '4.0', endsOn: '2027-02-28' });
    expect(await endOfSupportNoticeRule.due(h.db.manager, new Date(at.getTime() + 1), new Date('2026-12-31T00:00:00.000Z'))).toEqual([]);
  });
});
