import { EntityManager, ObjectLiteral } from 'typeorm';
import { ClassRef, newId } from '@alliance/kernel';

/** Bind parameters per statement, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows with one multi-row `INSERT` per batch (not entity by entity): the columns
 * come from the entity's metadata, ids are assigned, instants are written as ISO text like
 * `InstantColumn`, and JSON columns are serialised. Portable across SQLite and PostgreSQL.
 */
export async function bulkInsert<T extends ObjectLiteral>(em: EntityManager, entity: ClassRef, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = em.connection.getMetadata(entity);
  const columns = metadata.columns;
  const postgres = em.connection.options.type === 'postgres';
  const quote = (name: string) => `"${name}"`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const record = row as Record<string, unknown>;
      if (!record.id) record.id = newId();
      const marks = columns.map((column) => {
        let value = record[column.propertyName];
        if (value === undefined) value = column.default !== undefined ? column.default : null;
        if (value instanceof Date) value = value.toISOString();
        else if (column.type === 'simple-json' && value !== null) value = JSON.stringify(value);
        params.push(value);
        return postgres ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    const sql = `INSERT INTO ${quote(metadata.tableName)} (${columns.map((c) => quote(c.databaseName)).join(', ')}) VALUES ${tuples.join(', ')}`;
    await em.query(sql, params);
  }
}
