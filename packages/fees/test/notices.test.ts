import { noticeKey } from '@alliance/kernel';
import { newId } from '@alliance/kernel';
import { FeeKind, FeesNoticeKinds, FEES_NOTICE_RULES, PAYMENT_TERM_DAYS } from '../src';
import { invoiceDueRule, tsanetHostBillDueRule } from '../src/notices';
import { days } from '@alliance/testing';
import { harness } from './fixtures';

describe('fees notices (NOT-1)', () => {
  it('NOT-1: an unpaid invoice is due exactly 30 days after it was issued, not 1 ms later; a settled one gives no notice', async () => {
    const h = await harness('2026-02-01T12:00:00.000Z');
    const partnerId = h.membership.add();
    const unpaid = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const paid = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.EQUIVALENCY, reference: 'eq-1' });
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: paid.invoiceId, amount: paid.amount });
    const dueAt = new Date(h.clock.now().getTime() + days(PAYMENT_TERM_DAYS));
    expect(dueAt.toISOString()).toBe('2026-03-03T12:00:00.000Z');

    const atInstant = await invoiceDueRule.due(h.db.manager, dueAt, dueAt);
    expect(atInstant).toHaveLength(1);
    expect(atInstant[0]).toMatchObject({ kind: FeesNoticeKinds.INVOICE_DUE, subjectId: unpaid.invoiceId, partnerId, dueAt });
    expect(atInstant[0].message).toContain('100000');
    expect(atInstant[0].data).toEqual({ balanceMinor: 100_000, currency: 'USD' });
    expect(await invoiceDueRule.due(h.db.manager, new Date(dueAt.getTime() + 1), new Date(dueAt.getTime() + days(1)))).toHaveLength(0);
    expect(await invoiceDueRule.due(h.db.manager, new Date(dueAt.getTime() - days(1)), new Date(dueAt.getTime() - 1))).toHaveLength(0);
    expect(noticeKey(atInstant[0])).toBe(`fees.invoice_due:${unpaid.invoiceId}:2026-03-03T12:00:00.000Z`);
  });

  it('NOT-1 FEE-8: an invoice is judged by its ledger at the due instant: paid at that instant, no notice; paid 1 ms later, the notice stays due', async () => {
    const h = await harness('2026-02-01T12:00:00.000Z');
    const partnerId = h.membership.add();
    const onTheDot = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const late = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const dueAt = new Date(h.clock.now().getTime() + days(PAYMENT_TERM_DAYS));
    h.clock.set(dueAt);
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: onTheDot.invoiceId, amount: onTheDot.amount });
    h.clock.set(new Date(dueAt.getTime() + 1));
    await h.module.invoices.recordPayment(h.ctx, { invoiceId: late.invoiceId, amount: late.amount });
    expect((await invoiceDueRule.due(h.db.manager, dueAt, dueAt)).map((n) => n.subjectId)).toEqual([late.invoiceId]);
  });

  it('NOT-1: the late path finds an invoice by when it was issued, once it is due (a sweep that read before the issuing transaction committed)', async () => {
    const h = await harness('2026-02-01T12:00:00.000Z');
    const partnerId = h.membership.add();
    const charged = await h.module.service.chargeFee(h.ctx, { partnerId, feeKind: FeeKind.CERTIFICATION });
    const issuedAt = h.clock.now();
    const dueAt = new Date(issuedAt.getTime() + days(PAYMENT_TERM_DAYS));
    expect((await invoiceDueRule.writtenSince!(h.db.manager, issuedAt, dueAt)).map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([
      [charged.invoiceId, dueAt.toISOString()],
    ]);
    expect(await invoiceDueRule.writtenSince!(h.db.manager, new Date(issuedAt.getTime() + 1), dueAt)).toEqual([]);
    expect(await invoiceDueRule.writtenSince!(h.db.manager, issuedAt, new Date(dueAt.getTime() - 1))).toEqual([]);
  });

  it('NOT-1 / FEE-5: after a host is billed for year 1, the year 2 bill is due at the next anniversary of the program start', async () => {
    const h = await harness('2026-05-01T00:00:00.000Z');
    const hostPartnerId = h.membership.add();
    const groupId = h.directory.add({ hostPartnerId, programStartDate: '2025-03-15', limitedMemberIds: [newId(), newId()], excludedOpenGroupMemberIds: [] });
    await h.module.tsanetBilling.billHost(h.ctx, { groupId });
    const next = new Date('2027-03-15T00:00:00.000Z');
    const notices = await tsanetHostBillDueRule.due(h.db.manager, next, next);
    expect(notices).toEqual([
      expect.objectContaining({ kind: FeesNoticeKinds.TSANET_HOST_BILL_DUE, subjectId: groupId, partnerId: hostPartnerId, dueAt: next }),
    ]);
    expect(await tsanetHostBillDueRule.due(h.db.manager, new Date(next.getTime() + 1), new Date('2027-12-31T00:00:00.000Z'))).toHaveLength(0);
    expect(await tsanetHostBillDueRule.due(h.db.manager, new Date('2026-05-02T00:00:00.000Z'), new Date(next.getTime() - 1))).toHaveLength(0);
    expect(FEES_NOTICE_RULES.flatMap((rule) => rule.kinds)).toEqual([FeesNoticeKinds.INVOICE_DUE, FeesNoticeKinds.TSANET_HOST_BILL_DUE]);
  });
});
