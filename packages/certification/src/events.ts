/** Events certification publishes (delivered after commit). */
export const CERTIFICATION_EVENTS = {
  LISTING_PUBLISHED: 'certification.listing_published',
  LISTING_REMOVED: 'certification.listing_removed',
} as const;

export interface ListingEventPayload extends Record<string, unknown> {
  listingId: string;
  partnerId: string;
  softwareId: string;
  versionId: string;
  reason: string;
}

/** Events certification reacts to (published by membership and releases). */
export const CERTIFICATION_REACTS_TO = {
  TAP_MEMBERSHIP_ENDED: 'membership.tap_membership_ended',
  TSANET_MEMBERSHIP_ENDED: 'membership.tsanet_membership_ended',
  READINESS_CHANGED: 'support.readiness_changed',
} as const;

export interface MembershipEndedPayload {
  partnerId: string;
  endedAt: string | Date;
  reason: string;
}
