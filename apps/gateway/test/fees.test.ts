import { Role } from '@alliance/kernel';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { partnerWithTap } from './support/fixtures';

const CHARGE = `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id total { amountMinor currency } status } userErrors { code field message } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code field message } } }`;
const OPEN = `mutation($input: OpenServiceRequestInput!) { openServiceRequest(input: $input) { entitlement { remaining } userErrors { code field message } } }`;
const ENTITLEMENTS = `query($id: ID!) { entitlements(partnerId: $id) { kind granted consumed remaining } }`;

describe(`fees through the gateway on ${onDatabase}`, () => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway();
  });

  afterAll(async () => {
    await t.close();
  });

  async function paidCertificationFee(partnerId: string): Promise<void> {
    const charged = await t.ok<{ chargeFee: { invoice: { id: string; total: { amountMinor: number } } } }>(CHARGE, {
      input: { partnerId, feeKind: 'CERTIFICATION' },
    });
    expect(charged.chargeFee.invoice.total.amountMinor).toBe(100_000);
    const paid = await t.ok<{ recordPayment: { userErrors: unknown[] } }>(PAY, {
      input: { invoiceId: charged.chargeFee.invoice.id, amount: { amountMinor: 100_000, currency: 'USD' } },
    });
    expect(paid.recordPayment.userErrors).toEqual([]);
  }

  it('FEE-2: a paid $1000 certification fee grants 1 submission and 3 support incidents', async () => {
    const partnerId = await partnerWithTap(t, 'Bundle Co');
    await paidCertificationFee(partnerId);
    const data = await t.ok<{ entitlements: { kind: string; granted: number; remaining: number }[] }>(ENTITLEMENTS, { id: partnerId });
    const byKind = Object.fromEntries(data.entitlements.map((e) => [e.kind, e]));
    expect(byKind.CERTIFICATION_SUBMISSION).toMatchObject({ granted: 1, remaining: 1 });
    expect(byKind.CERTIFICATION_SUPPORT_INCIDENT).toMatchObject({ granted: 3, remaining: 3 });
  });

  it.each([2, 6])('FEE-2: %i concurrent requests for the last entitlement: exactly one succeeds', async (parallel) => {
    const partnerId = await partnerWithTap(t, `Race Co ${parallel}`);
    await paidCertificationFee(partnerId);
    const partnerKey = await t.mintKey(Role.PARTNER, { partnerId });
    const results = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        t.gql<{ openServiceRequest: { entitlement: { remaining: number } | null; userErrors: { code: string }[] } }>(
          OPEN,
          { input: { partnerId, kind: 'CERTIFICATION_SUBMISSION', reference: `race-${i}` } },
          i % 2 ? partnerKey : t.adminKey,
        ),
      ),
    );
    const outcomes = results.map((r) => r.body.data?.openServiceRequest);
    expect(results.every((r) => !r.body.errors)).toBe(true);
    expect(outcomes.filter((o) => o?.userErrors.length === 0)).toHaveLength(1);
    expect(outcomes.filter((o) => o?.userErrors[0]?.code === 'ENTITLEMENT_EXHAUSTED')).toHaveLength(parallel - 1);
    const after = await t.ok<{ entitlements: { kind: string; consumed: number; remaining: number }[] }>(ENTITLEMENTS, { id: partnerId });
    expect(after.entitlements.find((e) => e.kind === 'CERTIFICATION_SUBMISSION')).toMatchObject({ consumed: 1, remaining: 0 });
  });

  it('FEE-2: a PARTNER key sees only its own entitlements and invoices', async () => {
    const a = await partnerWithTap(t, 'Own Co');
    const b = await partnerWithTap(t, 'Other Co');
    await paidCertificationFee(a);
    const keyB = await t.mintKey(Role.PARTNER, { partnerId: b });
    const theirs = await t.gql(ENTITLEMENTS, { id: a }, keyB);
    expect(theirs.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invoices = await t.gql(`query($id: ID!) { invoices(partnerId: $id, first: 10) { edges { node { id } } } }`, { id: a }, keyB);
    expect(JSON.stringify(invoices.body)).not.toContain('"node"');
  });

  it('FEE-5: a host-pay quote over 400 members asks for a negotiated rate', async () => {
    const ok = await t.ok<{ hostPayQuote: { totalMinor?: number } }>(`{ hostPayQuote(memberCount: 30) { memberCount } }`);
    expect(ok.hostPayQuote).toEqual({ memberCount: 30 });
    const over = await t.gql(`{ hostPayQuote(memberCount: 401) { memberCount } }`);
    expect(over.body.errors?.[0].extensions?.code).toBe('TSANET_NEGOTIATED_RATE_REQUIRED');
  });
});
