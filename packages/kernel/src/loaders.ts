import { EntityTarget, FindOptionsOrder, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { groupBy, indexBy, RequestContext, RequestLoader } from './context';
import { isPlainQuery, readWhereIn } from './entity-reader';

/** The columns of `E` that hold an id (or a nullable one, such as an optional parent). */
export type IdKeyOf<E> = { [P in keyof E]-?: E[P] extends string | null | undefined ? (string extends E[P] ? P : never) : never }[keyof E] & string;

export interface LoaderOptions<E extends ObjectLiteral> {
  /** Only rows that also match this (such as a kind or a status); part of the loader's identity. */
  where?: FindOptionsWhere<E>;
  /** Order of the rows within each key's list; part of the loader's identity. */
  order?: FindOptionsOrder<E>;
}

function entityName(entity: EntityTarget<ObjectLiteral>): string {
  if (typeof entity === 'function') return entity.name;
  if (typeof entity === 'string') return entity;
  return 'name' in entity ? String(entity.name) : String(entity);
}

/** One loader per entity, column, filter and order in a request, so two callers asking the same share a batch. */
function loaderName(kind: string, entity: EntityTarget<ObjectLiteral>, key: string, options: LoaderOptions<ObjectLiteral>): string {
  return `kernel.${kind}:${entityName(entity)}.${key}:${JSON.stringify(options.where ?? null)}:${JSON.stringify(options.order ?? null)}`;
}

/**
 * The request's loader of single rows of `entity` by id (or by another unique column `by`):
 * every `load(id)` of one tick becomes one `WHERE <by> IN (...)` statement (500 ids at most),
 * and a missing row is null. Rows are matched to keys through a Map, so a batch costs O(n).
 */
export function loadById<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  options: LoaderOptions<E> & { by?: IdKeyOf<E> } = {},
): RequestLoader<string, E | null> {
  const by = options.by ?? ('id' as IdKeyOf<E>);
  return ctx.loader<string, E | null>(loaderName('byId', entity, by, options), async (keys) => {
    const rows = await findWhereIn(ctx, entity, by, keys, options);
    return indexBy(keys, rows, (row) => row[by] as string);
  });
}

/**
 * The request's loader of the children of parents: `load(parentId)` gives the rows of `entity`
 * whose `parentKey` is that id, in `options.order`, every parent of one tick in one
 * `WHERE <parentKey> IN (...)` statement (500 parents at most); a parent with none gets [].
 * Rows are grouped through a Map, so a batch costs O(n), not O(parents × rows).
 */
export function loadByParent<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  parentKey: IdKeyOf<E>,
  options: LoaderOptions<E> = {},
): RequestLoader<string, E[]> {
  return ctx.loader<string, E[]>(loaderName('byParent', entity, parentKey, options), async (keys) => {
    const rows = await findWhereIn(ctx, entity, parentKey, keys, options);
    return groupBy(keys, rows, (row) => row[parentKey] as string);
  });
}

/** A batch's rows: a plain-row read when the filter is plain equality, TypeORM's `find` otherwise (such as `Not(...)`). */
function findWhereIn<E extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<E>, key: string, keys: readonly string[], options: LoaderOptions<E>): Promise<E[]> {
  if (isPlainQuery(options.where, options.order)) return readWhereIn(ctx.em, entity, key, keys, options.where, options.order);
  return ctx.em.find(entity, { where: { ...options.where, [key]: In([...keys]) } as FindOptionsWhere<E>, order: options.order });
}
