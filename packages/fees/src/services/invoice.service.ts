import {
  addDays,
  ConnectionResult,
  decodeCursor,
  NotFoundError,
  paginate,
  pageSize,
  RequestContext,
  toConnection,
  UserError,
  whereVisiblePartner,
} from '@alliance/kernel';
import { IsNull, SelectQueryBuilder } from 'typeorm';
import { FeeKind, InvoiceStatus } from '../enums';
import type { FeeKindName } from '../contracts';
import { FeeRefund } from '../entities/fee-refund.entity';
import { FeeWaiver } from '../entities/fee-waiver.entity';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { Payment } from '../entities/payment.entity';
import { FeesEvents, feesEvent, PaymentReceivedPayload } from '../events';
import { MembershipPort } from '../ports';
import { buysTerm, chargedOncePerReference, isBilledFromSnapshot, oneTimeScope } from '../rules/fee-kind.rules';
import { InvoiceStanding } from '../rules/invoice.rules';
import { nextTerm, termCovers } from '../rules/term.rules';
import { EntitlementService } from './entitlement.service';
import { DEFAULT_TERM_MONTHS, FeeScheduleService } from './fee-schedule.service';
import { EntitlementGrant } from '../seeds';
import { invoiceStandingOf, invoiceStandings, refundedOfPayment } from './ledger.queries';

/** Days between issuing an invoice and its due date. */
export const PAYMENT_TERM_DAYS = 30;
export const MAX_QUANTITY = 100;

export interface MoneyAmount {
  amountMinor: number;
  currency: string;
}

export interface ChargeFeeCommand {
  partnerId: string;
  feeKind: FeeKind | FeeKindName;
  programId?: string | null;
  /** The program version an entrance fee is bought for (FEE-1). */
  programVersion?: string | null;
  /** What the charge is for in the calling domain (an equivalency request id, a TSANet membership id). */
  reference?: string | null;
  quantity?: number | null;
}

export interface ChargedFee {
  invoiceId: string;
  amount: MoneyAmount;
  invoice: Invoice;
}

export interface RecordPaymentCommand {
  invoiceId: string;
  amount: MoneyAmount;
  receivedAt?: Date | null;
  externalReference?: string | null;
}

export interface WaiveFeeCommand {
  invoiceId: string;
  /** Part of the balance to waive; the whole balance when absent. */
  amount?: MoneyAmount | null;
  reason: string;
}

export interface RefundPaymentCommand {
  paymentId: string;
  /** Part of the payment to refund; what is left of it when absent. */
  amount?: MoneyAmount | null;
  reason: string;
}

export interface InvoiceListArgs {
  partnerId?: string | null;
  status?: InvoiceStatus | null;
  first?: number | null;
  after?: string | null;
}

export interface NewInvoice {
  partnerId: string;
  currency: string;
  dueAt?: Date;
  tsanetGroupId?: string | null;
  billingYear?: number | null;
  programStartDate?: string | null;
  snapshotMemberIds?: string[] | null;
  excludedMemberIds?: string[] | null;
}

export interface NewInvoiceLine {
  feeKind: FeeKind;
  feeId: string | null;
  description: string;
  quantity: number;
  unitAmountMinor: number;
  amountMinor: number;
  refundable: boolean;
  grants: EntitlementGrant[];
  programId: string | null;
  programVersion: string | null;
  reference: string | null;
  termStart: Date | null;
  termEnd: Date | null;
}

/** Invoices and their ledger: lines, payments, waivers (FEE-4) and refunds (FEE-6); standings are derived (FEE-8). */
export class InvoiceService {
  constructor(
    private readonly schedule: FeeScheduleService,
    private readonly entitlements: EntitlementService,
    private readonly membership: MembershipPort,
  ) {}

  async findVisible(ctx: RequestContext, id: string): Promise<Invoice> {
    const invoice = await ctx.em.findOneBy(Invoice, { id });
    if (!invoice) throw new NotFoundError('Invoice', id);
    ctx.assertCanSeePartner(invoice.partnerId, 'Invoice', id);
    return invoice;
  }

  async standing(ctx: RequestContext, invoiceId: string): Promise<InvoiceStanding> {
    return invoiceStandingOf(ctx.em, invoiceId);
  }

  async isInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<boolean> {
    return (await this.standing(ctx, invoiceId)).settled;
  }

  /** FEE-1: charges one fee of the schedule in force to a partner, as a new invoice of one line. */
  async chargeFee(ctx: RequestContext, command: ChargeFeeCommand): Promise<ChargedFee> {
    const kind = FeeKind[command.feeKind];
    const quantity = command.quantity ?? 1;
    const programId = command.programId ?? null;
    const reference = command.reference?.trim() || null;
    const programVersion = command.programVersion?.trim() || null;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      throw new UserError('QUANTITY_INVALID', `quantity is a whole number from 1 to ${MAX_QUANTITY}`, 'quantity');
    }
    if (isBilledFromSnapshot(kind)) {
      throw new UserError('FEE_BILLED_FROM_SNAPSHOT', 'FEE-5: TSANet host dues are billed with billTsanetHost from a member snapshot', 'feeKind');
    }
    if (!(await this.membership.partnerExists(ctx, command.partnerId))) {
      throw new UserError('PARTNER_NOT_FOUND', `partner ${command.partnerId} does not exist`, 'partnerId');
    }
    if (kind === FeeKind.PROGRAM_ENTRANCE) {
      if (!programId) throw new UserError('PROGRAM_REQUIRED', 'FEE-1: a program entrance fee is charged for a program', 'programId');
      if (!programVersion) {
        throw new UserError('PROGRAM_VERSION_REQUIRED', 'FEE-1: a program entrance fee is tied to the program version it is bought for', 'programVersion');
      }
    }
    if (chargedOncePerReference(kind) && !reference) {
      throw new UserError('REFERENCE_REQUIRED', 'FEE-3: name the approved equivalency request the fee is charged for', 'reference');
    }
    const fee = await this.schedule.effectiveFee(ctx, kind, programId);
    if (!fee) {
      throw new UserError('FEE_NOT_SCHEDULED', `FEE-1: no amount is set for ${kind}${programId ? ` in program ${programId}` : ''}`, 'feeKind');
    }
    await this.refuseRepeatCharge(ctx, command.partnerId, kind, { quantity, programId, programVersion, reference });

    let term: { start: Date; end: Date } | null = null;
    if (buysTerm(kind)) {
      await ctx.db.lock(ctx.em, `fee-term:${command.partnerId}:${kind}`);
      const latest = await ctx.em.findOne(InvoiceLine, { where: { partnerId: command.partnerId, feeKind: kind }, order: { termEnd: 'DESC', id: 'DESC' } });
      term = nextTerm(ctx.now(), latest?.termEnd ?? null, (fee.termMonths ?? DEFAULT_TERM_MONTHS) * quantity);
    }
    const invoice = await this.issue(ctx, { partnerId: command.partnerId, currency: fee.currency }, [
      {
        feeKind: kind,
        feeId: fee.id ?? null,
        description: fee.description,
        quantity,
        unitAmountMinor: fee.amountMinor,
        amountMinor: fee.amountMinor * quantity,
        refundable: fee.refundable,
        grants: fee.grants.map((grant) => ({ kind: grant.kind, quantity: grant.quantity * quantity })),
        programId,
        programVersion: kind === FeeKind.PROGRAM_ENTRANCE ? programVersion : null,
        reference,
        termStart: term?.start ?? null,
        termEnd: term?.end ?? null,
      },
    ]);
    return { invoiceId: invoice.id, amount: { amountMinor: fee.amountMinor * quantity, currency: fee.currency }, invoice };
  }

  /** Issues an invoice with its lines (used by chargeFee and TSANet host billing). */
  async issue(ctx: RequestContext, header: NewInvoice, lines: NewInvoiceLine[]): Promise<Invoice> {
    const now = ctx.now();
    const invoice = await ctx.em.save(
      Invoice,
      ctx.em.create(Invoice, {
        partnerId: header.partnerId,
        currency: header.currency,
        issuedAt: now,
        dueAt: header.dueAt ?? addDays(now, PAYMENT_TERM_DAYS),
        issuedBy: ctx.actor.name,
        tsanetGroupId: header.tsanetGroupId ?? null,
        billingYear: header.billingYear ?? null,
        programStartDate: header.programStartDate ?? null,
        snapshotMemberIds: header.snapshotMemberIds ?? null,
        excludedMemberIds: header.excludedMemberIds ?? null,
      }),
    );
    for (const line of lines) {
      await ctx.em.save(
        InvoiceLine,
        ctx.em.create(InvoiceLine, { ...line, invoiceId: invoice.id, partnerId: invoice.partnerId, currency: invoice.currency, createdAt: now }),
      );
    }
    // A zero-amount invoice is settled at once and grants its entitlements.
    await this.entitlements.syncInvoice(ctx, invoice, await this.standing(ctx, invoice.id));
    return invoice;
  }

  async recordPayment(ctx: RequestContext, command: RecordPaymentCommand): Promise<{ payment: Payment; invoice: Invoice }> {
    const { invoice, standing } = await this.lockInvoice(ctx, command.invoiceId);
    this.checkAmountAgainstBalance(invoice, standing, command.amount, 'payment');
    const receivedAt = command.receivedAt ?? ctx.now();
    if (receivedAt.getTime() > ctx.now().getTime()) {
      throw new UserError('PAYMENT_IN_FUTURE', 'a payment cannot be received after the moment it is recorded', 'receivedAt');
    }
    const payment = await ctx.em.save(
      Payment,
      ctx.em.create(Payment, {
        invoiceId: invoice.id,
        partnerId: invoice.partnerId,
        amountMinor: command.amount.amountMinor,
        currency: invoice.currency,
        receivedAt,
        recordedAt: ctx.now(),
        recordedBy: ctx.actor.name,
        externalReference: command.externalReference?.trim() || null,
      }),
    );
    await this.afterSettlementChange(ctx, invoice, true);
    return { payment, invoice };
  }

  /** FEE-4: the vendor waives some or all of what is due, recording who, when and why. */
  async waiveFee(ctx: RequestContext, command: WaiveFeeCommand): Promise<{ waiver: FeeWaiver; invoice: Invoice }> {
    const { invoice, standing } = await this.lockInvoice(ctx, command.invoiceId);
    const amount = command.amount ?? { amountMinor: standing.balance, currency: invoice.currency };
    this.checkAmountAgainstBalance(invoice, standing, amount, 'waiver');
    const reason = command.reason.trim();
    if (!reason) throw new UserError('REASON_REQUIRED', 'FEE-4: a waiver says why', 'reason');
    const waiver = await ctx.em.save(
      FeeWaiver,
      ctx.em.create(FeeWaiver, {
        invoiceId: invoice.id,
        partnerId: invoice.partnerId,
        amountMinor: amount.amountMinor,
        currency: invoice.currency,
        waivedAt: ctx.now(),
        waivedBy: ctx.actor.name,
        reason,
      }),
    );
    await this.afterSettlementChange(ctx, invoice, true);
    return { waiver, invoice };
  }

  /**
   * Gives money back from a payment. Refused for invoices holding a non-refundable fee
   * (FEE-1, FEE-6), and for a bundle whose entitlements the partner has already used (FEE-2);
   * otherwise the invoice is no longer settled and its entitlements are taken back.
   */
  async refundPayment(ctx: RequestContext, command: RefundPaymentCommand): Promise<{ refund: FeeRefund; invoice: Invoice }> {
    const payment = await ctx.em.findOneBy(Payment, { id: command.paymentId });
    if (!payment) throw new NotFoundError('Payment', command.paymentId);
    const { invoice } = await this.lockInvoice(ctx, payment.invoiceId);
    const lines = await ctx.em.findBy(InvoiceLine, { invoiceId: invoice.id });
    const fixed = lines.find((line) => !line.refundable);
    if (fixed) {
      throw new UserError('FEE_NOT_REFUNDABLE', `FEE-1/FEE-6: the invoice holds a ${fixed.feeKind} fee, which is not refundable`, 'paymentId');
    }
    const left = payment.amountMinor - (await refundedOfPayment(ctx.em, payment.id));
    const amount = command.amount ?? { amountMinor: left, currency: invoice.currency };
    if (amount.currency !== invoice.currency) {
      throw new UserError('CURRENCY_MISMATCH', `the invoice is in ${invoice.currency}, not ${amount.currency}`, 'amount.currency');
    }
    if (amount.amountMinor <= 0 && left > 0) throw new UserError('AMOUNT_NOT_POSITIVE', 'a refund is more than zero', 'amount.amountMinor');
    if (amount.amountMinor > left || left <= 0) {
      throw new UserError('REFUND_EXCEEDS_PAYMENT', `only ${left} minor units of the payment are left to refund`, 'amount.amountMinor');
    }
    const reason = command.reason.trim();
    if (!reason) throw new UserError('REASON_REQUIRED', 'a refund says why', 'reason');
    const refund = await ctx.em.save(
      FeeRefund,
      ctx.em.create(FeeRefund, {
        paymentId: payment.id,
        invoiceId: invoice.id,
        partnerId: invoice.partnerId,
        amountMinor: amount.amountMinor,
        currency: invoice.currency,
        refundedAt: ctx.now(),
        refundedBy: ctx.actor.name,
        reason,
      }),
    );
    await this.afterSettlementChange(ctx, invoice, false);
    return { refund, invoice };
  }

  /**
   * A development consulting term (or other term fee) of a settled invoice covers `at`
   * (both ends inside).
   */
  async hasCurrentTerm(ctx: RequestContext, query: { partnerId: string; feeKind: FeeKind | FeeKindName; at: Date }): Promise<boolean> {
    const iso = query.at.toISOString();
    const lines = await ctx.em
      .createQueryBuilder(InvoiceLine, 'l')
      .where('l.partnerId = :partnerId', { partnerId: query.partnerId })
      .andWhere('l.feeKind = :kind', { kind: query.feeKind })
      .andWhere('l.termStart <= :iso', { iso })
      .andWhere('l.termEnd >= :iso', { iso })
      .getMany();
    const covering = lines.filter((line) => line.termStart && line.termEnd && termCovers({ start: line.termStart, end: line.termEnd }, query.at));
    if (covering.length === 0) return false;
    const standings = await invoiceStandings(
      ctx.em,
      covering.map((line) => line.invoiceId),
    );
    return covering.some((line) => standings.get(line.invoiceId)?.settled);
  }

  /** Invoices visible to the caller, oldest first, optionally of one derived status. */
  async list(ctx: RequestContext, args: InvoiceListArgs): Promise<ConnectionResult<Invoice>> {
    if (args.partnerId && !ctx.canSeePartner(args.partnerId)) return toConnection([], pageSize(args), Boolean(args.after), (row: Invoice) => row.id, 0);
    const query = () => {
      const q = ctx.em.createQueryBuilder(Invoice, 'i');
      if (args.partnerId) q.andWhere('i.partnerId = :partnerId', { partnerId: args.partnerId });
      else whereVisiblePartner(q, ctx, 'i.partnerId');
      return q;
    };
    if (!args.status) return paginate(query(), args);
    // Status is derived from the ledger (FEE-8): scan in id order, keep the matching ones.
    const size = pageSize(args);
    const chunk = 200;
    const found: Invoice[] = [];
    let after = args.after ? decodeCursor(args.after) : null;
    while (found.length <= size) {
      const q = query();
      if (after) q.andWhere('i.id > :after', { after });
      const rows = await q.orderBy('i.id', 'ASC').take(chunk).getMany();
      if (rows.length === 0) break;
      const standings = await invoiceStandings(
        ctx.em,
        rows.map((row) => row.id),
      );
      for (const row of rows) {
        if (standings.get(row.id)?.status === args.status) found.push(row);
        if (found.length > size) break;
      }
      after = rows[rows.length - 1].id;
      if (rows.length < chunk) break;
    }
    return toConnection(
      found,
      size,
      Boolean(args.after),
      (row) => row.id,
      () => this.countOfStatus(ctx, query, args.status as InvoiceStatus),
    );
  }

  /** How many visible invoices have a derived status (FEE-8): a scan in id order, as the pages read it. */
  private async countOfStatus(ctx: RequestContext, query: () => SelectQueryBuilder<Invoice>, status: InvoiceStatus): Promise<number> {
    const chunk = 500;
    let count = 0;
    let after: string | null = null;
    for (;;) {
      const q = query();
      if (after) q.andWhere('i.id > :after', { after });
      const rows = await q.orderBy('i.id', 'ASC').take(chunk).getMany();
      if (rows.length === 0) return count;
      const standings = await invoiceStandings(
        ctx.em,
        rows.map((row) => row.id),
      );
      for (const row of rows) if (standings.get(row.id)?.status === status) count += 1;
      if (rows.length < chunk) return count;
      after = rows[rows.length - 1].id;
    }
  }

  private async refuseRepeatCharge(
    ctx: RequestContext,
    partnerId: string,
    kind: FeeKind,
    charge: { quantity: number; programId: string | null; programVersion: string | null; reference: string | null },
  ): Promise<void> {
    const scope = oneTimeScope(kind);
    if (scope) {
      if (charge.quantity !== 1) throw new UserError('ONE_TIME_FEE_QUANTITY', `FEE-1: ${kind} is a one-time fee, charged with quantity 1`, 'quantity');
      await ctx.db.lock(ctx.em, `fee-once:${partnerId}:${kind}`);
      const where =
        scope === 'PROGRAM_VERSION'
          ? { partnerId, feeKind: kind, programId: charge.programId ?? IsNull(), programVersion: charge.programVersion ?? IsNull() }
          : { partnerId, feeKind: kind };
      if (await ctx.em.exists(InvoiceLine, { where })) {
        const what = scope === 'PROGRAM_VERSION' ? `for program ${charge.programId} version ${charge.programVersion}` : '';
        throw new UserError('FEE_ALREADY_CHARGED', `FEE-1: the one-time ${kind} fee was already charged to partner ${partnerId} ${what}`.trim(), 'feeKind');
      }
    }
    if (chargedOncePerReference(kind) && charge.reference) {
      await ctx.db.lock(ctx.em, `fee-reference:${kind}:${charge.reference}`);
      if (await ctx.em.exists(InvoiceLine, { where: { feeKind: kind, reference: charge.reference } })) {
        throw new UserError('FEE_ALREADY_CHARGED', `FEE-3: the equivalency request ${charge.reference} was already charged`, 'reference');
      }
    }
  }

  private async lockInvoice(ctx: RequestContext, invoiceId: string): Promise<{ invoice: Invoice; standing: InvoiceStanding }> {
    const exists = await ctx.em.findOneBy(Invoice, { id: invoiceId });
    if (!exists) throw new NotFoundError('Invoice', invoiceId);
    await ctx.db.lock(ctx.em, `invoice:${invoiceId}`);
    return { invoice: exists, standing: await this.standing(ctx, invoiceId) };
  }

  private checkAmountAgainstBalance(invoice: Invoice, standing: InvoiceStanding, amount: MoneyAmount, what: 'payment' | 'waiver'): void {
    if (standing.settled) throw new UserError('INVOICE_SETTLED', `invoice ${invoice.id} has nothing left to pay or waive`, 'invoiceId');
    if (amount.currency !== invoice.currency) {
      throw new UserError('CURRENCY_MISMATCH', `the invoice is in ${invoice.currency}, not ${amount.currency}`, 'amount.currency');
    }
    if (amount.amountMinor <= 0) throw new UserError('AMOUNT_NOT_POSITIVE', `a ${what} is more than zero`, 'amount.amountMinor');
    if (amount.amountMinor > standing.balance) {
      throw new UserError(
        'AMOUNT_EXCEEDS_BALANCE',
        `FEE-8: the ${what} of ${amount.amountMinor} exceeds the balance of ${standing.balance} ${invoice.currency} minor units`,
        'amount.amountMinor',
      );
    }
  }

  /** After a payment, waiver or refund: entitlements follow the standing; payments and waivers are announced (FEE-7). */
  private async afterSettlementChange(ctx: RequestContext, invoice: Invoice, announce: boolean): Promise<void> {
    const standing = await this.standing(ctx, invoice.id);
    await this.entitlements.syncInvoice(ctx, invoice, standing);
    if (!announce) return;
    const lines = await ctx.em.find(InvoiceLine, { where: { invoiceId: invoice.id }, order: { id: 'ASC' } });
    const payload: PaymentReceivedPayload = {
      invoiceId: invoice.id,
      partnerId: invoice.partnerId,
      feeKinds: [...new Set(lines.map((line) => line.feeKind))],
      references: [...new Set(lines.map((line) => line.reference).filter((ref): ref is string => ref !== null))],
      settled: standing.settled,
    };
    await ctx.publish(feesEvent(FeesEvents.PAYMENT_RECEIVED, ctx.now(), payload, invoice.partnerId));
  }
}
