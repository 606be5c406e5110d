import { eventsOf } from '@alliance/kernel';
import type { PartnerConnectEventMap } from './contracts';

export type { LevelChangedPayload, PartnerConnectEventMap } from './contracts';

/** Published when a partner's level changes (points, audit, remediation, termination). */
export const LEVEL_CHANGED = 'partner_connect.level_changed' satisfies keyof PartnerConnectEventMap;

export const PARTNER_CONNECT_EVENTS = { LEVEL_CHANGED } as const;

/** Raises a Partner Connect event; the payload type follows the name. */
export const partnerConnectEvent = eventsOf<PartnerConnectEventMap>();
