import { CERTIFICATION_NOTICE_KINDS, SoftwareReleaseKind } from '../src';
import { hotFixNoticeRule, reviewSlotNoticeRule } from '../src/notices';
import { setup } from './support';

const ms = (iso: string, delta = 0) => new Date(new Date(iso).getTime() + delta);

describe('certification notices', () => {
  it('NOT-1/CERT-2: a reserved review slot is due at its start instant exactly', async () => {
    const f = await setup();
    const startsAt = '2026-03-10T15:00:00.000Z';
    const { reservation } = await f.reservation(f.partnerA, new Date(startsAt));
    expect(f.module.noticeRules).toContain(reviewSlotNoticeRule);
    const due = await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt, -60_000), ms(startsAt));
    expect(due).toEqual([expect.objectContaining({ kind: CERTIFICATION_NOTICE_KINDS.REVIEW_SLOT_STARTS, subjectId: reservation.id, partnerId: f.partnerA, dueAt: new Date(startsAt) })]);
    expect(await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt, 1), ms(startsAt, 60_000))).toEqual([]);
    expect(await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt, -60_000), ms(startsAt, -1))).toEqual([]);
  });

  it('NOT-1/CERT-10: a hot fix awaiting re-certification is due on its estimated update date at 00:00 UTC', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const ctx = f.ctxFor(f.partnerA);
    const fix = await f.tx(ctx, () => f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.4.1', releasedOn: '2026-02-10', releaseKind: SoftwareReleaseKind.HOT_FIX }));
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, { versionId: fix.id, baseVersionId: version.id, bugDescription: 'b', symptoms: 's', estimatedUpdateOn: '2026-04-01', distributions: [] }),
    );
    const dueAt = '2026-04-01T00:00:00.000Z';
    const due = await hotFixNoticeRule.due(f.db.manager, ms(dueAt, -1000), ms(dueAt));
    expect(due).toEqual([expect.objectContaining({ kind: CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE, subjectId: hotFix.id, partnerId: f.partnerA, dueAt: new Date(dueAt) })]);
    expect(due[0].data).toEqual({ hotFixId: hotFix.id, versionId: fix.id, estimatedUpdateOn: '2026-04-01' });
    expect(await hotFixNoticeRule.due(f.db.manager, ms(dueAt, 1), ms(dueAt, 3_600_000))).toEqual([]);
    expect(await hotFixNoticeRule.due(f.db.manager, ms(dueAt, -86_400_000), ms(dueAt, -1))).toEqual([]);
  });
});
