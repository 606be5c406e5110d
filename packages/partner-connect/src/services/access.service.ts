import { IsNull } from 'typeorm';
import { NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { ManagerAssignment, Participant, ProgressionAccess } from '../entities';
import { ProgressionAccessReason, ProgressionAccessRole } from '../enums';
import { mayGrant, maySeeProgression, progressionAccessFactsNeeded, progressionAccessReason } from '../rules/access.rules';

/** PC-14: who may see a partner's progression. */
export class AccessService {
  private async grantOf(ctx: RequestContext, partnerId: string, keyId: string | null): Promise<ProgressionAccess | null> {
    if (!keyId) return null;
    return ctx.em.findOneBy(ProgressionAccess, { partnerId, keyId, revokedAt: IsNull() });
  }

  async canSeeProgression(ctx: RequestContext, partnerId: string): Promise<boolean> {
    const keyId = ctx.actor.keyId;
    const needed = progressionAccessFactsNeeded(ctx.actor, partnerId);
    const [grant, assignment] = await Promise.all([
      needed.grant ? this.grantOf(ctx, partnerId, keyId) : null,
      needed.assignedManager && keyId ? ctx.em.findOneBy(ManagerAssignment, { partnerId, managerKeyId: keyId }) : null,
    ]);
    return maySeeProgression(ctx.actor, partnerId, { grant: grant?.role ?? null, assignedManager: assignment !== null });
  }

  /**
   * PC-14: whether the caller sees the partner's progression and why, with its grant (active, or
   * the last one revoked) and whether the partner has joined at all. A PARTNER key asking about
   * another partner gets NOT_FOUND, as for the progression itself.
   */
  async accessStatus(
    ctx: RequestContext,
    partnerId: string,
  ): Promise<{ canSee: boolean; reason: ProgressionAccessReason; grant: ProgressionAccess | null; partnerJoined: boolean | null }> {
    const { actor } = ctx;
    const ownKey = actor.partnerId === partnerId ? actor.keyId : null;
    const [grant, last, assignment] = await Promise.all([
      this.grantOf(ctx, partnerId, ownKey),
      ownKey ? ctx.em.findOne(ProgressionAccess, { where: { partnerId, keyId: ownKey }, order: { grantedAt: 'DESC', id: 'DESC' } }) : Promise.resolve(null),
      actor.keyId ? ctx.em.findOneBy(ManagerAssignment, { partnerId, managerKeyId: actor.keyId }) : Promise.resolve(null),
    ]);
    const reason = progressionAccessReason(actor, partnerId, {
      grant: grant?.role ?? null,
      assignedManager: assignment !== null,
      revokedGrant: !grant && last !== null,
    });
    if (reason === ProgressionAccessReason.OTHER_PARTNER) throw new NotFoundError('Partner', partnerId);
    const canSee = maySeeProgression(actor, partnerId, { grant: grant?.role ?? null, assignedManager: assignment !== null });
    // Whether the partner joined is the partner's own business: told to its keys and to whoever sees the progression.
    const mayKnow = canSee || actor.partnerId === partnerId;
    const partnerJoined = mayKnow ? (await ctx.em.countBy(Participant, { partnerId })) > 0 : null;
    return { canSee, reason, grant: grant ?? last, partnerJoined };
  }

  /** A progression the caller may not see is reported as not found, so ids do not leak. */
  async assertCanSeeProgression(ctx: RequestContext, partnerId: string, what: string, id?: string): Promise<void> {
    if (!(await this.canSeeProgression(ctx, partnerId))) throw new NotFoundError(what, id ?? partnerId);
  }

  async grant(ctx: RequestContext, input: { partnerId: string; keyId: string; role: ProgressionAccessRole }): Promise<ProgressionAccess> {
    const callerGrant = await this.grantOf(ctx, input.partnerId, ctx.actor.partnerId === input.partnerId ? ctx.actor.keyId : null);
    if (!mayGrant(ctx.actor, input.partnerId, callerGrant?.role ?? null, input.role)) {
      throw new UserError(
        'ACCESS_NOT_ALLOWED',
        "PC-14: only staff, or the partner's primary or alternate contact adding a user, may grant progression access",
        'role',
      );
    }
    if (input.keyId === ctx.actor.keyId) throw new UserError('ACCESS_KEY_INVALID', 'PC-14: a key cannot grant access to itself', 'keyId');
    const now = ctx.now();
    const existing = await this.grantOf(ctx, input.partnerId, input.keyId);
    if (existing) await ctx.em.update(ProgressionAccess, { id: existing.id }, { revokedAt: now });
    return ctx.em.save(
      ProgressionAccess,
      ctx.em.create(ProgressionAccess, {
        partnerId: input.partnerId,
        keyId: input.keyId,
        role: input.role,
        grantedByKeyId: ctx.actor.keyId,
        grantedAt: now,
        revokedAt: null,
      }),
    );
  }

  async revoke(ctx: RequestContext, input: { partnerId: string; keyId: string }): Promise<ProgressionAccess> {
    const existing = await this.grantOf(ctx, input.partnerId, input.keyId);
    const callerGrant = await this.grantOf(ctx, input.partnerId, ctx.actor.partnerId === input.partnerId ? ctx.actor.keyId : null);
    if (!mayGrant(ctx.actor, input.partnerId, callerGrant?.role ?? null, existing?.role ?? ProgressionAccessRole.ADDED_USER)) {
      throw new UserError(
        'ACCESS_NOT_ALLOWED',
        "PC-14: only staff, or the partner's primary or alternate contact removing a user it may add, may revoke progression access",
        'keyId',
      );
    }
    if (!existing) throw new UserError('ACCESS_GRANT_NOT_FOUND', `PC-14: key ${input.keyId} has no progression access to partner ${input.partnerId}`, 'keyId');
    existing.revokedAt = ctx.now();
    await ctx.em.update(ProgressionAccess, { id: existing.id }, { revokedAt: existing.revokedAt });
    return existing;
  }

  async assignManager(ctx: RequestContext, input: { partnerId: string; managerKeyId: string }): Promise<ManagerAssignment> {
    const existing = await ctx.em.findOneBy(ManagerAssignment, { partnerId: input.partnerId });
    const row = existing ?? ctx.em.create(ManagerAssignment, { partnerId: input.partnerId });
    row.managerKeyId = input.managerKeyId;
    row.assignedAt = ctx.now();
    return ctx.em.save(ManagerAssignment, row);
  }

  grantsOf(ctx: RequestContext, partnerId: string): Promise<ProgressionAccess[]> {
    return ctx.em.find(ProgressionAccess, { where: { partnerId, revokedAt: IsNull() }, order: { grantedAt: 'ASC' } });
  }
}
