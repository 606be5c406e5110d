/** Notice kinds the notices package itself records (NOT-1). */
export const NoticesNoticeKinds = {
  /** A webhook subscription was disabled after repeated failed deliveries: how the failure is reported. */
  WEBHOOK_SUBSCRIPTION_DISABLED: 'notices.webhook_subscription_disabled',
} as const;

/** Webhook event types of recorded notices are `notice.<kind>`; subscribe to `notice.*` for all of them. */
export const NOTICE_EVENT_PREFIX = 'notice.';

/**
 * Domain events that integrations usually subscribe to (docs/domain-contracts.md). Any event
 * type published on the bus can be subscribed to; these are listed for documentation.
 */
export const DeliverableEventTypes = {
  MILESTONE_REACHED: 'releases.milestone_reached',
  LISTING_PUBLISHED: 'certification.listing_published',
  LISTING_REMOVED: 'certification.listing_removed',
  CASE_BREACHED: 'support.case_breached',
  LEVEL_CHANGED: 'partner_connect.level_changed',
  ENROLLMENT_CHANGED: 'membership.enrollment_changed',
} as const;

/** The JSON body of every webhook delivery (signed as sent). */
export interface WebhookEnvelope {
  /** The event id (or the notice id): receivers drop duplicates by it (also sent as `Alliance-Event-Id`). */
  id: string;
  /** The event type, or `notice.<kind>`. */
  type: string;
  /** ISO instant the event occurred (for a notice: its due instant). */
  occurredAt: string;
  partnerId: string | null;
  payload: Record<string, unknown>;
}

/** Payload of a `notice.<kind>` delivery. */
export interface NoticeDeliveryPayload extends Record<string, unknown> {
  noticeId: string;
  key: string;
  kind: string;
  subjectId: string;
  dueAt: string;
  message: string;
  data: Record<string, unknown> | null;
  recordedAt: string;
}
