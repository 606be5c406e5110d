import { EntityManager, EntityMetadata, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Plain-row reads of whole entities for the hot paths (the per-request loaders behind every
 * nested list and link). TypeORM's `find` builds a query builder, aliases every column and
 * runs its generic result transformer on each call; for a loader that asks the same shape of
 * question on every request, that costs more than the SQL. Here the statement is built once
 * per shape from the entity's metadata and each row is turned into the entity through the
 * driver's own value conversion (`prepareHydratedValue`: transformers, booleans, JSON), so
 * the entity equals what `find` returns.
 */
interface Shape {
  metadata: EntityMetadata;
  /** `"col" AS "prop"` for every column, in metadata order. */
  selectList: string;
  table: string;
  columns: ColumnMetadata[];
  /** Per column, how a stored value becomes the property's (null where it is taken as it is). */
  converters: (((value: unknown) => unknown) | null)[];
}

/** Text columns without a transformer are read as stored; every other column goes through the driver, as TypeORM's own reads do. */
function converterOf(driver: EntityManager['connection']['driver'], column: ColumnMetadata): ((value: unknown) => unknown) | null {
  const type = column.type;
  const text = type === String || type === 'varchar' || type === 'text' || type === 'character varying';
  if (text && !column.transformer) return null;
  return (value) => driver.prepareHydratedValue(value, column);
}

const shapes = new WeakMap<EntityMetadata, Shape>();

function shapeOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>): Shape {
  const metadata = em.connection.getMetadata(entity);
  let shape = shapes.get(metadata);
  if (!shape) {
    const driver = em.connection.driver;
    const columns = metadata.columns.filter((column) => !column.isVirtual && !column.embeddedMetadata && !column.relationMetadata);
    shape = {
      metadata,
      columns,
      selectList: columns.map((column) => `${driver.escape(column.databaseName)} AS ${driver.escape(column.propertyName)}`).join(', '),
      table: driver.escape(metadata.tablePath),
      converters: columns.map((column) => converterOf(driver, column)),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

const propertySets = new WeakMap<Shape, ReadonlySet<string>>();

/** The properties of `entity` stored in columns (for `columnsForSelection`). */
export function columnProperties(em: EntityManager, entity: EntityTarget<ObjectLiteral>): ReadonlySet<string> {
  const shape = shapeOf(em, entity);
  let found = propertySets.get(shape);
  if (!found) propertySets.set(shape, (found = new Set(shape.columns.map((column) => column.propertyName))));
  return found;
}

const narrowedShapes = new WeakMap<Shape, Map<string, Shape>>();
/** By the caller's own (constant) list of columns, so a loader's batches find their shape without building a key. */
const narrowedByList = new WeakMap<readonly string[], WeakMap<Shape, Shape>>();

function narrowedFor(shape: Shape, key: string, columns: readonly string[]): Shape {
  let byShape = narrowedByList.get(columns);
  if (!byShape) narrowedByList.set(columns, (byShape = new WeakMap()));
  let found = byShape.get(shape);
  if (!found) byShape.set(shape, (found = narrowed(shape, [key, ...columns])));
  return found;
}

/** The shape with only some columns (`id` always), made once per set of properties. */
function narrowed(shape: Shape, properties: readonly string[]): Shape {
  const wanted = new Set(['id', ...properties]);
  const key = [...wanted].sort().join(',');
  let byKey = narrowedShapes.get(shape);
  if (!byKey) narrowedShapes.set(shape, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    const kept = shape.columns.map((column, index) => ({ column, index })).filter(({ column }) => wanted.has(column.propertyName));
    const list = shape.selectList.split(', ');
    found = {
      metadata: shape.metadata,
      table: shape.table,
      columns: kept.map(({ column }) => column),
      converters: kept.map(({ index }) => shape.converters[index]),
      selectList: kept.map(({ index }) => list[index]).join(', '),
    };
    byKey.set(key, found);
  }
  return found;
}

/**
 * The columns a list page's items need for what the client selected below `prefix` (such as
 * `edges.node.`): each selected field that is a column, and for each selected field a resolver
 * answers, the columns `needs` says it reads. Null (every column) as soon as a selected field
 * is neither, so a field nobody declared never sees a partial row.
 */
export function columnsForSelection(
  selected: ReadonlySet<string>,
  prefix: string,
  columns: ReadonlySet<string>,
  needs: Readonly<Record<string, readonly string[]>>,
): string[] | null {
  const wanted = new Set<string>();
  for (const path of selected) {
    if (!path.startsWith(prefix)) continue;
    const field = path.slice(prefix.length);
    if (field.includes('.') || field === '__typename') continue;
    const declared = Object.prototype.hasOwnProperty.call(needs, field) ? needs[field] : undefined;
    if (declared) for (const column of declared) wanted.add(column);
    else if (columns.has(field)) wanted.add(field);
    else return null;
  }
  return [...wanted];
}

/** A where or order this reader can write itself: equality on primitive values, ASC/DESC order. */
export function isPlainQuery(where: object | undefined, order: object | undefined): boolean {
  for (const value of Object.values(where ?? {})) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  }
  for (const direction of Object.values(order ?? {})) if (direction !== 'ASC' && direction !== 'DESC') return false;
  return true;
}

/**
 * The row of another entity that each row points to (a LEFT JOIN on its id), read in the same
 * statement and set on each row under `into` (null when it points to none): for a page whose
 * rows each show a field or two of their parent, one statement instead of two.
 */
export interface RowJoin {
  entity: EntityTarget<ObjectLiteral>;
  /** The property of each row that holds the other row's id. */
  on: string;
  /** Only these properties of the other row (with its `id`): the other rows come back with only those set. */
  columns: readonly string[];
  /** The symbol the other row is set under on each row. */
  into: symbol;
}

/**
 * The rows of `entity` whose `key` is one of `keys` and that equal `where`, in `order`, as
 * entities, each with its `join` row when one is asked for. `where` and `order` must pass
 * `isPlainQuery` (callers fall back to `find`).
 */
export async function readWhereIn<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  key: string,
  keys: readonly unknown[],
  where: FindOptionsWhere<E> | undefined,
  order: FindOptionsOrder<E> | undefined,
  columns?: readonly string[],
  join?: RowJoin,
): Promise<E[]> {
  if (keys.length === 0) return [];
  const shape = columns ? narrowedFor(shapeOf(em, entity), key, columns) : shapeOf(em, entity);
  const driver = em.connection.driver;
  // With a join, every column is qualified: the rows' table is "t", the joined one "j".
  const joined = join ? narrowed(shapeOf(em, join.entity), join.columns) : null;
  const t = joined ? '"t".' : '';
  const postgres = em.connection.options.type === 'postgres';
  const params: unknown[] = [];
  const mark = (value: unknown) => {
    params.push(value);
    return postgres ? `$${params.length}` : '?';
  };
  const column = (property: string) => {
    const found = shape.metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${shape.metadata.name} has no column ${property}`);
    return found;
  };
  const keyColumn = column(key);
  // On PostgreSQL the keys are one array parameter, so every batch size shares one prepared statement.
  const keyValues = keys.map((k) => driver.preparePersistentValue(k, keyColumn));
  const conditions = [
    postgres
      ? `${t}${driver.escape(keyColumn.databaseName)} = ANY(${mark(keyValues)})`
      : `${t}${driver.escape(keyColumn.databaseName)} IN (${keyValues.map(mark).join(', ')})`,
  ];
  for (const [property, value] of Object.entries(where ?? {})) {
    const found = column(property);
    const name = `${t}${driver.escape(found.databaseName)}`;
    conditions.push(value === null ? `${name} IS NULL` : `${name} = ${mark(driver.preparePersistentValue(value, found))}`);
  }
  const ordering = Object.entries(order ?? {}).map(([property, direction]) => `${t}${driver.escape(column(property).databaseName)} ${direction as string}`);
  const tail = ` WHERE ${conditions.join(' AND ')}${ordering.length ? ` ORDER BY ${ordering.join(', ')}` : ''}`;
  if (!join || !joined) return hydrateAll<E>(shape, await selectRows(em, `SELECT ${shape.selectList} FROM ${shape.table}${tail}`, params));
  const select = [
    ...shape.columns.map((c) => `"t".${driver.escape(c.databaseName)} AS ${driver.escape(c.propertyName)}`),
    ...joined.columns.map((c) => `"j".${driver.escape(c.databaseName)} AS ${driver.escape(`j.${c.propertyName}`)}`),
  ];
  const joinId = joined.metadata.primaryColumns[0];
  const sql = `SELECT ${select.join(', ')} FROM ${shape.table} "t" LEFT JOIN ${joined.table} "j" ON "j".${driver.escape(joinId.databaseName)} = "t".${driver.escape(column(join.on).databaseName)}${tail}`;
  const rows = await selectRows(em, sql, params);
  const found = hydrateAll<E>(shape, rows);
  // One entity per joined row, shared by every row that points to it (fifty enrollments, a handful of programs).
  const idAt = shape.columns.length + joined.columns.indexOf(joinId);
  const idOf = (row: unknown[] | Record<string, unknown>) => (Array.isArray(row) ? row[idAt] : row[`j.${joinId.propertyName}`]);
  const firsts = new Map<unknown, unknown[] | Record<string, unknown>>();
  for (const row of rows) {
    const id = idOf(row);
    if (id != null && !firsts.has(id)) firsts.set(id, row);
  }
  const others = hydrateAll<ObjectLiteral>(joined, [...firsts.values()] as unknown[][], shape.columns.length, 'j.');
  const byId = new Map([...firsts.keys()].map((id, index) => [id, others[index]]));
  found.forEach((row, index) => {
    (row as Record<symbol, unknown>)[join.into] = byId.get(idOf(rows[index])) ?? null;
  });
  return found;
}

interface SqliteStatement {
  raw(on: boolean): SqliteStatement;
  all(...params: unknown[]): unknown[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
const statements = new WeakMap<object, Map<string, SqliteStatement>>();
interface PgPool {
  query(config: { name?: string; text: string; values: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[] }>;
}

/** Names of the statements PostgreSQL prepares once per pooled connection, by SQL text. */
const pgStatementNames = new Map<string, string>();
/** Beyond this many distinct texts a statement runs unnamed (parsed each time), so no connection's cache grows without bound. */
const PG_NAMED_STATEMENTS = 1000;

function pgStatementName(sql: string): string | undefined {
  let name = pgStatementNames.get(sql);
  if (name === undefined && pgStatementNames.size < PG_NAMED_STATEMENTS) pgStatementNames.set(sql, (name = `alliance_read_${pgStatementNames.size + 1}`));
  return name;
}

/** PostgreSQL texts of statements written with `?` placeholders, by text (at most 1,000 kept). */
const pgTexts = new Map<string, string>();

/** A statement written with `?` placeholders as the driver takes it: `$1`, `$2` … on PostgreSQL. */
function forDriver(em: EntityManager, sql: string): string {
  if (em.connection.options.type !== 'postgres') return sql;
  let text = pgTexts.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (pgTexts.size < 1_000) pgTexts.set(sql, text);
  }
  return text;
}

/** TypeORM's pool when `em` is outside a transaction on PostgreSQL; null otherwise (the manager runs the statement). */
function pgPoolOf(em: EntityManager): PgPool | null {
  if (em.connection.options.type !== 'postgres' || em.queryRunner) return null;
  return (em.connection.driver as unknown as { master?: PgPool }).master ?? null;
}

/**
 * Runs a SELECT: on SQLite straight on better-sqlite3's connection (TypeORM's one, so inside a
 * transaction it reads the transaction's writes), each statement prepared once and read as
 * arrays, not one object per row; on PostgreSQL outside a transaction on TypeORM's pool, rows as
 * arrays too, and inside one through the manager (the transaction's client). Logged through
 * the data source's logger as TypeORM logs its own statements.
 */
async function selectRows(em: EntityManager, sql: string, params: unknown[]): Promise<unknown[][] | Record<string, unknown>[]> {
  if (em.connection.options.type === 'postgres') {
    // Outside a transaction: the pool, a named statement (parsed and planned once per
    // connection), rows as arrays. Inside one: its client, through the manager.
    const pool = pgPoolOf(em);
    if (!pool) return (await em.query(sql, params)) as Record<string, unknown>[];
    em.connection.logger.logQuery(sql, params);
    return (await pool.query({ name: pgStatementName(sql), text: sql, values: params, rowMode: 'array' })).rows as unknown[][];
  }
  if (em.connection.options.type !== 'better-sqlite3') return (await em.query(sql, params)) as Record<string, unknown>[];
  const statement = prepared(em, statements, sql, true);
  const bound = params.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
  em.connection.logger.logQuery(sql, bound);
  return statement.all(...bound) as unknown[][];
}

const objectStatements = new WeakMap<object, Map<string, SqliteStatement>>();

/** A statement prepared once per better-sqlite3 connection (at most 500 kept), rows as arrays when `raw`. */
function prepared(em: EntityManager, caches: WeakMap<object, Map<string, SqliteStatement>>, sql: string, raw: boolean): SqliteStatement {
  const connection = (em.connection.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  let cache = caches.get(connection);
  if (!cache) caches.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= 500) cache.clear();
    statement = connection.prepare(sql);
    if (raw) statement = statement.raw(true);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * A plain SELECT for code that runs on every request (authentication): rows as objects, from a
 * statement prepared once per connection (better-sqlite3's, or each pooled PostgreSQL one
 * outside a transaction), otherwise through the manager. Logged through the data source's logger.
 * Written with `?` placeholders on every database (numbered for PostgreSQL here).
 */
export async function readRows<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  if (em.connection.options.type === 'postgres') {
    const text = forDriver(em, sql);
    const pool = pgPoolOf(em);
    if (!pool) return (await em.query(text, params)) as T[];
    em.connection.logger.logQuery(text, params);
    return (await pool.query({ name: pgStatementName(text), text, values: params })).rows as T[];
  }
  if (em.connection.options.type !== 'better-sqlite3') return (await em.query(sql, params)) as T[];
  const statement = prepared(em, objectStatements, sql, false);
  em.connection.logger.logQuery(sql, params);
  return statement.all(...params) as T[];
}

/** The rows as entities of `shape`: its columns from index `offset` of array rows, or under `prefix` + property of object rows. */
function hydrateAll<E>(shape: Shape, rows: unknown[][] | Record<string, unknown>[], offset = 0, prefix = ''): E[] {
  const prototype = (shape.metadata.target as { prototype: object }).prototype;
  const { columns, converters } = shape;
  const names = columns.map((column) => column.propertyName);
  const keys = prefix ? names.map((name) => prefix + name) : names;
  return rows.map((row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) {
      const value = Array.isArray(row) ? row[offset + i] : row[keys[i]];
      const convert = converters[i];
      entity[names[i]] = convert ? convert(value) : value;
    }
    return entity as E;
  });
}

/**
 * A plain-row read of one entity's rows for hot lists: conditions on its columns, then a keyset
 * page (`page`) or every match (`all`), without a query builder. Conditions use `?`
 * placeholders (numbered for PostgreSQL when the statement is run).
 */
export class RowQuery<E extends ObjectLiteral> {
  private shape: Shape;
  private readonly conditions: string[] = [];
  private readonly params: unknown[] = [];

  constructor(
    private readonly em: EntityManager,
    entity: EntityTarget<E>,
  ) {
    this.shape = shapeOf(em, entity);
  }

  /**
   * Reads only these properties' columns (and `id`), for a page whose fields need no more:
   * the entities come back with only those properties set. Null reads every column.
   */
  only(properties: readonly string[] | null): this {
    if (properties) this.shape = narrowed(this.shape, properties);
    return this;
  }

  /** The quoted column of a property, for `whereSql`. */
  column(property: keyof E & string): string {
    const found = this.shape.metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${this.shape.metadata.name} has no column ${property}`);
    return this.em.connection.driver.escape(found.databaseName);
  }

  /** Rows whose `property` equals `value` (IS NULL for null). */
  where(property: keyof E & string, value: string | number | boolean | null): this {
    if (value === null) return this.whereSql(`${this.column(property)} IS NULL`);
    return this.whereSql(`${this.column(property)} = ?`, value);
  }

  /** Rows whose `property` is one of `values`; none when `values` is empty. */
  whereIn(property: keyof E & string, values: readonly unknown[]): this {
    if (values.length === 0) return this.whereSql('1 = 0');
    return this.whereSql(`${this.column(property)} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  /** A condition of its own, in SQL with `?` placeholders. */
  whereSql(sql: string, ...params: unknown[]): this {
    this.conditions.push(sql);
    this.params.push(...params);
    return this;
  }

  /**
   * One page after the cursor key `after` (exclusive), `size + 1` rows in `key` order so the
   * caller can tell whether more follow; and how to count every match, cursor aside.
   */
  async page(size: number, after: string | null, key: keyof E & string = 'id' as keyof E & string): Promise<{ rows: E[]; count: () => Promise<number> }> {
    const where = [...this.conditions];
    const params = [...this.params];
    if (after !== null) {
      where.push(`${this.column(key)} > ?`);
      params.push(after);
    }
    const rows = await selectRows(
      this.em,
      forDriver(this.em, `${this.select(where)} ORDER BY ${this.column(key)} ASC LIMIT ${Math.max(0, Math.floor(size)) + 1}`),
      params,
    );
    const conditions = [...this.conditions];
    const countParams = [...this.params];
    return {
      rows: hydrateAll<E>(this.shape, rows),
      count: async () => {
        const [row] = (await this.em.query(
          forDriver(this.em, `SELECT COUNT(*) AS "count" FROM ${this.shape.table}${whereClause(conditions)}`),
          countParams,
        )) as {
          count: number | string;
        }[];
        return Number(row?.count ?? 0);
      },
    };
  }

  private select(where: string[]): string {
    return `SELECT ${this.shape.selectList} FROM ${this.shape.table}${whereClause(where)}`;
  }
}

function whereClause(conditions: string[]): string {
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
}
