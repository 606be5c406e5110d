import { ArrayMaxSize } from 'class-validator';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Arg, Args, ArgsType, ClassType, Ctx, Field, getMetadataStorage, ID, InterfaceType, Query, Resolver } from 'type-graphql';
import { admits } from './auth';
import type { RequestContext } from './context';
import { ForbiddenError } from './errors';
import { isId } from './ids';
import { whereVisiblePartner } from './visibility';

/** The most ids one `nodes` call may ask for, like the largest page of a connection. */
export const MAX_NODE_IDS = 100;

/** The alias of the row in a node type's `visible` query: `node.partnerId`. */
export const NODE_ALIAS = 'node';

@InterfaceType('Node', {
  description:
    "A stored record with a globally unique id. Any record can be read again by its id with `node(id:)`, or many at once with `nodes(ids:)`, under the same role, scope and partner rules as the record's own queries.",
  autoRegisterImplementations: false,
})
export abstract class Node {
  @Field(() => ID, { description: 'Unique id of this record: a time-ordered UUID, so id order is creation order.' })
  id: string;
}

/**
 * How one record type is read by id through `node` and `nodes`, declared by the domain that
 * owns it (`DomainModule.nodes`) with the same rules as the type's own queries.
 */
export interface NodeType<T extends ObjectLiteral = ObjectLiteral> {
  /** The entity, which is also the GraphQL object type; it implements `Node`. */
  type: ClassType<T>;
  /** The `@Authorized(...)` entries of the type's own queries: other keys read null. */
  readers: readonly string[];
  /**
   * Limits the query (alias `node`) to the rows this key may see, as the type's own queries
   * do. Leave it out for a row with a `partnerId` (the kernel's partner filter applies); pass
   * `everyone` for rows every reader sees (the vendor's products, the programs).
   */
  visible?: 'everyone' | ((query: SelectQueryBuilder<T>, ctx: RequestContext) => void);
  /** A rule that is not a filter on the query (PC-14 progression access): keeps the rows this key may see. */
  keep?: (ctx: RequestContext, rows: T[]) => Promise<T[]>;
}

/** Declares a node type (checks the entity is typed: `nodeType(Invoice, { readers: readers('fees:read') })`). */
export function nodeType<T extends ObjectLiteral>(type: ClassType<T>, options: Omit<NodeType<T>, 'type'>): NodeType<T> {
  return { type, ...options } as NodeType<T>;
}

/** Several node types under the same rules (the rows of one domain's ledger, say). */
export function nodeTypes(types: ClassType<ObjectLiteral>[], options: Omit<NodeType, 'type'>): NodeType[] {
  return types.map((type) => nodeType(type, options));
}

/** The partner filter for a record that reaches its partner through a parent row (`enrollmentId` → `mem_enrollment`). */
export function visibleThroughParent<T extends ObjectLiteral>(column: string, parentTable: string, parentPartnerColumn = 'partnerId') {
  return (query: SelectQueryBuilder<T>, ctx: RequestContext): void => {
    whereVisiblePartner(
      query,
      ctx,
      (parameter) => `${NODE_ALIAS}.${column} IN (SELECT parent.id FROM ${parentTable} parent WHERE parent."${parentPartnerColumn}" IN (:...${parameter}))`,
    );
  };
}

/**
 * Every node type of the composed modules, and how a list of ids is read: one query finds
 * which table holds each id (among the types this key may read), then one query per type
 * found loads the rows under that type's visibility. Ids stay the records' own UUIDs.
 */
export class NodeRegistry {
  private readonly byType = new Map<object, { name: string; node: NodeType }>();

  constructor(readonly types: NodeType[]) {
    const objectTypes = getMetadataStorage().objectTypes;
    for (const node of types) {
      const meta = objectTypes.find((candidate) => candidate.target === node.type);
      if (!meta) throw new Error(`${node.type.name} is declared as a node type but is not a GraphQL object type`);
      // The object type implements Node: its own `id` field stays as declared.
      meta.interfaceClasses = [...new Set([...(meta.interfaceClasses ?? []), Node])];
      this.byType.set(node.type, { name: meta.name, node });
    }
  }

  /** The GraphQL type name of a row `load` returned. */
  typeName(row: unknown): string | undefined {
    return row && typeof row === 'object' ? this.byType.get(row.constructor)?.name : undefined;
  }

  /** Makes the schema's `Node` interface resolve each row to its object type (synchronously, for compiled execution too). */
  attach(schema: GraphQLSchema): void {
    const node = schema.getType('Node') as GraphQLInterfaceType | undefined;
    if (node) node.resolveType = (row) => this.typeName(row);
  }

  /** Whether this key may read at least one node type. */
  readsAny(ctx: RequestContext): boolean {
    return this.types.some((node) => admits(ctx.actor, node.readers));
  }

  /** The rows with these ids this key may see, in the order of `ids`; null for the others. */
  async load(ctx: RequestContext, ids: readonly string[]): Promise<(object | null)[]> {
    const wanted = [...new Set(ids.filter((id) => isId(id)))];
    const readable = this.types.filter((node) => admits(ctx.actor, node.readers));
    const found = new Map<string, object>();
    if (wanted.length && readable.length) {
      const located = await this.locate(ctx, readable, wanted);
      await Promise.all(
        [...located].map(async ([index, inTable]) => {
          const node = readable[index];
          const query = ctx.em.createQueryBuilder(node.type, NODE_ALIAS).where(`${NODE_ALIAS}.id IN (:...nodeIds)`, { nodeIds: inTable });
          if (node.visible === undefined) whereVisiblePartner(query, ctx, `${NODE_ALIAS}.partnerId`);
          else if (node.visible !== 'everyone') node.visible(query, ctx);
          let rows = await query.getMany();
          if (node.keep && rows.length) rows = await node.keep(ctx, rows);
          for (const row of rows) found.set(String(row.id), row);
        }),
      );
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Which of `types` holds each id: one UNION ALL over their primary keys. */
  private async locate(ctx: RequestContext, types: NodeType[], ids: string[]): Promise<Map<number, string[]>> {
    const postgres = ctx.db.isPostgres;
    const idsIn = postgres ? '= ANY($1)' : 'IN (SELECT value FROM json_each(?))';
    const sql = types
      .map((node, index) => {
        const table = ctx.em.connection.getMetadata(node.type).tableName;
        return `SELECT ${index} AS k, "id" AS id FROM "${table}" WHERE "id" ${idsIn}`;
      })
      .join(' UNION ALL ');
    // PostgreSQL reuses $1 in every branch; SQLite's `?` are positional, one per branch.
    const parameters = postgres ? [ids] : types.map(() => JSON.stringify(ids));
    const rows: { k: number | string; id: string }[] = await ctx.em.query(sql, parameters);
    const out = new Map<number, string[]>();
    for (const row of rows) {
      const index = Number(row.k);
      const list = out.get(index);
      if (list) list.push(row.id);
      else out.set(index, [row.id]);
    }
    return out;
  }
}

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `Ids of the records, at most ${MAX_NODE_IDS}; the answer has one entry per id, in the same order.` })
  @ArrayMaxSize(MAX_NODE_IDS, { message: `ids must not hold more than ${MAX_NODE_IDS} ids` })
  ids: string[];
}

/** `node(id:)` and `nodes(ids:)`: any record by its id, through the node registry. */
@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  private loader(ctx: RequestContext) {
    return ctx.loader<string, object | null>('kernel.node', (ids) => this.registry.load(ctx, ids));
  }

  private assertReadsAny(ctx: RequestContext): void {
    if (!this.registry.readsAny(ctx)) throw new ForbiddenError('node needs a key that may read at least one kind of record');
  }

  @Query(() => Node, {
    nullable: true,
    description:
      "The record with this id, of any type, or null when there is none or this key may not see it: the record type's own role, scope and partner rules apply (a PARTNER key gets null for another partner's record).",
  })
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the record.' }) id: string): Promise<object | null> {
    this.assertReadsAny(ctx);
    return this.loader(ctx).load(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The records with these ids, one entry per id in the same order: null where there is none or this key may not see it (the rules of \`node\`). A bounded list, not paged: one entry per id asked, at most ${MAX_NODE_IDS} ids (BAD_USER_INPUT naming \`ids\` beyond).`,
  })
  async nodes(@Ctx() ctx: RequestContext, @Args(() => NodesArgs) args: NodesArgs): Promise<(object | null)[]> {
    this.assertReadsAny(ctx);
    return this.loader(ctx).loadMany(args.ids) as Promise<(object | null)[]>;
  }
}
