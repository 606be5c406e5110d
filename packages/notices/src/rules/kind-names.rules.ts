/**
 * Notice kinds renamed to `<domain>.<snake_case>` (old → new). Webhook event types follow
 * (`notice.<kind>`). `notices(kind:)` and new webhook subscriptions still accept the old names
 * during the deprecation period; stored notices, deliveries and subscriptions were renamed by
 * the `notice-kind-names` migration.
 */
export const RENAMED_NOTICE_KINDS: Readonly<Record<string, string>> = {
  'webhook.subscription_disabled': 'notices.webhook_subscription_disabled',
  SUPPORT_CASE_BREACHED: 'support.case_breached',
  SUPPORT_END_OF_SUPPORT_NOTICE: 'support.end_of_support_notice',
  TSANET_ACKNOWLEDGEMENT_FOLLOW_UP: 'support.tsanet_acknowledgement_follow_up',
  TSANET_RENEWAL_HEADS_UP: 'support.tsanet_renewal_heads_up',
  TSANET_RENEWAL_INVOICE: 'support.tsanet_renewal_invoice',
  TSANET_MEMBER_TERMINATION: 'support.tsanet_member_termination',
  PC_RENEWAL_NOTICE: 'partner_connect.renewal_notice',
  PC_AUDIT_NOTICE: 'partner_connect.audit_notice',
  PC_REMEDIATION_90_DAY_WINDOW_ENDS: 'partner_connect.remediation_90_day_window_ends',
  PC_REMEDIATION_120_DAY_WINDOW_ENDS: 'partner_connect.remediation_120_day_window_ends',
};

/** The current name of a notice kind: a renamed kind's new name, any other kind as given. */
export function currentNoticeKind(kind: string): string {
  return RENAMED_NOTICE_KINDS[kind] ?? kind;
}

/** The current name of a webhook event type or pattern (`notice.PC_AUDIT_NOTICE` → `notice.partner_connect.audit_notice`). */
export function currentEventKind(kind: string): string {
  return kind.startsWith('notice.') ? `notice.${currentNoticeKind(kind.slice('notice.'.length))}` : kind;
}
