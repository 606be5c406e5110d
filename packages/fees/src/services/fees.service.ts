import { RequestContext } from '@alliance/kernel';
import type { FeeKindName, FeesApi } from '../contracts';
import { HostPayQuoteResult } from '../rules/host-pay.rules';
import { ConsumeEntitlementCommand, ConsumedEntitlement, EntitlementService } from './entitlement.service';
import { FeeScheduleService } from './fee-schedule.service';
import { ChargedFee, ChargeFeeCommand, InvoiceService } from './invoice.service';

/** What other domains call through their ports (`FeesApi` in contracts.ts). */
export class FeesService implements FeesApi {
  constructor(
    private readonly schedule: FeeScheduleService,
    private readonly invoices: InvoiceService,
    private readonly entitlements: EntitlementService,
  ) {}

  /** FEE-1: charges a scheduled fee as a new invoice → `{ invoiceId, amount, invoice }`. */
  chargeFee(ctx: RequestContext, command: ChargeFeeCommand): Promise<ChargedFee> {
    return this.invoices.chargeFee(ctx, command);
  }

  /** FEE-2: consumes one entitlement of the kind, or throws UserError ENTITLEMENT_EXHAUSTED. */
  consumeEntitlement(ctx: RequestContext, command: ConsumeEntitlementCommand): Promise<ConsumedEntitlement> {
    return this.entitlements.consume(ctx, command);
  }

  /** The invoice has nothing left to pay (paid or waived in full; FEE-7). */
  isInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<boolean> {
    return this.invoices.isInvoicePaid(ctx, invoiceId);
  }

  /** A paid or waived term of the fee (development consulting) covers `at`, both ends inside. */
  hasCurrentTerm(ctx: RequestContext, query: { partnerId: string; feeKind: FeeKindName; at: Date }): Promise<boolean> {
    return this.invoices.hasCurrentTerm(ctx, query);
  }

  /** FEE-5: host-pay dues for a member count; throws TSANET_NEGOTIATED_RATE_REQUIRED over the last band. */
  async hostPayQuote(ctx: RequestContext, memberCount: number): Promise<HostPayQuoteResult & { currency: string }> {
    const { quote, fee } = await this.schedule.hostPayQuote(ctx, memberCount);
    return { ...quote, currency: fee.currency };
  }
}
