/** Events membership publishes (after commit). */
export const MembershipEvents = {
  ENROLLMENT_CHANGED: 'membership.enrollment_changed',
  TAP_MEMBERSHIP_ENDED: 'membership.tap_membership_ended',
  TSANET_MEMBERSHIP_ENDED: 'membership.tsanet_membership_ended',
  PROGRAM_REMOVED_FROM_UMBRELLA: 'membership.program_removed_from_umbrella',
} as const;

export interface EnrollmentChangedPayload extends Record<string, unknown> {
  enrollmentId: string;
  partnerId: string;
  programId: string;
  from: string | null;
  to: string;
  reason: string;
}

export interface NetworkMembershipEndedPayload extends Record<string, unknown> {
  partnerId: string;
  endedAt: string;
  reason: string;
}
