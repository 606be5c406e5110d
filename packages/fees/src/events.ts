import { FeeKind } from './enums';

/** Events fees publishes (after commit). */
export const FeesEvents = {
  /** A payment or waiver was recorded against an invoice (FEE-7: TSANet go-live waits for it). */
  PAYMENT_RECEIVED: 'fees.payment_received',
} as const;

export interface PaymentReceivedPayload extends Record<string, unknown> {
  invoiceId: string;
  partnerId: string;
  /** Fee kinds of the invoice's lines. */
  feeKinds: FeeKind[];
  /** References of the invoice's lines (such as a TSANet membership or equivalency request id). */
  references: string[];
  /** True when the invoice has no balance left. */
  settled: boolean;
}
