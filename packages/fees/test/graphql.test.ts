import { GraphQLSchema } from 'graphql';
import { newId, Role } from '@alliance/kernel';
import { createTestSchema, runGraphql, testContext } from '@alliance/testing';
import { EntitlementEntry, EntitlementKind, FeeKind, Invoice } from '../src';
import { harness, Harness } from './fixtures';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const INVOICE_FIELDS = `id partnerId status total { amountMinor currency } balance { amountMinor currency }
  lines { feeKind quantity amount { amountMinor } programVersion grants { kind quantity } }
  payments { id amount { amountMinor } } waivers { waivedBy reason amount { amountMinor } } refunds { id }`;

const CHARGE = `mutation ($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { ${INVOICE_FIELDS} } userErrors { code field message } } }`;
const PAY = `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } invoice { status balance { amountMinor } } userErrors { code field message } } }`;
const WAIVE = `mutation ($input: WaiveFeeInput!) { waiveFee(input: $input) { waiver { waivedBy reason } invoice { status } userErrors { code field message } } }`;
const REFUND = `mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { refund { id } invoice { status } userErrors { code field message } } }`;
const OPEN_SR = `mutation ($input: OpenServiceRequestInput!) { openServiceRequest(input: $input) {
  consumption { id kind type delta reference } entitlement { kind granted consumed remaining } userErrors { code field message } } }`;
const ENTITLEMENTS = `query ($partnerId: ID!) { entitlements(partnerId: $partnerId) { kind granted consumed remaining } }`;

describe('fees GraphQL', () => {
  let h: Harness;
  let schema: GraphQLSchema;
  let partnerA: string;
  let partnerB: string;

  const run = async (ctx: ReturnType<Harness['as']>, source: string, variables?: Record<string, unknown>) => {
    const result = await runGraphql<Data>(schema, ctx, source, variables);
    return result;
  };
  const admin = () => h.as(Role.ADMIN, null, 'finance admin');

  beforeEach(async () => {
    h = await harness('2026-03-01T00:00:00.000Z');
    schema = await createTestSchema([h.module]);
    partnerA = h.membership.add();
    partnerB = h.membership.add();
  });

  async function paidCertification(partnerId: string): Promise<string> {
    const charged = await run(admin(), CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } });
    const invoiceId = charged.data!.chargeFee.invoice.id as string;
    const paid = await run(admin(), PAY, { input: { invoiceId, amount: { amountMinor: 100_000, currency: 'USD' } } });
    expect(paid.data!.recordPayment.userErrors).toEqual([]);
    return invoiceId;
  }

  it('FEE-1: feeSchedule shows the seed defaults and a program override set with setFee', async () => {
    const programId = newId();
    const set = await run(
      h.as(Role.PROGRAM_MANAGER, null, 'pm'),
      `mutation ($input: SetFeeInput!) { setFee(input: $input) { fee { id kind amount { amountMinor } refundable setBy } userErrors { code field } } }`,
      {
        input: { programId, kind: 'EQUIVALENCY', amount: { amountMinor: 15_000, currency: 'USD' }, refundable: true },
      },
    );
    expect(set.data!.setFee).toMatchObject({ fee: { kind: 'EQUIVALENCY', amount: { amountMinor: 15_000 }, refundable: true, setBy: 'pm' }, userErrors: [] });
    const query = `query ($programId: ID) { feeSchedule(programId: $programId) { programId fees { id kind amount { amountMinor currency } refundable termMonths grants { kind quantity } hostPayBands { upToMembers perMember { amountMinor } } } } }`;
    const defaults = await run(h.as(Role.PARTNER, partnerA), query, {});
    const fees = defaults.data!.feeSchedule.fees as Data[];
    expect(fees.find((f) => f.kind === 'CERTIFICATION')).toMatchObject({
      id: null,
      amount: { amountMinor: 100_000, currency: 'USD' },
      grants: [
        { kind: 'CERTIFICATION_SUBMISSION', quantity: 1 },
        { kind: 'CERTIFICATION_SUPPORT_INCIDENT', quantity: 3 },
      ],
    });
    expect(fees.find((f) => f.kind === 'EQUIVALENCY')!.amount.amountMinor).toBe(12_500);
    expect(fees.find((f) => f.kind === 'TSANET_HOST_DUES')!.hostPayBands).toHaveLength(5);
    const own = await run(admin(), query, { programId });
    expect((own.data!.feeSchedule.fees as Data[]).find((f) => f.kind === 'EQUIVALENCY')!.amount.amountMinor).toBe(15_000);
  });

  it('FEE-6: setFee refuses a refundable enrollment fee with a userError and stores nothing; a PARTNER key may not set fees', async () => {
    const mutation = `mutation ($input: SetFeeInput!) { setFee(input: $input) { fee { id } userErrors { code field message } } }`;
    const input = { kind: 'PARTNER_CONNECT_ENROLLMENT', amount: { amountMinor: 1, currency: 'USD' }, refundable: true };
    const refused = await run(admin(), mutation, { input });
    expect(refused.data!.setFee).toMatchObject({ fee: null, userErrors: [{ code: 'FEE_NOT_REFUNDABLE_KIND', field: 'input.refundable' }] });
    const forbidden = await run(h.as(Role.PARTNER, partnerA), mutation, { input: { ...input, refundable: false } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.data).toBeNull();
    const schedule = await run(admin(), `{ feeSchedule { fees { kind amount { amountMinor } } } }`);
    expect((schedule.data!.feeSchedule.fees as Data[]).find((f) => f.kind === 'PARTNER_CONNECT_ENROLLMENT')!.amount.amountMinor).toBe(99_500);
  });

  it("FEE-2: a PARTNER key sees only its own invoices and entitlements; another partner's are NOT_FOUND or absent", async () => {
    const invoiceA = await paidCertification(partnerA);
    const invoiceB = await paidCertification(partnerB);
    const asA = () => h.as(Role.PARTNER, partnerA);

    const own = await run(asA(), `query ($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`, { id: invoiceA });
    expect(own.data!.invoice).toMatchObject({
      id: invoiceA,
      partnerId: partnerA,
      status: 'PAID',
      balance: { amountMinor: 0 },
      total: { amountMinor: 100_000 },
    });
    const other = await run(asA(), `query ($id: ID!) { invoice(id: $id) { id } }`, { id: invoiceB });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const list = await run(asA(), `{ invoices(first: 10) { edges { node { id partnerId } } pageInfo { hasNextPage } } }`);
    expect((list.data!.invoices.edges as Data[]).map((e) => e.node.id)).toEqual([invoiceA]);
    const asked = await run(asA(), `query ($p: ID) { invoices(partnerId: $p) { edges { node { id } } } }`, { p: partnerB });
    expect(asked.data!.invoices.edges).toEqual([]);

    const mine = await run(asA(), ENTITLEMENTS, { partnerId: partnerA });
    expect(mine.data!.entitlements).toEqual([
      { kind: 'CERTIFICATION_SUBMISSION', granted: 1, consumed: 0, remaining: 1 },
      { kind: 'CERTIFICATION_SUPPORT_INCIDENT', granted: 3, consumed: 0, remaining: 3 },
    ]);
    const theirs = await run(asA(), ENTITLEMENTS, { partnerId: partnerB });
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const sr = await run(asA(), OPEN_SR, { input: { partnerId: partnerB, kind: 'CERTIFICATION_SUBMISSION', reference: 'steal' } });
    expect(sr.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await h.db.manager.countBy(EntitlementEntry, { partnerId: partnerB, delta: -1 })).toBe(0);

    const staff = await run(admin(), `{ invoices(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(staff.data!.invoices.pageInfo.hasNextPage).toBe(true);
    const next = await run(admin(), `query ($after: String) { invoices(first: 10, after: $after) { edges { node { id } } } }`, {
      after: staff.data!.invoices.pageInfo.endCursor,
    });
    expect((next.data!.invoices.edges as Data[]).map((e) => e.node.id)).toEqual([invoiceB]);
  });

  it('FEE-8: invoices filter on the status derived from the ledger', async () => {
    const paid = await paidCertification(partnerA);
    const open = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'EQUIVALENCY', reference: 'eq-1' } });
    const waived = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'EQUIVALENCY', reference: 'eq-2' } });
    await run(admin(), WAIVE, { input: { invoiceId: waived.data!.chargeFee.invoice.id, reason: 'goodwill' } });
    const byStatus = async (status: string) =>
      (
        (await run(admin(), `query ($s: InvoiceStatus) { invoices(status: $s, first: 100) { edges { node { id status } } } }`, { s: status })).data!.invoices
          .edges as Data[]
      ).map((e) => e.node.id);
    expect(await byStatus('PAID')).toEqual([paid]);
    expect(await byStatus('OPEN')).toEqual([open.data!.chargeFee.invoice.id]);
    expect(await byStatus('WAIVED')).toEqual([waived.data!.chargeFee.invoice.id]);
    expect(await byStatus('REFUNDED')).toEqual([]);
  });

  it('FEE-4: waiveFee records who and why; a refused payment returns userErrors and changes nothing', async () => {
    const charged = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'CERTIFICATION' } });
    const invoiceId = charged.data!.chargeFee.invoice.id;
    const tooMuch = await run(admin(), PAY, { input: { invoiceId, amount: { amountMinor: 100_001, currency: 'USD' } } });
    expect(tooMuch.data!.recordPayment).toEqual({
      payment: null,
      invoice: null,
      userErrors: [expect.objectContaining({ code: 'AMOUNT_EXCEEDS_BALANCE', field: 'input.amount.amountMinor' })],
    });
    const waived = await run(h.as(Role.PROGRAM_MANAGER, null, 'pat'), WAIVE, { input: { invoiceId, reason: 'launch partner' } });
    expect(waived.data!.waiveFee).toMatchObject({ waiver: { waivedBy: 'pat', reason: 'launch partner' }, invoice: { status: 'WAIVED' }, userErrors: [] });
    const view = await run(admin(), `query ($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`, { id: invoiceId });
    expect(view.data!.invoice.payments).toEqual([]);
    expect(view.data!.invoice.waivers).toEqual([{ waivedBy: 'pat', reason: 'launch partner', amount: { amountMinor: 100_000 } }]);
    const entitlements = await run(admin(), ENTITLEMENTS, { partnerId: partnerA });
    expect((entitlements.data!.entitlements as Data[]).map((e) => e.remaining)).toEqual([1, 3]);
    const noReason = await run(admin(), WAIVE, { input: { invoiceId, reason: '' } });
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('FEE-6: refundPayment of an enrollment fee is refused with a userError and the invoice stays paid', async () => {
    const charged = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'PARTNER_CONNECT_ENROLLMENT' } });
    const invoiceId = charged.data!.chargeFee.invoice.id;
    const paid = await run(admin(), PAY, { input: { invoiceId, amount: { amountMinor: 99_500, currency: 'USD' } } });
    const refused = await run(admin(), REFUND, { input: { paymentId: paid.data!.recordPayment.payment.id, reason: 'left' } });
    expect(refused.data!.refundPayment).toMatchObject({ refund: null, userErrors: [{ code: 'FEE_NOT_REFUNDABLE', field: 'input.paymentId' }] });
    const view = await run(admin(), `query ($id: ID!) { invoice(id: $id) { status refunds { id } } }`, { id: invoiceId });
    expect(view.data!.invoice).toEqual({ status: 'PAID', refunds: [] });
  });

  it('FEE-1: chargeFee refuses an unknown partner on input.partnerId; a PARTNER key may buy a bundle for itself only', async () => {
    const unknown = await run(admin(), CHARGE, { input: { partnerId: newId(), feeKind: 'CERTIFICATION' } });
    expect(unknown.data!.chargeFee).toMatchObject({ invoice: null, userErrors: [{ code: 'PARTNER_NOT_FOUND', field: 'input.partnerId' }] });
    const self = await run(h.as(Role.PARTNER, partnerA), CHARGE, { input: { partnerId: partnerA, feeKind: 'CERTIFICATION', quantity: 2 } });
    expect(self.data!.chargeFee.invoice).toMatchObject({
      partnerId: partnerA,
      status: 'OPEN',
      total: { amountMinor: 200_000 },
      lines: [
        {
          quantity: 2,
          grants: [
            { kind: 'CERTIFICATION_SUBMISSION', quantity: 2 },
            { kind: 'CERTIFICATION_SUPPORT_INCIDENT', quantity: 6 },
          ],
        },
      ],
    });
    const other = await run(h.as(Role.PARTNER, partnerA), CHARGE, { input: { partnerId: partnerB, feeKind: 'CERTIFICATION' } });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooMany = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'CERTIFICATION', quantity: 101 } });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.db.manager.count(Invoice)).toBe(1);
  });

  it('FEE-5: hostPayQuote prices band edges and asks for a negotiated rate over 400', async () => {
    const quote = `query ($n: Int!) { hostPayQuote(memberCount: $n) { memberCount band { upToMembers } perMember { amountMinor } total { amountMinor currency } } }`;
    const edges: [number, number][] = [
      [25, 20_000],
      [26, 15_000],
      [50, 15_000],
      [51, 10_000],
      [100, 10_000],
      [101, 7_500],
      [200, 7_500],
      [201, 5_000],
      [400, 5_000],
    ];
    for (const [n, rate] of edges) {
      const result = await run(testContext(h.db, { role: Role.INTEGRATION, name: 'erp', scopes: ['fees:read'], clock: h.clock }), quote, { n });
      expect(result.errors).toBeUndefined();
      expect(result.data!.hostPayQuote).toMatchObject({ memberCount: n, perMember: { amountMinor: rate }, total: { amountMinor: n * rate, currency: 'USD' } });
    }
    const over = await run(admin(), quote, { n: 401 });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'TSANET_NEGOTIATED_RATE_REQUIRED', fields: ['memberCount'] });
    expect(over.errors?.[0].message).toMatch(/negotiated/);
  });

  it('FEE-5: billTsanetHost bills the host from a snapshot; billing the same year again is a userError', async () => {
    const limitedMemberIds = Array.from({ length: 26 }, () => newId());
    const groupId = h.directory.add({
      hostPartnerId: partnerA,
      programStartDate: '2025-03-01',
      limitedMemberIds,
      excludedOpenGroupMemberIds: [limitedMemberIds[0]],
    });
    const bill = `mutation ($input: BillTsanetHostInput!) { billTsanetHost(input: $input) { invoice { id partnerId billingYear tsanetGroupId snapshotMemberIds total { amountMinor } status } userErrors { code field message } } }`;
    const billed = await run(admin(), bill, { input: { groupId } });
    expect(billed.data!.billTsanetHost.invoice).toMatchObject({
      partnerId: partnerA,
      billingYear: 1,
      tsanetGroupId: groupId,
      total: { amountMinor: 25 * 20_000 },
      status: 'OPEN',
    });
    expect(billed.data!.billTsanetHost.invoice.snapshotMemberIds).toHaveLength(25);
    const again = await run(admin(), bill, { input: { groupId } });
    expect(again.data!.billTsanetHost).toMatchObject({ invoice: null, userErrors: [{ code: 'TSANET_ALREADY_BILLED', field: 'input.groupId' }] });
    expect(await h.db.manager.count(Invoice)).toBe(1);
  });

  it('FEE-2: five parallel openServiceRequest calls on the last entitlement: exactly one succeeds, the others get ENTITLEMENT_EXHAUSTED', async () => {
    await paidCertification(partnerA);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        runGraphql<Data>(schema, testContext(h.db, { role: Role.PARTNER, partnerId: partnerA, clock: h.clock, bus: h.bus }), OPEN_SR, {
          input: { partnerId: partnerA, kind: 'CERTIFICATION_SUBMISSION', reference: `submission-${i}` },
        }),
      ),
    );
    const payloads = results.map((r) => r.data!.openServiceRequest);
    const succeeded = payloads.filter((p) => p.userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]).toMatchObject({
      consumption: { kind: 'CERTIFICATION_SUBMISSION', type: 'CONSUME', delta: -1 },
      entitlement: { granted: 1, consumed: 1, remaining: 0 },
    });
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'ENTITLEMENT_EXHAUSTED')).toHaveLength(4);
    expect(payloads.filter((p) => p.userErrors.length > 0).every((p) => p.userErrors[0].field === 'input.kind' && p.consumption === null)).toBe(true);
    expect(await h.db.manager.countBy(EntitlementEntry, { partnerId: partnerA, kind: EntitlementKind.CERTIFICATION_SUBMISSION, delta: -1 })).toBe(1);
    const ledger = await run(admin(), `query ($p: ID!) { entitlementEntries(partnerId: $p, first: 100) { edges { node { type kind delta } } } }`, {
      p: partnerA,
    });
    expect((ledger.data!.entitlementEntries.edges as Data[]).filter((e) => e.node.type === 'CONSUME')).toHaveLength(1);
  });

  it('FEE-7: paying an invoice over GraphQL publishes fees.payment_received with settled', async () => {
    const charged = await run(admin(), CHARGE, { input: { partnerId: partnerA, feeKind: 'TSANET_MEMBER_DUES', reference: 'tsanet-member-1' } });
    await run(admin(), PAY, { input: { invoiceId: charged.data!.chargeFee.invoice.id, amount: { amountMinor: 50_000, currency: 'USD' } } });
    expect(h.bus.ofType('fees.payment_received').map((e) => e.payload)).toEqual([
      {
        invoiceId: charged.data!.chargeFee.invoice.id,
        partnerId: partnerA,
        feeKinds: [FeeKind.TSANET_MEMBER_DUES],
        references: ['tsanet-member-1'],
        settled: true,
      },
    ]);
  });
});
