import { InvoiceStatus } from '../enums';

/** Sums of an invoice's ledger, in minor units of the invoice currency. */
export interface InvoiceLedgerSums {
  lines: number;
  payments: number;
  waivers: number;
  refunds: number;
}

export interface InvoiceStanding extends InvoiceLedgerSums {
  /** lines − payments − waivers + refunds (FEE-8). */
  balance: number;
  /** Nothing is left to pay. */
  settled: boolean;
  status: InvoiceStatus;
}

/** FEE-8: the balance and status of an invoice follow from its ledger, never from a stored field. */
export function invoiceStanding(sums: InvoiceLedgerSums): InvoiceStanding {
  const balance = sums.lines - sums.payments - sums.waivers + sums.refunds;
  const netPaid = sums.payments - sums.refunds;
  const settled = balance <= 0;
  let status: InvoiceStatus;
  if (settled) status = netPaid === 0 && sums.waivers > 0 ? InvoiceStatus.WAIVED : InvoiceStatus.PAID;
  else if (sums.refunds > 0 && netPaid === 0) status = InvoiceStatus.REFUNDED;
  else if (netPaid > 0 || sums.waivers > 0) status = InvoiceStatus.PARTIALLY_PAID;
  else status = InvoiceStatus.OPEN;
  return { ...sums, balance, settled, status };
}
