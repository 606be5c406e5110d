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

  /** Whether the partner is an active member, at `at`, of one of `programIds`. */
  async isMemberOfAny(ctx: RequestContext, partnerId: string, programIds: readonly string[], at: Date): Promise<boolean> {
    if (programIds.length === 0) return false;
    const active = await this.activeProgramIds(ctx, partnerId, at);
    return active.some((id) => programIds.includes(id));
  }
}
