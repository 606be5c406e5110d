import type { FeesApi } from '@alliance/fees/contracts';
import type { MembershipApi } from '@alliance/membership/contracts';

/** What Partner Connect asks the membership domain: PC-1 (Solution Builder needs an active TAP membership) and partner existence. */
export type MembershipPort = Pick<MembershipApi, 'tapMembershipActive' | 'partnerExists'>;

export type PartnerConnectFeeKind = 'PARTNER_CONNECT_ENROLLMENT' | 'PARTNER_CONNECT_REENROLLMENT';

/** What Partner Connect asks the fees domain: the $995 enrollment and re-enrollment fees, and whether they are paid. */
export type FeesPort = Pick<FeesApi, 'chargeFee' | 'isInvoicePaid'>;

export interface PartnerConnectPorts {
  membership: MembershipPort;
  fees: FeesPort;
}
