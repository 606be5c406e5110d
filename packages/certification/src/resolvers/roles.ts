import { readers, Role, scope, STAFF } from '@alliance/kernel';

/** Integration scope for certification data (software, submissions, slots). */
export const CERTIFICATION_READ_SCOPE = 'certification:read';
/** Integration scope for the public compatibility guide. */
export const LISTINGS_READ_SCOPE = 'listings:read';

export const CERTIFICATION_READERS = readers(CERTIFICATION_READ_SCOPE);
/** The compatibility guide is public to every authenticated key of the platform. */
export const GUIDE_READERS = [...STAFF, Role.PARTNER, Role.PARTNER_BUSINESS_MANAGER, scope(LISTINGS_READ_SCOPE), scope(CERTIFICATION_READ_SCOPE)];
/** Partners act for themselves; staff may act on their behalf. */
export const PARTNER_ACTORS = [Role.ADMIN, Role.PROGRAM_MANAGER, Role.CERTIFICATION_REVIEWER, Role.PARTNER];
/** The vendor's review decisions. */
export const REVIEWERS = [Role.ADMIN, Role.CERTIFICATION_REVIEWER];
export const POLICY_OWNERS = [Role.ADMIN, Role.PROGRAM_MANAGER];
