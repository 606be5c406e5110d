import { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { readRows } from '@alliance/kernel';
import { EntitlementEntryType, EntitlementKind } from '../enums';
import { EntitlementEntry } from '../entities/entitlement-entry.entity';
import { FeeRefund } from '../entities/fee-refund.entity';
import { FeeWaiver } from '../entities/fee-waiver.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { Payment } from '../entities/payment.entity';
import { invoiceStanding, InvoiceStanding } from '../rules/invoice.rules';
import { Entitlement } from '../types/fee-schedule.type';

/** Queries over the append-only ledgers; they take a manager so notice rules can use them too. */

/** The four ledgers an invoice's standing sums, in the order of `invoiceStanding`'s parts. */
const STANDING_PARTS = [
  ['lines', InvoiceLine],
  ['payments', Payment],
  ['waivers', FeeWaiver],
  ['refunds', FeeRefund],
] as const;

/**
 * FEE-8: each invoice's balance and status, derived from its lines, payments, waivers and
 * refunds: the four sums in one statement (UNION ALL), so a standing costs one round trip to
 * the database, not four (the progression dashboard asks for one on every read).
 */
export async function invoiceStandings(em: EntityManager, ids: readonly string[]): Promise<Map<string, InvoiceStanding>> {
  const result = new Map<string, InvoiceStanding>();
  if (ids.length === 0) return result;
  const unique = [...new Set(ids)];
  const marks = unique.map(() => '?').join(', ');
  const sql = STANDING_PARTS.map(
    ([part, entity]) =>
      `SELECT '${part}' AS "part", "invoiceId", SUM("amountMinor") AS "total" FROM ${em.connection.driver.escape(em.connection.getMetadata(entity).tablePath)} WHERE "invoiceId" IN (${marks}) GROUP BY "invoiceId"`,
  ).join(' UNION ALL ');
  const params = STANDING_PARTS.flatMap(() => unique);
  const rows = await readRows<{ part: (typeof STANDING_PARTS)[number][0]; invoiceId: string; total: string | number | null }>(em, sql, params);
  const sums = new Map<string, { lines: number; payments: number; waivers: number; refunds: number }>();
  for (const id of unique) sums.set(id, { lines: 0, payments: 0, waivers: 0, refunds: 0 });
  for (const row of rows) {
    const parts = sums.get(row.invoiceId);
    if (parts) parts[row.part] = Number(row.total ?? 0);
  }
  for (const id of unique) result.set(id, invoiceStanding(sums.get(id)!));
  return result;
}

/** The sum, per invoice, of the ledger rows recorded by that invoice's instant. */
async function sumsByInvoiceAt(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  stamp: string,
  at: ReadonlyMap<string, Date>,
): Promise<Map<string, number>> {
  const rows: { invoiceId: string; amountMinor: string | number; at: Date }[] = await em
    .createQueryBuilder(entity, 'r')
    .select(['r.invoiceId', 'r.amountMinor', `r.${stamp}`])
    .where('r.invoiceId IN (:...ids)', { ids: [...at.keys()] })
    .getMany()
    .then((found) => found.map((row) => ({ invoiceId: row.invoiceId, amountMinor: row.amountMinor, at: row[stamp] as Date })));
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (row.at.getTime() > at.get(row.invoiceId)!.getTime()) continue;
    sums.set(row.invoiceId, (sums.get(row.invoiceId) ?? 0) + Number(row.amountMinor));
  }
  return sums;
}

/**
 * FEE-8: each invoice's standing as the ledger stood at the given instant (rows recorded by
 * then): what an obligation falling due at that instant is judged by (NOT-1).
 */
export async function invoiceStandingsAt(em: EntityManager, at: ReadonlyMap<string, Date>): Promise<Map<string, InvoiceStanding>> {
  const result = new Map<string, InvoiceStanding>();
  if (at.size === 0) return result;
  const lines = await sumsByInvoiceAt(em, InvoiceLine, 'createdAt', at);
  const payments = await sumsByInvoiceAt(em, Payment, 'recordedAt', at);
  const waivers = await sumsByInvoiceAt(em, FeeWaiver, 'waivedAt', at);
  const refunds = await sumsByInvoiceAt(em, FeeRefund, 'refundedAt', at);
  for (const id of at.keys()) {
    result.set(
      id,
      invoiceStanding({ lines: lines.get(id) ?? 0, payments: payments.get(id) ?? 0, waivers: waivers.get(id) ?? 0, refunds: refunds.get(id) ?? 0 }),
    );
  }
  return result;
}

export async function invoiceStandingOf(em: EntityManager, invoiceId: string): Promise<InvoiceStanding> {
  return (await invoiceStandings(em, [invoiceId])).get(invoiceId)!;
}

/** What is left of a payment after its refunds. */
export async function refundedOfPayment(em: EntityManager, paymentId: string): Promise<number> {
  const row: { total: string | number | null } | undefined = await em
    .createQueryBuilder(FeeRefund, 'r')
    .select('SUM(r.amountMinor)', 'total')
    .where('r.paymentId = :paymentId', { paymentId })
    .getRawOne();
  return Number(row?.total ?? 0);
}

/** FEE-2: a partner's entitlements by kind, summed from the ledger (every kind, zero when none). */
export async function entitlementBalances(
  em: EntityManager,
  partnerId: string,
  kinds: EntitlementKind[] = Object.values(EntitlementKind),
): Promise<Entitlement[]> {
  const rows: { kind: EntitlementKind; type: EntitlementEntryType; total: string | number | null }[] = await em
    .createQueryBuilder(EntitlementEntry, 'e')
    .select('e.kind', 'kind')
    .addSelect('e.type', 'type')
    .addSelect('SUM(e.delta)', 'total')
    .where('e.partnerId = :partnerId', { partnerId })
    .andWhere('e.kind IN (:...kinds)', { kinds })
    .groupBy('e.kind')
    .addGroupBy('e.type')
    .getRawMany();
  return kinds.map((kind) => {
    const sum = (type: EntitlementEntryType) => Number(rows.find((row) => row.kind === kind && row.type === type)?.total ?? 0);
    const out = new Entitlement();
    out.partnerId = partnerId;
    out.kind = kind;
    out.granted = sum(EntitlementEntryType.GRANT);
    out.revoked = 0 - sum(EntitlementEntryType.REVOKE);
    out.consumed = 0 - sum(EntitlementEntryType.CONSUME);
    out.remaining = out.granted - out.revoked - out.consumed;
    return out;
  });
}

/** Net entitlements an invoice holds granted now, by kind (grants minus revocations). */
export async function heldByInvoice(em: EntityManager, invoiceId: string): Promise<Map<EntitlementKind, number>> {
  const rows: { kind: EntitlementKind; total: string | number | null }[] = await em
    .createQueryBuilder(EntitlementEntry, 'e')
    .select('e.kind', 'kind')
    .addSelect('SUM(e.delta)', 'total')
    .where('e.invoiceId = :invoiceId', { invoiceId })
    .andWhere('e.type IN (:...types)', { types: [EntitlementEntryType.GRANT, EntitlementEntryType.REVOKE] })
    .groupBy('e.kind')
    .getRawMany();
  return new Map(rows.map((row) => [row.kind, Number(row.total ?? 0)]));
}
