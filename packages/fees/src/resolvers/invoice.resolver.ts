import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import {
  Connection,
  ConnectionArgs,
  IsEntityId,
  loadByParent,
  Money,
  MutationPayload,
  readers,
  RequestContext,
  Role,
  runMutation,
  STAFF,
} from '@alliance/kernel';
import { InvoiceStatus } from '../enums';
import { FeeRefund } from '../entities/fee-refund.entity';
import { FeeWaiver } from '../entities/fee-waiver.entity';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { Payment } from '../entities/payment.entity';
import { ChargeFeeInput, RecordPaymentInput, RefundPaymentInput, WaiveFeeInput } from '../inputs/invoice.input';
import { InvoiceStanding } from '../rules/invoice.rules';
import { InvoiceService } from '../services/invoice.service';
import { invoiceStandings } from '../services/ledger.queries';
import { FEES_READ_SCOPE } from './fee-schedule.resolver';

@ObjectType('InvoiceConnection', { description: 'A page of invoice items, in creation order.' })
export class InvoiceConnection extends Connection(Invoice, 'Invoice') {}

@ArgsType()
export class InvoicesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this partner's invoices (a PARTNER key always sees only its own)." })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices in this derived status.' })
  @IsOptional()
  status?: InvoiceStatus | null;
}

@ObjectType('ChargeFeePayload', {
  description: 'The result of `chargeFee`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ChargeFeePayload extends MutationPayload {
  @Field(() => Invoice, { nullable: true, description: 'The Invoice as `chargeFee` left it; null when userErrors rejected the input.' })
  invoice?: Invoice;
}

@ObjectType('RecordPaymentPayload', {
  description: 'The result of `recordPayment`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordPaymentPayload extends MutationPayload {
  @Field(() => Payment, { nullable: true, description: 'The Payment as `recordPayment` left it; null when userErrors rejected the input.' })
  payment?: Payment;

  @Field(() => Invoice, { nullable: true, description: 'The Invoice as `recordPayment` left it; null when userErrors rejected the input.' })
  invoice?: Invoice;
}

@ObjectType('WaiveFeePayload', {
  description: 'The result of `waiveFee`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class WaiveFeePayload extends MutationPayload {
  @Field(() => FeeWaiver, { nullable: true, description: 'The FeeWaiver as `waiveFee` left it; null when userErrors rejected the input.' })
  waiver?: FeeWaiver;

  @Field(() => Invoice, { nullable: true, description: 'The Invoice as `waiveFee` left it; null when userErrors rejected the input.' })
  invoice?: Invoice;
}

@ObjectType('RefundPaymentPayload', {
  description: 'The result of `refundPayment`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RefundPaymentPayload extends MutationPayload {
  @Field(() => FeeRefund, { nullable: true, description: 'The FeeRefund as `refundPayment` left it; null when userErrors rejected the input.' })
  refund?: FeeRefund;

  @Field(() => Invoice, { nullable: true, description: 'The Invoice as `refundPayment` left it; null when userErrors rejected the input.' })
  invoice?: Invoice;
}

function standingOf(ctx: RequestContext, invoiceId: string): Promise<InvoiceStanding> {
  return ctx
    .loader<string, InvoiceStanding>('fees.invoiceStanding', async (ids) => {
      const standings = await invoiceStandings(ctx.em, ids);
      return ids.map((id) => standings.get(id)!);
    })
    .load(invoiceId);
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  constructor(private readonly invoiceService: InvoiceService) {}

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => Invoice, { description: "One invoice; another partner's is NOT_FOUND for a PARTNER key." })
  async invoice(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Invoice` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Invoice> {
    return this.invoiceService.findVisible(ctx, id);
  }

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => InvoiceConnection, { description: 'Invoices, oldest first; a PARTNER key sees only its own.' })
  async invoices(@Ctx() ctx: RequestContext, @Args(() => InvoicesArgs) args: InvoicesArgs): Promise<InvoiceConnection> {
    return this.invoiceService.list(ctx, args);
  }

  @FieldResolver(() => [InvoiceLine], { description: 'The fees charged on the invoice, priced when charged.' })
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceLine[]> {
    return loadByParent(ctx, InvoiceLine, 'invoiceId', { order: { id: 'ASC' } }).load(invoice.id);
  }

  @FieldResolver(() => [Payment], { description: 'Payments received against the invoice (FEE-8).' })
  payments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    return loadByParent(ctx, Payment, 'invoiceId', { order: { id: 'ASC' } }).load(invoice.id);
  }

  @FieldResolver(() => [FeeWaiver], { description: 'FEE-4: who waived what, when and why.' })
  waivers(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<FeeWaiver[]> {
    return loadByParent(ctx, FeeWaiver, 'invoiceId', { order: { id: 'ASC' } }).load(invoice.id);
  }

  @FieldResolver(() => [FeeRefund], { description: "Money given back from the invoice's payments (FEE-8)." })
  refunds(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<FeeRefund[]> {
    return loadByParent(ctx, FeeRefund, 'invoiceId', { order: { id: 'ASC' } }).load(invoice.id);
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines.' })
  async total(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Money> {
    return Money.of((await standingOf(ctx, invoice.id)).lines, invoice.currency);
  }

  @FieldResolver(() => Money, { description: 'FEE-8: lines − payments − waivers + refunds.' })
  async balance(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Money> {
    return Money.of((await standingOf(ctx, invoice.id)).balance, invoice.currency);
  }

  @FieldResolver(() => InvoiceStatus, { description: 'Derived from the ledger (FEE-8).' })
  async status(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceStatus> {
    return (await standingOf(ctx, invoice.id)).status;
  }

  @Authorized(...STAFF, Role.PARTNER)
  @Mutation(() => ChargeFeePayload, { description: 'FEE-1: charges a scheduled fee to a partner as a new invoice (a PARTNER key for itself only).' })
  async chargeFee(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChargeFeeInput, { description: 'The input: see `ChargeFeeInput`.' }) input: ChargeFeeInput,
  ): Promise<ChargeFeePayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ invoice: (await this.invoiceService.chargeFee(ctx, input)).invoice }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => RecordPaymentPayload, { description: 'Records money received against an invoice; announces fees.payment_received (FEE-7).' })
  async recordPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPaymentInput, { description: 'The input: see `RecordPaymentInput`.' }) input: RecordPaymentInput,
  ): Promise<RecordPaymentPayload> {
    return runMutation(ctx, () => this.invoiceService.recordPayment(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => WaiveFeePayload, { description: 'FEE-4: waives part or all of an invoice, recording who, when and why.' })
  async waiveFee(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WaiveFeeInput, { description: 'The input: see `WaiveFeeInput`.' }) input: WaiveFeeInput,
  ): Promise<WaiveFeePayload> {
    return runMutation(ctx, () => this.invoiceService.waiveFee(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => RefundPaymentPayload, { description: 'Refunds a payment of a refundable fee (never entrance, enrollment or renewal fees: FEE-1, FEE-6).' })
  async refundPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RefundPaymentInput, { description: 'The input: see `RefundPaymentInput`.' }) input: RefundPaymentInput,
  ): Promise<RefundPaymentPayload> {
    return runMutation(ctx, () => this.invoiceService.refundPayment(ctx, input));
  }
}
