/**
 * Certification's public surface as types only: what other domains and package users may call,
 * the events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { SoftwareReleaseKind } from './enums';
import type { CERTIFICATION_NOTICE_KINDS } from './notices';

/** Certification vocabulary that crosses a boundary. */
export type SoftwareReleaseKindName = `${SoftwareReleaseKind}`;

/** A released version of partner software. */
export interface SoftwareVersionValue {
  versionId: string;
  version: string;
  releaseKind: SoftwareReleaseKindName;
  /** `YYYY-MM-DD` */
  releasedOn: string;
}

/** What other domains and package users call. */
export interface CertificationApi {
  /** Is the software (or that version, of that partner) listed in the compatibility guide at `at`? */
  isListed(ctx: RequestContext, query: { softwareId?: string | null; versionId?: string | null; partnerId?: string | null; at: Date }): Promise<boolean>;
  /** The versions of a partner's software, oldest release first. */
  softwareVersions(ctx: RequestContext, softwareId: string): Promise<SoftwareVersionValue[]>;
}

export interface ListingEventPayload extends Record<string, unknown> {
  listingId: string;
  partnerId: string;
  softwareId: string;
  versionId: string;
  reason: string;
}

/** Events certification publishes (after commit): name → payload. */
export interface CertificationEventMap {
  'certification.listing_published': ListingEventPayload;
  'certification.listing_removed': ListingEventPayload;
}

export type CertificationEventType = keyof CertificationEventMap;
export type CertificationNoticeKind = (typeof CERTIFICATION_NOTICE_KINDS)[keyof typeof CERTIFICATION_NOTICE_KINDS];
