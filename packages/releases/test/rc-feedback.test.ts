import { UserError } from '@alliance/kernel';
import { days } from '@alliance/testing';
import { Milestone, RcFeedback, RcFeedbackClassification, RcInstall, ReleaseKind, RC_FEEDBACK_DUE, rcFeedbackDueRule } from '../src';
import { createWorld, ids, T0, World } from './helpers';
import { advance, productWithRelease } from './fixtures';

let world: World;
let releaseId: string;
let programId: string;
const partnerA = ids();
const partnerB = ids();
const rcAt = new Date(T0.getTime() - days(1));
const dueAt = new Date(rcAt.getTime() + days(21));

beforeEach(async () => {
  world = await createWorld();
  const made = await productWithRelease(world, ReleaseKind.UPDATE);
  releaseId = made.release.id;
  programId = made.programId;
  world.membership.enroll(partnerA, programId);
  world.membership.enroll(partnerB, programId);
  await advance(world, releaseId, Milestone.RC, { availableAt: rcAt });
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

const install = (partnerId: string, installedAt: Date | null = null) =>
  world.module.rcFeedback.recordInstall(world.partner(partnerId), { releaseId, partnerId, installedAt });

const submit = (partnerId: string, items: { classification: RcFeedbackClassification; description: string; businessJustification?: string | null }[] = []) =>
  world.module.rcFeedback.submitFeedback(world.partner(partnerId), { releaseId, partnerId, summary: 'Array firmware passes', items });

describe('REL-3 RC feedback', () => {
  it('REL-3: an install of the RC build owes feedback by RC availability + 21 days', async () => {
    const row = await install(partnerA);
    expect(row.rcAvailableAt.toISOString()).toBe(rcAt.toISOString());
    expect(row.feedbackDueAt.toISOString()).toBe(dueAt.toISOString());
    expect((await install(partnerA)).id).toBe(row.id);
    expect(await world.db.manager.count(RcInstall)).toBe(1);
  });

  it('REL-3: feedback submitted at day 21 exactly is on time', async () => {
    await install(partnerA);
    world.clock.set(dueAt);
    const feedback = await submit(partnerA);
    expect(feedback.late).toBe(false);
    const stored = await world.db.manager.findOneByOrFail(RcInstall, { partnerId: partnerA });
    expect(stored.firstFeedbackAt?.toISOString()).toBe(dueAt.toISOString());
  });

  it('REL-3: feedback submitted one millisecond after day 21 is recorded and marked late', async () => {
    await install(partnerA);
    world.clock.set(new Date(dueAt.getTime() + 1));
    const feedback = await submit(partnerA);
    expect(feedback.late).toBe(true);
    expect(await world.db.manager.count(RcFeedback)).toBe(1);
  });

  it('REL-3: an install before the RC build was available is refused', async () => {
    const error = await rejects(install(partnerA, new Date(rcAt.getTime() - 1)));
    expect([error.code, error.field]).toEqual(['RELEASE_NOT_AT_RC', 'releaseId']);
    await expect(install(partnerA, rcAt)).resolves.toBeDefined();
  });

  it("REL-3: an install by a partner outside the product's programs is refused", async () => {
    const outsider = ids();
    const error = await rejects(world.module.rcFeedback.recordInstall(world.staff(), { releaseId, partnerId: outsider }));
    expect([error.code, error.field]).toEqual(['NOT_A_MEMBER', 'partnerId']);
  });

  it('REL-3: feedback without a recorded install is refused', async () => {
    const error = await rejects(submit(partnerA));
    expect(error.code).toBe('RC_INSTALL_NOT_RECORDED');
    expect(await world.db.manager.count(RcFeedback)).toBe(0);
  });

  it('REL-3: a catastrophic item without a business justification is refused, naming the field, and nothing is recorded', async () => {
    await install(partnerA);
    const error = await rejects(
      submit(partnerA, [
        { classification: RcFeedbackClassification.RELEASE_BLOCKING, description: 'PSOD on boot' },
        { classification: RcFeedbackClassification.CATASTROPHIC, description: 'data loss', businessJustification: '  ' },
      ]),
    );
    expect([error.code, error.field]).toEqual(['BUSINESS_JUSTIFICATION_REQUIRED', 'items.1.businessJustification']);
    expect(await world.db.manager.count(RcFeedback)).toBe(0);
    expect((await world.db.manager.findOneByOrFail(RcInstall, { partnerId: partnerA })).firstFeedbackAt).toBeNull();
  });

  it('REL-3: release-blocking and justified certification-blocking items are considered; OTHER is recorded but not considered', async () => {
    await install(partnerA);
    const feedback = await submit(partnerA, [
      { classification: RcFeedbackClassification.RELEASE_BLOCKING, description: 'PSOD on boot' },
      { classification: RcFeedbackClassification.CERTIFICATION_BLOCKING, description: 'VAAI test hangs', businessJustification: 'blocks 40 joint customers' },
      { classification: RcFeedbackClassification.OTHER, description: 'typo in the UI' },
    ]);
    expect(feedback.items.map((item) => [item.classification, item.consideredForRelease])).toEqual([
      ['RELEASE_BLOCKING', true],
      ['CERTIFICATION_BLOCKING', true],
      ['OTHER', false],
    ]);
  });

  it('REL-3: the status lists who owes feedback, by when, and who is late; a partner sees only its own row', async () => {
    await install(partnerA);
    await install(partnerB);
    world.clock.set(new Date(dueAt.getTime() + 1));
    await submit(partnerB);
    const all = await world.module.rcFeedback.status(world.staff(), releaseId, {});
    expect(all.edges.map((e) => [e.node.partnerId, e.node.feedbackDueAt.toISOString(), e.node.firstFeedbackAt !== null, e.node.firstFeedbackLate])).toEqual([
      [partnerA, dueAt.toISOString(), false, false],
      [partnerB, dueAt.toISOString(), true, true],
    ]);
    const own = await world.module.rcFeedback.status(world.partner(partnerA), releaseId, {});
    expect(own.edges.map((e) => e.node.partnerId)).toEqual([partnerA]);
  });
});

describe('NOT-1 RC feedback due notices', () => {
  it('NOT-1 / REL-3: the rc_feedback_due notice falls at the due instant exactly, for partners that have not submitted', async () => {
    await install(partnerA);
    await install(partnerB);
    await submit(partnerB);
    const em = world.db.manager;
    expect(await rcFeedbackDueRule.due(em, new Date(dueAt.getTime() + 1), new Date(dueAt.getTime() + days(1)))).toEqual([]);
    const notices = await rcFeedbackDueRule.due(em, new Date(dueAt.getTime() - days(1)), dueAt);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: RC_FEEDBACK_DUE, partnerId: partnerA, dueAt });
    expect(notices[0].message).toContain('9.0');
    expect(notices[0].data).toMatchObject({ releaseVersion: expect.stringMatching(/^9\.0/), rcAvailableAt: expect.any(String) });
    expect(await rcFeedbackDueRule.due(em, dueAt, dueAt)).toHaveLength(1);
  });

  it('NOT-1 / REL-3: feedback given 1 ms after the due instant leaves the notice due; feedback at the instant takes it away', async () => {
    await install(partnerA);
    await install(partnerB);
    world.clock.set(dueAt);
    await submit(partnerA);
    world.clock.set(new Date(dueAt.getTime() + 1));
    await submit(partnerB);
    expect((await rcFeedbackDueRule.due(world.db.manager, dueAt, dueAt)).map((n) => n.partnerId)).toEqual([partnerB]);
  });

  it('NOT-1 / REL-3: an install recorded after its feedback was due is found by when it was recorded (the late path)', async () => {
    world.clock.set(new Date(dueAt.getTime() + days(5)));
    const late = await install(partnerA);
    const found = await rcFeedbackDueRule.writtenSince!(world.db.manager, late.recordedAt, world.clock.now());
    expect(found.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([[late.id, dueAt.toISOString()]]);
    expect(await rcFeedbackDueRule.writtenSince!(world.db.manager, new Date(late.recordedAt.getTime() + 1), world.clock.now())).toEqual([]);
    // Not found by the forward question for the days since the previous sweep.
    expect(await rcFeedbackDueRule.due(world.db.manager, new Date(dueAt.getTime() + days(4)), world.clock.now())).toEqual([]);
  });
});
