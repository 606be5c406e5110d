import type { MembershipApi } from '@alliance/membership/contracts';
import type { NoticesApi } from '@alliance/notices/contracts';

/** What releases needs from membership (programs and enrollments live there; this package stores program ids). */
export type MembershipPort = Pick<MembershipApi, 'activeProgramIds' | 'activeMembers'>;

/**
 * What releases needs from the notice outbox (NOT-1): notices recorded once by their key
 * (kind, subject, due instant), with their webhook deliveries, in the caller's transaction.
 */
export type NoticesPort = Pick<NoticesApi, 'record'>;

export interface ReleasesPorts {
  membership: MembershipPort;
  notices: NoticesPort;
}
