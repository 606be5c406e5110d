import { rowsById, rowsByParent } from '@alliance/kernel';
import { Audit, Credential, LevelChange, Participant } from '../entities';

/*
 * The rows of one partner that reads outside a unit of work (the progression dashboard, the
 * level other domains ask for) take whole and filter by instant in code: a partner has a
 * handful of each, and one batched statement per kind serves every figure of a request that
 * needs them. A unit of work reads its own writes with a statement of its own instead.
 */

/** The participant of a partner (one row per partner). */
export const PARTICIPANT_OF_PARTNER = rowsById(Participant, { by: 'partnerId' });

/** A partner's level history, oldest first (the order the level-at-an-instant query breaks ties in). */
export const LEVEL_HISTORY = rowsByParent(LevelChange, 'partnerId', { order: { at: 'ASC', id: 'ASC' } });

/** A partner's credentials, soonest expiry first. */
export const CREDENTIALS_OF_PARTNER = rowsByParent(Credential, 'partnerId', { order: { validUntil: 'ASC', id: 'ASC' } });

/** A partner's audits, latest started first. */
export const AUDITS_OF_PARTNER = rowsByParent(Audit, 'partnerId', { order: { startedAt: 'DESC', id: 'DESC' } });
