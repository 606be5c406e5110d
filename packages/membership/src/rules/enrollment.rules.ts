import { registerEnumType } from 'type-graphql';
import { EnrollmentState } from '../entities/enrollment.entity';

/**
 * MEM-4: an ACTIVE enrollment past the last instant of its term is EXPIRED, whether or
 * not the expiry has been recorded yet.
 */
export function effectiveState(recorded: EnrollmentState, termEndsAt: Date | null, at: Date): EnrollmentState {
  if (recorded === EnrollmentState.ACTIVE && termEndsAt && at.getTime() > termEndsAt.getTime()) return EnrollmentState.EXPIRED;
  return recorded;
}

/** MEM-10: the state changes a person may make; everything else is refused. */
const ALLOWED: Record<EnrollmentState, EnrollmentState[]> = {
  [EnrollmentState.PENDING]: [EnrollmentState.ACTIVE, EnrollmentState.TERMINATED],
  [EnrollmentState.ACTIVE]: [EnrollmentState.EXPIRED, EnrollmentState.SUSPENDED, EnrollmentState.TERMINATED],
  [EnrollmentState.SUSPENDED]: [EnrollmentState.ACTIVE, EnrollmentState.TERMINATED, EnrollmentState.EXPIRED],
  [EnrollmentState.EXPIRED]: [EnrollmentState.ACTIVE, EnrollmentState.TERMINATED],
  [EnrollmentState.TERMINATED]: [],
};

export function canMove(from: EnrollmentState, to: EnrollmentState): boolean {
  return ALLOWED[from].includes(to);
}

/** Reason codes for "is this enrollment active at T?" (asked by other domains through ports). */
export type EnrollmentInactiveReason =
  | 'NOT_ENROLLED'
  | 'ENROLLMENT_PENDING'
  | 'ENROLLMENT_EXPIRED'
  | 'ENROLLMENT_SUSPENDED'
  | 'ENROLLMENT_TERMINATED'
  | 'TERM_NOT_STARTED'
  | 'TAP_MEMBERSHIP_INACTIVE';

export function inactiveReason(
  enrollment: { recordedState: EnrollmentState; termStartsAt: Date | null; termEndsAt: Date | null } | null,
  tapActive: boolean,
  at: Date,
): EnrollmentInactiveReason | null {
  if (!enrollment) return 'NOT_ENROLLED';
  const state = effectiveState(enrollment.recordedState, enrollment.termEndsAt, at);
  if (state !== EnrollmentState.ACTIVE) return `ENROLLMENT_${state}` as EnrollmentInactiveReason;
  if (enrollment.termStartsAt && at.getTime() < enrollment.termStartsAt.getTime()) return 'TERM_NOT_STARTED';
  // MEM-1: a partner must keep its TAP membership to stay a member.
  if (!tapActive) return 'TAP_MEMBERSHIP_INACTIVE';
  return null;
}

/** Why an enrollment is not in force now, as the API says it (an enrollment exists, so never NOT_ENROLLED). */
export enum EnrollmentNotInForce {
  ENROLLMENT_PENDING = 'ENROLLMENT_PENDING',
  ENROLLMENT_EXPIRED = 'ENROLLMENT_EXPIRED',
  ENROLLMENT_SUSPENDED = 'ENROLLMENT_SUSPENDED',
  ENROLLMENT_TERMINATED = 'ENROLLMENT_TERMINATED',
  TERM_NOT_STARTED = 'TERM_NOT_STARTED',
  TAP_MEMBERSHIP_INACTIVE = 'TAP_MEMBERSHIP_INACTIVE',
}

registerEnumType(EnrollmentNotInForce, {
  name: 'EnrollmentInactiveReason',
  description: 'Why an enrollment is not in force (MEM-1, MEM-4, MEM-10).',
  valuesConfig: {
    ENROLLMENT_TERMINATED: { description: 'The agreement, and with it the enrollment, was terminated (MEM-6).' },
    ENROLLMENT_SUSPENDED: { description: "The enrollment no longer meets its program version's requirements (MEM-5)." },
    ENROLLMENT_EXPIRED: { description: "The enrollment is past its agreement term's end (MEM-4)." },
    ENROLLMENT_PENDING: { description: "The enrollment's agreements are not all signed yet (MEM-2, MEM-10)." },
    TAP_MEMBERSHIP_INACTIVE: { description: 'MEM-1: the partner holds no active TAP membership; it must keep one to stay a member.' },
    TERM_NOT_STARTED: { description: 'The agreement term has not started yet.' },
  },
});

/**
 * MEM-1, MEM-4, MEM-10: the state an integrator reads: as recorded, EXPIRED past the term's last
 * instant, and SUSPENDED (a requirement unmet) while the partner holds no active TAP membership,
 * which it must keep to stay a member. It returns to ACTIVE when a TAP membership is in force again.
 */
export function stateNow(enrollment: { recordedState: EnrollmentState; termEndsAt: Date | null }, tapActive: boolean, at: Date): EnrollmentState {
  const state = effectiveState(enrollment.recordedState, enrollment.termEndsAt, at);
  return state === EnrollmentState.ACTIVE && !tapActive ? EnrollmentState.SUSPENDED : state;
}
