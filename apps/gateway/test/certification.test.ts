import { createHash } from 'node:crypto';
import { Role } from '@alliance/kernel';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import {
  advance,
  certificationScene,
  completePublicationItems,
  errorCodes,
  must,
  mutate,
  paidCertificationFee,
  paidSubmission,
  publishedListing,
  recordTsanet,
  remainingEntitlement,
  reserveSlot,
  SUBMISSION_SELECTION,
} from './support/fixtures';

const GUIDE = `query($filter: ListingFilterInput) { listings(first: 20, filter: $filter) { edges { node { id status acceptanceLevel logoEligible productVersion software { name } version { version } footnotes { text kbArticleUrl } kbLinks } } } }`;
const LISTING = `query($id: ID!) { listing(id: $id) { id status missingItems logoEligible logoEligibleUntil publishedAt removedAt removalReason reviewFlaggedAt reviewFlagReason fullRecertificationRequiredAt fullRecertificationReleaseId } }`;

function md5(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}
function sha1(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

describe(`certification across domains on ${onDatabase}`, () => {
  let t: TestGateway;
  let integrationKey: string;

  beforeAll(async () => {
    t = await startTestGateway();
    integrationKey = await t.mintKey(Role.INTEGRATION, { scopes: ['listings:read'], name: 'catalog site' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function guideIds(filter: Record<string, unknown> = {}, key: string = integrationKey): Promise<string[]> {
    const data = await t.ok<{ listings: { edges: { node: { id: string } }[] } }>(GUIDE, { filter }, key);
    return data.listings.edges.map((e) => e.node.id);
  }

  async function newPartner(name: string): Promise<string> {
    const data = await must<{ partner: { id: string } }>(t, 'createPartner', { name }, 'partner { id }');
    return data.partner.id;
  }

  it('CERT-3 FEE-2 REL-2: a submission at Beta is refused with the reason and consumes nothing; at RC it consumes one entitlement; a further one is ENTITLEMENT_EXHAUSTED', async () => {
    const scene = await certificationScene(t, 'Cert Flow');
    await paidCertificationFee(t, scene.partnerId);
    expect(await remainingEntitlement(t, scene.partnerId)).toBe(1);
    const reservationId = await reserveSlot(t, scene);
    const input = { versionId: scene.versionId, releaseId: scene.releaseId, reservationId, testResultsUrl: 'https://partner.example/results.zip' };

    const beta = await mutate(t, 'submitForCertification', input, SUBMISSION_SELECTION, scene.partnerKey);
    expect(beta.submission).toBeNull();
    expect(beta.userErrors).toEqual([{ code: 'RELEASE_NOT_CERTIFIABLE', field: 'input.releaseId', message: expect.stringContaining('BETA') }]);
    expect(await remainingEntitlement(t, scene.partnerId)).toBe(1);
    const ledger = await t.ok<{ entitlements: { kind: string; consumed: number }[] }>(`query($id: ID!) { entitlements(partnerId: $id) { kind consumed } }`, {
      id: scene.partnerId,
    });
    expect(ledger.entitlements.find((e) => e.kind === 'CERTIFICATION_SUBMISSION')?.consumed).toBe(0);

    await advance(t, scene.releaseId, 'RC');
    const rc = await mutate(t, 'submitForCertification', input, SUBMISSION_SELECTION, scene.partnerKey);
    expect(rc.userErrors).toEqual([]);
    expect(rc.submission).toMatchObject({ status: 'SUBMITTED', milestone: 'RC', productVersion: '9.0.0' });
    expect(await remainingEntitlement(t, scene.partnerId)).toBe(0);
    const entries = await t.ok<{ entitlementEntries: { edges: { node: Record<string, unknown> }[] } }>(
      `query($id: ID!) { entitlementEntries(partnerId: $id, first: 100) { edges { node { id } } } }`,
      { id: scene.partnerId },
    );
    const entriesBefore = entries.entitlementEntries.edges.length;

    const second = await reserveSlot(t, scene);
    const again = await mutate(t, 'submitForCertification', { ...input, reservationId: second }, SUBMISSION_SELECTION, scene.partnerKey);
    expect(again.submission).toBeNull();
    expect(again.userErrors.map((e) => e.code)).toEqual(['ENTITLEMENT_EXHAUSTED']);
    const after = await t.ok<{ entitlementEntries: { edges: unknown[] } }>(
      `query($id: ID!) { entitlementEntries(partnerId: $id, first: 100) { edges { node { id } } } }`,
      { id: scene.partnerId },
    );
    expect(after.entitlementEntries.edges).toHaveLength(entriesBefore);
    const slots = await t.ok<{ reviewSlots: { edges: { node: { id: string; reservations: { id: string; status: string }[] } }[] } }>(
      `query($programId: ID) { reviewSlots(first: 10, filter: { programId: $programId }) { edges { node { id reservations { id status } } } } }`,
      { programId: scene.programId },
      scene.partnerKey,
    );
    const reservations = slots.reviewSlots.edges.flatMap((e) => e.node.reservations);
    expect(reservations.find((r) => r.id === second)?.status).toBe('RESERVED');
    expect(reservations.find((r) => r.id === reservationId)?.status).toBe('USED');
    const submissions = await t.ok<{ submissions: { edges: unknown[] } }>(
      `query($id: ID) { submissions(first: 10, filter: { partnerId: $id }) { edges { node { id } } } }`,
      { id: scene.partnerId },
    );
    expect(submissions.submissions.edges).toHaveLength(1);
  });

  it('CERT-5 CERT-6 CERT-16 SUP-6: a certified listing stays unpublished until TOI, support readiness and the support policy are on record; then it is in the guide, logo-eligible', async () => {
    const scene = await certificationScene(t, 'Cert Publish', ['EARLY_ACCESS', 'BETA', 'RC']);
    const submitted = await paidSubmission(t, scene);
    const refused = await t.gql(
      `mutation($input: CertifySubmissionInput!) { certifySubmission(input: $input) { userErrors { code } } }`,
      { input: { submissionId: submitted.submission.id } },
      scene.partnerKey,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const reviewer = await t.mintKey(Role.CERTIFICATION_REVIEWER);
    const certified = await must<{
      listing: { id: string; status: string; missingItems: string[]; acceptanceLevel: string; productVersion: string; certifiedAt: string };
    }>(
      t,
      'certifySubmission',
      { submissionId: submitted.submission.id },
      'listing { id status missingItems acceptanceLevel productVersion certifiedAt }',
      reviewer,
    );
    const listingId = certified.listing.id;
    expect(certified.listing).toMatchObject({
      status: 'CERTIFIED_UNPUBLISHED',
      acceptanceLevel: 'CERTIFIED',
      productVersion: '9.0.0',
      certifiedAt: t.clock.now().toISOString(),
    });
    expect(certified.listing.missingItems).toEqual(
      expect.arrayContaining([
        'TOI:TOI_LICENSING',
        'SUPPORT_READINESS:TECHNICAL_SUPPORT_CONTACT',
        'SUPPORT_READINESS:ESCALATION_MANAGER_CONTACT',
        'SUPPORT_POLICY',
      ]),
    );
    expect(await guideIds()).not.toContain(listingId);

    const early = await mutate(t, 'publishListing', { listingId }, 'listing { status }', reviewer);
    expect(early.userErrors.map((e) => e.code)).toEqual(['LISTING_NOT_PUBLISHABLE']);

    await completePublicationItems(t, scene, { toi: true, readiness: false, policy: true });
    const partial = await t.ok<{ listing: { status: string; missingItems: string[] } }>(LISTING, { id: listingId });
    expect(partial.listing.status).toBe('CERTIFIED_UNPUBLISHED');
    expect([...partial.listing.missingItems].sort()).toEqual([
      'SUPPORT_READINESS:CERTIFIED_PROFESSIONAL',
      'SUPPORT_READINESS:ESCALATION_MANAGER_CONTACT',
      'SUPPORT_READINESS:SENIOR_SUPPORT_ENGINEER_CONTACT',
      'SUPPORT_READINESS:TECHNICAL_SUPPORT_CONTACT',
    ]);

    // Recording the last readiness item publishes the listing by itself (support.readiness_changed).
    await completePublicationItems(t, scene, { toi: false, readiness: true, policy: false });
    const published = await t.ok<{ listing: { status: string; missingItems: string[]; logoEligible: boolean } }>(
      `query($id: ID!) { listing(id: $id) { status missingItems logoEligible } }`,
      { id: listingId },
    );
    expect(published.listing).toEqual({ status: 'PUBLISHED', missingItems: [], logoEligible: true });

    await must(
      t,
      'addListingFootnote',
      { listingId, text: 'Thin-provisioned volumes are not supported', kbArticleUrl: 'https://kb.vendor.example/2001' },
      'footnote { id }',
      reviewer,
    );
    const guide = await t.ok<{ listings: { edges: { node: Record<string, unknown> }[] } }>(GUIDE, { filter: { partnerId: scene.partnerId } }, integrationKey);
    expect(guide.listings.edges.map((e) => e.node)).toEqual([
      {
        id: listingId,
        status: 'PUBLISHED',
        acceptanceLevel: 'CERTIFIED',
        logoEligible: true,
        productVersion: '9.0.0',
        software: { name: 'Cert Publish Adapter' },
        version: { version: '3.0.0' },
        footnotes: [{ text: 'Thin-provisioned volumes are not supported', kbArticleUrl: 'https://kb.vendor.example/2001' }],
        kbLinks: ['https://kb.vendor.example/2001'],
      },
    ]);
    // Another partner reads the public guide too.
    const other = await t.mintKey(Role.PARTNER, { partnerId: await newPartner('Guide Reader Co') });
    expect(await guideIds({ partnerId: scene.partnerId }, other)).toEqual([listingId]);
  });

  it('CERT-8 CERT-16: removeListing takes the listing off the guide, ends logo eligibility and keeps the history', async () => {
    const scene = await publishedListing(t, 'Cert Remove');
    expect(await guideIds({ partnerId: scene.partnerId })).toEqual([scene.listingId]);
    const removed = await must<{ listing: { status: string; logoEligible: boolean; logoEligibleUntil: string; removalReason: string } }>(
      t,
      'removeListing',
      { listingId: scene.listingId, reason: 'NON_COMPLIANCE', note: 'customer complaints show support was not provided' },
      'listing { status logoEligible logoEligibleUntil removalReason }',
    );
    expect(removed.listing).toEqual({
      status: 'REMOVED',
      logoEligible: false,
      logoEligibleUntil: t.clock.now().toISOString(),
      removalReason: 'NON_COMPLIANCE',
    });
    expect(await guideIds({ partnerId: scene.partnerId })).toEqual([]);
    const own = await t.ok<{ listing: { logoEligible: boolean; history: { action: string; reason: string }[] } }>(
      `query($id: ID!) { listing(id: $id) { logoEligible history { action reason } } }`,
      { id: scene.listingId },
      scene.partnerKey,
    );
    expect(own.listing.logoEligible).toBe(false);
    expect(own.listing.history.map((h) => h.action)).toEqual(['CERTIFIED', 'PUBLISHED', 'REMOVED']);
    expect(own.listing.history[2].reason).toContain('customer complaints');
    // Removed: no longer public to other readers.
    const outsider = await t.gql(`query($id: ID!) { listing(id: $id) { id } }`, { id: scene.listingId }, integrationKey);
    expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);
  });

  it('CERT-12 FEE-3: an approved equivalency request charges the $125 equivalency fee and extends the listing; a denied one charges nothing', async () => {
    const scene = await publishedListing(t, 'Cert Equiv');
    const invoicesOf = async () =>
      (
        await t.ok<{ invoices: { edges: { node: { id: string; total: { amountMinor: number }; lines: { feeKind: string; reference: string | null }[] } }[] } }>(
          `query($id: ID!) { invoices(partnerId: $id, first: 100) { edges { node { id total { amountMinor } lines { feeKind reference } } } } }`,
          { id: scene.partnerId },
        )
      ).invoices.edges.map((e) => e.node);
    const before = await invoicesOf();
    expect(before.map((i) => i.lines[0].feeKind)).toEqual(['CERTIFICATION']);

    const registerUpdate = async (version: string, releasedOn: string) => {
      const v = await must<{ version: { id: string } }>(
        t,
        'registerSoftwareVersion',
        { softwareId: scene.softwareId, version, releasedOn, releaseKind: 'UPDATE' },
        'version { id }',
        scene.partnerKey,
      );
      const bytes = Buffer.from(`adapter ${version}`);
      await must(
        t,
        'registerArtifact',
        { versionId: v.version.id, fileName: `adapter-${version}.zip`, md5: md5(bytes), sha1: sha1(bytes), sizeBytes: bytes.length },
        'artifact { id }',
        scene.partnerKey,
      );
      return v.version.id;
    };

    const deniedVersion = await registerUpdate('3.0.1', '2026-02-10');
    const denyRequest = await must<{ request: { id: string } }>(
      t,
      'requestEquivalency',
      { listingId: scene.listingId, versionId: deniedVersion, description: 'packaging change only' },
      'request { id }',
      scene.partnerKey,
    );
    const denied = await must<{ request: { status: string; invoiceId: string | null } }>(
      t,
      'decideEquivalency',
      { requestId: denyRequest.request.id, approve: false, justification: 'the installer changed' },
      'request { status invoiceId }',
    );
    expect(denied.request.invoiceId).toBeNull();
    expect(await invoicesOf()).toHaveLength(before.length);

    const approvedVersion = await registerUpdate('3.0.2', '2026-02-20');
    const request = await must<{ request: { id: string } }>(
      t,
      'requestEquivalency',
      { listingId: scene.listingId, versionId: approvedVersion, description: 'documentation fix' },
      'request { id }',
      scene.partnerKey,
    );
    const approved = await must<{
      request: { status: string; invoiceId: string; fee: { amountMinor: number; currency: string } };
      listing: { id: string; versionId: string; extendedFromListingId: string };
    }>(
      t,
      'decideEquivalency',
      { requestId: request.request.id, approve: true },
      'request { status invoiceId fee { amountMinor currency } } listing { id versionId extendedFromListingId }',
    );
    expect(approved.request.fee).toEqual({ amountMinor: 12_500, currency: 'USD' });
    expect(approved.listing).toMatchObject({ versionId: approvedVersion, extendedFromListingId: scene.listingId });
    const after = await invoicesOf();
    expect(after).toHaveLength(before.length + 1);
    const equivalency = after.find((i) => i.id === approved.request.invoiceId);
    expect(equivalency).toMatchObject({
      total: { amountMinor: 12_500 },
      lines: [{ feeKind: 'EQUIVALENCY', reference: expect.stringContaining(request.request.id) }],
    });
  });

  describe('CERT-14: the artifact upload route', () => {
    let scene: Awaited<ReturnType<typeof certificationScene>>;
    const bytes = Buffer.from('partner adapter build 3.0.0\n'.repeat(2000));

    beforeAll(async () => {
      scene = await certificationScene(t, 'Cert Upload');
    });

    async function registerArtifact(fileName: string): Promise<string> {
      const data = await must<{ artifact: { id: string } }>(
        t,
        'registerArtifact',
        { versionId: scene.versionId, fileName, md5: md5(bytes), sha1: sha1(bytes), sizeBytes: bytes.length },
        'artifact { id }',
        scene.partnerKey,
      );
      return data.artifact.id;
    }

    function upload(artifactId: string, payload: Buffer, key: string | null) {
      return t.gateway.app.inject({
        method: 'PUT',
        url: `/artifacts/${artifactId}/file`,
        headers: { 'content-type': 'application/octet-stream', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        payload,
      });
    }

    const ARTIFACT = `query($id: ID!) { software(id: $id) { id } softwareVersions(softwareId: $id, first: 10) { edges { node { artifacts { id md5Matches sha1Matches sizeMatches verified receivedSizeBytes } } } } }`;
    async function artifactState(id: string) {
      const data = await t.ok<{ softwareVersions: { edges: { node: { artifacts: { id: string }[] } }[] } }>(
        ARTIFACT,
        { id: scene.softwareId },
        scene.partnerKey,
      );
      return data.softwareVersions.edges.flatMap((e) => e.node.artifacts).find((a) => a.id === id);
    }

    it('CERT-14: the right bytes match every declared sum and the size', async () => {
      const id = await registerArtifact('adapter-3.0.0.zip');
      const response = await upload(id, bytes, scene.partnerKey);
      expect(response.statusCode).toBe(200);
      expect(response.json().artifact).toEqual({
        id,
        receivedMd5: md5(bytes),
        receivedSha1: sha1(bytes),
        receivedSizeBytes: bytes.length,
        md5Matches: true,
        sha1Matches: true,
        sizeMatches: true,
      });
      expect(await artifactState(id)).toEqual({ id, md5Matches: true, sha1Matches: true, sizeMatches: true, verified: true, receivedSizeBytes: bytes.length });
    });

    it('CERT-14: wrong bytes are recorded as a mismatch', async () => {
      const id = await registerArtifact('adapter-3.0.0-wrong.zip');
      const wrong = Buffer.from(bytes);
      wrong[10] = wrong[10] ^ 0xff;
      const response = await upload(id, wrong, scene.partnerKey);
      expect(response.statusCode).toBe(200);
      expect(response.json().artifact).toMatchObject({ md5Matches: false, sha1Matches: false, sizeMatches: true, receivedMd5: md5(wrong) });
      expect(await artifactState(id)).toMatchObject({ md5Matches: false, sha1Matches: false, sizeMatches: true, verified: false });
      const shorter = await upload(id, bytes.subarray(0, 100), scene.partnerKey);
      expect(shorter.json().artifact).toMatchObject({ md5Matches: false, sizeMatches: false, receivedSizeBytes: 100 });
    });

    it("CERT-14: another partner's key gets 404 and no key gets 401; nothing is recorded", async () => {
      const id = await registerArtifact('adapter-3.0.0-guarded.zip');
      const otherKey = await t.mintKey(Role.PARTNER, { partnerId: await newPartner('Upload Intruder') });
      const foreign = await upload(id, bytes, otherKey);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().errors[0].extensions.code).toBe('NOT_FOUND');
      const anonymous = await upload(id, bytes, null);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(await artifactState(id)).toMatchObject({ md5Matches: null, verified: null, receivedSizeBytes: null });
    });
  });

  it("CERT-8 MEM-9: ending the partner's TSANet membership flags its listings for review; the listing stays on the guide", async () => {
    const scene = await publishedListing(t, 'Cert Flag');
    await recordTsanet(t, scene.partnerId);
    const before = await t.ok<{ listing: { reviewFlaggedAt: string | null } }>(LISTING, { id: scene.listingId });
    expect(before.listing.reviewFlaggedAt).toBeNull();
    await must(t, 'endNetworkMembership', { partnerId: scene.partnerId, kind: 'TSANET', reason: 'dues not renewed' }, 'membership { id }');
    const after = await t.ok<{ listing: { status: string; reviewFlaggedAt: string | null; reviewFlagReason: string | null } }>(LISTING, {
      id: scene.listingId,
    });
    expect(after.listing.status).toBe('PUBLISHED');
    expect(after.listing.reviewFlaggedAt).toBe(t.clock.now().toISOString());
    expect(after.listing.reviewFlagReason).toMatch(/TSANET/i);
    expect(await guideIds({ partnerId: scene.partnerId })).toEqual([scene.listingId]);
  });

  it('CERT-9 REL-5: a new MAJOR release of the product reaching a milestone marks platform-dependent listings for full re-certification; a MINOR one does not', async () => {
    const scene = await publishedListing(t, 'Cert Major');
    const verdict = `query($id: ID!) { recertificationRequired(versionId: $id) { required fullRecertification reasons { code } } }`;
    const minor = await must<{ release: { id: string } }>(
      t,
      'createRelease',
      { productId: scene.productId, kind: 'MINOR', version: '9.1.0' },
      'release { id }',
    );
    await advance(t, minor.release.id, 'EARLY_ACCESS');
    await advance(t, minor.release.id, 'BETA');
    expect(
      (await t.ok<{ listing: { fullRecertificationRequiredAt: string | null } }>(LISTING, { id: scene.listingId })).listing.fullRecertificationRequiredAt,
    ).toBeNull();
    expect(
      (await t.ok<{ recertificationRequired: { fullRecertification: boolean } }>(verdict, { id: scene.versionId })).recertificationRequired.fullRecertification,
    ).toBe(false);

    const major = await must<{ release: { id: string } }>(
      t,
      'createRelease',
      { productId: scene.productId, kind: 'MAJOR', version: '10.0.0' },
      'release { id }',
    );
    await advance(t, major.release.id, 'EARLY_ACCESS');
    const marked = await t.ok<{ listing: { status: string; fullRecertificationRequiredAt: string | null; fullRecertificationReleaseId: string | null } }>(
      LISTING,
      { id: scene.listingId },
    );
    expect(marked.listing).toMatchObject({
      status: 'PUBLISHED',
      fullRecertificationRequiredAt: t.clock.now().toISOString(),
      fullRecertificationReleaseId: major.release.id,
    });
    const answer = await t.ok<{ recertificationRequired: { required: boolean; fullRecertification: boolean } }>(
      verdict,
      { id: scene.versionId },
      scene.partnerKey,
    );
    expect(answer.recertificationRequired).toMatchObject({ required: true, fullRecertification: true });
  });

  it("CERT-3 MEM-8: a PARTNER key of partner B gets nothing of partner A's certification: lookups NOT_FOUND, lists without A's rows", async () => {
    const a = await certificationScene(t, 'Cert Iso A', ['EARLY_ACCESS', 'BETA', 'RC']);
    await paidCertificationFee(t, a.partnerId);
    const reservationId = await reserveSlot(t, a);
    const submitted = await must<{ submission: { id: string } }>(
      t,
      'submitForCertification',
      { versionId: a.versionId, releaseId: a.releaseId, reservationId, testResultsUrl: 'https://a.example/results.zip' },
      'submission { id }',
      a.partnerKey,
    );
    const certified = await must<{ listing: { id: string } }>(t, 'certifySubmission', { submissionId: submitted.submission.id }, 'listing { id }');
    const keyB = await t.mintKey(Role.PARTNER, { partnerId: await newPartner('Cert Iso B') });

    for (const [query, id] of [
      [`query($id: ID!) { software(id: $id) { id name } }`, a.softwareId],
      [`query($id: ID!) { submission(id: $id) { id } }`, submitted.submission.id],
      [`query($id: ID!) { listing(id: $id) { id } }`, certified.listing.id],
    ] as const) {
      const response = await t.gql(query, { id }, keyB);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
    const versions = await t.gql(`query($id: ID!) { softwareVersions(softwareId: $id, first: 10) { edges { node { id } } } }`, { id: a.softwareId }, keyB);
    expect(versions.body.data?.softwareVersions?.edges ?? []).toEqual([]);
    const submissions = await t.ok<{ submissions: { edges: unknown[] } }>(`{ submissions(first: 100) { edges { node { id partnerId } } } }`, {}, keyB);
    expect(submissions.submissions.edges).toEqual([]);
    const slots = await t.ok<{ reviewSlots: { edges: { node: { reservations: unknown[] } }[] } }>(
      `{ reviewSlots(first: 100) { edges { node { reservations { id partnerId } } } } }`,
      {},
      keyB,
    );
    expect(slots.reviewSlots.edges.flatMap((e) => e.node.reservations)).toEqual([]);
    const submitAsB = await t.gql(
      `mutation($input: SubmitForCertificationInput!) { submitForCertification(input: $input) { userErrors { code } } }`,
      { input: { versionId: a.versionId, releaseId: a.releaseId, reservationId, testResultsUrl: 'https://b.example/r.zip' } },
      keyB,
    );
    expect(errorCodes(submitAsB)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify([versions.body, submissions, slots])).not.toContain(a.partnerId);
  });
});
