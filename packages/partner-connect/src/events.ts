/** Published when a partner's level changes (points, audit, remediation, termination). */
export const LEVEL_CHANGED = 'partner_connect.level_changed';

export interface LevelChangedPayload extends Record<string, unknown> {
  partnerId: string;
  /** The level before, or null when the partner enters the program. */
  from: string | null;
  /** The level after, or `TERMINATED` when the partnership ends (PC-10). */
  to: string;
  reason: string;
}

export const PARTNER_CONNECT_EVENTS = { LEVEL_CHANGED } as const;
