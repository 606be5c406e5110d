import { DueNotice, maxInstant, NoticeRule, toDateOnly } from '@alliance/kernel';
import { EntityManager, IsNull, Not } from 'typeorm';
import { Invoice } from './entities/invoice.entity';
import { hostBillDueAt } from './rules/host-pay.rules';
import { invoiceStandingsAt } from './services/ledger.queries';

export const FeesNoticeKinds = {
  /** An invoice falls due with a balance still open. */
  INVOICE_DUE: 'fees.invoice_due',
  /** A TSANet group's next yearly host-pay bill falls due (FEE-5). */
  TSANET_HOST_BILL_DUE: 'fees.tsanet_host_bill_due',
} as const;

/**
 * Invoices that fall due with a balance open: judged by the ledger as it stood at the due instant
 * (or at issue, for an invoice issued already due), so a payment recorded after the due instant
 * does not take the notice back.
 */
async function invoiceDueNotices(em: EntityManager, invoices: Invoice[]): Promise<DueNotice[]> {
  const judgedAt = new Map(invoices.map((invoice) => [invoice.id, maxInstant(invoice.dueAt, invoice.issuedAt)]));
  const standings = await invoiceStandingsAt(em, judgedAt);
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
}

export const invoiceDueRule: NoticeRule = {
  kinds: [FeesNoticeKinds.INVOICE_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const invoices = await em
      .createQueryBuilder(Invoice, 'i')
      .where('i.dueAt >= :from AND i.dueAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .orderBy('i.id', 'ASC')
      .getMany();
    return invoiceDueNotices(em, invoices);
  },
  /** Invoices issued since the last sweep ran that are due by now (one whose issuing committed after that sweep read). */
  async writtenSince(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]> {
    const invoices = await em
      .createQueryBuilder(Invoice, 'i')
      .where('i.issuedAt >= :since', { since: since.toISOString() })
      .andWhere('i.dueAt <= :to', { to: to.toISOString() })
      .orderBy('i.id', 'ASC')
      .getMany();
    return invoiceDueNotices(em, invoices);
  },
};

/**
 * FEE-5: after a group's host is billed for year N, its bill for year N + 1 falls due on the
 * next anniversary of the program start, unless year N + 1 was already billed by then. (The first
 * bill, one year after the start, is announced by the domain that knows the group's start date:
 * support.)
 */
function hostBillNotices(billed: Invoice[], keep: (at: Date) => boolean): DueNotice[] {
  const years = new Map<string, Map<number, Invoice>>();
  for (const invoice of billed) {
    if (!invoice.tsanetGroupId || invoice.billingYear == null) continue;
    const group = years.get(invoice.tsanetGroupId) ?? new Map<number, Invoice>();
    group.set(invoice.billingYear, invoice);
    years.set(invoice.tsanetGroupId, group);
  }
  const notices: DueNotice[] = [];
  for (const [groupId, byYear] of years) {
    for (const invoice of byYear.values()) {
      if (!invoice.programStartDate || invoice.billingYear == null) continue;
      const year = invoice.billingYear + 1;
      const dueAt = hostBillDueAt(invoice.programStartDate, year);
      if (!keep(dueAt)) continue;
      const next = byYear.get(year);
      if (next && next.issuedAt.getTime() <= dueAt.getTime()) continue;
      notices.push({
        kind: FeesNoticeKinds.TSANET_HOST_BILL_DUE,
        subjectId: groupId,
        partnerId: invoice.partnerId,
        dueAt,
        message: `TSANet group ${groupId}: the host-pay bill for year ${year} falls due on ${toDateOnly(dueAt)}.`,
        data: { groupId, billingYear: year },
      });
    }
  }
  return notices;
}

export const tsanetHostBillDueRule: NoticeRule = {
  kinds: [FeesNoticeKinds.TSANET_HOST_BILL_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    // One invoice per group and billing year: a small table, read whole.
    const billed = await em.find(Invoice, { where: { tsanetGroupId: Not(IsNull()) }, order: { id: 'ASC' } });
    return hostBillNotices(billed, (at) => at.getTime() >= from.getTime() && at.getTime() <= to.getTime());
  },
};

export const FEES_NOTICE_RULES: NoticeRule[] = [invoiceDueRule, tsanetHostBillDueRule];
