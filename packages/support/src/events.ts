/** Events this package publishes (delivered after commit). */
export const SUPPORT_EVENTS = {
  CASE_BREACHED: 'support.case_breached',
  TSANET_MEMBER_LIVE: 'support.tsanet_member_live',
  READINESS_CHANGED: 'support.readiness_changed',
} as const;

/** A partner's support readiness (SUP-6) changed: certification re-checks its listings (CERT-6). */
export interface ReadinessChangedPayload extends Record<string, unknown> {
  partnerId: string;
  ready: boolean;
  missing: string[];
}

/** A case's first response came after its due instant (SUP-2). */
export interface CaseBreachedPayload extends Record<string, unknown> {
  caseId: string;
  partnerId: string;
  severity: number;
  dueAt: string;
}

/** A TSANet member was taken live in its group (SUP-9). */
export interface TsanetMemberLivePayload extends Record<string, unknown> {
  memberId: string;
  groupId: string;
  partnerId: string | null;
  liveAt: string;
}

/** The event this package reacts to (published by fees). */
export const FEES_PAYMENT_RECEIVED = 'fees.payment_received';

export interface PaymentReceivedPayload {
  invoiceId: string;
  partnerId: string;
  feeKinds: string[];
  references: string[];
  settled: boolean;
}

/** Notice kinds this package contributes to the notice sweep (NOT-1). */
export const SUPPORT_NOTICE_KINDS = {
  CASE_BREACHED: 'SUPPORT_CASE_BREACHED',
  END_OF_SUPPORT_NOTICE: 'SUPPORT_END_OF_SUPPORT_NOTICE',
  TSANET_ACKNOWLEDGEMENT_FOLLOW_UP: 'TSANET_ACKNOWLEDGEMENT_FOLLOW_UP',
  TSANET_RENEWAL_HEADS_UP: 'TSANET_RENEWAL_HEADS_UP',
  TSANET_RENEWAL_INVOICE: 'TSANET_RENEWAL_INVOICE',
  TSANET_MEMBER_TERMINATION: 'TSANET_MEMBER_TERMINATION',
} as const;
