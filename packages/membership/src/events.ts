import { eventsOf } from '@alliance/kernel';
import type { MembershipEventMap } from './contracts';

export type { EnrollmentChangedPayload, NetworkMembershipEndedPayload, ProgramRemovedFromUmbrellaPayload, MembershipEventMap } from './contracts';

/** Events membership publishes (after commit); payloads in `MembershipEventMap`. */
export const MembershipEvents = {
  ENROLLMENT_CHANGED: 'membership.enrollment_changed',
  TAP_MEMBERSHIP_ENDED: 'membership.tap_membership_ended',
  TSANET_MEMBERSHIP_ENDED: 'membership.tsanet_membership_ended',
  PROGRAM_REMOVED_FROM_UMBRELLA: 'membership.program_removed_from_umbrella',
} as const satisfies Record<string, keyof MembershipEventMap>;

/** Raises a membership event; the payload type follows the name. */
export const membershipEvent = eventsOf<MembershipEventMap>();
