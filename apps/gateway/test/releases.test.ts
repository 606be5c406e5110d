import { FixedClock, Role } from '@alliance/kernel';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { activeEnrollment, advance, createProgram, errorCodes, must, mutate, partnerWithTap, productWithRelease } from './support/fixtures';

const DAY = 86_400_000;
const ACTIVITY = `query($partnerId: ID!, $releaseId: ID!, $activity: PartnerActivity!, $at: DateTimeISO) {
  activityAllowed(partnerId: $partnerId, releaseId: $releaseId, activity: $activity, at: $at) { allowed reasonCode milestone version buildType }
}`;
const RC_STATUS = `query($id: ID!) { rcFeedbackStatus(releaseId: $id, first: 50) { edges { node { partnerId feedbackDueAt feedbackState owesFeedback firstFeedbackAt feedback { late } } } } }`;

interface RcRow {
  partnerId: string;
  feedbackDueAt: string;
  feedbackState: string;
  owesFeedback: boolean;
  firstFeedbackAt: string | null;
  feedback: { late: boolean }[];
}

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

describe(`releases through the gateway on ${onDatabase}`, () => {
  let t: TestGateway;
  let clock: FixedClock;
  let member: string;
  let memberKey: string;
  let outsider: string;
  let outsiderKey: string;
  let programId: string;

  beforeAll(async () => {
    t = await startTestGateway();
    clock = t.clock as FixedClock;
    member = await partnerWithTap(t, 'Release Member');
    outsider = await partnerWithTap(t, 'Release Outsider');
    programId = await createProgram(t, 'RELPROG');
    await activeEnrollment(t, member, programId);
    memberKey = await t.mintKey(Role.PARTNER, { partnerId: member });
    outsiderKey = await t.mintKey(Role.PARTNER, { partnerId: outsider });
  });

  afterAll(async () => {
    await t.close();
  });

  async function ask(partnerId: string, releaseId: string, activity: string, key?: string, at?: string) {
    const data = await t.ok<{ activityAllowed: Record<string, unknown> }>(ACTIVITY, { partnerId, releaseId, activity, at }, key);
    return data.activityAllowed;
  }

  it('REL-2 MEM-10: activityAllowed answers a member yes at RC and a non-member no, with the reason', async () => {
    const { releaseId } = await productWithRelease(t, 'Activity Platform', [programId], 'MAJOR', ['EARLY_ACCESS', 'BETA', 'RC']);
    expect(await ask(member, releaseId, 'CERTIFICATION')).toEqual({
      allowed: true,
      reasonCode: null,
      milestone: 'RC',
      version: '9.0.0',
      buildType: 'RELEASE_TYPE',
    });
    expect(await ask(member, releaseId, 'SUBMISSION', memberKey)).toMatchObject({ allowed: true, milestone: 'RC' });
    expect(await ask(outsider, releaseId, 'CERTIFICATION')).toMatchObject({ allowed: false, reasonCode: 'NOT_A_MEMBER' });
    expect(await ask(outsider, releaseId, 'COMPATIBILITY_TESTING', outsiderKey)).toMatchObject({ allowed: false, reasonCode: 'NOT_A_MEMBER' });
  });

  it('REL-2: at Beta certification is refused with the milestone reason, compatibility testing allowed; `at` before RC answers for Beta', async () => {
    const { releaseId } = await productWithRelease(t, 'Beta Platform', [programId], 'MINOR', ['EARLY_ACCESS', 'BETA']);
    expect(await ask(member, releaseId, 'CERTIFICATION')).toMatchObject({ allowed: false, reasonCode: 'ACTIVITY_NOT_ALLOWED_AT_MILESTONE', milestone: 'BETA' });
    expect(await ask(member, releaseId, 'COMPATIBILITY_TESTING')).toMatchObject({ allowed: true, milestone: 'BETA' });
    expect(await ask(member, releaseId, 'EARLY_CERTIFICATION_KIT')).toMatchObject({ allowed: true });
    const rcAt = clock.now();
    await advance(t, releaseId, 'RC', rcAt);
    expect(await ask(member, releaseId, 'CERTIFICATION', undefined, rcAt.toISOString())).toMatchObject({ allowed: true, milestone: 'RC' });
    expect(await ask(member, releaseId, 'CERTIFICATION', undefined, new Date(rcAt.getTime() - 1).toISOString())).toMatchObject({
      allowed: false,
      milestone: 'BETA',
    });
  });

  it('REL-2 MEM-8: a PARTNER key may ask only about itself; another partner is NOT_FOUND', async () => {
    const { releaseId } = await productWithRelease(t, 'Asking Platform', [programId], 'PATCH', ['GA']);
    const response = await t.gql(ACTIVITY, { partnerId: member, releaseId, activity: 'CERTIFICATION' }, outsiderKey);
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(response.body)).not.toContain('"allowed"');
  });

  it('REL-3: RC feedback at day 21 exactly is on time; one millisecond later it is late; both are recorded', async () => {
    const second = await partnerWithTap(t, 'Release Late Member');
    await activeEnrollment(t, second, programId);
    const secondKey = await t.mintKey(Role.PARTNER, { partnerId: second });
    const start = clock.now();
    try {
      const rcAvailable = new Date(start.getTime() - 2 * DAY);
      const { releaseId } = await productWithRelease(t, 'Feedback Platform', [programId], 'UPDATE', []);
      await advance(t, releaseId, 'RC', rcAvailable);
      for (const [partnerId, key] of [
        [member, memberKey],
        [second, secondKey],
      ]) {
        const install = await must<{ rcInstall: { feedbackDueAt: string; owesFeedback: boolean } }>(
          t,
          'recordRcInstall',
          { partnerId, releaseId },
          'rcInstall { feedbackDueAt owesFeedback }',
          key,
        );
        expect(install.rcInstall).toEqual({ feedbackDueAt: new Date(rcAvailable.getTime() + 21 * DAY).toISOString(), owesFeedback: true });
      }
      const dueAt = new Date(rcAvailable.getTime() + 21 * DAY);

      clock.set(dueAt);
      const onTime = await must<{ rcFeedback: { late: boolean } }>(
        t,
        'submitRcFeedback',
        {
          partnerId: member,
          releaseId,
          summary: 'install and upgrade pass',
          items: [{ classification: 'RELEASE_BLOCKING', description: 'upgrade loses iSCSI bindings' }],
        },
        'rcFeedback { late }',
        memberKey,
      );
      expect(onTime.rcFeedback.late).toBe(false);

      clock.advance(1);
      const rejected = await mutate(
        t,
        'submitRcFeedback',
        { partnerId: second, releaseId, summary: 'crash', items: [{ classification: 'CATASTROPHIC', description: 'host crash' }] },
        'rcFeedback { late }',
        secondKey,
      );
      expect(rejected).toEqual({
        rcFeedback: null,
        userErrors: [{ code: 'BUSINESS_JUSTIFICATION_REQUIRED', field: 'input.items.0.businessJustification', message: expect.any(String) }],
      });
      const late = await must<{ rcFeedback: { late: boolean } }>(
        t,
        'submitRcFeedback',
        { partnerId: second, releaseId, summary: 'ran the suite a day late' },
        'rcFeedback { late }',
        secondKey,
      );
      expect(late.rcFeedback.late).toBe(true);

      const status = await t.ok<{ rcFeedbackStatus: { edges: { node: RcRow }[] } }>(RC_STATUS, { id: releaseId });
      const rows = Object.fromEntries(status.rcFeedbackStatus.edges.map((e) => [e.node.partnerId, e.node]));
      expect(rows[member]).toMatchObject({
        feedbackDueAt: dueAt.toISOString(),
        feedbackState: 'ON_TIME',
        owesFeedback: false,
        firstFeedbackAt: dueAt.toISOString(),
        feedback: [{ late: false }],
      });
      expect(rows[second]).toMatchObject({
        feedbackState: 'LATE',
        owesFeedback: false,
        firstFeedbackAt: new Date(dueAt.getTime() + 1).toISOString(),
        feedback: [{ late: true }],
      });

      const own = await t.ok<{ rcFeedbackStatus: { edges: { node: RcRow }[] } }>(RC_STATUS, { id: releaseId }, secondKey);
      expect(own.rcFeedbackStatus.edges.map((e) => e.node.partnerId)).toEqual([second]);
      const outsiders = await t.ok<{ rcFeedbackStatus: { edges: unknown[] } }>(RC_STATUS, { id: releaseId }, outsiderKey);
      expect(outsiders.rcFeedbackStatus.edges).toEqual([]);
    } finally {
      clock.set(start);
    }
  });

  it('REL-3: an install with no feedback is OWED at the due instant and OVERDUE one millisecond later', async () => {
    const start = clock.now();
    try {
      const rcAvailable = new Date(start.getTime() - DAY);
      const { releaseId } = await productWithRelease(t, 'Owed Platform', [programId], 'UPDATE', []);
      await advance(t, releaseId, 'RC', rcAvailable);
      await must(t, 'recordRcInstall', { partnerId: member, releaseId }, 'rcInstall { id }', memberKey);
      clock.set(new Date(rcAvailable.getTime() + 21 * DAY));
      const owed = await t.ok<{ rcFeedbackStatus: { edges: { node: RcRow }[] } }>(RC_STATUS, { id: releaseId });
      expect(owed.rcFeedbackStatus.edges[0].node).toMatchObject({ feedbackState: 'OWED', owesFeedback: true });
      clock.advance(1);
      const overdue = await t.ok<{ rcFeedbackStatus: { edges: { node: RcRow }[] } }>(RC_STATUS, { id: releaseId });
      expect(overdue.rcFeedbackStatus.edges[0].node).toMatchObject({ feedbackState: 'OVERDUE', owesFeedback: true });
    } finally {
      clock.set(start);
    }
  });

  it('REL-3 MEM-8: a non-member cannot record an RC install, and a PARTNER key cannot act for another partner', async () => {
    const { releaseId } = await productWithRelease(t, 'Install Platform', [programId], 'UPDATE', ['RC']);
    const notMember = await mutate(t, 'recordRcInstall', { partnerId: outsider, releaseId }, 'rcInstall { id }', outsiderKey);
    expect(notMember.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    const forOther = await t.gql(
      `mutation($input: RecordRcInstallInput!) { recordRcInstall(input: $input) { rcInstall { id } userErrors { code } } }`,
      { input: { partnerId: member, releaseId } },
      outsiderKey,
    );
    expect(errorCodes(forOther)).toEqual(['NOT_FOUND']);
    const status = await t.ok<{ rcFeedbackStatus: { edges: unknown[] } }>(RC_STATUS, { id: releaseId });
    expect(status.rcFeedbackStatus.edges).toEqual([]);
  });

  it("REL-8 MEM-8: a partner outside the product's programs sees no download URL; a member does", async () => {
    const { releaseId } = await productWithRelease(t, 'Download Platform', [programId], 'PATCH', ['GA']);
    const query = `query($id: ID!) { release(id: $id) { milestones { milestone downloadUrl } } }`;
    const mine = await t.ok<{ release: { milestones: { downloadUrl: string | null }[] } }>(query, { id: releaseId }, memberKey);
    expect(mine.release.milestones[0].downloadUrl).toContain(releaseId);
    const theirs = await t.ok<{ release: { milestones: { downloadUrl: string | null }[] } }>(query, { id: releaseId }, outsiderKey);
    expect(theirs.release.milestones[0].downloadUrl).toBeNull();
  });
});
