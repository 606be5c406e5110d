import type { RequestContext } from '@alliance/kernel';

/** A vendor release that has reached a milestone (CERT-9 asks which majors exist). */
export interface PlatformReleaseFact {
  releaseId: string;
  productId: string;
  /** MAJOR, MINOR, UPDATE or PATCH. */
  kind: string;
  version: string;
  /** When its first milestone build became available. */
  firstMilestoneAt: Date;
}

/** Answered by releases. */
export interface ReleasesPort {
  /** REL-2: may this partner certify against this release now? */
  activityAllowed(
    ctx: RequestContext,
    query: { partnerId: string; releaseId: string; activity: 'CERTIFICATION'; at: Date },
  ): Promise<{ allowed: boolean; reasonCode: string | null; milestone: string | null; productId: string; version: string }>;
  /** CERT-9: the releases of these products that have reached a milestone. */
  productReleases(ctx: RequestContext, productIds: string[]): Promise<PlatformReleaseFact[]>;
}

/** Answered by membership: is the partner's enrollment in the program active? */
export interface MembershipPort {
  enrollmentStatus(ctx: RequestContext, query: { partnerId: string; programId: string; at: Date }): Promise<{ active: boolean; reasonCode: string | null }>;
}

/** Answered by fees (FEE-2, FEE-3). */
export interface FeesPort {
  /** Consumes one entitlement; throws UserError('ENTITLEMENT_EXHAUSTED') when none is left. */
  consumeEntitlement(ctx: RequestContext, request: { partnerId: string; kind: 'CERTIFICATION_SUBMISSION'; reference: string }): Promise<{ consumptionId: string }>;
  chargeFee(
    ctx: RequestContext,
    request: { partnerId: string; feeKind: 'EQUIVALENCY'; programId?: string; reference: string },
  ): Promise<{ invoiceId: string; amount: { amountMinor: number; currency: string } }>;
}

/** Answered by support (SUP-6). */
export interface SupportPort {
  supportReadiness(ctx: RequestContext, partnerId: string): Promise<{ ready: boolean; missing: string[] }>;
}

export interface CertificationPorts {
  releases: ReleasesPort;
  membership: MembershipPort;
  fees: FeesPort;
  support: SupportPort;
}
