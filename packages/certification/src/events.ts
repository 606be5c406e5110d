import { eventsOf } from '@alliance/kernel';
import type { CertificationEventMap } from './contracts';

export type { CertificationEventMap, ListingEventPayload } from './contracts';

/** Events certification publishes (delivered after commit); payloads in `CertificationEventMap`. */
export const CERTIFICATION_EVENTS = {
  LISTING_PUBLISHED: 'certification.listing_published',
  LISTING_REMOVED: 'certification.listing_removed',
} as const satisfies Record<string, keyof CertificationEventMap>;

/** Raises a certification event; the payload type follows the name. */
export const certificationEvent = eventsOf<CertificationEventMap>();
