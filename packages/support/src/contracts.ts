/**
 * Support's public surface as types only: what other domains and package users may call, the
 * events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { SUPPORT_NOTICE_KINDS } from './events';

/** A TSANet group as support knows it at an instant (FEE-5 bills its host from it). */
export interface TsanetGroupSnapshot {
  groupId: string;
  hostPartnerId: string;
  /** `YYYY-MM-DD` */
  programStartDate: string;
  /** Ids of live Limited members (TsanetMember ids). */
  limitedMemberIds: string[];
  /** Ids of live Open Group members in a Custom relationship: not billed to the host. */
  excludedOpenGroupMemberIds: string[];
}

/** What other domains and package users call. */
export interface SupportApi {
  /** SUP-6: is the partner ready to support certified software, and what is missing? */
  supportReadiness(ctx: RequestContext, partnerId: string): Promise<{ ready: boolean; missing: string[] }>;
  /** FEE-5: the TSANet group at `at`, or null when there is no such group. */
  tsanetGroup(ctx: RequestContext, groupId: string, at: Date): Promise<TsanetGroupSnapshot | null>;
}

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
  /** ISO instant. */
  dueAt: string;
}

/** A TSANet member was taken live in its group (SUP-9). */
export interface TsanetMemberLivePayload extends Record<string, unknown> {
  memberId: string;
  groupId: string;
  partnerId: string | null;
  /** ISO instant. */
  liveAt: string;
}

/** Events support publishes (after commit): name → payload. */
export interface SupportEventMap {
  'support.case_breached': CaseBreachedPayload;
  'support.tsanet_member_live': TsanetMemberLivePayload;
  'support.readiness_changed': ReadinessChangedPayload;
}

export type SupportEventType = keyof SupportEventMap;
export type SupportNoticeKind = (typeof SUPPORT_NOTICE_KINDS)[keyof typeof SUPPORT_NOTICE_KINDS];
