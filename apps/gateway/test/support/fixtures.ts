import { Role } from '@alliance/kernel';
import type { TestGateway } from './harness';

/** Creates a partner with an active TAP membership over the whole test period. */
export async function partnerWithTap(t: TestGateway, name: string, joinedOn = '2020-01-01'): Promise<string> {
  const data = await t.ok<{ createPartner: { partner: { id: string } } }>(
    `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code field message } } }`,
    { input: { name, joinedOn } },
  );
  const partnerId = data.createPartner.partner.id;
  await t.ok(`mutation($input: RecordNetworkMembershipInput!) { recordTapMembership(input: $input) { membership { id } userErrors { code } } }`, {
    input: { partnerId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-12-31T23:59:59.999Z' },
  });
  return partnerId;
}

export async function createProgram(t: TestGateway, code: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await t.ok<{ createProgram: { program: { id: string }; userErrors: unknown[] } }>(
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code field message } } }`,
    { input: { code, name: `${code} program`, guideClauses: [{ topic: 'termination', text: 'Guide: 30 days.' }], ...extra } },
  );
  if (!data.createProgram.program) throw new Error(JSON.stringify(data.createProgram.userErrors));
  return data.createProgram.program.id;
}

/** Enrolls and signs every required agreement, so the enrollment is ACTIVE. */
export async function activeEnrollment(t: TestGateway, partnerId: string, programId: string, key?: string): Promise<string> {
  const enrolled = await t.ok<{ enrollPartner: { enrollment: { id: string; requiredAgreements: string[] }; userErrors: unknown[] } }>(
    `mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { enrollment { id requiredAgreements } userErrors { code field message } } }`,
    { input: { partnerId, programId } },
    key,
  );
  if (!enrolled.enrollPartner.enrollment) throw new Error(JSON.stringify(enrolled.enrollPartner.userErrors));
  const { id, requiredAgreements } = enrolled.enrollPartner.enrollment;
  for (const kind of requiredAgreements) {
    await t.ok(
      `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { agreement { id } userErrors { code field message } } }`,
      {
        input: {
          enrollmentId: id,
          kind,
          signedBy: 'Pat Signer',
          termStartsAt: '2026-01-01T00:00:00.000Z',
          termEndsAt: '2026-12-31T23:59:59.999Z',
          clauses: [{ topic: 'termination', text: `${kind}: clause` }],
        },
      },
      key,
    );
  }
  return id;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface UserErrorShape {
  code: string;
  field: string | null;
  message: string;
}
export type Payload<T = Data> = T & { userErrors: UserErrorShape[] };

/** The input type a mutation takes, read from the live schema (so names never drift). */
function inputTypeOf(t: TestGateway, mutation: string): string {
  const field = t.gateway.schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`no mutation ${mutation} in the schema`);
  const input = field.args.find((arg) => arg.name === 'input');
  if (!input) throw new Error(`mutation ${mutation} takes no input`);
  return String(input.type);
}

/** Runs `mutation(input)` with the selection; fails on any GraphQL error; returns the payload, user errors included. */
export async function mutate<T = Data>(
  t: TestGateway,
  mutation: string,
  input: Record<string, unknown>,
  selection: string,
  key?: string | null,
): Promise<Payload<T>> {
  const data = await t.ok<Record<string, Payload<T>>>(
    `mutation($input: ${inputTypeOf(t, mutation)}) { ${mutation}(input: $input) { ${selection} userErrors { code field message } } }`,
    { input },
    key,
  );
  return data[mutation];
}

/** Like mutate, but also fails when the payload carries user errors. */
export async function must<T = Data>(t: TestGateway, mutation: string, input: Record<string, unknown>, selection: string, key?: string | null): Promise<T> {
  const payload = await mutate<T>(t, mutation, input, selection, key);
  if (payload.userErrors.length) throw new Error(`${mutation}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/** The GraphQL error codes of a response (empty when it succeeded). */
export function errorCodes(response: { body: { errors?: { extensions?: Record<string, any> }[] } }): string[] {
  return (response.body.errors ?? []).map((error) => String(error.extensions?.code));
}

export async function recordTsanet(t: TestGateway, partnerId: string): Promise<void> {
  await must(t, 'recordTsanetMembership', { partnerId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-12-31T23:59:59.999Z' }, 'membership { id }');
}

/** A vendor product tied to programs, with one release moved through the given milestones (available 10 days ago onward, a day apart). */
export async function productWithRelease(
  t: TestGateway,
  name: string,
  programIds: string[],
  kind: 'MAJOR' | 'MINOR' | 'UPDATE' | 'PATCH',
  milestones: string[],
  version = '9.0.0',
): Promise<{ productId: string; releaseId: string }> {
  const product = await must<{ product: { id: string } }>(t, 'createProduct', { name, programIds }, 'product { id }');
  const release = await must<{ release: { id: string } }>(t, 'createRelease', { productId: product.product.id, kind, version }, 'release { id }');
  const releaseId = release.release.id;
  const base = t.clock.now().getTime() - 10 * 86_400_000;
  let n = 0;
  for (const milestone of milestones) {
    await advance(t, releaseId, milestone, new Date(base + n++ * 86_400_000));
  }
  return { productId: product.product.id, releaseId };
}

export async function advance(t: TestGateway, releaseId: string, milestone: string, availableAt?: Date): Promise<void> {
  await must(
    t,
    'advanceMilestone',
    {
      releaseId,
      milestone,
      announce: true,
      downloadUrl: `https://downloads.vendor.example/${releaseId}/${milestone.toLowerCase()}`,
      ...(availableAt ? { availableAt: availableAt.toISOString() } : {}),
    },
    'milestone { id }',
  );
}

/** Charges the $1000 certification fee and pays it: 1 submission + 3 support incidents (FEE-2). */
export async function paidCertificationFee(t: TestGateway, partnerId: string): Promise<string> {
  const charged = await must<{ invoice: { id: string } }>(t, 'chargeFee', { partnerId, feeKind: 'CERTIFICATION' }, 'invoice { id }');
  await must(t, 'recordPayment', { invoiceId: charged.invoice.id, amount: { amountMinor: 100_000, currency: 'USD' } }, 'payment { id }');
  return charged.invoice.id;
}

export async function remainingEntitlement(t: TestGateway, partnerId: string, kind = 'CERTIFICATION_SUBMISSION'): Promise<number> {
  const data = await t.ok<{ entitlements: { kind: string; remaining: number }[] }>(`query($id: ID!) { entitlements(partnerId: $id) { kind remaining } }`, {
    id: partnerId,
  });
  return data.entitlements.find((e) => e.kind === kind)?.remaining ?? 0;
}

export interface CertificationScene {
  partnerId: string;
  partnerKey: string;
  programId: string;
  productId: string;
  releaseId: string;
  slotId: string;
  softwareId: string;
  versionId: string;
}

/**
 * Everything a certification submission needs, across domains: a partner with TAP and an
 * active enrollment (membership), the program's policy, a product tied to the program with a
 * MAJOR release at the given milestones (releases), a review slot (certification), software
 * with one version. The fee is left to the test.
 */
export async function certificationScene(t: TestGateway, label: string, milestones = ['EARLY_ACCESS', 'BETA']): Promise<CertificationScene> {
  const partnerId = await partnerWithTap(t, `${label} Software`);
  const programId = await createProgram(
    t,
    label
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 12),
  );
  await activeEnrollment(t, partnerId, programId);
  await must(
    t,
    'setProgramCertificationPolicy',
    { programId, acceptanceLevel: 'CERTIFIED', questionnaireKind: 'CLI_API', hasReadyLogo: true },
    'policy { programId }',
  );
  const { productId, releaseId } = await productWithRelease(t, `${label} Platform`, [programId], 'MAJOR', milestones);
  const slot = await must<{ slot: { id: string } }>(t, 'createReviewSlot', { programId, startsAt: '2026-03-20T15:00:00.000Z', capacity: 10 }, 'slot { id }');
  const partnerKey = await t.mintKey(Role.PARTNER, { partnerId, name: `${label} partner key` });
  const software = await must<{ software: { id: string } }>(
    t,
    'registerSoftware',
    { partnerId, programId, name: `${label} Adapter` },
    'software { id }',
    partnerKey,
  );
  const version = await must<{ version: { id: string } }>(
    t,
    'registerSoftwareVersion',
    { softwareId: software.software.id, version: '3.0.0', releasedOn: '2026-02-01', releaseKind: 'MAJOR' },
    'version { id }',
    partnerKey,
  );
  return { partnerId, partnerKey, programId, productId, releaseId, slotId: slot.slot.id, softwareId: software.software.id, versionId: version.version.id };
}

export async function reserveSlot(t: TestGateway, scene: CertificationScene): Promise<string> {
  const reserved = await must<{ reservation: { id: string } }>(
    t,
    'reserveReviewSlot',
    { slotId: scene.slotId, partnerId: scene.partnerId },
    'reservation { id }',
    scene.partnerKey,
  );
  return reserved.reservation.id;
}

/** Pays the $1000 certification fee, reserves a review slot and submits the scene's version at its release. */
export async function paidSubmission(t: TestGateway, scene: CertificationScene): Promise<{ submission: { id: string } }> {
  await paidCertificationFee(t, scene.partnerId);
  const reservationId = await reserveSlot(t, scene);
  return must<{ submission: { id: string } }>(
    t,
    'submitForCertification',
    { versionId: scene.versionId, releaseId: scene.releaseId, reservationId, testResultsUrl: 'https://partner.example/results.zip' },
    'submission { id }',
    scene.partnerKey,
  );
}

export const SUBMISSION_SELECTION = 'submission { id status milestone productVersion entitlementConsumptionId }';

/** Makes every TOI item done, names every support readiness contact and records the support policy (CERT-6, SUP-6). */
export async function completePublicationItems(
  t: TestGateway,
  scene: CertificationScene,
  parts: { toi?: boolean; readiness?: boolean; policy?: boolean } = {},
): Promise<void> {
  const { toi = true, readiness = true, policy = true } = parts;
  if (toi) {
    const checklist = await t.ok<{ softwareVersions: { edges: { node: { id: string; toiChecklist: { items: { key: string }[] } } }[] } }>(
      `query($id: ID!) { softwareVersions(softwareId: $id, first: 100) { edges { node { id toiChecklist { items { key } } } } } }`,
      { id: scene.softwareId },
      scene.partnerKey,
    );
    const node = checklist.softwareVersions.edges.find((e) => e.node.id === scene.versionId)!.node;
    for (const item of node.toiChecklist.items) {
      await must(
        t,
        'updateChecklistItem',
        { versionId: scene.versionId, checklist: 'TOI', itemKey: item.key, done: true },
        'checklist { complete }',
        scene.partnerKey,
      );
    }
  }
  if (readiness) {
    for (const item of ['TECHNICAL_SUPPORT_CONTACT', 'CERTIFIED_PROFESSIONAL', 'SENIOR_SUPPORT_ENGINEER_CONTACT', 'ESCALATION_MANAGER_CONTACT']) {
      await must(
        t,
        'recordReadinessItem',
        { partnerId: scene.partnerId, item, personName: `${item.toLowerCase()} person`, email: 'support@partner.example' },
        'item { id }',
        scene.partnerKey,
      );
    }
  }
  if (policy) {
    await must(
      t,
      'setSoftwareSupportPolicy',
      { softwareId: scene.softwareId, supportPolicyUrl: 'https://partner.example/support-policy' },
      'software { id }',
      scene.partnerKey,
    );
  }
}

/** A scene carried through to a certified listing at RC, with everything needed to publish it. */
export async function publishedListing(t: TestGateway, label: string): Promise<CertificationScene & { listingId: string; submissionId: string }> {
  const scene = await certificationScene(t, label, ['EARLY_ACCESS', 'BETA', 'RC']);
  const submitted = await paidSubmission(t, scene);
  const certified = await must<{ listing: { id: string } }>(t, 'certifySubmission', { submissionId: submitted.submission.id }, 'listing { id }');
  await completePublicationItems(t, scene);
  const listing = await t.ok<{ listing: { status: string; missingItems: string[] } }>(`query($id: ID!) { listing(id: $id) { status missingItems } }`, {
    id: certified.listing.id,
  });
  if (listing.listing.status !== 'PUBLISHED') {
    await must(t, 'publishListing', { listingId: certified.listing.id }, 'listing { status }');
  }
  return { ...scene, listingId: certified.listing.id, submissionId: submitted.submission.id };
}
