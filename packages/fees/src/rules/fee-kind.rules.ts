import { FeeKind } from '../enums';

/**
 * FEE-1 and FEE-6: the program entrance fee, Partner Connect enrollment and re-enrollment
 * fees, and the yearly TSANet dues (a renewal) are never refundable, whatever a schedule says.
 */
export const NON_REFUNDABLE_KINDS: readonly FeeKind[] = [
  FeeKind.PROGRAM_ENTRANCE,
  FeeKind.PARTNER_CONNECT_ENROLLMENT,
  FeeKind.PARTNER_CONNECT_REENROLLMENT,
  FeeKind.TSANET_MEMBER_DUES,
  FeeKind.TSANET_HOST_DUES,
];

export function mayBeRefundable(kind: FeeKind): boolean {
  return !NON_REFUNDABLE_KINDS.includes(kind);
}

/** Fees that buy a renewable term: development consulting (FEE-1) and TSANet member dues. */
export const TERM_KINDS: readonly FeeKind[] = [FeeKind.DEVELOPMENT_CONSULTING, FeeKind.TSANET_MEMBER_DUES];

export function buysTerm(kind: FeeKind): boolean {
  return TERM_KINDS.includes(kind);
}

/** How a one-time fee is told apart: entrance per program version (FEE-1), Partner Connect enrollment per partner. */
export function oneTimeScope(kind: FeeKind): 'PROGRAM_VERSION' | 'PARTNER' | null {
  if (kind === FeeKind.PROGRAM_ENTRANCE) return 'PROGRAM_VERSION';
  if (kind === FeeKind.PARTNER_CONNECT_ENROLLMENT) return 'PARTNER';
  return null;
}

/** FEE-3: an equivalency fee is charged once per approved request, named by its reference. */
export function chargedOncePerReference(kind: FeeKind): boolean {
  return kind === FeeKind.EQUIVALENCY;
}

/** TSANet host dues are billed from a member snapshot (FEE-5), never charged as a flat fee. */
export function isBilledFromSnapshot(kind: FeeKind): boolean {
  return kind === FeeKind.TSANET_HOST_DUES;
}
