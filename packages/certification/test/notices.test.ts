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
    expect(due).toEqual([
      expect.objectContaining({
        kind: CERTIFICATION_NOTICE_KINDS.REVIEW_SLOT_STARTS,
        subjectId: reservation.id,
        partnerId: f.partnerA,
        dueAt: new Date(startsAt),
      }),
    ]);
    expect(await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt, 1), ms(startsAt, 60_000))).toEqual([]);
    expect(await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt, -60_000), ms(startsAt, -1))).toEqual([]);
  });

  it('NOT-1/CERT-10: a hot fix awaiting re-certification is due on its estimated update date at 00:00 UTC', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const ctx = f.ctxFor(f.partnerA);
    const fix = await f.tx(ctx, () =>
      f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.4.1', releasedOn: '2026-02-10', releaseKind: SoftwareReleaseKind.HOT_FIX }),
    );
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, {
        versionId: fix.id,
        baseVersionId: version.id,
        bugDescription: 'b',
        symptoms: 's',
        estimatedUpdateOn: '2026-04-01',
        distributions: [],
      }),
    );
    const dueAt = '2026-04-01T00:00:00.000Z';
    const due = await hotFixNoticeRule.due(f.db.manager, ms(dueAt, -1000), ms(dueAt));
    expect(due).toEqual([
      expect.objectContaining({ kind: CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE, subjectId: hotFix.id, partnerId: f.partnerA, dueAt: new Date(dueAt) }),
    ]);
    expect(due[0].data).toEqual({ hotFixId: hotFix.id, versionId: fix.id, estimatedUpdateOn: '2026-04-01' });
    expect(await hotFixNoticeRule.due(f.db.manager, ms(dueAt, 1), ms(dueAt, 3_600_000))).toEqual([]);
    expect(await hotFixNoticeRule.due(f.db.manager, ms(dueAt, -86_400_000), ms(dueAt, -1))).toEqual([]);
  });

  it('NOT-1 CERT-10: a hot fix is judged at 00:00 of its estimated date: re-certified at that instant, no notice; re-certified 1 ms later, the notice stays due', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const ctx = f.ctxFor(f.partnerA);
    const dueAt = '2026-04-01T00:00:00.000Z';
    const fileFor = async (v: string, releasedOn: string) => {
      const fix = await f.tx(ctx, () =>
        f.catalog.registerVersion(ctx, { softwareId: software.id, version: v, releasedOn, releaseKind: SoftwareReleaseKind.HOT_FIX }),
      );
      const hotFix = await f.tx(ctx, () =>
        f.recertification.fileHotFix(ctx, {
          versionId: fix.id,
          baseVersionId: version.id,
          bugDescription: 'b',
          symptoms: 's',
          estimatedUpdateOn: '2026-04-01',
          distributions: [],
        }),
      );
      await f.grantEntitlements(f.partnerA, 1);
      const { reservation } = await f.reservation(f.partnerA, new Date('2026-06-01T15:00:00.000Z'));
      const submission = await f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: fix.id, releaseId: f.addRelease('GA'), reservationId: reservation.id, testResultsUrl: 'https://x.example/r' }),
      );
      return { hotFix, submission };
    };
    const onTime = await fileFor('2.1.0.4.1', '2026-02-10');
    const late = await fileFor('2.1.0.4.2', '2026-02-11');
    f.clock.set(dueAt);
    await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: onTime.submission.id }));
    f.clock.set(ms(dueAt, 1));
    await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: late.submission.id }));
    expect((await f.recertification.hotFix(f.admin, late.hotFix.id)).settledAt).toEqual(ms(dueAt, 1));
    expect((await hotFixNoticeRule.due(f.db.manager, ms(dueAt), ms(dueAt))).map((n) => n.subjectId)).toEqual([late.hotFix.id]);
  });

  it('NOT-1 CERT-10: a hot fix filed with its estimated date already reached is found by when it was filed', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const ctx = f.ctxFor(f.partnerA);
    f.clock.set('2026-04-01T10:00:00.000Z');
    const fix = await f.tx(ctx, () =>
      f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.4.1', releasedOn: '2026-02-10', releaseKind: SoftwareReleaseKind.HOT_FIX }),
    );
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, {
        versionId: fix.id,
        baseVersionId: version.id,
        bugDescription: 'b',
        symptoms: 's',
        estimatedUpdateOn: '2026-04-01',
        distributions: [],
      }),
    );
    const found = await hotFixNoticeRule.writtenSince!(f.db.manager, f.clock.now(), f.clock.now());
    expect(found.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([[hotFix.id, '2026-04-01T00:00:00.000Z']]);
    expect(await hotFixNoticeRule.writtenSince!(f.db.manager, ms('2026-04-01T10:00:00.000Z', 1), f.clock.now())).toEqual([]);
  });

  it('NOT-1 CERT-2: a reservation used by a submission after its slot started stays due at the start; one used before the start is not', async () => {
    const f = await setup();
    const startsAt = '2026-03-10T15:00:00.000Z';
    const before = await f.readyToSubmit(f.partnerA);
    const ctx = f.ctxFor(f.partnerA);
    await f.tx(ctx, () =>
      f.review.submit(ctx, {
        versionId: before.version.id,
        releaseId: f.addRelease('RC'),
        reservationId: before.reservation.id,
        testResultsUrl: 'https://x.example/before',
      }),
    );
    f.world.activeEnrollments.add(`${f.partnerB}:${f.programId}`);
    await f.grantEntitlements(f.partnerB, 1);
    const other = await f.softwareWithVersion(f.partnerB);
    const ctxB = f.ctxFor(f.partnerB);
    const slot = (await f.review.slots(f.admin, null, { first: 10 })).edges.map((e) => e.node).find((row) => row.startsAt.toISOString() === startsAt)!;
    const reserved = await f.tx(ctxB, () => f.review.reserveSlot(ctxB, { slotId: slot.id, partnerId: f.partnerB, capabilityMatrix: [] }));
    f.clock.set(ms(startsAt, 1));
    await f.tx(ctxB, () =>
      f.review.submit(ctxB, {
        versionId: other.version.id,
        releaseId: f.addRelease('RC'),
        reservationId: reserved.id,
        testResultsUrl: 'https://x.example/after',
      }),
    );
    const due = await reviewSlotNoticeRule.due(f.db.manager, ms(startsAt), ms(startsAt));
    expect(due.map((n) => [n.subjectId, n.partnerId])).toEqual([[reserved.id, f.partnerB]]);
  });
});
