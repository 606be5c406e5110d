import { eventsOf } from '@alliance/kernel';
import type { FeesEventMap } from './contracts';

export type { PaymentReceivedPayload, FeesEventMap } from './contracts';

/** Events fees publishes (after commit); payloads in `FeesEventMap`. */
export const FeesEvents = {
  /** A payment or waiver was recorded against an invoice (FEE-7: TSANet go-live waits for it). */
  PAYMENT_RECEIVED: 'fees.payment_received',
} as const satisfies Record<string, keyof FeesEventMap>;

/** Raises a fees event; the payload type follows the name. */
export const feesEvent = eventsOf<FeesEventMap>();
