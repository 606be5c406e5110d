import type { RequestContext } from '@alliance/kernel';

/** What releases needs from membership (programs and enrollments live there; this package stores program ids). */
export interface MembershipPort {
  /** Ids of the programs in which the partner's enrollment is ACTIVE at instant `at`. */
  activeProgramIds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]>;
}

export interface ReleasesPorts {
  membership: MembershipPort;
}
