import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Column, Entity } from 'typeorm';
import { DomainModule, eventsOf, FixedClock, Identified, reactions, RequestContext, runJobs, subscribeReactions, whereVisiblePartner } from '@alliance/kernel';
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
    const stop = subscribeReactions(
      [{ reactions: declared }, { reactions: { 'shop.order_placed': async (ctx: RequestContext) => inTransaction.push(ctx.inTransaction) } }],
      bus,
      () => RequestContext.system(db, new FixedClock(), bus),
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

@Entity('kernel_visibility_row')
class OwnedRow extends Identified {
  @Column({ type: 'varchar', length: 40 })
  partnerId: string;
}

describe('whereVisiblePartner', () => {
  it('keys that see every partner get every row; a partner key its own; a key that sees none gets nothing; two filters on one query keep their own parameters', async () => {
    const db = await createTestDatabase([OwnedRow]);
    await db.manager.save([
      db.manager.create(OwnedRow, { partnerId: 'a' }),
      db.manager.create(OwnedRow, { partnerId: 'b' }),
      db.manager.create(OwnedRow, { partnerId: 'c' }),
    ]);
    const rows = async (visiblePartnerIds: string[] | null) =>
      (
        await whereVisiblePartner(db.manager.createQueryBuilder(OwnedRow, 'row'), { visiblePartnerIds }, 'row.partnerId').orderBy('row.partnerId').getMany()
      ).map((row) => row.partnerId);
    expect(await rows(null)).toEqual(['a', 'b', 'c']);
    expect(await rows(['b'])).toEqual(['b']);
    expect(await rows(['a', 'c'])).toEqual(['a', 'c']);
    expect(await rows([])).toEqual([]);
    expect(await rows([''])).toEqual([]);
    const twice = whereVisiblePartner(
      whereVisiblePartner(db.manager.createQueryBuilder(OwnedRow, 'row'), { visiblePartnerIds: ['a', 'b'] }, 'row.partnerId'),
      { visiblePartnerIds: ['b', 'c'] },
      (p) => `row.partnerId IN (:...${p})`,
    );
    expect((await twice.getMany()).map((row) => row.partnerId)).toEqual(['b']);
  });

  it('every package filters lists by the visible partners through it, never by hand', () => {
    const packages = join(__dirname, '..', '..');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && readFileSync(path, 'utf8').includes('visiblePartnerIds')) offenders.push(relative(packages, path));
      }
    };
    for (const name of readdirSync(packages)) if (name !== 'kernel' && existsSync(join(packages, name, 'src'))) walk(join(packages, name, 'src'));
    expect(offenders).toEqual([]);
  });
});
