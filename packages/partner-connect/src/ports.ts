import type { RequestContext } from '@alliance/kernel';

/** What Partner Connect asks the membership domain. */
export interface MembershipPort {
  /** PC-1: Solution Builder needs an active TAP membership at `at`. */
  tapMembershipActive(ctx: RequestContext, query: { partnerId: string; at: Date }): Promise<boolean>;
  partnerExists(ctx: RequestContext, partnerId: string): Promise<boolean>;
}

export type PartnerConnectFeeKind = 'PARTNER_CONNECT_ENROLLMENT' | 'PARTNER_CONNECT_REENROLLMENT';

/** What Partner Connect asks the fees domain: the $995 enrollment and re-enrollment fees. */
export interface FeesPort {
  chargeFee(
    ctx: RequestContext,
    request: { partnerId: string; feeKind: PartnerConnectFeeKind; reference: string },
  ): Promise<{ invoiceId: string; amount: { amountMinor: number; currency: string } }>;
  isInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<boolean>;
}

export interface PartnerConnectPorts {
  membership: MembershipPort;
  fees: FeesPort;
}
