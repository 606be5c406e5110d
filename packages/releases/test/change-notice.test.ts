import { days } from '@alliance/testing';
import { CHANGE_NOTICE_FILED, CHANGE_NOTICE_LATE, changeNoticeLateRule, PartnerChangeKind } from '../src';
import { createWorld, ids, T0, World } from './helpers';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.db.dataSource.destroy();
});

const partnerId = ids();
const file = (plannedReleaseAt: Date) =>
  world.module.changeNotices.file(world.partner(partnerId), {
    partnerId,
    changeKind: PartnerChangeKind.PATCH,
    softwareName: 'StorArray SVA',
    softwareVersion: '4.2.1',
    description: 'Fix for multipath failover',
    plannedReleaseAt,
  });

describe('REL-7 change notices', () => {
  it('REL-7: a notice filed exactly 14 days before the public release is on time', async () => {
    const notice = await file(new Date(T0.getTime() + days(14)));
    expect(notice.late).toBe(false);
    expect(notice.noticeDeadline.toISOString()).toBe(T0.toISOString());
  });

  it('REL-7: a notice filed 14 days minus one millisecond ahead is accepted and marked late', async () => {
    const notice = await file(new Date(T0.getTime() + days(14) - 1));
    expect(notice.late).toBe(true);
    expect(notice.id).toBeDefined();
    expect(world.bus.ofType(CHANGE_NOTICE_FILED)[0]).toMatchObject({ partnerId, payload: { noticeId: notice.id, late: true } });
  });

  it('REL-7: a partner key cannot file for another partner', async () => {
    await expect(
      world.module.changeNotices.file(world.partner(ids()), {
        partnerId,
        changeKind: PartnerChangeKind.UPDATE,
        softwareName: 'x',
        description: 'y',
        plannedReleaseAt: new Date(T0.getTime() + days(30)),
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('NOT-1 / REL-7: the change_notice_late notice falls at the filing instant of a late notice only', async () => {
    await file(new Date(T0.getTime() + days(20)));
    const late = await file(new Date(T0.getTime() + days(3)));
    const em = world.db.manager;
    const notices = await changeNoticeLateRule.due(em, T0, T0);
    expect(notices).toEqual([expect.objectContaining({ kind: CHANGE_NOTICE_LATE, subjectId: late.id, partnerId, dueAt: T0 })]);
    expect(notices[0].data).toEqual({
      softwareName: late.softwareName,
      changeKind: late.changeKind,
      plannedReleaseAt: late.plannedReleaseAt.toISOString(),
      noticeDeadline: late.noticeDeadline.toISOString(),
    });
    expect(await changeNoticeLateRule.due(em, new Date(T0.getTime() + 1), new Date(T0.getTime() + days(1)))).toEqual([]);
  });
});
