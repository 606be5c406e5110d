import { Column, Entity } from 'typeorm';
import { DomainModule, eventsOf, FixedClock, Identified, reactions, RequestContext, runJobs, subscribeReactions } from '@alliance/kernel';
import { createTestDatabase, RecordingBus } from '@alliance/testing';

@Entity('kernel_job_row')
class JobRow extends Identified {
  @Column({ type: 'varchar', length: 40 })
  what: string;
}

interface ShopEventMap {
  'shop.order_placed': { orderId: string; total: number };
}

describe('the module contract', () => {
  it('eventsOf raises events whose payload type follows the name; reactions<Map> receive that payload', async () => {
    const shopEvent = eventsOf<ShopEventMap>();
    const event = shopEvent('shop.order_placed', new Date('2026-01-01T00:00:00Z'), { orderId: 'o1', total: 3 }, 'p1');
    expect(event).toMatchObject({ type: 'shop.order_placed', partnerId: 'p1', payload: { orderId: 'o1', total: 3 } });

    const seen: number[] = [];
    const declared = reactions<ShopEventMap>({
      'shop.order_placed': async (_ctx, received) => {
        seen.push(received.payload.total);
      },
    });
    expect(Object.keys(declared)).toEqual(['shop.order_placed']);
    const db = await createTestDatabase([JobRow]);
    const bus = new RecordingBus();
    const inTransaction: boolean[] = [];
    const stop = subscribeReactions([{ reactions: declared }, { reactions: { 'shop.order_placed': async (ctx: RequestContext) => inTransaction.push(ctx.inTransaction) } }], bus, () =>
      RequestContext.system(db, new FixedClock(), bus),
    );
    await bus.publish([event]);
    expect(seen).toEqual([3]);
    // The reaction runner opens the unit of work; reactions join it.
    expect(inTransaction).toEqual([true]);
    stop();
    await bus.publish([event]);
    expect(seen).toEqual([3]);
  });

  it('runJobs runs every module job stage by stage (sweep before lifecycle before cleanup), each in its own transaction, and reports counts by name', async () => {
    const db = await createTestDatabase([JobRow]);
    const bus = new RecordingBus();
    const order: string[] = [];
    const job = (name: string, stage: 'sweep' | 'lifecycle' | 'cleanup', count: number) => ({
      name,
      stage,
      run: async (ctx: RequestContext, at: Date | undefined) => {
        expect(ctx.inTransaction).toBe(true);
        order.push(`${name}@${at?.toISOString() ?? 'now'}`);
        await ctx.em.save(ctx.em.create(JobRow, { what: name }));
        return count;
      },
    });
    const modules: Pick<DomainModule, 'jobs'>[] = [
      { jobs: [job('a.cleanup', 'cleanup', 0), job('a.lifecycle', 'lifecycle', 2)] },
      { jobs: [job('b.sweep', 'sweep', 5)] },
      {},
    ];
    const at = new Date('2026-02-01T00:00:00Z');
    const report = await runJobs(modules, () => RequestContext.system(db, new FixedClock(), bus), at);
    expect(order).toEqual(['b.sweep@2026-02-01T00:00:00.000Z', 'a.lifecycle@2026-02-01T00:00:00.000Z', 'a.cleanup@2026-02-01T00:00:00.000Z']);
    expect(report).toEqual({ 'b.sweep': 5, 'a.lifecycle': 2, 'a.cleanup': 0 });
    expect(await db.manager.count(JobRow)).toBe(3);
  });
});
