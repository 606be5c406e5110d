import { Column, Entity } from 'typeorm';
import { Kind, parse, OperationDefinitionNode, FieldNode, FragmentDefinitionNode } from 'graphql';
import {
  columnProperties,
  columnsForSelection,
  Identified,
  IdColumn,
  InstantColumn,
  loadById,
  loadByParent,
  newId,
  paginateRows,
  parseInstant,
  RequestContext,
  RowQuery,
  rowsByParent,
  runUnitOfWork,
  selectedPaths,
} from '@alliance/kernel';
import { createTestDatabase, testContext } from '@alliance/testing';

@Entity('kernel_loader_shelf')
class Shelf extends Identified {
  @Column({ type: 'varchar', length: 40 })
  code: string;
}

@Entity('kernel_loader_book')
class Book extends Identified {
  @IdColumn()
  shelfId: string;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'varchar', length: 10 })
  state: string;

  @InstantColumn({ nullable: true })
  returnedAt: Date | null;

  @Column({ type: 'boolean', nullable: true })
  signed: boolean | null;

  @Column({ type: 'simple-json', nullable: true })
  tags: string[] | null;
}

/** The SQL statements a context runs while `work` runs. */
async function statementsOf(ctx: RequestContext, work: () => Promise<unknown>): Promise<string[]> {
  const logger = ctx.db.dataSource.logger;
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    return original.call(logger, query, parameters, queryRunner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}

describe('kernel loaders (loadById, loadByParent) on SQLite', () => {
  let ctx: RequestContext;
  const shelves: Shelf[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase([Shelf, Book]);
    ctx = testContext(db);
    await runUnitOfWork(ctx, async (em) => {
      for (const code of ['A', 'B', 'C']) shelves.push(await em.save(em.create(Shelf, { code })));
      // Interleaved, so grouping cannot lean on insertion order.
      for (const title of ['t1', 't2', 't3', 't4', 't5', 't6']) {
        const shelf = shelves[Number(title.slice(1)) % 2];
        await em.save(em.create(Book, { shelfId: shelf.id, title, state: title === 't5' ? 'LOST' : 'KEPT' }));
      }
    });
  });

  it('loadById answers every id of one tick with one statement, in the order asked, null where missing', async () => {
    const missing = newId();
    let found: (Shelf | null)[] = [];
    const statements = await statementsOf(ctx, async () => {
      found = await Promise.all([shelves[2].id, missing, shelves[0].id, shelves[2].id].map((id) => loadById(ctx, Shelf).load(id)));
    });
    expect(found.map((shelf) => shelf?.code ?? null)).toEqual(['C', null, 'A', 'C']);
    expect(statements.filter((s) => /kernel_loader_shelf/.test(s))).toHaveLength(1);
    // Per request: asked again, the rows come from the loader.
    expect(await statementsOf(ctx, () => loadById(ctx, Shelf).load(shelves[0].id))).toEqual([]);
  });

  it('loadById by another unique column', async () => {
    expect((await loadById(ctx, Shelf, { by: 'code' }).load('B'))?.id).toBe(shelves[1].id);
  });

  it('loadByParent groups the children of every parent of one tick from one statement, in order, [] for none', async () => {
    let lists: Book[][] = [];
    const statements = await statementsOf(ctx, async () => {
      lists = await Promise.all(shelves.map((shelf) => loadByParent(ctx, Book, 'shelfId', { order: { title: 'DESC' } }).load(shelf.id)));
    });
    expect(lists.map((books) => books.map((book) => book.title))).toEqual([['t6', 't4', 't2'], ['t5', 't3', 't1'], []]);
    expect(statements.filter((s) => /kernel_loader_book/.test(s))).toHaveLength(1);
  });

  it('a filter or an order makes a loader of its own', async () => {
    const [kept, all] = await Promise.all([
      loadByParent(ctx, Book, 'shelfId', { where: { state: 'KEPT' }, order: { title: 'ASC' } }).load(shelves[1].id),
      loadByParent(ctx, Book, 'shelfId', { order: { title: 'ASC' } }).load(shelves[1].id),
    ]);
    expect(kept.map((book) => book.title)).toEqual(['t1', 't3']);
    expect(all.map((book) => book.title)).toEqual(['t1', 't3', 't5']);
  });

  it('a unit of work starts with fresh loaders, so it reads its own writes', async () => {
    await runUnitOfWork(ctx, async (em) => {
      await em.save(em.create(Book, { shelfId: shelves[2].id, title: 't7', state: 'KEPT' }));
      expect((await loadByParent(ctx, Book, 'shelfId').load(shelves[2].id)).map((book) => book.title)).toEqual(['t7']);
    });
  });

  it('groups the 5,000 rows of 500 parents from one statement', async () => {
    const parents = Array.from({ length: 500 }, () => newId());
    await runUnitOfWork(ctx, async (em) => {
      await em.insert(
        Book,
        parents.flatMap((shelfId, i) => Array.from({ length: 10 }, (_, j) => ({ id: newId(), shelfId, title: `p${i}-${j}`, state: 'KEPT' }))),
      );
    });
    let lists: Book[][] = [];
    const statements = await statementsOf(ctx, async () => {
      lists = await Promise.all(parents.map((id) => loadByParent(ctx, Book, 'shelfId').load(id)));
    });
    expect(lists.every((books, i) => books.length === 10 && books.every((book) => book.shelfId === parents[i]))).toBe(true);
    expect(statements.filter((s) => /kernel_loader_book/.test(s))).toHaveLength(1);
  });

  it('plain-row reads give the same entities as find: the class, instants, booleans and JSON read back', async () => {
    const returnedAt = new Date('2026-02-28T23:59:59.999Z');
    const book = await runUnitOfWork(ctx, (em) =>
      em.save(em.create(Book, { shelfId: shelves[0].id, title: 'typed', state: 'KEPT', returnedAt, signed: true, tags: ['a', 'b'] })),
    );
    const fresh = new RequestContext({ db: ctx.db, clock: ctx.clock, bus: ctx.bus, actor: ctx.actor });
    const loaded = await loadById(fresh, Book).load(book.id);
    const found = await ctx.db.manager.findOneBy(Book, { id: book.id });
    expect(loaded).toBeInstanceOf(Book);
    expect(loaded).toEqual(found);
    expect(loaded?.returnedAt?.toISOString()).toBe('2026-02-28T23:59:59.999Z');
    expect(loaded?.signed).toBe(true);
    expect(loaded?.tags).toEqual(['a', 'b']);
  });

  it('get answers a key its loader already loaded at once, not as a promise; an unknown key through a batch', async () => {
    const fresh = new RequestContext({ db: ctx.db, clock: ctx.clock, bus: ctx.bus, actor: ctx.actor });
    const byShelf = rowsByParent(Book, 'shelfId', { where: { state: 'KEPT' }, order: { title: 'ASC' } });
    const pending = byShelf.of(fresh).get(shelves[1].id);
    expect(pending).toBeInstanceOf(Promise);
    expect((await pending).map((b) => b.title)).toEqual(['t1', 't3']);
    const known = byShelf.of(fresh).get(shelves[1].id);
    expect(Array.isArray(known)).toBe(true);
    await byShelf.of(fresh).preload(shelves.map((shelf) => shelf.id));
    expect(Array.isArray(byShelf.of(fresh).get(shelves[0].id))).toBe(true);
    // The same definition through loadByParent is the same loader of the request.
    expect(Array.isArray(loadByParent(fresh, Book, 'shelfId', { where: { state: 'KEPT' }, order: { title: 'ASC' } }).get(shelves[2].id))).toBe(true);
    // Released with the response, the request reads again.
    fresh.releaseLoaded();
    expect(byShelf.of(fresh).get(shelves[1].id)).toBeInstanceOf(Promise);
  });

  it('a loader with a join reads each row with the row it points to in one statement: only the joined columns, null where it points to none', async () => {
    const SHELF = Symbol('shelf');
    const orphan = await runUnitOfWork(ctx, (em) => em.save(em.create(Book, { shelfId: newId(), title: 'orphan', state: 'KEPT' })));
    const withShelf = rowsByParent(Book, 'shelfId', {
      order: { title: 'ASC' },
      columns: ['title'],
      join: { entity: Shelf, on: 'shelfId', columns: ['code'], into: SHELF },
    });
    const fresh = new RequestContext({ db: ctx.db, clock: ctx.clock, bus: ctx.bus, actor: ctx.actor });
    let lists: Book[][] = [];
    const statements = await statementsOf(fresh, async () => {
      lists = await Promise.all([shelves[1].id, orphan.shelfId].map((id) => withShelf.of(fresh).load(id)));
    });
    // One statement reads the books and their shelves (no statement of the shelves' own).
    const shelfReads = statements.filter((statement) => /kernel_loader_shelf/.test(statement));
    expect(shelfReads).toHaveLength(1);
    expect(shelfReads[0]).toMatch(/FROM "kernel_loader_book" "t" LEFT JOIN "kernel_loader_shelf"/);
    const [onB, orphans] = lists;
    expect(onB.map((book) => book.title)).toEqual(['t1', 't3', 't5']);
    for (const book of onB) {
      const shelf = (book as unknown as Record<symbol, Shelf>)[SHELF];
      expect(shelf).toBeInstanceOf(Shelf);
      expect({ ...shelf }).toEqual({ id: shelves[1].id, code: 'B' });
      // Only the asked columns of the book itself (with its key and id).
      expect(book.state).toBeUndefined();
    }
    expect(orphans.map((book) => [book.title, (book as unknown as Record<symbol, Shelf | null>)[SHELF]])).toEqual([['orphan', null]]);
    // The same rows without the join come from a loader of their own.
    expect(
      (
        await rowsByParent(Book, 'shelfId', { order: { title: 'ASC' }, columns: ['title'] })
          .of(fresh)
          .load(shelves[1].id)
      ).map((book) => Object.getOwnPropertySymbols(book)),
    ).toEqual([[], [], []]);
  });

  it('RowQuery.only reads only the named columns (and id); the rest of the entity stays unset', async () => {
    expect([...columnProperties(ctx.em, Book)].sort()).toEqual(['id', 'returnedAt', 'shelfId', 'signed', 'state', 'tags', 'title']);
    const page = await paginateRows(new RowQuery(ctx.em, Book).only(['title']).where('state', 'LOST'), { first: 5 });
    expect(page.edges.map((edge) => ({ ...edge.node }))).toEqual([{ id: expect.any(String), title: 't5' }]);
    expect(page.edges[0].node).toBeInstanceOf(Book);
  });

  it('RowQuery pages on id after the cursor, counts every match cursor aside, and matches nothing for an empty IN', async () => {
    const query = () => new RowQuery(ctx.em, Book).where('state', 'KEPT').whereIn('shelfId', [shelves[0].id, shelves[1].id]);
    const first = await paginateRows(query(), { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await paginateRows(query(), { first: 100, after: first.pageInfo.endCursor });
    expect(second.edges[0].node.id > first.edges[1].node.id).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(await first.totalCount).toBe(first.edges.length + second.edges.length);
    expect(await second.totalCount).toBe(await first.totalCount);
    expect(second.edges.every((edge) => edge.node instanceof Book && edge.node.state === 'KEPT')).toBe(true);
    const none = await paginateRows(new RowQuery(ctx.em, Book).whereIn('shelfId', []), { first: 5 });
    expect(none.edges).toEqual([]);
    expect(await none.totalCount).toBe(0);
  });
});

describe('columnsForSelection', () => {
  const columns = new Set(['id', 'title', 'shelfId', 'state']);
  const needs = { shelf: ['shelfId'], related: ['id', 'state'] };

  it('gives the selected columns and what the selected resolved fields declare they read', () => {
    const selected = new Set(['edges', 'edges.node', 'edges.node.title', 'edges.node.shelf', 'edges.node.shelf.code', 'edges.node.__typename', 'pageInfo']);
    expect(columnsForSelection(selected, 'edges.node.', columns, needs)?.sort()).toEqual(['shelfId', 'title']);
  });

  it('gives null (every column) for a selected field that is neither a column nor declared', () => {
    expect(columnsForSelection(new Set(['edges.node.title', 'edges.node.summary']), 'edges.node.', columns, needs)).toBeNull();
  });
});

describe('parseInstant', () => {
  it('reads stored instants exactly as new Date does, at the edges of a day, a leap day and a year', () => {
    for (const text of [
      '2026-03-02T09:00:10.123Z',
      '2024-02-29T23:59:59.999Z',
      '2025-12-31T23:59:59.999Z',
      '2026-01-01T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(parseInstant(text).getTime()).toBe(new Date(text).getTime());
    }
  });

  it('leaves any other text to new Date (years before 100, offsets, dates without a time)', () => {
    for (const text of ['0050-01-01T00:00:00.000Z', '2026-03-02T09:00:10+02:00', '2026-03-02', 'not a date']) {
      expect(parseInstant(text).getTime()).toEqual(new Date(text).getTime());
    }
  });
});

describe('selectedPaths', () => {
  it('lists the fields below a field as dotted paths, through fragments and inline fragments', () => {
    const document = parse(`
      query { partners(first: 5) { edges { node { id ...More ... on Partner { tapActive } } } } }
      fragment More on Partner { enrollments { state program { code } } }
    `);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    expect([...selectedPaths({ fieldNodes: [field], fragments })].sort()).toEqual([
      'edges',
      'edges.node',
      'edges.node.enrollments',
      'edges.node.enrollments.program',
      'edges.node.enrollments.program.code',
      'edges.node.enrollments.state',
      'edges.node.id',
      'edges.node.tapActive',
    ]);
  });
});
