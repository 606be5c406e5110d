import { addYears, newId, Role, runUnitOfWork, UserError } from '@alliance/kernel';
import { days } from '@alliance/testing';
import { EntitlementEntry, EntitlementKind, FeeKind, FeeRefund, FeesEvents, FeeWaiver, Invoice, InvoiceLine, InvoiceStatus, Payment } from '../src';
import { harness, Harness } from './fixtures';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

async function rejects(work: Promise<unknown>, code: string, field?: string): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe(code);
  if (field !== undefined) expect((error as UserError).field).toBe(field);
  return error as UserError;
}

async function ledgerCounts(h: Harness) {
  const em = h.db.manager;
  return {
    invoices: await em.count(Invoice),
    lines: await em.count(InvoiceLine),
    payments: await em.count(Payment),
    waivers: await em.count(FeeWaiver),
    refunds: await em.count(FeeRefund),
    entitlementEntries: await em.count(EntitlementEntry),
  };
}

describe('fee schedule (FEE-1)', () => {
  it('FEE-1: the default schedule holds the seed amounts and what each fee grants', async () => {
    const h = await harness();
    const schedule = await h.module.schedule.schedule(h.ctx, null);
    const byKind = new Map(schedule.fees.map((fee) => [fee.kind, fee]));
    expect(byKind.get(FeeKind.CERTIFICATION)).toMatchObject({ amountMinor: 100_000, currency: 'USD', refundable: true });
    expect(byKind.get(FeeKind.CERTIFICATION)!.grants).toEqual([
      { kind: EntitlementKind.CERTIFICATION_SUBMISSION, quantity: 1 },
      { kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, quantity: 3 },
    ]);
    expect(byKind.get(FeeKind.EQUIVALENCY)!.amountMinor).toBe(12_500);
    expect(byKind.get(FeeKind.PARTNER_CONNECT_ENROLLMENT)).toMatchObject({ amountMinor: 99_500, refundable: false });
    expect(byKind.get(FeeKind.PARTNER_CONNECT_REENROLLMENT)).toMatchObject({ amountMinor: 99_500, refundable: false });
    expect(byKind.get(FeeKind.TSANET_MEMBER_DUES)).toMatchObject({ amountMinor: 50_000, termMonths: 12 });
    expect(byKind.has(FeeKind.PROGRAM_ENTRANCE)).toBe(false);
  });

  it("FEE-1: a program's own row overrides the default for that program only; the earlier price stays on issued invoices", async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const programId = newId();
    const before = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, programId });
    await h.module.schedule.setFee(h.ctx, {
      programId,
      kind: FeeKind.CERTIFICATION,
      amountMinor: 80_000,
      currency: 'USD',
      refundable: true,
      grants: [{ kind: EntitlementKind.CERTIFICATION_SUBMISSION, quantity: 2 }],
    });
    const after = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, programId });
    const other = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, programId: newId() });
    expect(before.amount.amountMinor).toBe(100_000);
    expect(after.amount.amountMinor).toBe(80_000);
    expect(other.amount.amountMinor).toBe(100_000);
    const line = await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: after.invoiceId });
    expect(line.grants).toEqual([{ kind: EntitlementKind.CERTIFICATION_SUBMISSION, quantity: 2 }]);
    expect((await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: before.invoiceId })).amountMinor).toBe(100_000);
  });

  it('FEE-6: an enrollment fee cannot be scheduled as refundable', async () => {
    const h = await harness();
    await rejects(
      h.module.schedule.setFee(h.ctx, { kind: FeeKind.PARTNER_CONNECT_ENROLLMENT, amountMinor: 99_500, currency: 'USD', refundable: true }),
      'FEE_NOT_REFUNDABLE_KIND',
      'refundable',
    );
  });

  it('FEE-1: a program entrance fee is tied to the program version it was bought for, charged once per version, and refused until it has an amount', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const programId = newId();
    await rejects(
      h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programId, programVersion: '2.0' }),
      'FEE_NOT_SCHEDULED',
      'feeKind',
    );
    await h.module.schedule.setFee(h.ctx, { programId, kind: FeeKind.PROGRAM_ENTRANCE, amountMinor: 250_000, currency: 'USD', refundable: false });
    await rejects(
      h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programId }),
      'PROGRAM_VERSION_REQUIRED',
      'programVersion',
    );
    await rejects(h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programVersion: '2.0' }), 'PROGRAM_REQUIRED', 'programId');
    const charged = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programId, programVersion: '2.0' });
    const line = await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: charged.invoiceId });
    expect(line).toMatchObject({ programId, programVersion: '2.0', amountMinor: 250_000, refundable: false });
    await rejects(
      h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programId, programVersion: '2.0' }),
      'FEE_ALREADY_CHARGED',
    );
    // A new program version is a new purchase.
    await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PROGRAM_ENTRANCE, programId, programVersion: '3.0' });
    // Non-refundable: its payment cannot be refunded.
    const { payment } = await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(250_000) });
    await rejects(h.module.invoices.refundPayment(h.ctx, { paymentId: payment.id, reason: 'changed our mind' }), 'FEE_NOT_REFUNDABLE', 'paymentId');
  });

  it('FEE-1: the Partner Connect enrollment fee is one-time; the re-enrollment fee may be charged again', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_ENROLLMENT });
    await rejects(h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_ENROLLMENT }), 'FEE_ALREADY_CHARGED', 'feeKind');
    await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_REENROLLMENT });
    const again = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_REENROLLMENT });
    expect(again.amount).toEqual(usd(99_500));
  });

  it('FEE-1: charging an unknown partner is refused on input.partnerId and creates nothing', async () => {
    const h = await harness();
    await rejects(h.module.invoices.chargeFee(h.ctx, { partnerId: newId(), feeKind: FeeKind.CERTIFICATION }), 'PARTNER_NOT_FOUND', 'partnerId');
    expect((await ledgerCounts(h)).invoices).toBe(0);
  });

  it('FEE-1: a development consulting term counts only once paid, covers its last instant and not 1 ms after; a renewal continues it', async () => {
    const h = await harness('2026-01-31T10:00:00.000Z');
    const partnerId = h.membership.add();
    await h.module.schedule.setFee(h.ctx, { kind: FeeKind.DEVELOPMENT_CONSULTING, amountMinor: 500_000, currency: 'USD', refundable: false, termMonths: 12 });
    const charged = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.DEVELOPMENT_CONSULTING });
    const line = await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: charged.invoiceId });
    expect(line.termStart?.toISOString()).toBe('2026-01-31T10:00:00.000Z');
    expect(line.termEnd?.toISOString()).toBe('2027-01-31T10:00:00.000Z');
    const covered = (at: Date) => h.module.service.hasCurrentTerm(h.ctx, { partnerId, feeKind: 'DEVELOPMENT_CONSULTING', at });
    expect(await covered(h.clock.now())).toBe(false);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(500_000) });
    expect(await covered(h.clock.now())).toBe(true);
    expect(await covered(line.termEnd!)).toBe(true);
    expect(await covered(new Date(line.termEnd!.getTime() + 1))).toBe(false);
    expect(await covered(new Date(line.termStart!.getTime() - 1))).toBe(false);

    h.clock.advance(days(200));
    const renewal = await h.module.invoices.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.DEVELOPMENT_CONSULTING });
    await h.module.invoices.waiveFee(h.ctx, { invoiceId: renewal.invoiceId, reason: 'strategic partner' });
    const renewed = await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: renewal.invoiceId });
    expect(renewed.termStart).toEqual(line.termEnd);
    expect(await covered(new Date(line.termEnd!.getTime() + 1))).toBe(true);
  });
});

describe('entitlements (FEE-2)', () => {
  it('FEE-2: a paid $1000 certification fee grants 1 submission and 3 support incidents; each service request consumes exactly one', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, reference: 'store order 1' });
    expect(charged.amount).toEqual(usd(100_000));
    // Not yet paid: nothing to consume.
    await rejects(
      h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUBMISSION, reference: 'sub-1' }),
      'ENTITLEMENT_EXHAUSTED',
      'kind',
    );
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(100_000) });
    const balances = await h.module.entitlements.balances(h.ctx, partnerId);
    expect(balances.map((b) => [b.kind, b.granted, b.consumed, b.remaining])).toEqual([
      [EntitlementKind.CERTIFICATION_SUBMISSION, 1, 0, 1],
      [EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, 3, 0, 3],
    ]);
    const used = await h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUBMISSION, reference: 'sub-1' });
    expect(used.entitlement).toMatchObject({ granted: 1, consumed: 1, remaining: 0 });
    expect(used.consumptionId).toEqual(used.consumption.id);
    await rejects(
      h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUBMISSION, reference: 'sub-2' }),
      'ENTITLEMENT_EXHAUSTED',
    );
    for (let i = 0; i < 3; i++)
      await h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, reference: `incident-${i}` });
    await rejects(
      h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, reference: 'incident-4' }),
      'ENTITLEMENT_EXHAUSTED',
    );
    // Another partner's bundle is not ours.
    await rejects(
      h.module.service.consumeEntitlement(h.ctx, { partnerId: h.membership.add(), kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, reference: 'x' }),
      'ENTITLEMENT_EXHAUSTED',
    );
  });

  it('FEE-2: two bundles bought at once grant twice as many, only once the whole invoice is settled', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, quantity: 2 });
    expect(charged.amount.amountMinor).toBe(200_000);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(199_999) });
    expect((await h.module.entitlements.balance(h.ctx, partnerId, EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT)).granted).toBe(0);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(1) });
    expect((await h.module.entitlements.balance(h.ctx, partnerId, EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT)).granted).toBe(6);
    expect((await h.module.entitlements.balance(h.ctx, partnerId, EntitlementKind.CERTIFICATION_SUBMISSION)).granted).toBe(2);
  });

  it('FEE-2: concurrent consumptions of the last entitlement through the service: exactly one succeeds', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    await h.module.invoices.waiveFee(h.ctx, { invoiceId: charged.invoiceId, reason: 'launch partner' });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => {
        const partner = h.as(Role.PARTNER, partnerId);
        return runUnitOfWork(partner, () =>
          h.module.service.consumeEntitlement(partner, { partnerId, kind: EntitlementKind.CERTIFICATION_SUBMISSION, reference: `sub-${i}` }),
        );
      }),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures.map((f) => (f.reason as UserError).code)).toEqual(Array(4).fill('ENTITLEMENT_EXHAUSTED'));
    expect(await h.db.manager.countBy(EntitlementEntry, { partnerId, kind: EntitlementKind.CERTIFICATION_SUBMISSION, delta: -1 })).toBe(1);
  });
});

describe('equivalency (FEE-3)', () => {
  it('FEE-3: each approved equivalency request is charged $125 once; it must name the request', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const first = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY, reference: 'equivalency-1' });
    const second = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY, reference: 'equivalency-2' });
    expect([first.amount, second.amount]).toEqual([usd(12_500), usd(12_500)]);
    await rejects(
      h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY, reference: 'equivalency-1' }),
      'FEE_ALREADY_CHARGED',
      'reference',
    );
    await rejects(h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY }), 'REFERENCE_REQUIRED', 'reference');
    expect(await h.db.manager.countBy(InvoiceLine, { feeKind: FeeKind.EQUIVALENCY })).toBe(2);
  });
});

describe('waivers (FEE-4)', () => {
  it('FEE-4: a waiver records who, when and why, settles the invoice as WAIVED and grants the same entitlements as a payment', async () => {
    const h = await harness('2026-04-01T09:30:00.000Z');
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const manager = h.as(Role.PROGRAM_MANAGER, null, 'pat the program manager');
    const { waiver } = await h.module.invoices.waiveFee(manager, { invoiceId: charged.invoiceId, reason: 'design partner for the 9.0 launch' });
    expect(waiver).toMatchObject({ amountMinor: 100_000, waivedBy: 'pat the program manager', reason: 'design partner for the 9.0 launch' });
    expect(waiver.waivedAt.toISOString()).toBe('2026-04-01T09:30:00.000Z');
    expect(await h.module.invoices.standing(h.ctx, charged.invoiceId)).toMatchObject({ status: InvoiceStatus.WAIVED, balance: 0 });
    expect((await h.module.entitlements.balances(h.ctx, partnerId)).map((b) => b.remaining)).toEqual([1, 3]);
    expect(await h.module.service.isInvoicePaid(h.ctx, charged.invoiceId)).toBe(true);
  });

  it('FEE-4: part of a fee may be waived and the rest paid', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_ENROLLMENT });
    await h.module.invoices.waiveFee(h.ctx, { invoiceId: charged.invoiceId, amount: usd(49_500), reason: 'emerging market discount' });
    expect(await h.module.invoices.standing(h.ctx, charged.invoiceId)).toMatchObject({ status: InvoiceStatus.PARTIALLY_PAID, balance: 50_000 });
    await rejects(
      h.module.invoices.waiveFee(h.ctx, { invoiceId: charged.invoiceId, amount: usd(50_001), reason: 'too much' }),
      'AMOUNT_EXCEEDS_BALANCE',
      'amount.amountMinor',
    );
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(50_000) });
    expect(await h.module.invoices.standing(h.ctx, charged.invoiceId)).toMatchObject({ status: InvoiceStatus.PAID, balance: 0 });
    await rejects(h.module.invoices.waiveFee(h.ctx, { invoiceId: charged.invoiceId, reason: 'nothing left' }), 'INVOICE_SETTLED', 'invoiceId');
  });
});

describe('refunds (FEE-6)', () => {
  it('FEE-6: enrollment and re-enrollment fees are not refunded, and the refused refund changes nothing', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    for (const feeKind of [FeeKind.PARTNER_CONNECT_ENROLLMENT, FeeKind.PARTNER_CONNECT_REENROLLMENT, FeeKind.TSANET_MEMBER_DUES]) {
      const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind });
      const { payment } = await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: charged.amount });
      const before = await ledgerCounts(h);
      await rejects(h.module.invoices.refundPayment(h.ctx, { paymentId: payment.id, reason: 'left the program' }), 'FEE_NOT_REFUNDABLE', 'paymentId');
      expect(await ledgerCounts(h)).toEqual(before);
      expect((await h.module.invoices.standing(h.ctx, charged.invoiceId)).status).toBe(InvoiceStatus.PAID);
    }
  });

  it('FEE-6: a refundable unused certification bundle is refunded and its entitlements taken back; a used one is refused', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const unused = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const { payment } = await h.module.invoices.recordPayment(h.ctx, { invoiceId: unused.invoiceId, amount: usd(100_000) });
    await h.module.invoices.refundPayment(h.ctx, { paymentId: payment.id, reason: 'bought twice by mistake' });
    expect(await h.module.invoices.standing(h.ctx, unused.invoiceId)).toMatchObject({ status: InvoiceStatus.REFUNDED, balance: 100_000 });
    expect((await h.module.entitlements.balances(h.ctx, partnerId)).map((b) => [b.granted, b.revoked, b.remaining])).toEqual([
      [1, 1, 0],
      [3, 3, 0],
    ]);
    await rejects(h.module.invoices.refundPayment(h.ctx, { paymentId: payment.id, reason: 'again' }), 'REFUND_EXCEEDS_PAYMENT');

    const used = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const paid = await h.module.invoices.recordPayment(h.ctx, { invoiceId: used.invoiceId, amount: usd(100_000) });
    await h.module.service.consumeEntitlement(h.ctx, { partnerId, kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, reference: 'incident-1' });
    const before = await ledgerCounts(h);
    await rejects(h.module.invoices.refundPayment(h.ctx, { paymentId: paid.payment.id, reason: 'not needed' }), 'ENTITLEMENT_ALREADY_CONSUMED');
    expect(await ledgerCounts(h)).toEqual(before);
    expect((await h.module.invoices.standing(h.ctx, used.invoiceId)).status).toBe(InvoiceStatus.PAID);
  });
});

describe('payments (FEE-7, FEE-8)', () => {
  it('FEE-7: each payment announces fees.payment_received; settled only once nothing is left to pay', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.TSANET_MEMBER_DUES, reference: 'tsanet-membership-7' });
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(20_000) });
    expect(await h.module.service.isInvoicePaid(h.ctx, charged.invoiceId)).toBe(false);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(30_000), externalReference: 'wire 42' });
    expect(await h.module.service.isInvoicePaid(h.ctx, charged.invoiceId)).toBe(true);
    const events = h.bus.ofType(FeesEvents.PAYMENT_RECEIVED);
    expect(events.map((e) => e.payload)).toEqual([
      { invoiceId: charged.invoiceId, partnerId, feeKinds: [FeeKind.TSANET_MEMBER_DUES], references: ['tsanet-membership-7'], settled: false },
      { invoiceId: charged.invoiceId, partnerId, feeKinds: [FeeKind.TSANET_MEMBER_DUES], references: ['tsanet-membership-7'], settled: true },
    ]);
    expect(events[1].partnerId).toBe(partnerId);
  });

  it('FEE-8: payments never exceed the balance, are in the invoice currency, and a refused one leaves the ledger as it was', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY, reference: 'eq-1' });
    const before = await ledgerCounts(h);
    await rejects(
      h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(12_501) }),
      'AMOUNT_EXCEEDS_BALANCE',
      'amount.amountMinor',
    );
    await rejects(
      h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: { amountMinor: 100, currency: 'EUR' } }),
      'CURRENCY_MISMATCH',
      'amount.currency',
    );
    await rejects(h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(0) }), 'AMOUNT_NOT_POSITIVE');
    await rejects(
      h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(100), receivedAt: new Date(h.clock.now().getTime() + 1) }),
      'PAYMENT_IN_FUTURE',
      'receivedAt',
    );
    expect(await ledgerCounts(h)).toEqual(before);
    expect(h.bus.ofType(FeesEvents.PAYMENT_RECEIVED)).toHaveLength(0);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(100), receivedAt: h.clock.now() });
  });

  it('FEE-8: the ledger only grows: a pay, refund, pay again history keeps every row and the balance follows it', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const first = await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(100_000) });
    await h.module.invoices.refundPayment(h.ctx, { paymentId: first.payment.id, amount: usd(40_000), reason: 'partial refund' });
    expect(await h.module.invoices.standing(h.ctx, charged.invoiceId)).toMatchObject({ status: InvoiceStatus.PARTIALLY_PAID, balance: 40_000 });
    expect((await h.module.entitlements.balance(h.ctx, partnerId, EntitlementKind.CERTIFICATION_SUBMISSION)).remaining).toBe(0);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: charged.invoiceId, amount: usd(40_000) });
    expect(await h.module.invoices.standing(h.ctx, charged.invoiceId)).toMatchObject({ status: InvoiceStatus.PAID, balance: 0 });
    const entries = await h.db.manager.find(EntitlementEntry, { where: { partnerId }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.type, e.kind, e.delta])).toEqual([
      ['GRANT', EntitlementKind.CERTIFICATION_SUBMISSION, 1],
      ['GRANT', EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, 3],
      ['REVOKE', EntitlementKind.CERTIFICATION_SUBMISSION, -1],
      ['REVOKE', EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, -3],
      ['GRANT', EntitlementKind.CERTIFICATION_SUBMISSION, 1],
      ['GRANT', EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, 3],
    ]);
    expect(await ledgerCounts(h)).toMatchObject({ invoices: 1, lines: 1, payments: 2, refunds: 1 });
  });
});

describe('TSANet host billing (FEE-5)', () => {
  async function group(h: Harness, limited: number, excluded = 0) {
    const hostPartnerId = h.membership.add();
    const limitedMemberIds = Array.from({ length: limited }, () => newId());
    const excludedOpenGroupMemberIds = limitedMemberIds.slice(0, excluded);
    const groupId = h.directory.add({ hostPartnerId, programStartDate: '2025-03-15', limitedMemberIds, excludedOpenGroupMemberIds });
    return { groupId, hostPartnerId, limitedMemberIds, excludedOpenGroupMemberIds };
  }

  it('FEE-5: billing before one year after the program start is refused naming the date; at the exact anniversary it bills', async () => {
    const h = await harness('2026-03-14T23:59:59.999Z');
    const g = await group(h, 30);
    const error = await rejects(h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId }), 'TSANET_BILL_NOT_DUE', 'groupId');
    expect(error.message).toContain('2026-03-15');
    expect(await h.db.manager.count(Invoice)).toBe(0);
    h.clock.advance(1);
    const invoice = await h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId });
    expect(invoice).toMatchObject({ partnerId: g.hostPartnerId, tsanetGroupId: g.groupId, billingYear: 1, programStartDate: '2025-03-15' });
    expect(await h.module.invoices.standing(h.ctx, invoice.id)).toMatchObject({ lines: 450_000, status: InvoiceStatus.OPEN });
  });

  it('FEE-5: the snapshot of Limited members excludes Open Group members in a Custom relationship and is kept on the invoice', async () => {
    const h = await harness('2026-06-01T00:00:00.000Z');
    const g = await group(h, 28, 3);
    const invoice = await h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId });
    expect(invoice.snapshotMemberIds).toHaveLength(25);
    expect(invoice.snapshotMemberIds).not.toEqual(expect.arrayContaining([g.excludedOpenGroupMemberIds[0]]));
    expect(invoice.excludedMemberIds).toEqual([...g.excludedOpenGroupMemberIds].sort());
    const line = await h.db.manager.findOneByOrFail(InvoiceLine, { invoiceId: invoice.id });
    // 25 billable members fall in the first band: $200 each, not $150.
    expect(line).toMatchObject({ quantity: 25, unitAmountMinor: 20_000, amountMinor: 500_000, feeKind: FeeKind.TSANET_HOST_DUES });
    // Later changes to the group do not change the invoice.
    h.directory.groups.get(g.groupId)!.limitedMemberIds.push(newId());
    expect((await h.db.manager.findOneByOrFail(Invoice, { id: invoice.id })).snapshotMemberIds).toHaveLength(25);
  });

  it('FEE-5: a group is billed once per billing year; the next year bills at its anniversary', async () => {
    const h = await harness('2026-03-15T00:00:00.000Z');
    const g = await group(h, 51);
    const first = await h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId });
    expect((await h.module.invoices.standing(h.ctx, first.id)).lines).toBe(510_000);
    h.clock.set(new Date(addYears(new Date('2025-03-15T00:00:00.000Z'), 2).getTime() - 1));
    const error = await rejects(h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId }), 'TSANET_ALREADY_BILLED', 'groupId');
    expect(error.message).toContain('2027-03-15');
    h.clock.advance(1);
    const second = await h.module.tsanetBilling.billHost(h.ctx, { groupId: g.groupId });
    expect(second.billingYear).toBe(2);
  });

  it('FEE-5: over 400 billable members is refused, asking for a negotiated rate', async () => {
    const h = await harness('2026-06-01T00:00:00.000Z');
    const over = await group(h, 401);
    const error = await rejects(h.module.tsanetBilling.billHost(h.ctx, { groupId: over.groupId }), 'TSANET_NEGOTIATED_RATE_REQUIRED', 'groupId');
    expect(error.message).toMatch(/negotiated/);
    const atCap = await group(h, 402, 2);
    const invoice = await h.module.tsanetBilling.billHost(h.ctx, { groupId: atCap.groupId });
    expect((await h.module.invoices.standing(h.ctx, invoice.id)).lines).toBe(400 * 5_000);
    await rejects(h.module.tsanetBilling.billHost(h.ctx, { groupId: newId() }), 'TSANET_GROUP_NOT_FOUND', 'groupId');
  });

  it('FEE-5: host dues are billed from a snapshot, not charged as a flat fee', async () => {
    const h = await harness();
    await rejects(
      h.module.service.chargeFee(h.ctx, { partnerId: h.membership.add(), feeKind: FeeKind.TSANET_HOST_DUES }),
      'FEE_BILLED_FROM_SNAPSHOT',
      'feeKind',
    );
  });

  it('FEE-5: the quote port prices a member count from the bands in force', async () => {
    const h = await harness();
    expect(await h.module.service.hostPayQuote(h.ctx, 26)).toMatchObject({ perMemberMinor: 15_000, totalMinor: 390_000, currency: 'USD' });
    await rejects(h.module.service.hostPayQuote(h.ctx, 401), 'TSANET_NEGOTIATED_RATE_REQUIRED');
  });
});

describe('service inputs from other domains', () => {
  it('FEE-1: a one-time fee is charged with quantity 1 and any fee in whole units from 1 to 100', async () => {
    const h = await harness();
    const partnerId = h.membership.add();
    await rejects(
      h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.PARTNER_CONNECT_ENROLLMENT, quantity: 2 }),
      'ONE_TIME_FEE_QUANTITY',
      'quantity',
    );
    await rejects(h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, quantity: 0 }), 'QUANTITY_INVALID', 'quantity');
    await rejects(h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, quantity: 101 }), 'QUANTITY_INVALID', 'quantity');
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION, quantity: 100 });
    expect(charged.amount.amountMinor).toBe(10_000_000);
    await rejects(h.module.invoices.waiveFee(h.ctx, { invoiceId: charged.invoiceId, reason: '   ' }), 'REASON_REQUIRED', 'reason');
    expect(await h.db.manager.count(Invoice)).toBe(1);
  });
});
