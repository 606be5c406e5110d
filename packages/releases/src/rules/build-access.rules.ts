import { BuildAccessStatus, Milestone } from '../enums';

/** MEM-6 / REL-8: enrollment states in which pre-release access ends. */
export const ACCESS_ENDING_STATES: readonly string[] = ['TERMINATED', 'EXPIRED', 'SUSPENDED'];

export function endsAccess(enrollmentState: string): boolean {
  return ACCESS_ENDING_STATES.includes(enrollmentState);
}

/** REL-8: a request for a build needs a justification (not blank). */
export function hasJustification(justification: string | null | undefined): boolean {
  return Boolean(justification && justification.trim().length > 0);
}

/** REL-8: builds at official milestones reach every active member; a request is only for other points. */
export function isRequestableMilestone(milestone: Milestone | null | undefined, official: readonly Milestone[]): boolean {
  return milestone == null || !official.includes(milestone);
}

/** REL-8: only a pending request can be decided. */
export function canDecide(status: BuildAccessStatus): boolean {
  return status === BuildAccessStatus.PENDING;
}

/** REL-8: a request whose access ends with the membership: pending or approved. */
export function isOpen(status: BuildAccessStatus): boolean {
  return status === BuildAccessStatus.PENDING || status === BuildAccessStatus.APPROVED;
}
