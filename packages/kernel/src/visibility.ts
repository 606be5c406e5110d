import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './context';
import type { RowQuery } from './entity-reader';

let parameterCount = 0;

/**
 * The tenant filter, in one place: limits a query to rows of the partners this key may see
 * (`ctx.visiblePartnerIds`). Keys that see every partner get no filter; a key that sees none
 * gets no rows. `column` is the partner column (`'invoice.partnerId'`), or a condition built
 * from the parameter name for filters that reach the partner through another table.
 */
export function whereVisiblePartner<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  ctx: Pick<RequestContext, 'visiblePartnerIds'>,
  column: string | ((parameter: string) => string),
): SelectQueryBuilder<T> {
  const visible = ctx.visiblePartnerIds;
  if (visible === null) return query;
  if (visible.length === 0) return query.andWhere('1 = 0');
  // A parameter name of its own, so two filters on one query never overwrite each other.
  const parameter = `visiblePartners${++parameterCount % 1_000_000}`;
  const condition = typeof column === 'string' ? `${column} IN (:...${parameter})` : column(parameter);
  return query.andWhere(condition, { [parameter]: [...visible] });
}

/** `whereVisiblePartner` for a plain-row read: the same tenant filter on `property`. */
export function visiblePartnerRows<T extends ObjectLiteral>(
  query: RowQuery<T>,
  ctx: Pick<RequestContext, 'visiblePartnerIds'>,
  property: keyof T & string,
): RowQuery<T> {
  const visible = ctx.visiblePartnerIds;
  return visible === null ? query : query.whereIn(property, visible);
}
