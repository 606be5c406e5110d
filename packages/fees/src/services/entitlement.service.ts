import type { EntitlementKindName } from '../contracts';
import { RequestContext, UserError } from '@alliance/kernel';
import { EntitlementEntryType, EntitlementKind } from '../enums';
import { EntitlementEntry } from '../entities/entitlement-entry.entity';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { InvoiceStanding } from '../rules/invoice.rules';
import { Entitlement } from '../types/fee-schedule.type';
import { entitlementBalances, heldByInvoice } from './ledger.queries';

export interface ConsumeEntitlementCommand {
  partnerId: string;
  kind: EntitlementKind | EntitlementKindName;
  /** What the service request is for (a submission id, a support incident subject). */
  reference: string;
}

export interface ConsumedEntitlement {
  consumptionId: string;
  consumption: EntitlementEntry;
  entitlement: Entitlement;
}

/** The lock every change to a partner's entitlements of one kind takes (FEE-2). */
export function entitlementLockKey(partnerId: string, kind: EntitlementKind): string {
  return `entitlement:${partnerId}:${kind}`;
}

/** FEE-2: entitlements granted by settled bundle fees and consumed one per service request. */
export class EntitlementService {
  async balances(ctx: RequestContext, partnerId: string): Promise<Entitlement[]> {
    return entitlementBalances(ctx.em, partnerId);
  }

  async balance(ctx: RequestContext, partnerId: string, kind: EntitlementKind): Promise<Entitlement> {
    return (await entitlementBalances(ctx.em, partnerId, [kind]))[0];
  }

  /**
   * Opens a service request against one unconsumed entitlement of the kind. The last
   * entitlement is never consumed twice: on PostgreSQL the partner's kind is locked for the
   * rest of the transaction and the ledger re-read after the lock; on SQLite units of work
   * already take turns.
   */
  async consume(ctx: RequestContext, command: ConsumeEntitlementCommand): Promise<ConsumedEntitlement> {
    const kind = EntitlementKind[command.kind];
    await ctx.db.lock(ctx.em, entitlementLockKey(command.partnerId, kind));
    const before = await this.balance(ctx, command.partnerId, kind);
    if (before.remaining <= 0) {
      throw new UserError(
        'ENTITLEMENT_EXHAUSTED',
        `FEE-2: partner ${command.partnerId} has no unconsumed ${command.kind} entitlement left (${before.granted - before.revoked} bought, ${before.consumed} used)`,
        'kind',
      );
    }
    const consumption = await ctx.em.save(
      EntitlementEntry,
      ctx.em.create(EntitlementEntry, {
        partnerId: command.partnerId,
        kind,
        type: EntitlementEntryType.CONSUME,
        delta: -1,
        invoiceId: null,
        reference: command.reference,
        at: ctx.now(),
        actor: ctx.actor.name,
      }),
    );
    const entitlement = Object.assign(new Entitlement(), before, { consumed: before.consumed + 1, remaining: before.remaining - 1 });
    return { consumptionId: consumption.id, consumption, entitlement };
  }

  /**
   * FEE-2/FEE-4: brings the entitlements an invoice holds in line with its standing:
   * a settled invoice (paid or waived) holds what its lines grant, an unsettled one holds none.
   * Taking entitlements back (after a refund) is refused when the partner has already used them.
   */
  async syncInvoice(ctx: RequestContext, invoice: Invoice, standing: InvoiceStanding): Promise<void> {
    const lines = await ctx.em.find(InvoiceLine, { where: { invoiceId: invoice.id }, order: { id: 'ASC' } });
    const target = new Map<EntitlementKind, number>();
    for (const line of lines) for (const grant of line.grants) target.set(grant.kind, (target.get(grant.kind) ?? 0) + grant.quantity);
    if (target.size === 0) return;
    const held = await heldByInvoice(ctx.em, invoice.id);
    for (const [kind, granted] of target) {
      const want = standing.settled ? granted : 0;
      const diff = want - (held.get(kind) ?? 0);
      if (diff === 0) continue;
      await ctx.db.lock(ctx.em, entitlementLockKey(invoice.partnerId, kind));
      if (diff < 0) {
        const balance = await this.balance(ctx, invoice.partnerId, kind);
        if (balance.remaining < -diff) {
          throw new UserError(
            'ENTITLEMENT_ALREADY_CONSUMED',
            `FEE-2: the refund would take back ${-diff} ${kind} entitlements but the partner has only ${balance.remaining} unused; refunds of a used bundle are refused`,
            'paymentId',
          );
        }
      }
      await ctx.em.save(
        EntitlementEntry,
        ctx.em.create(EntitlementEntry, {
          partnerId: invoice.partnerId,
          kind,
          type: diff > 0 ? EntitlementEntryType.GRANT : EntitlementEntryType.REVOKE,
          delta: diff,
          invoiceId: invoice.id,
          reference: null,
          at: ctx.now(),
          actor: ctx.actor.name,
        }),
      );
    }
  }
}
