import { Role } from '@alliance/kernel';

/** Vendor staff who run the program: record bookings, decide claims, audit. */
export const PROGRAM_STAFF = [Role.ADMIN, Role.PROGRAM_MANAGER];
/** Staff, or the partner acting for itself. */
export const STAFF_OR_PARTNER = [Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER];
/** PC-14: who may ask for progression at all (each call then checks the partner). */
export const PROGRESSION_READERS = [Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER, Role.PARTNER_BUSINESS_MANAGER];
