import { EntityTarget, FindOptionsOrder, FindOptionsSelect, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { groupBy, indexBy, RequestContext, RequestLoader } from './context';
import { isPlainQuery, readWhereIn, RowJoin } from './entity-reader';

/** The columns of `E` that hold an id (or a nullable one, such as an optional parent). */
export type IdKeyOf<E> = { [P in keyof E]-?: E[P] extends string | null | undefined ? (string extends E[P] ? P : never) : never }[keyof E] & string;

export interface LoaderOptions<E extends ObjectLiteral> {
  /** Only rows that also match this (such as a kind or a status); part of the loader's identity. */
  where?: FindOptionsWhere<E>;
  /** Order of the rows within each key's list; part of the loader's identity. */
  order?: FindOptionsOrder<E>;
  /**
   * Only these columns (with the key and `id`), for reads whose callers use no more, such as
   * the membership terms behind `tapActive`; the rows come back with only those set. Part of
   * the loader's identity. Omitted: every column.
   */
  columns?: (keyof E & string)[];
  /**
   * The row each row points to, read in the same statement (see `RowJoin`); part of the
   * loader's identity. Needs a plain `where` and `order` (equality, ASC/DESC).
   */
  join?: RowJoin;
}

/** A number per join symbol, for loader names (a symbol's description need not be unique). */
const joinIds = new Map<symbol, number>();

function joinName(join: RowJoin | undefined): string {
  if (!join) return '';
  let id = joinIds.get(join.into);
  if (id === undefined) joinIds.set(join.into, (id = joinIds.size + 1));
  return `:join(${entityName(join.entity)}.${join.on}:${join.columns.join(',')}#${id})`;
}

function entityName(entity: EntityTarget<ObjectLiteral>): string {
  if (typeof entity === 'function') return entity.name;
  if (typeof entity === 'string') return entity;
  return 'name' in entity ? String(entity.name) : String(entity);
}

/** One loader per entity, column, filter and order in a request, so two callers asking the same share a batch. */
function loaderName(kind: string, entity: EntityTarget<ObjectLiteral>, key: string, options: LoaderOptions<ObjectLiteral>): string {
  const columns = options.columns ? `:${options.columns.join(',')}` : '';
  return `kernel.${kind}:${entityName(entity)}.${key}:${JSON.stringify(options.where ?? null)}:${JSON.stringify(options.order ?? null)}${columns}${joinName(options.join)}`;
}

/**
 * A loader of one entity by one column, with its filter and order, defined once: its name and
 * batch function are built when it is defined, not on every call, and `of(ctx)` is the
 * request's instance. Hot nested fields define theirs at module level.
 */
export class LoaderDefinition<V> {
  private readonly batch: (ctx: RequestContext, keys: readonly string[]) => Promise<V[]>;

  constructor(
    readonly name: string,
    batch: (ctx: RequestContext, keys: readonly string[]) => Promise<V[]>,
  ) {
    this.batch = batch;
  }

  /** This request's loader. */
  of(ctx: RequestContext): RequestLoader<string, V> {
    return ctx.loaderFor(this.name, this.batch);
  }
}

/**
 * Single rows of `entity` by id (or by another unique column `by`): every `load(id)` of one
 * tick becomes one `WHERE <by> IN (...)` statement (500 ids at most), and a missing row is
 * null. Rows are matched to keys through a Map, so a batch costs O(n).
 */
export function rowsById<E extends ObjectLiteral>(entity: EntityTarget<E>, options: LoaderOptions<E> & { by?: IdKeyOf<E> } = {}): LoaderDefinition<E | null> {
  const by = options.by ?? ('id' as IdKeyOf<E>);
  return new LoaderDefinition(loaderName('byId', entity, by, options), async (ctx, keys) =>
    indexBy(keys, await findWhereIn(ctx, entity, by, keys, options), (row) => row[by] as string),
  );
}

/**
 * The children of parents: `load(parentId)` gives the rows of `entity` whose `parentKey` is
 * that id, in `options.order`, every parent of one tick in one `WHERE <parentKey> IN (...)`
 * statement (500 parents at most); a parent with none gets []. Rows are grouped through a Map,
 * so a batch costs O(n), not O(parents × rows).
 */
export function rowsByParent<E extends ObjectLiteral>(entity: EntityTarget<E>, parentKey: IdKeyOf<E>, options: LoaderOptions<E> = {}): LoaderDefinition<E[]> {
  return new LoaderDefinition(loaderName('byParent', entity, parentKey, options), async (ctx, keys) =>
    groupBy(keys, await findWhereIn(ctx, entity, parentKey, keys, options), (row) => row[parentKey] as string),
  );
}

/** Definitions made for calls without options, kept per entity and column. */
const plainDefinitions = new WeakMap<object, Map<string, LoaderDefinition<unknown>>>();

function plainDefinition<V>(entity: EntityTarget<ObjectLiteral>, key: string, make: () => LoaderDefinition<V>): LoaderDefinition<V> {
  if (typeof entity !== 'function') return make();
  let byKey = plainDefinitions.get(entity);
  if (!byKey) plainDefinitions.set(entity, (byKey = new Map()));
  let definition = byKey.get(key) as LoaderDefinition<V> | undefined;
  if (!definition) byKey.set(key, (definition = make()) as LoaderDefinition<unknown>);
  return definition;
}

function isEmpty(options: object): boolean {
  for (const key in options) if ((options as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

/** The request's loader of single rows of `entity` by id (see `rowsById`). */
export function loadById<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  options: LoaderOptions<E> & { by?: IdKeyOf<E> } = {},
): RequestLoader<string, E | null> {
  const definition = isEmpty(options) ? plainDefinition(entity, 'byId', () => rowsById(entity)) : rowsById(entity, options);
  return definition.of(ctx);
}

/** The request's loader of the children of parents (see `rowsByParent`). */
export function loadByParent<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  parentKey: IdKeyOf<E>,
  options: LoaderOptions<E> = {},
): RequestLoader<string, E[]> {
  const definition = isEmpty(options)
    ? plainDefinition(entity, `byParent.${parentKey}`, () => rowsByParent(entity, parentKey))
    : rowsByParent(entity, parentKey, options);
  return definition.of(ctx);
}

/** A batch's rows: a plain-row read when the filter is plain equality, TypeORM's `find` otherwise (such as `Not(...)`). */
function findWhereIn<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  key: string,
  keys: readonly string[],
  options: LoaderOptions<E>,
): Promise<E[]> {
  if (isPlainQuery(options.where, options.order)) return readWhereIn(ctx.em, entity, key, keys, options.where, options.order, options.columns, options.join);
  if (options.join) throw new Error(`a loader of ${entityName(entity)} with a join needs a plain where and order`);
  const select = options.columns ? (Object.fromEntries(['id', key, ...options.columns].map((column) => [column, true])) as FindOptionsSelect<E>) : undefined;
  return ctx.em.find(entity, { select, where: { ...options.where, [key]: In([...keys]) } as FindOptionsWhere<E>, order: options.order });
}
