import { DueNotice, NoticeRule } from '@alliance/kernel';
import { EntityManager, IsNull, Not } from 'typeorm';
import { Invoice } from './entities/invoice.entity';
import { hostBillDueAt } from './rules/host-pay.rules';
import { invoiceStandings } from './services/ledger.queries';
import { toDateOnly } from '@alliance/kernel';

export const FeesNoticeKinds = {
  /** An invoice falls due with a balance still open. */
  INVOICE_DUE: 'fees.invoice_due',
  /** A TSANet group's next yearly host-pay bill falls due (FEE-5). */
  TSANET_HOST_BILL_DUE: 'fees.tsanet_host_bill_due',
} as const;

/** Invoices whose due instant falls in [from, to] and that still have a balance. */
export const invoiceDueRule: NoticeRule = {
  kinds: [FeesNoticeKinds.INVOICE_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const invoices = await em
      .createQueryBuilder(Invoice, 'i')
      .where('i.dueAt >= :from AND i.dueAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .orderBy('i.id', 'ASC')
      .getMany();
    const standings = await invoiceStandings(em, invoices.map((invoice) => invoice.id));
    return invoices
      .filter((invoice) => !standings.get(invoice.id)?.settled)
      .map((invoice) => ({
        kind: FeesNoticeKinds.INVOICE_DUE,
        subjectId: invoice.id,
        partnerId: invoice.partnerId,
        dueAt: invoice.dueAt,
        message: `Invoice ${invoice.id} is due with ${standings.get(invoice.id)!.balance} ${invoice.currency} minor units unpaid.`,
        data: { balanceMinor: standings.get(invoice.id)!.balance, currency: invoice.currency },
      }));
  },
};

/**
 * FEE-5: after a group's host is billed for year N, its bill for year N + 1 falls due on the
 * next anniversary of the program start. (The first bill, one year after the start, is
 * announced by the domain that knows the group's start date: support.)
 */
export const tsanetHostBillDueRule: NoticeRule = {
  kinds: [FeesNoticeKinds.TSANET_HOST_BILL_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const billed = await em.find(Invoice, { where: { tsanetGroupId: Not(IsNull()) }, order: { id: 'ASC' } });
    const latest = new Map<string, Invoice>();
    for (const invoice of billed) {
      const seen = latest.get(invoice.tsanetGroupId!);
      if (!seen || (invoice.billingYear ?? 0) > (seen.billingYear ?? 0)) latest.set(invoice.tsanetGroupId!, invoice);
    }
    const notices: DueNotice[] = [];
    for (const [groupId, invoice] of latest) {
      if (!invoice.programStartDate || invoice.billingYear == null) continue;
      const year = invoice.billingYear + 1;
      const dueAt = hostBillDueAt(invoice.programStartDate, year);
      if (dueAt.getTime() < from.getTime() || dueAt.getTime() > to.getTime()) continue;
      notices.push({
        kind: FeesNoticeKinds.TSANET_HOST_BILL_DUE,
        subjectId: groupId,
        partnerId: invoice.partnerId,
        dueAt,
        message: `TSANet group ${groupId}: the host-pay bill for year ${year} falls due on ${toDateOnly(dueAt)}.`,
        data: { groupId, billingYear: year },
      });
    }
    return notices;
  },
};

export const FEES_NOTICE_RULES: NoticeRule[] = [invoiceDueRule, tsanetHostBillDueRule];
