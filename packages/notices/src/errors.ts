/** Codes this package returns in `userErrors`, with what each means. */
export const NOTICES_ERROR_CODES = {
  NOTICE_SWEEP_IN_FUTURE: 'NOT-1: a sweep cannot run for an instant after the clock; notices would be sent before they are due.',
  NOTICE_SWEEP_BEFORE_LAST: 'NOT-1: the last sweep already covered up to a later instant; sweep at or after the end of the last sweep.',
  WEBHOOK_TARGET_NOT_ALLOWED:
    'Webhook targets are public http(s) URLs: loopback, private, link-local and other non-public addresses are refused (an operator can allow them for local development).',
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: 'No webhook subscription with that id.',
  WEBHOOK_SUBSCRIPTION_ALREADY_DISABLED: 'The webhook subscription is already disabled.',
  WEBHOOK_SUBSCRIPTION_ALREADY_ACTIVE: 'The webhook subscription is already active.',
  WEBHOOK_DELIVERY_NOT_FOUND: 'No webhook delivery with that id.',
  WEBHOOK_DELIVERY_PENDING: 'The delivery is still pending: it will be tried again on its own; only a DELIVERED or FAILED delivery can be redelivered.',
} as const;

export type NoticesErrorCode = keyof typeof NOTICES_ERROR_CODES;
