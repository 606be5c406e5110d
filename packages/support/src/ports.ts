import type { RequestContext } from '@alliance/kernel';

/** A version of partner software as certification knows it (SUP-7). */
export interface SoftwareVersionInfo {
  versionId: string;
  version: string;
  releaseKind: 'MAJOR' | 'MINOR' | 'UPDATE' | 'PATCH' | 'HOT_FIX';
  /** `YYYY-MM-DD` */
  releasedOn: string;
}

/** What support asks certification. */
export interface CertificationPort {
  /** SUP-4: is the software (or that version) listed in the compatibility guide at `at`? */
  /** SUP-4: is that partner's software (or that version) listed in the compatibility guide at `at`? */
  isListed(ctx: RequestContext, query: { softwareId: string; versionId?: string | null; partnerId: string; at: Date }): Promise<boolean>;
  /** SUP-7: the released versions of a partner's software. */
  softwareVersions(ctx: RequestContext, softwareId: string): Promise<SoftwareVersionInfo[]>;
}

/** What support asks fees. */
export interface FeesPort {
  /** SUP-9: bill a member-paid TSANet member's dues (sign-up and renewal). */
  chargeFee(ctx: RequestContext, request: { partnerId: string; feeKind: 'TSANET_MEMBER_DUES'; reference: string }): Promise<{ invoiceId: string }>;
  /** FEE-7: has the invoice been paid? */
  isInvoicePaid(ctx: RequestContext, invoiceId: string): Promise<boolean>;
  /** SUP-10: does the partner have a current development consulting term at `at`? */
  hasCurrentTerm(ctx: RequestContext, query: { partnerId: string; feeKind: 'DEVELOPMENT_CONSULTING'; at: Date }): Promise<boolean>;
}

export interface SupportPorts {
  certification: CertificationPort;
  fees: FeesPort;
}
