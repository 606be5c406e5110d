import { Role } from '@alliance/kernel';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import {
  activeEnrollment,
  certificationScene,
  errorCodes,
  must,
  mutate,
  paidCertificationFee,
  publishedListing,
  remainingEntitlement,
  reserveSlot,
  SUBMISSION_SELECTION,
} from './support/fixtures';

const ACTIVITY = `query($partnerId: ID!, $releaseId: ID!) { activityAllowed(partnerId: $partnerId, releaseId: $releaseId, activity: CERTIFICATION) { allowed reasonCode milestone } }`;
const LISTING = `query($id: ID!) { listing(id: $id) { status reviewFlaggedAt reviewFlagReason } }`;

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

describe(`one program across domains on ${onDatabase}`, () => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway();
  });

  afterAll(async () => {
    await t.close();
  });

  it("MEM-6 REL-2 REL-8 CERT-3: terminating the enrollment ends certification on the program's releases; a submission is refused and consumes nothing", async () => {
    const scene = await certificationScene(t, 'Cross Terminate', ['EARLY_ACCESS', 'BETA', 'RC']);
    await paidCertificationFee(t, scene.partnerId);
    const reservationId = await reserveSlot(t, scene);
    expect(
      (await t.ok<{ activityAllowed: { allowed: boolean } }>(ACTIVITY, { partnerId: scene.partnerId, releaseId: scene.releaseId })).activityAllowed.allowed,
    ).toBe(true);
    const download = `query($id: ID!) { release(id: $id) { milestones { milestone downloadUrl } } }`;
    const before = await t.ok<{ release: { milestones: { milestone: string; downloadUrl: string | null }[] } }>(
      download,
      { id: scene.releaseId },
      scene.partnerKey,
    );
    expect(before.release.milestones.find((m) => m.milestone === 'RC')?.downloadUrl).toEqual(expect.any(String));

    const partner = await t.ok<{ partner: { enrollments: { id: string; programId: string }[] } }>(
      `query($id: ID!) { partner(id: $id) { enrollments { id programId } } }`,
      { id: scene.partnerId },
    );
    const enrollmentId = partner.partner.enrollments.find((e) => e.programId === scene.programId)!.id;
    await must(t, 'terminateEnrollment', { enrollmentId, reason: 'agreement terminated by the partner' }, 'enrollment { state }');

    expect((await t.ok<{ activityAllowed: unknown }>(ACTIVITY, { partnerId: scene.partnerId, releaseId: scene.releaseId })).activityAllowed).toEqual({
      allowed: false,
      reasonCode: 'NOT_A_MEMBER',
      milestone: 'RC',
    });
    const after = await t.ok<{ release: { milestones: { milestone: string; downloadUrl: string | null }[] } }>(
      download,
      { id: scene.releaseId },
      scene.partnerKey,
    );
    expect(after.release.milestones.find((m) => m.milestone === 'RC')?.downloadUrl).toBeNull();
    const refused = await mutate(
      t,
      'submitForCertification',
      { versionId: scene.versionId, releaseId: scene.releaseId, reservationId, testResultsUrl: 'https://partner.example/results.zip' },
      SUBMISSION_SELECTION,
      scene.partnerKey,
    );
    expect(refused.submission).toBeNull();
    expect(refused.userErrors).toEqual([{ code: 'RELEASE_NOT_CERTIFIABLE', field: 'input.releaseId', message: expect.any(String) }]);
    expect(await remainingEntitlement(t, scene.partnerId)).toBe(1);
  });

  it('MEM-1 CERT-8 REL-2: ending the TAP membership flags the listings for review and the partner is no longer a member of any program', async () => {
    const scene = await publishedListing(t, 'Cross TAP');
    expect((await t.ok<{ listing: { reviewFlaggedAt: string | null } }>(LISTING, { id: scene.listingId })).listing.reviewFlaggedAt).toBeNull();
    await must(t, 'endNetworkMembership', { partnerId: scene.partnerId, kind: 'TAP', reason: 'TAP agreement not renewed' }, 'membership { id }');
    const flagged = await t.ok<{ listing: { status: string; reviewFlaggedAt: string | null; reviewFlagReason: string | null } }>(LISTING, {
      id: scene.listingId,
    });
    expect(flagged.listing).toEqual({ status: 'PUBLISHED', reviewFlaggedAt: t.clock.now().toISOString(), reviewFlagReason: expect.stringMatching(/TAP/) });
    expect((await t.ok<{ activityAllowed: unknown }>(ACTIVITY, { partnerId: scene.partnerId, releaseId: scene.releaseId })).activityAllowed).toMatchObject({
      allowed: false,
      reasonCode: 'NOT_A_MEMBER',
    });
    const joined = await mutate(t, 'joinBusinessModel', { partnerId: scene.partnerId, model: 'SOLUTION_BUILDER' }, 'businessModel { id }');
    expect(joined.userErrors.map((e) => e.code)).toEqual(['TAP_MEMBERSHIP_REQUIRED']);
  });

  it('MEM-8: a PARTNER key of partner B lists nothing of partner A in any domain, and every direct lookup of A is NOT_FOUND', async () => {
    const a = await publishedListing(t, 'Cross Iso A');
    await must(t, 'joinBusinessModel', { partnerId: a.partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    await must(t, 'recordRcInstall', { partnerId: a.partnerId, releaseId: a.releaseId }, 'rcInstall { id }', a.partnerKey);
    await must(
      t,
      'fileChangeNotice',
      {
        partnerId: a.partnerId,
        changeKind: 'UPDATE',
        softwareName: 'Cross Iso A Adapter',
        description: 'maintenance update',
        plannedReleaseAt: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
      },
      'changeNotice { id }',
      a.partnerKey,
    );
    const caseId = (
      await must<{ supportCase: { id: string } }>(
        t,
        'openSupportCase',
        {
          partnerId: a.partnerId,
          softwareId: a.softwareId,
          customerName: 'Hidden Customer Corp',
          title: 'Slow failover',
          description: 'Failover takes an hour',
          severity: 3,
        },
        'supportCase { id }',
      )
    ).supportCase.id;
    const invoiceId = (
      await t.ok<{ invoices: { edges: { node: { id: string } }[] } }>(`query($id: ID) { invoices(partnerId: $id, first: 5) { edges { node { id } } } }`, {
        id: a.partnerId,
      })
    ).invoices.edges[0].node.id;

    const b = await must<{ partner: { id: string } }>(t, 'createPartner', { name: 'Cross Iso B' }, 'partner { id }');
    const programB = (await t.ok<{ programs: { id: string; code: string }[] }>(`{ programs { id code } }`)).programs.find((p) => p.code === 'CROSSISOA')!.id;
    await must(
      t,
      'recordTapMembership',
      { partnerId: b.partner.id, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-12-31T23:59:59.999Z' },
      'membership { id }',
    );
    await activeEnrollment(t, b.partner.id, programB);
    const keyB = await t.mintKey(Role.PARTNER, { partnerId: b.partner.id });

    const lists = await Promise.all([
      t.ok(`{ partners(first: 100) { edges { node { id } } } }`, {}, keyB),
      t.ok(`{ invoices(first: 100) { edges { node { id partnerId } } } }`, {}, keyB),
      t.ok(`{ submissions(first: 100) { edges { node { id partnerId } } } }`, {}, keyB),
      t.ok(`{ reviewSlots(first: 100) { edges { node { reservations { id partnerId } } } } }`, {}, keyB),
      t.ok(`{ supportCases(first: 100) { edges { node { id partnerId customerName } } } }`, {}, keyB),
      t.ok(`{ partnerChangeNotices(first: 100) { edges { node { id partnerId } } } }`, {}, keyB),
      t.ok(`{ buildAccessRequests(first: 100) { edges { node { id partnerId } } } }`, {}, keyB),
      t.ok(`query($id: ID!) { rcFeedbackStatus(releaseId: $id, first: 100) { edges { node { id partnerId } } } }`, { id: a.releaseId }, keyB),
      // Asking for A's rows by filter still lists only B's own.
      t.ok(`query($id: ID) { partnerChangeNotices(partnerId: $id, first: 100) { edges { node { id partnerId } } } }`, { id: a.partnerId }, keyB),
      t.ok(`query($id: ID) { invoices(partnerId: $id, first: 100) { edges { node { id partnerId } } } }`, { id: a.partnerId }, keyB),
      t.ok(`query($id: ID) { supportCases(first: 100, filter: { partnerId: $id }) { edges { node { id partnerId } } } }`, { id: a.partnerId }, keyB),
    ]);
    const text = JSON.stringify(lists);
    expect(text).not.toContain(a.partnerId);
    expect(text).not.toContain('Hidden Customer');
    expect((lists[0] as { partners: { edges: { node: { id: string } }[] } }).partners.edges.map((e) => e.node.id)).toEqual([b.partner.id]);

    const lookups: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { partner(id: $id) { id } }`, { id: a.partnerId }],
      [`query($id: ID!) { invoice(id: $id) { id } }`, { id: invoiceId }],
      [`query($id: ID!) { entitlements(partnerId: $id) { kind } }`, { id: a.partnerId }],
      [`query($id: ID!) { software(id: $id) { id } }`, { id: a.softwareId }],
      [`query($id: ID!) { submission(id: $id) { id } }`, { id: a.submissionId }],
      [`query($id: ID!) { supportCase(id: $id) { id } }`, { id: caseId }],
      [`query($id: ID!) { supportReadiness(partnerId: $id) { ready } }`, { id: a.partnerId }],
      [`query($id: ID!) { severityPolicy(partnerId: $id) { id } }`, { id: a.partnerId }],
      [`query($id: ID!) { partnerProgression(partnerId: $id) { level } }`, { id: a.partnerId }],
      [`query($id: ID!) { pointsLedger(partnerId: $id, first: 5) { edges { cursor } } }`, { id: a.partnerId }],
      [`query($p: ID!, $r: ID!) { activityAllowed(partnerId: $p, releaseId: $r, activity: CERTIFICATION) { allowed } }`, { p: a.partnerId, r: a.releaseId }],
    ];
    for (const [query, variables] of lookups) {
      const response = await t.gql(query, variables, keyB);
      expect({ query, codes: errorCodes(response) }).toEqual({ query, codes: ['NOT_FOUND'] });
      expect(response.body.data ?? null).toBeNull();
    }
    // The published listing is public: partner B reads it in the guide, but not its history.
    const guide = await t.ok<{ listing: { id: string; history: unknown } }>(
      `query($id: ID!) { listing(id: $id) { id history { action } } }`,
      { id: a.listingId },
      keyB,
    );
    expect(guide.listing).toEqual({ id: a.listingId, history: null });
  });

  it('MEM-8: an integration key without scopes reads nothing of any domain', async () => {
    const key = await t.mintKey(Role.INTEGRATION, { scopes: [] });
    for (const query of [
      `{ partners(first: 5) { edges { cursor } } }`,
      `{ invoices(first: 5) { edges { cursor } } }`,
      `{ releases(first: 5) { edges { cursor } } }`,
      `{ listings(first: 5) { edges { cursor } } }`,
      `{ submissions(first: 5) { edges { cursor } } }`,
      `{ supportCases(first: 5) { edges { cursor } } }`,
      `{ levels { code } }`,
    ]) {
      const response = await t.gql(query, {}, key);
      expect({ query, codes: errorCodes(response) }).toEqual({ query, codes: ['FORBIDDEN'] });
    }
  });
});
