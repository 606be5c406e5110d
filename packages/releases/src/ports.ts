import type { DueNotice, RequestContext } from '@alliance/kernel';

/** What releases needs from membership (programs and enrollments live there; this package stores program ids). */
export interface MembershipPort {
  /** Ids of the programs in which the partner's enrollment is ACTIVE at instant `at`. */
  activeProgramIds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]>;
  /** REL-4: the enrollments in force at `at` in any of `programIds` (a partner in two programs appears twice). */
  activeMembers(ctx: RequestContext, programIds: string[], at: Date): Promise<{ partnerId: string; programId: string }[]>;
}

/**
 * What releases needs from the notice outbox (NOT-1): notices recorded once by their key
 * (kind, subject, due instant), with their webhook deliveries, in the caller's transaction.
 */
export interface NoticesPort {
  record(ctx: RequestContext, notices: DueNotice[]): Promise<void>;
}

export interface ReleasesPorts {
  membership: MembershipPort;
  notices: NoticesPort;
}
