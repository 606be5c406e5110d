import { RequestContext } from '@alliance/kernel';
import { MembershipPort } from '../ports';

/**
 * Membership answers through the port, cached per request and instant so a list of rows
 * asks once per partner (DataLoader batching).
 */
export class MembershipLookup {
  constructor(private readonly port: MembershipPort) {}

  activeProgramIds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]> {
    const loader = ctx.loader<string, string[]>(`releases.activeProgramIds@${at.toISOString()}`, (partnerIds) =>
      Promise.all(partnerIds.map((id) => this.port.activeProgramIds(ctx, id, at))),
    );
    return loader.load(partnerId);
  }

  /** REL-4: each partner that is an active member of any of `programIds` at `at`, once, with those programs. */
  async activeMembers(ctx: RequestContext, programIds: readonly string[], at: Date): Promise<{ partnerId: string; programIds: string[] }[]> {
    if (programIds.length === 0) return [];
    const byPartner = new Map<string, Set<string>>();
    for (const row of await this.port.activeMembers(ctx, [...programIds], at)) {
      if (!programIds.includes(row.programId)) continue;
      const programs = byPartner.get(row.partnerId) ?? new Set<string>();
      programs.add(row.programId);
      byPartner.set(row.partnerId, programs);
    }
    return [...byPartner].map(([partnerId, programs]) => ({ partnerId, programIds: [...programs].sort() }));
  }

  /** Whether the partner is an active member, at `at`, of one of `programIds`. */
  async isMemberOfAny(ctx: RequestContext, partnerId: string, programIds: readonly string[], at: Date): Promise<boolean> {
    if (programIds.length === 0) return false;
    const active = await this.activeProgramIds(ctx, partnerId, at);
    return active.some((id) => programIds.includes(id));
  }
}
