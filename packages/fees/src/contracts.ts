/**
 * Fees' public surface as types only: what other domains and package users may call, the
 * events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { EntitlementKind, FeeKind } from './enums';
import type { FeesNoticeKinds } from './notices';

/** What a fee is for (FEE-1), as the string other domains pass. */
export type FeeKindName = `${FeeKind}`;
/** What a bundle fee buys (FEE-2), as the string other domains pass. */
export type EntitlementKindName = `${EntitlementKind}`;

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/** What other domains and package users call. */
export interface FeesApi {
  /**
   * FEE-1: charges a scheduled fee as a new invoice. `reference` says what the charge is for
   * in the calling domain (an equivalency request id, a TSANet membership id).
   */
  chargeFee(
    ctx: RequestContext,
    command: {
      partnerId: string;
      feeKind: FeeKindName;
      programId?: string | null;
      programVersion?: string | null;
      reference?: string | null;
      quantity?: number | null;
    },
  ): Promise<{ invoiceId: string; amount: MoneyValue }>;
  /** FEE-2: consumes one entitlement of the kind; throws UserError ENTITLEMENT_EXHAUSTED (field `kind`) when none is left. */
  consumeEntitlement(ctx: RequestContext, command: { partnerId: string; kind: EntitlementKindName; reference: string }): Promise<{ consumptionId: string }>;
  /** FEE-7: the invoice has nothing left to pay (paid or waived in full). */
  isInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<boolean>;
  /** A paid or waived term of the fee (development consulting) covers `at`, both ends inside. */
  hasCurrentTerm(ctx: RequestContext, query: { partnerId: string; feeKind: FeeKindName; at: Date }): Promise<boolean>;
}

export interface PaymentReceivedPayload extends Record<string, unknown> {
  invoiceId: string;
  partnerId: string;
  /** Fee kinds of the invoice's lines. */
  feeKinds: FeeKindName[];
  /** References of the invoice's lines (such as a TSANet membership or equivalency request id). */
  references: string[];
  /** True when the invoice has no balance left. */
  settled: boolean;
}

/** Events fees publishes (after commit): name → payload. */
export interface FeesEventMap {
  /** A payment or waiver was recorded against an invoice (FEE-7: TSANet go-live waits for it). */
  'fees.payment_received': PaymentReceivedPayload;
}

export type FeesEventType = keyof FeesEventMap;
export type FeesNoticeKind = (typeof FeesNoticeKinds)[keyof typeof FeesNoticeKinds];
