import { GraphQLSchema } from 'graphql';
import { newId, RequestContext, Role } from '@alliance/kernel';
import { createTestSchema, runGraphql, testContext } from '@alliance/testing';
import { CertificationChecklistKind, TOI_ITEMS } from '../src';
import { Fixture, setup } from './support';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function gql(schema: GraphQLSchema, ctx: RequestContext, source: string, variables?: Record<string, unknown>): Promise<Data> {
  const result = await runGraphql<Data>(schema, ctx, source, variables);
  if (result.errors?.length)
    throw Object.assign(new Error(result.errors.map((e) => `${e.message} [${e.extensions?.code}]`).join('; ')), { errors: result.errors });
  return result.data as Data;
}

async function gqlErrors(schema: GraphQLSchema, ctx: RequestContext, source: string, variables?: Record<string, unknown>) {
  const result = await runGraphql<Data>(schema, ctx, source, variables);
  return (result.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
}

const SUBMIT = `mutation($input: SubmitForCertificationInput!) {
  submitForCertification(input: $input) { submission { id status milestone productVersion } userErrors { code field message } }
}`;

describe('certification GraphQL', () => {
  let f: Fixture;
  let schema: GraphQLSchema;
  let partnerA: RequestContext;
  let partnerB: RequestContext;

  beforeEach(async () => {
    f = await setup();
    schema = await createTestSchema([f.module]);
    partnerA = f.ctxFor(f.partnerA);
    partnerB = f.ctxFor(f.partnerB);
  });

  async function registerSoftwareAndVersion(ctx: RequestContext, partnerId: string) {
    const software = await gql(
      schema,
      ctx,
      `mutation($input: RegisterSoftwareInput!) { registerSoftware(input: $input) { software { id name } userErrors { code } } }`,
      {
        input: { partnerId, programId: f.programId, name: 'Array Replication Adapter', supportPolicyUrl: 'https://partner.example/policy' },
      },
    );
    const softwareId = software.registerSoftware.software.id;
    const version = await gql(
      schema,
      ctx,
      `mutation($input: RegisterSoftwareVersionInput!) { registerSoftwareVersion(input: $input) { version { id releaseSignature } userErrors { code field message } } }`,
      { input: { softwareId, version: '2.1.0.4', releasedOn: '2026-02-01', releaseKind: 'MINOR' } },
    );
    return { softwareId, versionId: version.registerSoftwareVersion.version.id as string };
  }

  async function reserve(ctx: RequestContext, partnerId: string) {
    const slot = await gql(
      schema,
      f.admin,
      `mutation($input: CreateReviewSlotInput!) { createReviewSlot(input: $input) { slot { id capacity seatsLeft } userErrors { code } } }`,
      {
        input: { programId: f.programId, startsAt: '2026-03-20T15:00:00.000Z', capacity: 3 },
      },
    );
    const reservation = await gql(
      schema,
      ctx,
      `mutation($input: ReserveReviewSlotInput!) { reserveReviewSlot(input: $input) { reservation { id status capabilityMatrix { capability supported } } userErrors { code field } } }`,
      { input: { slotId: slot.createReviewSlot.slot.id, partnerId, capabilityMatrix: [{ capability: 'Array-based replication', supported: true }] } },
    );
    return reservation.reserveReviewSlot.reservation.id as string;
  }

  async function prepared() {
    await gql(
      schema,
      f.admin,
      `mutation($input: SetProgramCertificationPolicyInput!) { setProgramCertificationPolicy(input: $input) { policy { acceptanceLevel supportFlow } userErrors { code } } }`,
      {
        input: { programId: f.programId, acceptanceLevel: 'ACCEPTED', questionnaireKind: 'CLI_API' },
      },
    );
    f.world.activeEnrollments.add(`${f.partnerA}:${f.programId}`);
    await f.grantEntitlements(f.partnerA, 1);
    return registerSoftwareAndVersion(partnerA, f.partnerA);
  }

  it('CERT-3 end to end: Beta is refused with the reason and consumes nothing; RC consumes one; a further submission is refused once the entitlement is used', async () => {
    const { versionId } = await prepared();
    const reservationId = await reserve(partnerA, f.partnerA);

    const beta = await gql(schema, partnerA, SUBMIT, {
      input: { versionId, releaseId: f.addRelease('BETA'), reservationId, testResultsUrl: 'https://partner.example/results.zip' },
    });
    expect(beta.submitForCertification.submission).toBeNull();
    expect(beta.submitForCertification.userErrors).toEqual([
      { code: 'RELEASE_NOT_CERTIFIABLE', field: 'input.releaseId', message: expect.stringContaining('milestone BETA') },
    ]);
    expect(await f.remainingEntitlements(f.partnerA)).toBe(1);

    const rc = await gql(schema, partnerA, SUBMIT, {
      input: { versionId, releaseId: f.addRelease('RC'), reservationId, testResultsUrl: 'https://partner.example/results.zip' },
    });
    expect(rc.submitForCertification.userErrors).toEqual([]);
    expect(rc.submitForCertification.submission).toMatchObject({ status: 'SUBMITTED', milestone: 'RC', productVersion: '8.0.0' });
    expect(await f.remainingEntitlements(f.partnerA)).toBe(0);

    const secondReservation = await reserve(partnerA, f.partnerA);
    const again = await gql(schema, partnerA, SUBMIT, {
      input: { versionId, releaseId: f.addRelease('GA'), reservationId: secondReservation, testResultsUrl: 'https://partner.example/results.zip' },
    });
    expect(again.submitForCertification.submission).toBeNull();
    expect(again.submitForCertification.userErrors[0].code).toBe('ENTITLEMENT_EXHAUSTED');
    const list = await gql(schema, partnerA, `{ submissions { edges { node { id } } } }`);
    expect(list.submissions.edges).toHaveLength(1);
  });

  it("CERT-3: a partner sees only its own submissions: another partner's is NOT_FOUND and absent from the list", async () => {
    const { versionId } = await prepared();
    const reservationId = await reserve(partnerA, f.partnerA);
    const rc = await gql(schema, partnerA, SUBMIT, {
      input: { versionId, releaseId: f.addRelease('RC'), reservationId, testResultsUrl: 'https://partner.example/r.zip' },
    });
    const id = rc.submitForCertification.submission.id;
    expect(await gqlErrors(schema, partnerB, `query($id: ID!) { submission(id: $id) { id } }`, { id })).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    expect((await gql(schema, partnerB, `{ submissions { edges { node { id } } } }`)).submissions.edges).toEqual([]);
    expect(
      (await gql(schema, partnerA, `query($id: ID!) { submission(id: $id) { id software { name } version { version } } }`, { id })).submission,
    ).toMatchObject({
      id,
      software: { name: 'Array Replication Adapter' },
      version: { version: '2.1.0.4' },
    });
    const other = await gqlErrors(schema, partnerB, SUBMIT, {
      input: { versionId, releaseId: f.addRelease('RC'), reservationId, testResultsUrl: 'https://x.example/r' },
    });
    expect(other[0].code).toBe('NOT_FOUND');
  });

  it('CERT-4: only reviewers decide; a denial with a blank justification is refused naming the field and changes nothing', async () => {
    const { versionId } = await prepared();
    const reservationId = await reserve(partnerA, f.partnerA);
    const id = (
      await gql(schema, partnerA, SUBMIT, { input: { versionId, releaseId: f.addRelease('GA'), reservationId, testResultsUrl: 'https://x.example/r' } })
    ).submitForCertification.submission.id;
    const certifyAsPartner = await gqlErrors(
      schema,
      partnerA,
      `mutation($input: CertifySubmissionInput!) { certifySubmission(input: $input) { userErrors { code } } }`,
      { input: { submissionId: id } },
    );
    expect(certifyAsPartner[0].code).toBe('FORBIDDEN');
    const deny = await gqlErrors(
      schema,
      f.reviewer,
      `mutation($input: DenySubmissionInput!) { denySubmission(input: $input) { submission { id } userErrors { code field } } }`,
      { input: { submissionId: id, justification: ' ' } },
    );
    expect(deny[0]).toEqual({ code: 'BAD_USER_INPUT', message: 'input.justification: justification must not be blank' });
    expect((await gql(schema, f.admin, `query($id: ID!) { submission(id: $id) { status } }`, { id })).submission.status).toBe('SUBMITTED');
  });

  it('CERT-5..8, CERT-16: the public guide lists published listings only, with level, footnotes, KB links and logo eligibility', async () => {
    const { versionId } = await prepared();
    const reservationId = await reserve(partnerA, f.partnerA);
    const id = (
      await gql(schema, partnerA, SUBMIT, { input: { versionId, releaseId: f.addRelease('GA'), reservationId, testResultsUrl: 'https://x.example/r' } })
    ).submitForCertification.submission.id;
    const certified = await gql(
      schema,
      f.reviewer,
      `mutation($input: CertifySubmissionInput!) { certifySubmission(input: $input) { listing { id status missingItems } userErrors { code } } }`,
      {
        input: { submissionId: id },
      },
    );
    const listingId = certified.certifySubmission.listing.id;
    expect(certified.certifySubmission.listing.status).toBe('CERTIFIED_UNPUBLISHED');

    const GUIDE = `{ listings { edges { node { id productVersion acceptanceLevel logoEligible software { name } version { version } footnotes { text } kbLinks } } } }`;
    expect((await gql(schema, partnerB, GUIDE)).listings.edges).toEqual([]);
    expect(await gqlErrors(schema, partnerB, `query($id: ID!) { listing(id: $id) { id } }`, { id: listingId })).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    const own = await gql(schema, partnerA, `query($id: ID!) { listing(id: $id) { status missingItems } }`, { id: listingId });
    expect(own.listing.missingItems).toContain('SUPPORT_READINESS:DESIGNATED_SUPPORT_CONTACT');

    f.world.readiness.set(f.partnerA, { ready: true, missing: [] });
    for (const item of TOI_ITEMS.CLI_API) {
      const result = await gql(
        schema,
        partnerA,
        `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { checklist { complete } userErrors { code } } }`,
        {
          input: { versionId, checklist: CertificationChecklistKind.TOI, itemKey: item.key, done: true },
        },
      );
      expect(result.updateChecklistItem.userErrors).toEqual([]);
    }
    await gql(schema, f.reviewer, `mutation($input: AddListingFootnoteInput!) { addListingFootnote(input: $input) { footnote { id } userErrors { code } } }`, {
      input: { listingId, text: 'Thin provisioned LUNs not supported', kbArticleUrl: 'https://kb.example/1014610' },
    });

    const integration = testContext(f.db, { clock: f.clock, role: Role.INTEGRATION, scopes: ['listings:read'], name: 'catalog site' });
    const guide = await gql(schema, integration, GUIDE);
    expect(guide.listings.edges.map((e: Data) => e.node)).toEqual([
      {
        id: listingId,
        productVersion: '8.0.0',
        acceptanceLevel: 'ACCEPTED',
        logoEligible: true,
        software: { name: 'Array Replication Adapter' },
        version: { version: '2.1.0.4' },
        footnotes: [{ text: 'Thin provisioned LUNs not supported' }],
        kbLinks: ['https://kb.example/1014610'],
      },
    ]);
    const noScope = testContext(f.db, { clock: f.clock, role: Role.INTEGRATION, scopes: [], name: 'other' });
    expect((await gqlErrors(schema, noScope, GUIDE))[0].code).toBe('FORBIDDEN');

    const removed = await gql(
      schema,
      f.reviewer,
      `mutation($input: RemoveListingInput!) { removeListing(input: $input) { listing { status logoEligible logoEligibleUntil removalReason } userErrors { code } } }`,
      { input: { listingId, reason: 'PARTNER_REQUEST', note: 'product retired' } },
    );
    expect(removed.removeListing.listing).toEqual({
      status: 'REMOVED',
      logoEligible: false,
      logoEligibleUntil: f.clock.now().toISOString(),
      removalReason: 'PARTNER_REQUEST',
    });
    expect((await gql(schema, integration, GUIDE)).listings.edges).toEqual([]);
    const history = await gql(schema, partnerA, `query($id: ID!) { listing(id: $id) { logoEligible history { action reason } } }`, { id: listingId });
    expect(history.listing.logoEligible).toBe(false);
    expect(history.listing.history.map((h: Data) => h.action)).toEqual(['CERTIFIED', 'PUBLISHED', 'FOOTNOTE_ADDED', 'REMOVED']);
  });

  it('CERT-13: a repeated release signature comes back as a user error naming the field, and nothing is added', async () => {
    const { softwareId } = await prepared();
    const result = await gql(
      schema,
      partnerA,
      `mutation($input: RegisterSoftwareVersionInput!) { registerSoftwareVersion(input: $input) { version { id } userErrors { code field message } } }`,
      { input: { softwareId, version: '2.1.0.5', releasedOn: '2026-02-01', releaseKind: 'PATCH' } },
    );
    expect(result.registerSoftwareVersion).toEqual({
      version: null,
      userErrors: [{ code: 'RELEASE_SIGNATURE_NOT_UNIQUE', field: 'input.releasedOn', message: expect.stringContaining('CERT-13') }],
    });
    const versions = await gql(schema, partnerA, `query($id: ID!) { softwareVersions(softwareId: $id) { edges { node { version } } } }`, { id: softwareId });
    expect(versions.softwareVersions.edges).toHaveLength(1);
    const malformed = await gqlErrors(
      schema,
      partnerA,
      `mutation($input: RegisterSoftwareVersionInput!) { registerSoftwareVersion(input: $input) { userErrors { code } } }`,
      {
        input: { softwareId, version: 'v2-beta', releasedOn: '2026-02-30', releaseKind: 'PATCH' },
      },
    );
    expect(malformed[0].code).toBe('BAD_USER_INPUT');
    expect(await gqlErrors(schema, partnerB, `query($id: ID!) { software(id: $id) { id } }`, { id: softwareId })).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  it('CERT-9: the questionnaire is answered per version and recertificationRequired says why', async () => {
    const { softwareId, versionId } = await prepared();
    const next = await gql(
      schema,
      partnerA,
      `mutation($input: RegisterSoftwareVersionInput!) { registerSoftwareVersion(input: $input) { version { id } userErrors { code } } }`,
      {
        input: { softwareId, version: '2.1.0.5', releasedOn: '2026-02-20', releaseKind: 'PATCH' },
      },
    );
    const nextId = next.registerSoftwareVersion.version.id;
    const questionnaire = await gql(schema, partnerA, `{ recertificationQuestionnaire(kind: CLI_API) { questions { id } } }`);
    const answers = questionnaire.recertificationQuestionnaire.questions.map((q: Data) => ({ questionId: q.id, answer: q.id === 'API_RETURN_VALUE' }));
    const answered = await gql(
      schema,
      partnerA,
      `mutation($input: AnswerRecertificationQuestionnaireInput!) { answerRecertificationQuestionnaire(input: $input) { assessment { required } userErrors { code } } }`,
      { input: { versionId: nextId, comparedToVersionId: versionId, interfaces: ['GetReplicaState(lun)'], answers } },
    );
    expect(answered.answerRecertificationQuestionnaire.assessment.required).toBe(true);
    const verdict = await gql(
      schema,
      partnerA,
      `query($id: ID!) { recertificationRequired(versionId: $id) { required fullRecertification reasons { code message } } }`,
      { id: nextId },
    );
    expect(verdict.recertificationRequired).toEqual({
      required: true,
      fullRecertification: false,
      reasons: [{ code: 'QUESTIONNAIRE_YES', message: 'questionnaire answered YES to API_RETURN_VALUE' }],
    });
    expect((await gqlErrors(schema, partnerB, `query($id: ID!) { recertificationRequired(versionId: $id) { required } }`, { id: nextId }))[0].code).toBe(
      'NOT_FOUND',
    );
  });

  it('CERT-2: reservations of other partners are hidden, the seat count is not', async () => {
    await prepared();
    await reserve(partnerA, f.partnerA);
    const slots = await gql(schema, partnerB, `{ reviewSlots { edges { node { capacity seatsLeft reservations { id } } } } }`);
    expect(slots.reviewSlots.edges[0].node).toEqual({ capacity: 3, seatsLeft: 2, reservations: [] });
    const reserveForOther = await gqlErrors(
      schema,
      partnerB,
      `mutation($input: ReserveReviewSlotInput!) { reserveReviewSlot(input: $input) { userErrors { code } } }`,
      {
        input: { slotId: newId(), partnerId: f.partnerA, capabilityMatrix: [] },
      },
    );
    expect(reserveForOther[0].code).toBe('NOT_FOUND');
  });
});
