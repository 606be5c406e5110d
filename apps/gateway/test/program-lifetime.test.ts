import { createHash } from 'node:crypto';
import { FixedClock, Role } from '@alliance/kernel';
import { runHousekeeping } from '../src/housekeeping';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { activeEnrollment, advance, createProgram, errorCodes, must, mutate, paidSubmission, partnerWithTap, publishedListing } from './support/fixtures';

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

const VERDICT = `query($id: ID!) { recertificationRequired(versionId: $id) { required fullRecertification reasons { code message } } }`;
const LISTING = `query($id: ID!) { listing(id: $id) { id status certifiedAt fullRecertificationReleaseId fullRecertificationRequiredAt } }`;

interface Verdict {
  required: boolean | null;
  fullRecertification: boolean;
  reasons: { code: string; message: string }[];
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

/**
 * Rules that must hold over a program's real lifetime, followed through whole flows across
 * domains: re-certification after a new major release (CERT-9), the equivalency artifact check
 * (CERT-12/14), notice kinds as recorded (NOT-1), membership that lapses with TAP (MEM-1), and the
 * year an audit covers (PC-8/PC-10).
 */
describe(`a program's lifetime across domains on ${onDatabase}`, () => {
  let t: TestGateway;
  let clock: FixedClock;

  beforeAll(async () => {
    t = await startTestGateway({ config: { rateLimitPerMinute: 0 } });
    clock = t.clock as FixedClock;
  });

  afterAll(async () => {
    await t.close();
  });

  const verdict = async (versionId: string, key?: string) =>
    (await t.ok<{ recertificationRequired: Verdict }>(VERDICT, { id: versionId }, key)).recertificationRequired;
  const listing = async (id: string) =>
    (
      await t.ok<{
        listing: { id: string; status: string; certifiedAt: string; fullRecertificationReleaseId: string | null; fullRecertificationRequiredAt: string | null };
      }>(LISTING, { id })
    ).listing;

  it('CERT-9 REL-5: whether a version needs full re-certification follows from the facts when asked: certified on the previous release after the new major appeared, it owes it at RC and GA; re-certified on the new major, it no longer does', async () => {
    const scene = await publishedListing(t, 'Lifetime Cert');
    expect(await verdict(scene.versionId)).toMatchObject({ required: null, fullRecertification: false });
    const start = clock.now();
    try {
      // A day later a new major release of the product reaches its first milestone.
      clock.advance(86_400_000);
      const major = await must<{ release: { id: string } }>(
        t,
        'createRelease',
        { productId: scene.productId, kind: 'MAJOR', version: '10.0.0' },
        'release { id }',
      );
      const majorId = major.release.id;
      const earlyAccessAt = clock.now();
      await advance(t, majorId, 'EARLY_ACCESS', earlyAccessAt);
      expect(await listing(scene.listingId)).toMatchObject({
        fullRecertificationReleaseId: majorId,
        fullRecertificationRequiredAt: earlyAccessAt.toISOString(),
      });
      expect(await verdict(scene.versionId)).toMatchObject({ required: true, fullRecertification: true });

      // An hour after that, the partner certifies a new version on the previous release (still allowed there).
      clock.advance(3_600_000);
      const v31 = await must<{ version: { id: string } }>(
        t,
        'registerSoftwareVersion',
        { softwareId: scene.softwareId, version: '3.1.0', releasedOn: '2026-02-10', releaseKind: 'MINOR' },
        'version { id }',
        scene.partnerKey,
      );
      const onPrevious = await paidSubmission(t, { ...scene, versionId: v31.version.id });
      const certified = await must<{ listing: { id: string; certifiedAt: string } }>(
        t,
        'certifySubmission',
        { submissionId: onPrevious.submission.id },
        'listing { id certifiedAt }',
      );
      expect(certified.listing.certifiedAt).toBe(clock.now().toISOString());
      // It owes full re-certification on 10.0.0 from the moment it was certified, at RC as at Beta.
      for (const milestone of ['BETA', 'RC']) {
        clock.advance(60_000);
        await advance(t, majorId, milestone);
        const late = await verdict(v31.version.id, scene.partnerKey);
        expect(late).toMatchObject({ required: true, fullRecertification: true });
        expect(late.reasons.map((r) => r.code)).toEqual(['MAJOR_PLATFORM_RELEASE']);
        expect(late.reasons[0].message).toContain('10.0.0');
        expect(await listing(certified.listing.id)).toMatchObject({
          fullRecertificationReleaseId: majorId,
          fullRecertificationRequiredAt: certified.listing.certifiedAt,
        });
      }

      // 3.0.0 re-certified on the new major: nothing is owed, on either of its listings.
      const again = await paidSubmission(t, { ...scene, releaseId: majorId });
      const onMajor = await must<{ listing: { id: string } }>(t, 'certifySubmission', { submissionId: again.submission.id }, 'listing { id }');
      expect(await verdict(scene.versionId, scene.partnerKey)).toMatchObject({ required: null, fullRecertification: false, reasons: [] });
      expect(await listing(scene.listingId)).toMatchObject({ fullRecertificationReleaseId: null, fullRecertificationRequiredAt: null });
      expect(await listing(onMajor.listing.id)).toMatchObject({ fullRecertificationReleaseId: null, fullRecertificationRequiredAt: null });
      // 3.1.0 still owes it, through GA, until it is re-certified too.
      await advance(t, majorId, 'RTM');
      await advance(t, majorId, 'GA');
      expect(await verdict(v31.version.id)).toMatchObject({ required: true, fullRecertification: true });
    } finally {
      clock.set(start);
    }
  });

  it('CERT-12 CERT-14: approving an equivalency whose uploaded file does not match its declared sums is refused with ARTIFACT_SUMS_MISMATCH; nothing is charged or listed', async () => {
    const scene = await publishedListing(t, 'Lifetime Equivalency');
    const update = await must<{ version: { id: string } }>(
      t,
      'registerSoftwareVersion',
      { softwareId: scene.softwareId, version: '3.0.5', releasedOn: '2026-02-25', releaseKind: 'UPDATE' },
      'version { id }',
      scene.partnerKey,
    );
    const bytes = Buffer.from('adapter 3.0.5\n'.repeat(100));
    const artifact = await must<{ artifact: { id: string } }>(
      t,
      'registerArtifact',
      { versionId: update.version.id, fileName: 'adapter-3.0.5.zip', md5: md5(bytes), sha1: sha1(bytes), sizeBytes: bytes.length },
      'artifact { id }',
      scene.partnerKey,
    );
    const wrong = Buffer.from(bytes);
    wrong[0] ^= 0xff;
    const uploaded = await t.gateway.app.inject({
      method: 'PUT',
      url: `/artifacts/${artifact.artifact.id}/file`,
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${scene.partnerKey}` },
      payload: wrong,
    });
    expect(uploaded.json().artifact).toMatchObject({ md5Matches: false, sha1Matches: false, sizeMatches: true });
    const request = await must<{ request: { id: string } }>(
      t,
      'requestEquivalency',
      { listingId: scene.listingId, versionId: update.version.id, description: 'packaging fix' },
      'request { id }',
      scene.partnerKey,
    );
    const invoicesBefore = await t.ok<{ invoices: { edges: unknown[] } }>(`query($p: ID) { invoices(partnerId: $p, first: 100) { edges { node { id } } } }`, {
      p: scene.partnerId,
    });

    const refused = await mutate(t, 'decideEquivalency', { requestId: request.request.id, approve: true }, 'request { status } listing { id }');
    expect(refused.userErrors).toEqual([{ code: 'ARTIFACT_SUMS_MISMATCH', field: 'input.requestId', message: expect.stringContaining('MD5, SHA1') }]);
    const state = await t.ok<{ certificationEquivalencyRequest: { status: string; invoiceId: string | null } }>(
      `query($id: ID!) { certificationEquivalencyRequest(id: $id) { status invoiceId } }`,
      { id: request.request.id },
    );
    expect(state.certificationEquivalencyRequest).toEqual({ status: 'REQUESTED', invoiceId: null });
    const invoicesAfter = await t.ok<{ invoices: { edges: unknown[] } }>(`query($p: ID) { invoices(partnerId: $p, first: 100) { edges { node { id } } } }`, {
      p: scene.partnerId,
    });
    expect(invoicesAfter.invoices.edges).toHaveLength(invoicesBefore.invoices.edges.length);

    // The right file then matches, and the approval goes through.
    await t.gateway.app.inject({
      method: 'PUT',
      url: `/artifacts/${artifact.artifact.id}/file`,
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${scene.partnerKey}` },
      payload: bytes,
    });
    const approved = await must<{ request: { status: string } }>(
      t,
      'decideEquivalency',
      { requestId: request.request.id, approve: true },
      'request { status }',
    );
    expect(approved.request.status).toBe('APPROVED');
  });

  it('NOT-1: notices(kind:) takes the kinds the product records, and their former upper-case names, and still refuses what no kind looks like', async () => {
    const partnerId = await partnerWithTap(t, 'Kinds Co');
    await must(t, 'joinBusinessModel', { partnerId, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
    const started = await must<{ audit: { id: string } }>(t, 'startAudit', { partnerId }, 'audit { id }');
    const closed = await must<{ audit: { firstWindowEndsAt: string } }>(t, 'closeAudit', { auditId: started.audit.id }, 'audit { firstWindowEndsAt }');
    const start = clock.now();
    try {
      clock.set(closed.audit.firstWindowEndsAt);
      await runHousekeeping(t.gateway);
      const query = `query($kind: String) { notices(kind: $kind, partnerId: "${partnerId}", first: 10) { edges { node { kind dueAt } } } }`;
      const found = await t.ok<{ notices: { edges: { node: { kind: string; dueAt: string } }[] } }>(query, {
        kind: 'partner_connect.remediation_90_day_window_ends',
      });
      expect(found.notices.edges.map((e) => e.node)).toEqual([
        { kind: 'partner_connect.remediation_90_day_window_ends', dueAt: closed.audit.firstWindowEndsAt },
      ]);
      // The former name still finds the renamed kind during the deprecation period (CHANGELOG.md).
      const former = await t.ok<{ notices: { edges: { node: { kind: string } }[] } }>(query, { kind: 'PC_REMEDIATION_90_DAY_WINDOW_ENDS' });
      expect(former.notices.edges.map((e) => e.node.kind)).toEqual(['partner_connect.remediation_90_day_window_ends']);
      const lower = await t.ok<{ notices: { edges: unknown[] } }>(query, { kind: 'pc_remediation_90_day_window_ends' });
      expect(lower.notices.edges).toEqual([]);
      for (const bad of ['PC REMEDIATION', 'kind;drop', '']) {
        const refused = await t.gql(query, { kind: bad });
        expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      }
      // A webhook subscription may name such a kind exactly too.
      const subscribed = await mutate(
        t,
        'createWebhookSubscription',
        { url: 'https://hooks.partner.example/pc', eventKinds: ['notice.partner_connect.renewal_notice', 'notice.PC_AUDIT_NOTICE'] },
        'subscription { id eventKinds }',
      );
      expect(subscribed.userErrors).toEqual([]);
      // A former name subscribes to the renamed kind.
      expect((subscribed.subscription as { eventKinds: string[] }).eventKinds).toEqual([
        'notice.partner_connect.renewal_notice',
        'notice.partner_connect.audit_notice',
      ]);
    } finally {
      clock.set(start);
    }
  });

  it('MEM-1 MEM-10: once the TAP membership lapses the enrollment reads SUSPENDED, not in force, because of TAP; it reads ACTIVE again with a new TAP membership', async () => {
    const programId = await createProgram(t, 'TAPLAPSE');
    const partnerId = await partnerWithTap(t, 'Lapsing Co');
    const enrollmentId = await activeEnrollment(t, partnerId, programId);
    const partnerKey = await t.mintKey(Role.PARTNER, { partnerId });
    const read = async () =>
      (
        await t.ok<{ enrollment: { state: string; inForce: boolean; inactiveReason: string | null } }>(
          `query($id: ID!) { enrollment(id: $id) { state inForce inactiveReason } }`,
          { id: enrollmentId },
          partnerKey,
        )
      ).enrollment;
    expect(await read()).toEqual({ state: 'ACTIVE', inForce: true, inactiveReason: null });

    const start = clock.now();
    try {
      // The TAP membership recorded by the fixture runs to 2027-12-31T23:59:59.999Z: the last instant is still in force.
      clock.set('2027-12-31T23:59:59.999Z');
      const tap = await t.ok<{ partner: { tapActive: boolean } }>(`query($id: ID!) { partner(id: $id) { tapActive } }`, { id: partnerId });
      expect(tap.partner.tapActive).toBe(true);
      clock.set(start);
      await must(t, 'endNetworkMembership', { partnerId, kind: 'TAP', reason: 'membership not renewed' }, 'membership { id }');
      expect(await read()).toEqual({ state: 'SUSPENDED', inForce: false, inactiveReason: 'TAP_MEMBERSHIP_INACTIVE' });
      // Every activity is refused for the same reason the state now gives.
      const asked = await t.ok<{ partner: { enrollments: { state: string }[]; collateralAccess: unknown[] } }>(
        `query($id: ID!) { partner(id: $id) { enrollments { state } collateralAccess { id } } }`,
        { id: partnerId },
      );
      expect(asked.partner).toEqual({ enrollments: [{ state: 'SUSPENDED' }], collateralAccess: [] });

      await must(t, 'recordTapMembership', { partnerId, startsAt: start.toISOString(), endsAt: '2028-12-31T23:59:59.999Z' }, 'membership { id }');
      expect(await read()).toEqual({ state: 'ACTIVE', inForce: true, inactiveReason: null });
    } finally {
      clock.set(start);
    }
  });

  it('PC-8 PC-10: an audit covers a program year the partner was in: entering today, it audits the current year; a year before entry is refused, and writes nothing', async () => {
    const start = clock.now();
    try {
      // The program year starts on 1 February (00:00 UTC). Entered on its first instant: the year that just began.
      clock.set('2026-02-01T00:00:00.000Z');
      const onTheDay = await partnerWithTap(t, 'Entered At Year Start');
      await must(t, 'joinBusinessModel', { partnerId: onTheDay, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
      // Entered 1 ms before it: that partner was in program year 2025.
      clock.set('2026-01-31T23:59:59.999Z');
      const justBefore = await partnerWithTap(t, 'Entered At Year End');
      await must(t, 'joinBusinessModel', { partnerId: justBefore, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');

      clock.set(start);
      const today = await partnerWithTap(t, 'Entered Today');
      await must(t, 'joinBusinessModel', { partnerId: today, model: 'SOLUTION_RESELLER' }, 'businessModel { id }');
      const audit = async (partnerId: string) =>
        (await must<{ audit: { programYear: number } }>(t, 'startAudit', { partnerId }, 'audit { programYear }')).audit.programYear;

      const refused = await mutate(t, 'startAudit', { partnerId: today, programYear: 2025 }, 'audit { id }');
      expect(refused).toEqual({
        audit: null,
        userErrors: [{ code: 'AUDIT_YEAR_NOT_PARTICIPATED', field: 'input.programYear', message: expect.stringContaining('2026') }],
      });
      const future = await mutate(t, 'startAudit', { partnerId: today, programYear: 2027 }, 'audit { id }');
      expect(future.userErrors.map((u) => u.code)).toEqual(['AUDIT_YEAR_NOT_PARTICIPATED']);
      const progression = await t.ok<{ partnerProgression: { openAudit: unknown } }>(
        `query($id: ID!) { partnerProgression(partnerId: $id) { openAudit { id } } }`,
        { id: today },
      );
      expect(progression.partnerProgression.openAudit).toBeNull();

      expect(await audit(today)).toBe(2026);
      expect(await audit(onTheDay)).toBe(2026);
      expect(await audit(justBefore)).toBe(2025);
    } finally {
      clock.set(start);
    }
  });
});
