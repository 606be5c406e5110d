import { Column, Entity } from 'typeorm';
import { Identified, IdColumn, loadById, loadByParent, newId, RequestContext, runUnitOfWork } from '@alliance/kernel';
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
});
