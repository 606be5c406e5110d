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
    };
    shapes.set(metadata, shape);
  }
  return shape;
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
 * The rows of `entity` whose `key` is one of `keys` and that equal `where`, in `order`, as
 * entities. `where` and `order` must pass `isPlainQuery` (callers fall back to `find`).
 */
export async function readWhereIn<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  key: string,
  keys: readonly unknown[],
  where: FindOptionsWhere<E> | undefined,
  order: FindOptionsOrder<E> | undefined,
): Promise<E[]> {
  if (keys.length === 0) return [];
  const shape = shapeOf(em, entity);
  const driver = em.connection.driver;
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
  const conditions = [`${driver.escape(keyColumn.databaseName)} IN (${keys.map((k) => mark(driver.preparePersistentValue(k, keyColumn))).join(', ')})`];
  for (const [property, value] of Object.entries(where ?? {})) {
    const found = column(property);
    const name = driver.escape(found.databaseName);
    conditions.push(value === null ? `${name} IS NULL` : `${name} = ${mark(driver.preparePersistentValue(value, found))}`);
  }
  const ordering = Object.entries(order ?? {}).map(([property, direction]) => `${driver.escape(column(property).databaseName)} ${direction as string}`);
  const sql = `SELECT ${shape.selectList} FROM ${shape.table} WHERE ${conditions.join(' AND ')}${ordering.length ? ` ORDER BY ${ordering.join(', ')}` : ''}`;
  const rows = (await em.query(sql, params)) as Record<string, unknown>[];
  return rows.map((row) => hydrate<E>(shape, driver, row));
}

function hydrate<E>(shape: Shape, driver: EntityManager['connection']['driver'], row: Record<string, unknown>): E {
  const entity = Object.create((shape.metadata.target as { prototype: object }).prototype) as Record<string, unknown>;
  for (const column of shape.columns) entity[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
  return entity as E;
}

/**
 * A plain-row read of one entity's rows for hot lists: conditions on its columns, then a keyset
 * page (`page`) or every match (`all`), without a query builder. Conditions use `?`
 * placeholders (numbered for PostgreSQL when the statement is run).
 */
export class RowQuery<E extends ObjectLiteral> {
  private readonly shape: Shape;
  private readonly conditions: string[] = [];
  private readonly params: unknown[] = [];

  constructor(
    private readonly em: EntityManager,
    entity: EntityTarget<E>,
  ) {
    this.shape = shapeOf(em, entity);
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
    const rows = await this.run(`${this.select(where)} ORDER BY ${this.column(key)} ASC LIMIT ${Math.max(0, Math.floor(size)) + 1}`, params);
    const conditions = [...this.conditions];
    const countParams = [...this.params];
    return {
      rows: rows.map((row) => hydrate<E>(this.shape, this.em.connection.driver, row)),
      count: async () => {
        const [row] = await this.run(`SELECT COUNT(*) AS "count" FROM ${this.shape.table}${whereClause(conditions)}`, countParams);
        return Number(row?.count ?? 0);
      },
    };
  }

  private select(where: string[]): string {
    return `SELECT ${this.shape.selectList} FROM ${this.shape.table}${whereClause(where)}`;
  }

  private async run(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    let text = sql;
    if (this.em.connection.options.type === 'postgres') {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
    }
    return (await this.em.query(text, params)) as Record<string, unknown>[];
  }
}

function whereClause(conditions: string[]): string {
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
}
