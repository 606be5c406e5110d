import { EntityTarget, ObjectLiteral } from 'typeorm';
import { NotFoundError, RequestContext } from '@alliance/kernel';

/** A row the caller may see (another partner's row is NOT_FOUND, so ids do not leak). */
export async function findVisible<T extends ObjectLiteral & { id: string; partnerId: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await ctx.em.findOneBy(entity, { id } as never);
  if (!row) throw new NotFoundError(what, id);
  ctx.assertCanSeePartner(row.partnerId, what, id);
  return row as T;
}

/** A row the caller may change on its partner's behalf (staff, or the partner itself). */
export async function findActable<T extends ObjectLiteral & { id: string; partnerId: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await findVisible(ctx, entity, id, what);
  ctx.assertCanActForPartner(row.partnerId, what, id);
  return row;
}

/** A row for staff-only actions (the resolver already checked the role). */
export async function findOrNotFound<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
  const row = await ctx.em.findOneBy(entity, { id } as never);
  if (!row) throw new NotFoundError(what, id);
  return row as T;
}

export function actorName(ctx: RequestContext): string {
  return ctx.actor.name;
}
