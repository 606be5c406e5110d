/**
 * Membership's public surface as types only: what other domains and package users may call,
 * the events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { MembershipNoticeKinds } from './notices';
import type { EnrollmentInactiveReason } from './rules/enrollment.rules';

/** Membership vocabulary that crosses a boundary. */
export type EnrollmentStateName = 'PENDING' | 'ACTIVE' | 'EXPIRED' | 'SUSPENDED' | 'TERMINATED';
export type NetworkMembershipKindName = 'TAP' | 'TSANET';
export type { EnrollmentInactiveReason };

/** What other domains ask membership. */
export interface MembershipApi {
  partnerExists(ctx: RequestContext, partnerId: string): Promise<boolean>;
  /** Is the partner's enrollment in the program active at `at` (MEM-4, MEM-5)? */
  enrollmentStatus(
    ctx: RequestContext,
    query: { partnerId: string; programId: string; at: Date },
  ): Promise<{ active: boolean; reasonCode: EnrollmentInactiveReason | null }>;
  /** Ids of the programs in which the partner's enrollment is active at `at`. */
  activeProgramIds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]>;
  /** The enrollments in force at `at` in any of `programIds` (a partner in two programs appears twice). */
  activeMembers(ctx: RequestContext, programIds: string[], at: Date): Promise<{ partnerId: string; programId: string }[]>;
  /** MEM-1: is the partner's TAP membership active at `at`? */
  tapMembershipActive(ctx: RequestContext, query: { partnerId: string; at: Date }): Promise<boolean>;
}

export interface EnrollmentChangedPayload extends Record<string, unknown> {
  enrollmentId: string;
  partnerId: string;
  programId: string;
  from: EnrollmentStateName | null;
  to: EnrollmentStateName;
  reason: string;
}

export interface NetworkMembershipEndedPayload extends Record<string, unknown> {
  partnerId: string;
  /** ISO instant. */
  endedAt: string;
  reason: string;
}

export interface ProgramRemovedFromUmbrellaPayload extends Record<string, unknown> {
  programId: string;
  umbrellaId: string;
  reason: string;
}

/** Events membership publishes (after commit): name → payload. */
export interface MembershipEventMap {
  'membership.enrollment_changed': EnrollmentChangedPayload;
  'membership.tap_membership_ended': NetworkMembershipEndedPayload;
  'membership.tsanet_membership_ended': NetworkMembershipEndedPayload;
  'membership.program_removed_from_umbrella': ProgramRemovedFromUmbrellaPayload;
}

export type MembershipEventType = keyof MembershipEventMap;
export type MembershipNoticeKind = (typeof MembershipNoticeKinds)[keyof typeof MembershipNoticeKinds];
