import { Actor, Role } from '@alliance/kernel';
import { ProgressionAccessReason, ProgressionAccessRole } from '../enums';

/** Vendor staff who see every partner's progression (PC-14). */
export const PROGRESSION_STAFF: Role[] = [Role.ADMIN, Role.PROGRAM_MANAGER];

export interface AccessFacts {
  /** The caller's active grant on the partner, if any. */
  grant: ProgressionAccessRole | null;
  /** Whether the caller is the partner business manager assigned to the partner. */
  assignedManager: boolean;
  /** Whether the caller had a grant on the partner that was revoked (and has none now). */
  revokedGrant?: boolean;
}

/** The reasons that let a key see the progression. */
const SEES: ReadonlySet<ProgressionAccessReason> = new Set([
  ProgressionAccessReason.STAFF,
  ProgressionAccessReason.NAMED_CONTACT,
  ProgressionAccessReason.ADDED_BY_CONTACT,
  ProgressionAccessReason.ASSIGNED_MANAGER,
]);

/**
 * PC-14: why the caller may or may not see a partner's progression: vendor staff; PARTNER keys
 * of that partner that are its primary or alternate contact or were added by one; the partner
 * business manager assigned to it. Nobody else: not a distributor (a PARTNER key of another
 * partner), not an integration.
 */
export function progressionAccessReason(actor: Actor, partnerId: string, facts: AccessFacts): ProgressionAccessReason {
  if (PROGRESSION_STAFF.includes(actor.role)) return ProgressionAccessReason.STAFF;
  if (actor.role === Role.PARTNER) {
    if (actor.partnerId !== partnerId) return ProgressionAccessReason.OTHER_PARTNER;
    if (actor.keyId !== null && facts.grant !== null) {
      return facts.grant === ProgressionAccessRole.ADDED_USER ? ProgressionAccessReason.ADDED_BY_CONTACT : ProgressionAccessReason.NAMED_CONTACT;
    }
    return facts.revokedGrant ? ProgressionAccessReason.ACCESS_REVOKED : ProgressionAccessReason.NOT_NAMED;
  }
  if (actor.role === Role.PARTNER_BUSINESS_MANAGER) {
    return actor.keyId !== null && facts.assignedManager ? ProgressionAccessReason.ASSIGNED_MANAGER : ProgressionAccessReason.NOT_ASSIGNED;
  }
  return ProgressionAccessReason.ROLE_NOT_ALLOWED;
}

/**
 * PC-14: which facts decide the caller's access to a partner's progression, so only those are
 * read: none for staff or for roles no fact can admit, the caller's grant for a key of the
 * partner itself, the assignment for a partner business manager.
 */
export function progressionAccessFactsNeeded(actor: Actor, partnerId: string): { grant: boolean; assignedManager: boolean } {
  return {
    grant: actor.role === Role.PARTNER && actor.partnerId === partnerId && actor.keyId !== null,
    assignedManager: actor.role === Role.PARTNER_BUSINESS_MANAGER && actor.keyId !== null,
  };
}

/** PC-14: whether the caller sees the partner's progression (see `progressionAccessReason`). */
export function maySeeProgression(actor: Actor, partnerId: string, facts: AccessFacts): boolean {
  return SEES.has(progressionAccessReason(actor, partnerId, facts));
}

/** PC-14: staff grant any access; a primary or alternate contact adds (and removes) users of its own partner. */
export function mayGrant(actor: Actor, partnerId: string, callerGrant: ProgressionAccessRole | null, role: ProgressionAccessRole): boolean {
  if (PROGRESSION_STAFF.includes(actor.role)) return true;
  if (actor.role !== Role.PARTNER || actor.partnerId !== partnerId) return false;
  const isContact = callerGrant === ProgressionAccessRole.PRIMARY_CONTACT || callerGrant === ProgressionAccessRole.ALTERNATE_CONTACT;
  return isContact && role === ProgressionAccessRole.ADDED_USER;
}
