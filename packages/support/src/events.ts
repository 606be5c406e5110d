import { eventsOf } from '@alliance/kernel';
import type { SupportEventMap } from './contracts';

export type { CaseBreachedPayload, ReadinessChangedPayload, SupportEventMap, TsanetMemberLivePayload } from './contracts';

/** Events this package publishes (delivered after commit); payloads in `SupportEventMap`. */
export const SUPPORT_EVENTS = {
  CASE_BREACHED: 'support.case_breached',
  TSANET_MEMBER_LIVE: 'support.tsanet_member_live',
  READINESS_CHANGED: 'support.readiness_changed',
} as const satisfies Record<string, keyof SupportEventMap>;

/** Raises a support event; the payload type follows the name. */
export const supportEvent = eventsOf<SupportEventMap>();

/** Notice kinds this package contributes to the notice sweep (NOT-1). */
export const SUPPORT_NOTICE_KINDS = {
  CASE_BREACHED: 'support.case_breached',
  END_OF_SUPPORT_NOTICE: 'support.end_of_support_notice',
  TSANET_ACKNOWLEDGEMENT_FOLLOW_UP: 'support.tsanet_acknowledgement_follow_up',
  TSANET_RENEWAL_HEADS_UP: 'support.tsanet_renewal_heads_up',
  TSANET_RENEWAL_INVOICE: 'support.tsanet_renewal_invoice',
  TSANET_MEMBER_TERMINATION: 'support.tsanet_member_termination',
} as const;
