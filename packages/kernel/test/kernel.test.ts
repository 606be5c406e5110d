import { Column, Entity } from 'typeorm';
import {
  addMonths,
  Connection,
  decodeCursor,
  encodeCursor,
  FixedClock,
  fromDateOnly,
  Identified,
  InstantColumn,
  Money,
  newId,
  paginate,
  asPort,
  runMutation,
  runUnitOfWork,
  UserError,
} from '@alliance/kernel';
import { createTestDatabase, RecordingBus, testContext } from '@alliance/testing';

@Entity('kernel_counter')
class Counter extends Identified {
  @Column({ type: 'integer' })
  value: number;

  @InstantColumn({ nullable: true })
  touchedAt: Date | null;
}

describe('kernel', () => {
  it('Money keeps integer minor units and refuses fractions', () => {
    expect(Money.of(100_000).add(Money.of(99_500)).amountMinor).toBe(199_500);
    expect(Money.of(12_345).toString()).toBe('123.45 USD');
    expect(() => Money.of(1.5)).toThrow(RangeError);
    expect(() => Money.of(1, 'USD').add(Money.of(1, 'EUR'))).toThrow(/cannot combine/);
  });

  it('time-ordered ids sort by creation', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('calendar months clamp the day of month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2028-01-31T00:00:00Z'), 1).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(() => fromDateOnly('2026-02-30')).toThrow(RangeError);
  });

  it('cursors round-trip and foreign cursors are refused', () => {
    expect(decodeCursor(encodeCursor('abc'))).toBe('abc');
    expect(() => decodeCursor('bm9wZQ')).toThrow(/cursor/);
  });

  it('FixedClock stands still until moved', () => {
    const clock = new FixedClock('2026-03-01T00:00:00.000Z');
    clock.advance(1);
    expect(clock.now().toISOString()).toBe('2026-03-01T00:00:00.001Z');
  });

  describe('on SQLite', () => {
    it('instants keep milliseconds exactly', async () => {
      const db = await createTestDatabase([Counter]);
      const saved = await db.manager.save(Counter, { value: 1, touchedAt: new Date('2026-05-01T23:59:59.999Z') });
      const read = await db.manager.findOneByOrFail(Counter, { id: saved.id });
      expect(read.touchedAt?.toISOString()).toBe('2026-05-01T23:59:59.999Z');
    });

    it('concurrent read-then-write transactions never interleave (one queue)', async () => {
      const db = await createTestDatabase([Counter]);
      const row = await db.manager.save(Counter, { value: 0, touchedAt: null });
      await Promise.all(
        Array.from({ length: 20 }, () =>
          db.transaction(async (em) => {
            const current = await em.findOneByOrFail(Counter, { id: row.id });
            await new Promise((resolve) => setTimeout(resolve, 1));
            await em.update(Counter, { id: row.id }, { value: current.value + 1 });
          }),
        ),
      );
      expect((await db.manager.findOneByOrFail(Counter, { id: row.id })).value).toBe(20);
    });

    it('a failed unit of work rolls back whole and its events are never published', async () => {
      const db = await createTestDatabase([Counter]);
      const bus = new RecordingBus();
      const ctx = testContext(db, { bus });
      const payload = await runMutation(ctx, async (): Promise<{ done: boolean }> => {
        await ctx.em.save(Counter, { value: 1, touchedAt: null });
        await ctx.publish({ id: newId(), type: 'counted', occurredAt: ctx.now(), partnerId: null, payload: {} });
        throw new UserError('TOO_MANY', 'no more counting', 'value');
      });
      expect(payload.userErrors).toEqual([{ code: 'TOO_MANY', field: 'input.value', message: 'no more counting' }]);
      expect(await db.manager.count(Counter)).toBe(0);
      expect(bus.events).toHaveLength(0);
    });

    it("a broken rule raised through another domain's port keeps its code and message but names no field of the caller's", async () => {
      const db = await createTestDatabase([Counter]);
      const ctx = testContext(db);
      const provider = {
        async charge(_ctx: unknown, input: { feeKind: string }): Promise<{ invoiceId: string }> {
          throw new UserError('FEE_NOT_SCHEDULED', `no ${input.feeKind} fee`, 'feeKind');
        },
      };
      const direct = await runMutation(ctx, () => provider.charge(ctx, { feeKind: 'X' }));
      expect(direct.userErrors).toEqual([{ code: 'FEE_NOT_SCHEDULED', field: 'input.feeKind', message: 'no X fee' }]);
      const port = asPort(provider);
      const through = await runMutation(ctx, () => port.charge(ctx, { feeKind: 'X' }));
      expect(through.userErrors).toEqual([{ code: 'FEE_NOT_SCHEDULED', field: null, message: 'no X fee' }]);
    });

    it('a service that raises an event outside a unit of work is refused; runUnitOfWork opens one and joins an open one', async () => {
      const db = await createTestDatabase([Counter]);
      const bus = new RecordingBus();
      const ctx = testContext(db, { bus });
      const event = () => ({ id: newId(), type: 'counted', occurredAt: ctx.now(), partnerId: null, payload: {} });
      await expect(ctx.publish(event())).rejects.toThrow(/outside a unit of work/);
      await runUnitOfWork(ctx, async (outer) => {
        await runUnitOfWork(ctx, async (inner) => {
          expect(inner).toBe(outer);
          await ctx.publish(event());
        });
        expect(bus.events).toHaveLength(0);
      });
      expect(bus.events).toHaveLength(1);
    });

    it('events raised in a transaction are published after it commits', async () => {
      const db = await createTestDatabase([Counter]);
      const bus = new RecordingBus();
      const ctx = testContext(db, { bus });
      let countSeenByHandler = -1;
      bus.subscribe('counted', async () => {
        countSeenByHandler = await db.manager.count(Counter);
      });
      await runMutation(ctx, async () => {
        await ctx.em.save(Counter, { value: 1, touchedAt: null });
        await ctx.publish({ id: newId(), type: 'counted', occurredAt: ctx.now(), partnerId: null, payload: {} });
        expect(bus.events).toHaveLength(0);
        return {};
      });
      expect(bus.ofType('counted')).toHaveLength(1);
      expect(countSeenByHandler).toBe(1);
    });

    it('concurrent units of work on one context never share or steal a transaction', async () => {
      const db = await createTestDatabase([Counter]);
      const ctx = testContext(db);
      let releaseFirst!: () => void;
      const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstOpened!: () => void;
      const opened = new Promise<void>((resolve) => (firstOpened = resolve));
      const managers: unknown[] = [];
      const first = runUnitOfWork(ctx, async (em) => {
        managers.push(ctx.em);
        expect(ctx.em).toBe(em);
        await em.save(Counter, { value: 1, touchedAt: null });
        firstOpened();
        await firstHolds;
        expect(ctx.em).toBe(em);
      });
      await opened;
      // A second lane on the same context: outside any transaction it sees none...
      expect(ctx.inTransaction).toBe(false);
      expect(ctx.em).toBe(db.manager);
      // ...and its own unit of work is its own: it fails and rolls back alone.
      const second = runUnitOfWork(ctx, async (em) => {
        managers.push(ctx.em);
        await em.save(Counter, { value: 2, touchedAt: null });
        throw new Error('second lane fails');
      });
      releaseFirst();
      await first;
      await expect(second).rejects.toThrow('second lane fails');
      expect(managers[0]).not.toBe(managers[1]);
      expect((await db.manager.find(Counter)).map((row) => row.value)).toEqual([1]);
    });

    it('one unit of work reads the clock once', async () => {
      const db = await createTestDatabase([Counter]);
      const clock = new FixedClock('2026-03-01T12:24:23.561Z');
      const ctx = testContext(db, { clock });
      const seen = await runUnitOfWork(ctx, async () => {
        const first = ctx.now();
        clock.advance(2);
        const second = await runUnitOfWork(ctx, async () => ctx.now());
        return [first.toISOString(), second.toISOString()];
      });
      expect(seen).toEqual(['2026-03-01T12:24:23.561Z', '2026-03-01T12:24:23.561Z']);
      // Outside a unit of work the clock is read as it stands.
      expect(ctx.now().toISOString()).toBe('2026-03-01T12:24:23.563Z');
    });

    it('keyset pagination pages in creation order', async () => {
      const db = await createTestDatabase([Counter]);
      for (let i = 0; i < 5; i++) await db.manager.save(Counter, { value: i, touchedAt: null });
      const first = await paginate(db.manager.createQueryBuilder(Counter, 'c'), { first: 2 });
      expect(first.edges.map((e) => e.node.value)).toEqual([0, 1]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await paginate(db.manager.createQueryBuilder(Counter, 'c'), { first: 10, after: first.pageInfo.endCursor });
      expect(rest.edges.map((e) => e.node.value)).toEqual([2, 3, 4]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });
  });

  it('Connection builds a named connection type', () => {
    class Thing {}
    expect(typeof Connection(Thing, 'Thing')).toBe('function');
  });
});

describe('kernel Database turn-wait hook', () => {
  it('onTurnWait is told once per queued unit of work on SQLite, and a unit queued behind another waits until it is done', async () => {
    const db = await createTestDatabase([Counter]);
    const waits: number[] = [];
    db.onTurnWait = (ms) => waits.push(ms);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = db.exclusive(async () => {
      order.push('first started');
      await held;
      order.push('first done');
    });
    const second = db.exclusive(async () => {
      order.push('second started');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first started']);
    expect(waits).toHaveLength(1);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first started', 'first done', 'second started']);
    expect(waits).toHaveLength(2);
    for (const ms of waits) expect(ms).toBeGreaterThanOrEqual(0);
    // Re-entrant work inside a turn does not queue, so it reports no wait.
    await db.exclusive(() => db.exclusive(async () => undefined));
    expect(waits).toHaveLength(3);
  });
});
