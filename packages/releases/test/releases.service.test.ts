import { RequestContext, UserError } from '@alliance/kernel';
import { days } from '@alliance/testing';
import {
  ActivityDenialReason,
  MAJOR_RELEASE_ANNOUNCED,
  MAJOR_RELEASE_UNANNOUNCED,
  Milestone,
  MILESTONE_REACHED,
  MILESTONE_REACHED_NOTICE,
  PartnerActivity,
  Release,
  ReleaseBuildType,
  ReleaseKind,
  ReleaseMilestone,
} from '../src';
import { createWorld, ids, T0, World } from './helpers';
import { advance, productWithRelease } from './fixtures';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.db.dataSource.destroy();
});

async function rejects(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('REL-1 milestones', () => {
  it('REL-1: a major release moves through Early Access, Beta, RC, RTM and GA, each with its availability instant and build type', async () => {
    const { release } = await productWithRelease(world);
    const instants = [0, 10, 20, 30, 40].map((d) => new Date(T0.getTime() + days(d)));
    world.clock.set(instants[4]);
    const order = [Milestone.EARLY_ACCESS, Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA];
    for (const [i, milestone] of order.entries()) {
      await advance(world, release.id, milestone, { availableAt: instants[i], buildType: i < 2 ? ReleaseBuildType.BETA_TYPE : ReleaseBuildType.RELEASE_TYPE });
    }
    const rows = await world.db.manager.find(ReleaseMilestone, { where: { releaseId: release.id }, order: { availableAt: 'ASC' } });
    expect(rows.map((r) => [r.milestone, r.availableAt.toISOString(), r.buildType])).toEqual([
      ['EARLY_ACCESS', instants[0].toISOString(), 'BETA_TYPE'],
      ['BETA', instants[1].toISOString(), 'BETA_TYPE'],
      ['RC', instants[2].toISOString(), 'RELEASE_TYPE'],
      ['RTM', instants[3].toISOString(), 'RELEASE_TYPE'],
      ['GA', instants[4].toISOString(), 'RELEASE_TYPE'],
    ]);
    expect((await world.db.manager.findOneByOrFail(Release, { id: release.id })).milestone).toBe(Milestone.GA);
  });

  it('REL-1: moving back or repeating a milestone is refused and changes nothing', async () => {
    const { release } = await productWithRelease(world, ReleaseKind.UPDATE);
    await advance(world, release.id, Milestone.RC);
    const error = await rejects(advance(world, release.id, Milestone.RC));
    expect([error.code, error.field]).toEqual(['MILESTONE_NOT_FORWARD', 'milestone']);
    expect(await world.db.manager.count(ReleaseMilestone, { where: { releaseId: release.id } })).toBe(1);
  });

  it('REL-1: a major release may not skip Beta; an update release goes straight to RC; a patch straight to GA', async () => {
    const major = await productWithRelease(world, ReleaseKind.MAJOR);
    await advance(world, major.release.id, Milestone.EARLY_ACCESS);
    expect((await rejects(advance(world, major.release.id, Milestone.RC))).code).toBe('MILESTONE_SKIPPED');
    const update = await productWithRelease(world, ReleaseKind.UPDATE);
    await expect(advance(world, update.release.id, Milestone.RC)).resolves.toBeDefined();
    const patch = await productWithRelease(world, ReleaseKind.PATCH);
    expect((await rejects(advance(world, patch.release.id, Milestone.RC))).code).toBe('MILESTONE_NOT_FOR_KIND');
    await expect(advance(world, patch.release.id, Milestone.GA)).resolves.toBeDefined();
  });

  it('REL-1: a milestone build cannot be available in the future nor before the previous milestone build', async () => {
    const { release } = await productWithRelease(world, ReleaseKind.UPDATE);
    const future = await rejects(advance(world, release.id, Milestone.RC, { availableAt: new Date(T0.getTime() + 1) }));
    expect([future.code, future.field]).toEqual(['AVAILABILITY_IN_FUTURE', 'availableAt']);
    await advance(world, release.id, Milestone.RC, { availableAt: T0 });
    const before = await rejects(advance(world, release.id, Milestone.RTM, { availableAt: new Date(T0.getTime() - 1) }));
    expect(before.code).toBe('AVAILABILITY_BEFORE_PREVIOUS');
    await expect(advance(world, release.id, Milestone.RTM, { availableAt: T0 })).resolves.toBeDefined();
  });

  it('REL-1: a version is unique within its product', async () => {
    const { product } = await productWithRelease(world);
    const error = await rejects(world.module.service.createRelease(world.staff(), { productId: product.id, version: '9.0', kind: ReleaseKind.MINOR }));
    expect([error.code, error.field]).toEqual(['RELEASE_VERSION_TAKEN', 'version']);
  });
});

describe('REL-5 for certification (CERT-9)', () => {
  it('REL-5: productReleases answers the releases of the products that reached a milestone, with kind, version and when the first build was available', async () => {
    const { product, release } = await productWithRelease(world, ReleaseKind.MAJOR);
    const waiting = await world.module.service.createRelease(world.staff(), { productId: product.id, version: '10.0', kind: ReleaseKind.MAJOR });
    const firstAt = new Date(T0.getTime() - days(3));
    await advance(world, release.id, Milestone.EARLY_ACCESS, { availableAt: firstAt });
    await advance(world, release.id, Milestone.BETA);
    const answer = await world.module.service.productReleases(world.staff(), [product.id, ids()]);
    expect(answer).toEqual([{ releaseId: release.id, productId: product.id, kind: ReleaseKind.MAJOR, version: '9.0', firstMilestoneAt: firstAt }]);
    expect(answer.map((r) => r.releaseId)).not.toContain(waiting.id);
  });
});

describe('REL-2 the activity question', () => {
  let ctx: RequestContext;
  beforeEach(() => {
    ctx = world.staff();
  });

  it('REL-2: certification is refused before RC and allowed from the RC availability instant exactly', async () => {
    const { release, programId } = await productWithRelease(world, ReleaseKind.UPDATE);
    const partnerId = ids();
    world.membership.enroll(partnerId, programId);
    const rcAt = new Date(T0.getTime() - days(1));
    await advance(world, release.id, Milestone.RC, { availableAt: rcAt });
    const ask = (at: Date) => world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: PartnerActivity.CERTIFICATION, at });
    expect(await ask(new Date(rcAt.getTime() - 1))).toMatchObject({ allowed: false, reasonCode: ActivityDenialReason.MILESTONE_NOT_REACHED, milestone: null });
    expect(await ask(rcAt)).toMatchObject({ allowed: true, reasonCode: null, milestone: Milestone.RC, productId: release.productId, version: '9.0' });
  });

  it('REL-2: at Beta certification is refused with ACTIVITY_NOT_ALLOWED_AT_MILESTONE; the early certification kit is allowed', async () => {
    const { release, programId } = await productWithRelease(world);
    const partnerId = ids();
    world.membership.enroll(partnerId, programId);
    await advance(world, release.id, Milestone.EARLY_ACCESS, { availableAt: new Date(T0.getTime() - days(2)) });
    await advance(world, release.id, Milestone.BETA, { availableAt: T0, announce: true });
    const answer = await world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: 'CERTIFICATION', at: T0 });
    expect(answer).toMatchObject({ allowed: false, reasonCode: 'ACTIVITY_NOT_ALLOWED_AT_MILESTONE', milestone: 'BETA' });
    const kit = await world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: 'EARLY_CERTIFICATION_KIT', at: T0 });
    expect(kit.allowed).toBe(true);
  });

  it('REL-2: the answer is computed at the instant asked: RTM refuses certification that RC allowed', async () => {
    const { release, programId } = await productWithRelease(world, ReleaseKind.UPDATE);
    const partnerId = ids();
    world.membership.enroll(partnerId, programId);
    const rtmAt = new Date(T0.getTime() - days(1));
    await advance(world, release.id, Milestone.RC, { availableAt: new Date(T0.getTime() - days(30)) });
    await advance(world, release.id, Milestone.RTM, { availableAt: rtmAt });
    const ask = (at: Date, activity = 'CERTIFICATION') => world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity, at });
    expect((await ask(new Date(rtmAt.getTime() - 1))).allowed).toBe(true);
    expect(await ask(rtmAt)).toMatchObject({ allowed: false, reasonCode: 'ACTIVITY_NOT_ALLOWED_AT_MILESTONE', milestone: 'RTM' });
    expect((await ask(rtmAt, 'OEM_MEDIA_KIT')).allowed).toBe(true);
  });

  it("REL-2: a partner in none of the product's programs at the instant is answered NOT_A_MEMBER", async () => {
    const { release, programId } = await productWithRelease(world, ReleaseKind.PATCH);
    await advance(world, release.id, Milestone.GA, { availableAt: new Date(T0.getTime() - days(10)) });
    const partnerId = ids();
    world.membership.enroll(partnerId, ids());
    const ask = () => world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: 'CERTIFICATION', at: T0 });
    expect(await ask()).toMatchObject({ allowed: false, reasonCode: 'NOT_A_MEMBER', milestone: 'GA' });
    world.membership.enroll(partnerId, programId, T0);
    expect(await world.module.service.activityAllowed(world.staff(), { partnerId, releaseId: release.id, activity: 'CERTIFICATION', at: T0 })).toMatchObject({
      allowed: true,
    });
  });

  it('REL-2: an unknown release is answered RELEASE_NOT_FOUND and an unknown activity UNKNOWN_ACTIVITY', async () => {
    const partnerId = ids();
    expect(await world.module.service.activityAllowed(ctx, { partnerId, releaseId: ids(), activity: 'CERTIFICATION', at: T0 })).toEqual(
      expect.objectContaining({ allowed: false, reasonCode: 'RELEASE_NOT_FOUND', productId: null, version: null, milestone: null }),
    );
    const { release, programId } = await productWithRelease(world, ReleaseKind.PATCH);
    world.membership.enroll(partnerId, programId);
    await advance(world, release.id, Milestone.GA);
    expect((await world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: 'FISHING', at: T0 })).reasonCode).toBe(
      'UNKNOWN_ACTIVITY',
    );
  });

  it('REL-2: certification asks through a port it declares itself, without importing this package', async () => {
    // The shape certification declares in its own ports.ts (docs/domain-contracts.md).
    interface ReleasesPortOfCertification {
      activityAllowed(
        ctx: RequestContext,
        query: { partnerId: string; releaseId: string; activity: string; at: Date },
      ): Promise<{ allowed: boolean; reasonCode: string | null; milestone: string | null; productId: string | null; version: string | null }>;
    }
    const port: ReleasesPortOfCertification = world.module.service;
    const { release, programId } = await productWithRelease(world, ReleaseKind.PATCH);
    const partnerId = ids();
    world.membership.enroll(partnerId, programId);
    await advance(world, release.id, Milestone.GA);
    expect(await port.activityAllowed(world.partner(partnerId), { partnerId, releaseId: release.id, activity: 'SUBMISSION', at: T0 })).toMatchObject({
      allowed: true,
      milestone: 'GA',
    });
  });

  it('REL-6: the answer carries the build type of the milestone in force', async () => {
    const { release, programId } = await productWithRelease(world, ReleaseKind.UPDATE);
    const partnerId = ids();
    world.membership.enroll(partnerId, programId);
    await advance(world, release.id, Milestone.RC, { buildType: ReleaseBuildType.BETA_TYPE });
    expect((await world.module.service.activityAllowed(ctx, { partnerId, releaseId: release.id, activity: 'CERTIFICATION', at: T0 })).buildType).toBe(
      'BETA_TYPE',
    );
  });
});

describe('REL-4 and REL-5 events', () => {
  it('REL-4: reaching a milestone publishes releases.milestone_reached with the product, milestone, download information and programs', async () => {
    const programs = [ids(), ids()];
    const { product, release } = await productWithRelease(world, ReleaseKind.UPDATE, programs);
    const availableAt = new Date(T0.getTime() - days(1));
    await advance(world, release.id, Milestone.RC, { availableAt });
    const events = world.bus.ofType(MILESTONE_REACHED);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({
      productId: product.id,
      releaseId: release.id,
      releaseKind: 'UPDATE',
      version: '9.0',
      milestone: 'RC',
      availableAt: availableAt.toISOString(),
      buildType: 'RELEASE_TYPE',
      downloadUrl: `https://downloads.example.com/${release.id}/rc`,
      programIds: programs,
    });
  });

  it('REL-4: each active member of the tied programs gets one notice per milestone, with the download URL; a member of two programs gets one; a member whose enrollment ended 1 ms before gets none', async () => {
    const [p, q] = [ids(), ids()];
    const [a, b, ended, outside] = [ids(), ids(), ids(), ids()];
    world.membership.enroll(a, p);
    world.membership.enroll(b, p);
    world.membership.enroll(b, q);
    world.membership.enroll(ended, p, '2000-01-01T00:00:00.000Z', new Date(T0.getTime()));
    world.membership.enroll(outside, ids());
    const { product, release } = await productWithRelease(world, ReleaseKind.UPDATE, [p, q]);
    const { milestone } = await advance(world, release.id, Milestone.RC);
    const notices = world.notices.all;
    expect(notices.map((n) => n.partnerId).sort()).toEqual([a, b].sort());
    const forB = notices.find((n) => n.partnerId === b)!;
    expect(forB).toMatchObject({ kind: MILESTONE_REACHED_NOTICE, subjectId: `${milestone.id}:${b}`, dueAt: T0 });
    expect(forB.data).toMatchObject({
      productId: product.id,
      releaseId: release.id,
      milestone: 'RC',
      downloadUrl: `https://downloads.example.com/${release.id}/rc`,
      programIds: [p, q].sort(),
    });
    expect(forB.message).toContain(`https://downloads.example.com/${release.id}/rc`);
  });

  it('REL-4 REL-8: an Early Access notice tells members the build is given on request, without its URL', async () => {
    const p = ids();
    const member = ids();
    world.membership.enroll(member, p);
    const { release } = await productWithRelease(world, ReleaseKind.MAJOR, [p]);
    await advance(world, release.id, Milestone.EARLY_ACCESS);
    const [notice] = world.notices.all;
    expect(notice.data?.downloadUrl).toBeNull();
    expect(notice.message).toContain('on request');
  });

  it('REL-4: a refused step publishes nothing and notifies no one', async () => {
    const p = ids();
    world.membership.enroll(ids(), p);
    const { release } = await productWithRelease(world, ReleaseKind.PATCH, [p]);
    await rejects(advance(world, release.id, Milestone.RC));
    expect(world.bus.events).toHaveLength(0);
    expect(world.notices.all).toEqual([]);
  });

  it('REL-8: Early Access and RTM events carry no download location (those builds are given on request)', async () => {
    const { release } = await productWithRelease(world, ReleaseKind.MAJOR);
    await advance(world, release.id, Milestone.EARLY_ACCESS);
    expect(world.bus.ofType(MILESTONE_REACHED)[0].payload.downloadUrl).toBeNull();
  });

  it('REL-5: a major release announced on reaching Beta is not flagged and publishes releases.major_release_announced', async () => {
    const { release } = await productWithRelease(world);
    await advance(world, release.id, Milestone.EARLY_ACCESS);
    await advance(world, release.id, Milestone.BETA, { announce: true });
    const stored = await world.db.manager.findOneByOrFail(Release, { id: release.id });
    expect(stored.announcedAt?.toISOString()).toBe(T0.toISOString());
    expect(stored.unannouncedFlaggedAt).toBeNull();
    expect(world.bus.ofType(MAJOR_RELEASE_ANNOUNCED)).toHaveLength(1);
    expect(world.bus.ofType(MAJOR_RELEASE_UNANNOUNCED)).toHaveLength(0);
  });

  it('REL-5: a major release announced before Early Access ends stays unflagged through GA', async () => {
    const { release } = await productWithRelease(world);
    await advance(world, release.id, Milestone.EARLY_ACCESS);
    await world.module.service.announceRelease(world.staff(), { releaseId: release.id });
    for (const m of [Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA]) await advance(world, release.id, m);
    expect(world.bus.ofType(MAJOR_RELEASE_UNANNOUNCED)).toHaveLength(0);
    const error = await rejects(world.module.service.announceRelease(world.staff(), { releaseId: release.id }));
    expect(error.code).toBe('ALREADY_ANNOUNCED');
  });

  it('REL-5: a major release reaching Beta unannounced is flagged once, with releases.major_release_unannounced', async () => {
    const { release } = await productWithRelease(world);
    await advance(world, release.id, Milestone.EARLY_ACCESS);
    expect(world.bus.ofType(MAJOR_RELEASE_UNANNOUNCED)).toHaveLength(0);
    await advance(world, release.id, Milestone.BETA);
    await advance(world, release.id, Milestone.RC);
    const flagged = world.bus.ofType(MAJOR_RELEASE_UNANNOUNCED);
    expect(flagged).toHaveLength(1);
    expect(flagged[0].payload).toMatchObject({ releaseId: release.id, milestone: 'BETA' });
    expect((await world.db.manager.findOneByOrFail(Release, { id: release.id })).unannouncedFlaggedAt?.toISOString()).toBe(T0.toISOString());
  });

  it('REL-5: minor releases are never flagged', async () => {
    const { release } = await productWithRelease(world, ReleaseKind.MINOR);
    for (const m of [Milestone.EARLY_ACCESS, Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA]) await advance(world, release.id, m);
    expect(world.bus.ofType(MAJOR_RELEASE_UNANNOUNCED)).toHaveLength(0);
  });
});
