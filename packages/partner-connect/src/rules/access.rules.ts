import { Actor, Role } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

/** Vendor staff who see every partner's progression (PC-14). */
export const PROGRESSION_STAFF: Role[] = [Role.ADMIN, Role.PROGRAM_MANAGER];

export interface AccessFacts {
  /** The caller's active grant on the partner, if any. */
  grant: ProgressionAccessRole | null;
  /** Whether the caller is the partner business manager assigned to the partner. */
  assignedManager: boolean;
}

/**
 * PC-14: who sees a partner's progression: vendor staff; PARTNER keys of that partner that are
 * its primary or alternate contact or were added by one; the partner business manager assigned
 * to it. Nobody else: not a distributor (a PARTNER key of another partner), not an integration.
 */
export function maySeeProgression(actor: Actor, partnerId: string, facts: AccessFacts): boolean {
  if (PROGRESSION_STAFF.includes(actor.role)) return true;
  if (actor.role === Role.PARTNER) return actor.partnerId === partnerId && actor.keyId !== null && facts.grant !== null;
  if (actor.role === Role.PARTNER_BUSINESS_MANAGER) return actor.keyId !== null && facts.assignedManager;
  return false;
}

/** PC-14: staff grant any access; a primary or alternate contact adds (and removes) users of its own partner. */
export function mayGrant(actor: Actor, partnerId: string, callerGrant: ProgressionAccessRole | null, role: ProgressionAccessRole): boolean {
  if (PROGRESSION_STAFF.includes(actor.role)) return true;
  if (actor.role !== Role.PARTNER || actor.partnerId !== partnerId) return false;
  const isContact = callerGrant === ProgressionAccessRole.PRIMARY_CONTACT || callerGrant === ProgressionAccessRole.ALTERNATE_CONTACT;
  return isContact && role === ProgressionAccessRole.ADDED_USER;
}
