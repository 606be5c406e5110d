import type { FeesApi } from '@alliance/fees/contracts';
import type { MembershipApi } from '@alliance/membership/contracts';
import type { PlatformReleaseFact, ReleasesApi } from '@alliance/releases/contracts';
import type { SupportApi } from '@alliance/support/contracts';

export type { PlatformReleaseFact };

/** Answered by releases: REL-2 (may this partner certify against this release now?) and CERT-9 (which releases exist). */
export type ReleasesPort = Pick<ReleasesApi, 'activityAllowed' | 'productReleases'>;

/** Answered by membership: is the partner's enrollment in the program active? */
export type MembershipPort = Pick<MembershipApi, 'enrollmentStatus'>;

/** Answered by fees: one submission entitlement consumed (FEE-2), the equivalency fee charged (FEE-3). */
export type FeesPort = Pick<FeesApi, 'consumeEntitlement' | 'chargeFee'>;

/** Answered by support (SUP-6). */
export type SupportPort = Pick<SupportApi, 'supportReadiness'>;

export interface CertificationPorts {
  releases: ReleasesPort;
  membership: MembershipPort;
  fees: FeesPort;
  support: SupportPort;
}
