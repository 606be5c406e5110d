import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { RowQuery } from './entity-reader';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  after?: string;
}

@ObjectType('PageInfo', { description: 'Where a page sits in its list: pass `endCursor` as `after` to fetch the next page.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede this page (the request had an `after` cursor).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of the page: pass it as `after` for the next page; null when the page is empty.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** How many items the whole list holds; counted only when a client selects it. */
  readonly totalCount: Promise<number>;
}

/** How a connection counts its whole list: a number already known, or a count run on demand. */
export type TotalCount = number | (() => Promise<number>);

/**
 * Makes the Relay connection type for a node type:
 * `@ObjectType() class PartnerConnection extends Connection(Partner) {}`.
 */
export function Connection<T extends object>(node: ClassType<T>, nodeName: string = node.name) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${nodeName} in a page, with the cursor that points at it.` })
  class EdgeType {
    @Field(() => node, { description: `The ${nodeName} at this position of the page.` })
    node: T;

    @Field({ description: 'Opaque cursor of this edge: pass it as `after` to continue after it.' })
    cursor: string;
  }

  @ObjectType(`${nodeName}ConnectionBase`, { description: `A page of ${nodeName} items, in creation order.` })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo: PageInfo;

    // Not a plain property: the count runs only when a client selects the field.
    @Field(() => Int, {
      simple: false,
      description: `How many ${nodeName} items the whole list holds, under the same filters and visibility as its pages (whatever \`first\` and \`after\` are). Counted only when selected.`,
    })
    totalCount: Promise<number>;
  }
  return ConnectionType;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('c:')) {
    throw new GraphQLError('after is not a cursor issued by this API', {
      extensions: { code: 'INVALID_CURSOR', fields: ['after'] },
    });
  }
  return text.slice(2);
}

export function pageSize(args: { first?: number | null }): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
}

/**
 * Keyset pagination on a unique, creation-ordered column (the time-ordered `id` by default).
 * The LIMIT applies in the database, before any nested field is loaded.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  column = `${query.alias}.id`,
  keyOf: (row: T) => string = (row) => String((row as unknown as { id: string }).id),
): Promise<ConnectionResult<T>> {
  const size = pageSize(args);
  // The count sees the list's filters and visibility, not the cursor.
  const counter = query.clone();
  if (args.after) query.andWhere(`${column} > :__after`, { __after: decodeCursor(args.after) });
  const rows = await query
    .orderBy(column, 'ASC')
    .take(size + 1)
    .getMany();
  return toConnection(rows, size, Boolean(args.after), keyOf, () => counter.getCount());
}

/**
 * Wraps rows already fetched with `size + 1` as a connection. `total` is the whole list's
 * size, or how to count it; the count runs once, and only if `totalCount` is read.
 */
export function toConnection<T>(rows: T[], size: number, hasPrevious: boolean, keyOf: (row: T) => string, total: TotalCount): ConnectionResult<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = rows.length > size;
  pageInfo.hasPreviousPage = hasPrevious;
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges[edges.length - 1]?.cursor ?? null;
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount(): Promise<number> {
      counted ??= typeof total === 'number' ? Promise.resolve(total) : total();
      return counted;
    },
  };
}

/** Paginates a list already in memory (small, bounded lists only). */
export function paginateArray<T>(items: T[], args: { first?: number | null; after?: string | null }, keyOf: (row: T) => string): ConnectionResult<T> {
  const size = pageSize(args);
  let start = 0;
  if (args.after) {
    const key = decodeCursor(args.after);
    start = items.findIndex((item) => keyOf(item) > key);
    if (start < 0) start = items.length;
  }
  return toConnection(items.slice(start, start + size + 1), size, start > 0, keyOf, items.length);
}

/** Keyset pagination of a plain-row read (`RowQuery`) on its time-ordered `id`: the hot lists' path. */
export async function paginateRows<T extends ObjectLiteral>(
  query: RowQuery<T>,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionResult<T>> {
  const size = pageSize(args);
  const { rows, count } = await query.page(size, args.after ? decodeCursor(args.after) : null);
  return toConnection(rows, size, Boolean(args.after), (row) => String((row as unknown as { id: string }).id), count);
}
