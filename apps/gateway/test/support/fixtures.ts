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
    await t.ok(`mutation($input: SignAgreementInput!) { signAgreement(input: $input) { agreement { id } userErrors { code field message } } }`, {
      input: { enrollmentId: id, kind, signedBy: 'Pat Signer', termStartsAt: '2026-01-01T00:00:00.000Z', termEndsAt: '2026-12-31T23:59:59.999Z', clauses: [{ topic: 'termination', text: `${kind}: clause` }] },
    }, key);
  }
  return id;
}
