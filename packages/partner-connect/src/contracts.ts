/**
 * Partner Connect's public surface as types only: what other domains and package users may
 * call, the events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { NOTICE_KINDS } from './services/notices';

/** What other domains and package users call. */
export interface PartnerConnectApi {
  /** The partner's Partner Connect level at `at`, or null when it was not in the program then. */
  levelAt(ctx: RequestContext, partnerId: string, at: Date): Promise<string | null>;
}

export interface LevelChangedPayload extends Record<string, unknown> {
  partnerId: string;
  /** The level before, or null when the partner enters the program. */
  from: string | null;
  /** The level after, or `TERMINATED` when the partnership ends (PC-10). */
  to: string;
  reason: string;
}

/** Events Partner Connect publishes (after commit): name → payload. */
export interface PartnerConnectEventMap {
  /** A partner's level changed (points, audit, remediation, termination). */
  'partner_connect.level_changed': LevelChangedPayload;
}

export type PartnerConnectEventType = keyof PartnerConnectEventMap;
export type PartnerConnectNoticeKind = (typeof NOTICE_KINDS)[keyof typeof NOTICE_KINDS];
