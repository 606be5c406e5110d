import { runUnitOfWork, UserError } from '@alliance/kernel';
import { days } from '@alliance/testing';
import {
  BUILD_ACCESS_ENDED,
  BuildAccessDecision,
  BuildAccessRequest,
  BuildAccessStatus,
  Milestone,
  PreReleaseMaterial,
  PreReleaseMaterialKind,
  ReleaseKind,
  ReleaseMilestone,
} from '../src';
import { createWorld, ids, T0, World } from './helpers';
import { advance, productWithRelease } from './fixtures';

let world: World;
let releaseId: string;
let productId: string;
let programId: string;
const partnerId = ids();

beforeEach(async () => {
  world = await createWorld();
  const made = await productWithRelease(world, ReleaseKind.MAJOR);
  releaseId = made.release.id;
  productId = made.product.id;
  programId = made.programId;
  world.membership.enroll(partnerId, programId);
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

const request = (overrides: Partial<{ justification: string; milestone: Milestone | null; programId: string; partnerId: string }> = {}) =>
  world.module.preRelease.request(world.partner(overrides.partnerId ?? partnerId), {
    partnerId: overrides.partnerId ?? partnerId,
    programId: overrides.programId ?? programId,
    releaseId,
    milestone: overrides.milestone === undefined ? Milestone.EARLY_ACCESS : overrides.milestone,
    requestedBuild: 'build 4410221',
    justification: overrides.justification ?? 'Our NVMe driver needs the new storage stack before Beta',
  });

describe('REL-8 pre-release materials', () => {
  it('REL-8: a material granted to a program becomes a development kit when its product reaches GA', async () => {
    const material = await world.module.preRelease.addMaterial(world.staff(), { programId, productId, name: 'Storage Virtual Appliance kit' });
    expect(material.kind).toBe(PreReleaseMaterialKind.PRE_RELEASE_MATERIAL);
    await advance(world, releaseId, Milestone.EARLY_ACCESS);
    await advance(world, releaseId, Milestone.BETA, { announce: true });
    await advance(world, releaseId, Milestone.RC);
    await advance(world, releaseId, Milestone.RTM);
    let stored = await world.db.manager.findOneByOrFail(PreReleaseMaterial, { id: material.id });
    expect(stored.kind).toBe(PreReleaseMaterialKind.PRE_RELEASE_MATERIAL);
    await advance(world, releaseId, Milestone.GA, { availableAt: T0 });
    stored = await world.db.manager.findOneByOrFail(PreReleaseMaterial, { id: material.id });
    expect(stored.kind).toBe(PreReleaseMaterialKind.DEVELOPMENT_KIT);
    expect(stored.developmentKitSince?.toISOString()).toBe(T0.toISOString());
  });

  it('REL-8: a material tied to another release of the product stays pre-release when this one reaches GA', async () => {
    const other = await world.module.service.createRelease(world.staff(), { productId, version: '10.0', kind: ReleaseKind.MAJOR });
    const material = await world.module.preRelease.addMaterial(world.staff(), { programId, productId, releaseId: other.id, name: 'vSphere 10 SDK' });
    const patch = await world.module.service.createRelease(world.staff(), { productId, version: '9.0.1', kind: ReleaseKind.PATCH });
    await advance(world, patch.id, Milestone.GA);
    expect((await world.db.manager.findOneByOrFail(PreReleaseMaterial, { id: material.id })).kind).toBe(PreReleaseMaterialKind.PRE_RELEASE_MATERIAL);
  });

  it('REL-8: a material may only be granted to a program tied to its product', async () => {
    const error = await rejects(world.module.preRelease.addMaterial(world.staff(), { programId: ids(), productId, name: 'kit' }));
    expect([error.code, error.field]).toEqual(['PROGRAM_NOT_TIED_TO_PRODUCT', 'programId']);
  });

  it("REL-8: an active member sees its program's materials; the same partner after its membership ends sees none", async () => {
    await world.module.preRelease.addMaterial(world.staff(), { programId, productId, name: 'Workbench 3.x' });
    expect((await world.module.preRelease.materials(world.partner(partnerId), programId, {})).edges).toHaveLength(1);
    world.membership.end(partnerId, programId, T0);
    expect((await world.module.preRelease.materials(world.partner(partnerId), programId, {})).edges).toHaveLength(0);
    expect((await world.module.preRelease.materials(world.staff(), programId, {})).edges).toHaveLength(1);
  });

  it('REL-8: official milestone builds reach every active member; Early Access and RTM builds do not', async () => {
    await advance(world, releaseId, Milestone.EARLY_ACCESS);
    await advance(world, releaseId, Milestone.BETA, { announce: true });
    const rows = await world.db.manager.find(ReleaseMilestone, { where: { releaseId }, order: { availableAt: 'ASC', recordedAt: 'ASC' } });
    const ea = rows.find((r) => r.milestone === Milestone.EARLY_ACCESS)!;
    const beta = rows.find((r) => r.milestone === Milestone.BETA)!;
    expect(await world.module.service.downloadUrlFor(world.partner(partnerId), beta)).toBe(beta.downloadUrl);
    expect(await world.module.service.downloadUrlFor(world.partner(partnerId), ea)).toBeNull();
    expect(await world.module.service.downloadUrlFor(world.partner(ids()), beta)).toBeNull();
    expect(await world.module.service.downloadUrlFor(world.staff(), ea)).toBe(ea.downloadUrl);
  });
});

describe('REL-8 build access requests', () => {
  it('REL-8: a build request without justification is refused, naming the field, and nothing is recorded', async () => {
    const error = await rejects(request({ justification: '   ' }));
    expect([error.code, error.field]).toEqual(['JUSTIFICATION_REQUIRED', 'justification']);
    expect(await world.db.manager.count(BuildAccessRequest)).toBe(0);
  });

  it('REL-8: a request with a one-character justification is accepted as pending', async () => {
    const pending = await request({ justification: 'x' });
    expect(pending.status).toBe(BuildAccessStatus.PENDING);
    expect(pending.buildType).toBeNull();
  });

  it('REL-8: official milestones (Beta, RC, GA) need no request; Early Access, RTM and builds between milestones do', async () => {
    for (const milestone of [Milestone.BETA, Milestone.RC, Milestone.GA]) {
      const error = await rejects(request({ milestone }));
      expect([error.code, error.field]).toEqual(['OFFICIAL_MILESTONE_NEEDS_NO_REQUEST', 'milestone']);
    }
    await expect(request({ milestone: Milestone.RTM })).resolves.toBeDefined();
    await expect(request({ milestone: null })).resolves.toBeDefined();
  });

  it('REL-8: only an active member of a program tied to the product may ask', async () => {
    const outsider = ids();
    expect((await rejects(request({ partnerId: outsider }))).code).toBe('NOT_A_MEMBER');
    expect((await rejects(request({ programId: ids() }))).code).toBe('PROGRAM_NOT_TIED_TO_PRODUCT');
  });

  it('REL-8: an approved request delivers a beta-type build with its download location', async () => {
    const pending = await request();
    const approved = await world.module.preRelease.decide(world.manager(), {
      requestId: pending.id,
      decision: BuildAccessDecision.APPROVE,
      downloadUrl: 'https://downloads.example.com/nightly/4410221',
    });
    expect(approved).toMatchObject({ status: 'APPROVED', buildType: 'BETA_TYPE', decidedBy: 'pm' });
    expect(world.module.preRelease.downloadUrlFor(approved)).toBe('https://downloads.example.com/nightly/4410221');
    const again = await rejects(world.module.preRelease.decide(world.manager(), { requestId: pending.id, decision: BuildAccessDecision.REFUSE, note: 'no' }));
    expect(again.code).toBe('BUILD_ACCESS_ALREADY_DECIDED');
  });

  it('REL-8: an approval without a download location, or a refusal without a note, is refused and the request stays pending', async () => {
    const pending = await request();
    expect((await rejects(world.module.preRelease.decide(world.manager(), { requestId: pending.id, decision: BuildAccessDecision.APPROVE }))).field).toBe(
      'downloadUrl',
    );
    expect(
      (await rejects(world.module.preRelease.decide(world.manager(), { requestId: pending.id, decision: BuildAccessDecision.REFUSE, note: ' ' }))).field,
    ).toBe('note');
    expect((await world.db.manager.findOneByOrFail(BuildAccessRequest, { id: pending.id })).status).toBe('PENDING');
    const refused = await world.module.preRelease.decide(world.manager(), {
      requestId: pending.id,
      decision: BuildAccessDecision.REFUSE,
      note: 'wait for Beta',
    });
    expect(refused).toMatchObject({ status: 'REFUSED', decisionNote: 'wait for Beta', buildType: null });
    expect(world.module.preRelease.downloadUrlFor(refused)).toBeNull();
  });

  it('REL-8: a request cannot be approved once the membership has ended', async () => {
    const pending = await request();
    world.membership.end(partnerId, programId, T0);
    const error = await rejects(
      world.module.preRelease.decide(world.manager(), { requestId: pending.id, decision: BuildAccessDecision.APPROVE, downloadUrl: 'https://x.example.com/b' }),
    );
    expect(error.code).toBe('NOT_A_MEMBER');
  });

  it('REL-8: access ends with the membership: a TERMINATED enrollment ends approved and pending requests of that program', async () => {
    const approved = await request();
    await world.module.preRelease.decide(world.manager(), {
      requestId: approved.id,
      decision: BuildAccessDecision.APPROVE,
      downloadUrl: 'https://x.example.com/b',
    });
    const pending = await request({ milestone: Milestone.RTM });
    const react = world.module.reactions!['membership.enrollment_changed'];
    const reaction: typeof react = (ctx, event) => runUnitOfWork(ctx, () => react(ctx, event));
    world.clock.set(new Date(T0.getTime() + days(3)));
    await reaction(world.staff(), {
      id: ids(),
      type: 'membership.enrollment_changed',
      occurredAt: world.clock.now(),
      partnerId,
      payload: { enrollmentId: ids(), partnerId, programId, from: 'ACTIVE', to: 'TERMINATED', reason: 'agreement breach' },
    });
    const rows = await world.db.manager.find(BuildAccessRequest, { where: { partnerId } });
    expect(rows.map((r) => [r.id, r.status, r.accessEndedAt?.toISOString()]).sort()).toEqual(
      [
        [approved.id, 'ENDED', world.clock.now().toISOString()],
        [pending.id, 'ENDED', world.clock.now().toISOString()],
      ].sort(),
    );
    expect(world.module.preRelease.downloadUrlFor(rows[0])).toBeNull();
    expect(world.bus.ofType(BUILD_ACCESS_ENDED)[0].payload).toMatchObject({ partnerId, programId });
  });

  it('REL-8: an enrollment change to ACTIVE or in another program leaves access as it is', async () => {
    const pending = await request();
    const react = world.module.reactions!['membership.enrollment_changed'];
    const reaction: typeof react = (ctx, event) => runUnitOfWork(ctx, () => react(ctx, event));
    const event = (to: string, program: string) => ({
      id: ids(),
      type: 'membership.enrollment_changed',
      occurredAt: T0,
      partnerId,
      payload: { enrollmentId: ids(), partnerId, programId: program, from: 'PENDING', to, reason: null },
    });
    await reaction(world.staff(), event('ACTIVE', programId));
    await reaction(world.staff(), event('EXPIRED', ids()));
    expect((await world.db.manager.findOneByOrFail(BuildAccessRequest, { id: pending.id })).status).toBe('PENDING');
    await reaction(world.staff(), event('SUSPENDED', programId));
    expect((await world.db.manager.findOneByOrFail(BuildAccessRequest, { id: pending.id })).status).toBe('ENDED');
  });
});
