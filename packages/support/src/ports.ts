import type { RequestContext } from '@alliance/kernel';
import type { FeesApi } from '@alliance/fees/contracts';

/** A version of partner software as certification knows it (SUP-7). */
export interface SoftwareVersionInfo {
  versionId: string;
  version: string;
  releaseKind: 'MAJOR' | 'MINOR' | 'UPDATE' | 'PATCH' | 'HOT_FIX';
  /** `YYYY-MM-DD` */
  releasedOn: string;
}

/**
 * What support asks certification. Declared here, in support's own words: certification
 * depends on support, so support names what it needs and certification's API answers it.
 */
export interface CertificationPort {
  /** SUP-4: is that partner's software (or that version) listed in the compatibility guide at `at`? */
  isListed(ctx: RequestContext, query: { softwareId: string; versionId?: string | null; partnerId: string; at: Date }): Promise<boolean>;
  /** SUP-7: the released versions of a partner's software. */
  softwareVersions(ctx: RequestContext, softwareId: string): Promise<SoftwareVersionInfo[]>;
}

/** What support asks fees: dues (SUP-9), paid invoices (FEE-7) and consulting terms (SUP-10). */
export type FeesPort = Pick<FeesApi, 'chargeFee' | 'isInvoicePaid' | 'hasCurrentTerm'>;

export interface SupportPorts {
  certification: CertificationPort;
  fees: FeesPort;
}
