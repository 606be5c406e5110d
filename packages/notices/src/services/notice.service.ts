import { Between, In } from 'typeorm';
import {
  addDays,
  BadInputError,
  ConnectionResult,
  DueNotice,
  maxInstant,
  minInstant,
  noticeKey,
  NoticeRule,
  paginate,
  paginateArray,
  RequestContext,
} from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticeSweep } from '../entities/notice-sweep.entity';
import { NoticeDeliveryPayload, WebhookEnvelope } from '../events';
import { NoticesArgs } from '../inputs/notice.input';
import { dueInWindow, noticeEventType, orderKey, SweepWindow, sweepWindow } from '../rules/sweep.rules';
import { WebhookService } from './webhook.service';

/** Serialises writers of the notice outbox across processes (PostgreSQL advisory lock). */
const OUTBOX_LOCK = 'notices:outbox';

export interface SweepResult {
  sweep: NoticeSweep;
  /** Notices this sweep recorded (none when everything due was already recorded). */
  recorded: Notice[];
}

/** A notice computed by the rules, and whether it has been recorded yet. */
export interface UpcomingNotice extends DueNotice {
  key: string;
  partnerId: string | null;
  /** `data` as JSON text, for the API. */
  dataJson: string | null;
  recorded: boolean;
}

/**
 * NOT-1: the sweep that records due notices once, and the queries over recorded and
 * upcoming notices. Rules come from the domains through the kernel's `NoticeRule`.
 */
export class NoticeService {
  constructor(
    private readonly rules: () => NoticeRule[],
    private readonly webhooks: WebhookService,
    private readonly firstSweepLookbackDays: number,
  ) {}

  /**
   * Records every notice due in [previous sweep's end, at] that is not recorded yet, and
   * enqueues its webhook deliveries, with the sweep's bookkeeping, in one transaction.
   * Running it twice at the same instant records nothing new.
   */
  async sweep(ctx: RequestContext, options: { at?: Date | null } = {}): Promise<SweepResult> {
    return ctx.transaction(async (em) => {
      await ctx.db.lock(em, OUTBOX_LOCK);
      const now = ctx.now();
      const previous = await em.find(NoticeSweep, { order: { windowTo: 'DESC', id: 'DESC' }, take: 1 });
      const window = sweepWindow({ at: options.at ?? now, now, previousTo: previous[0]?.windowTo ?? null, lookbackDays: this.firstSweepLookbackDays });
      const due = await this.compute(ctx, window);
      const sweep = await em.save(
        em.create(NoticeSweep, { windowFrom: window.from, windowTo: window.to, ranAt: now, produced: 0, ranBy: ctx.actor.name }),
      );
      const recorded = await this.record(ctx, due, sweep.id);
      if (recorded.length) {
        await em.update(NoticeSweep, { id: sweep.id }, { produced: recorded.length });
        sweep.produced = recorded.length;
      }
      return { sweep, recorded };
    });
  }

  /**
   * Records the notices whose key is not recorded yet and enqueues a delivery of each to the
   * subscriptions that want `notice.<kind>`; returns the ones it recorded. Joins the open
   * transaction.
   */
  async record(ctx: RequestContext, notices: DueNotice[], sweepId: string | null = null): Promise<Notice[]> {
    if (!notices.length) return [];
    return ctx.transaction(async (em) => {
      await ctx.db.lock(em, OUTBOX_LOCK);
      const existing = await this.recordedKeys(ctx, notices);
      const fresh = dedupe(notices).filter((notice) => !existing.has(noticeKey(notice)));
      if (!fresh.length) return [];
      const now = ctx.now();
      const rows = await em.save(
        fresh.map((notice) =>
          em.create(Notice, {
            kind: notice.kind,
            subjectId: notice.subjectId,
            partnerId: notice.partnerId ?? null,
            dueAt: notice.dueAt,
            message: notice.message.slice(0, 2000),
            data: notice.data ?? null,
            recordedAt: now,
            sweepId,
          }),
        ),
      );
      const subscriptions = await this.webhooks.activeSubscriptions(em);
      if (subscriptions.length) {
        for (const row of rows) await this.webhooks.enqueue(em, noticeEnvelope(row), now, subscriptions);
      }
      return rows;
    });
  }

  /** NOT-1: what falls due in [asOf, asOf + days], computed from the rules, recorded or not. */
  async upcoming(ctx: RequestContext, args: { asOf?: Date | null; days: number; partnerId?: string | null }): Promise<UpcomingNotice[]> {
    const from = args.asOf ?? ctx.now();
    const window = { from, to: addDays(from, args.days) };
    const read = async () => {
      const due = (await this.compute(ctx, window)).filter(
        (notice) => ctx.canSeePartner(notice.partnerId) && (!args.partnerId || notice.partnerId === args.partnerId),
      );
      const recorded = await this.recordedKeys(ctx, due);
      return due.map((notice) => ({
        ...notice,
        partnerId: notice.partnerId ?? null,
        key: noticeKey(notice),
        dataJson: notice.data ? JSON.stringify(notice.data) : null,
        recorded: recorded.has(noticeKey(notice)),
      }));
    };
    // Reads take their turn on SQLite so they never see another request's uncommitted rows.
    return ctx.inTransaction ? read() : ctx.db.exclusive(read);
  }

  upcomingConnection(items: UpcomingNotice[], args: { first?: number | null; after?: string | null }): ConnectionResult<UpcomingNotice> {
    return paginateArray(items, args, orderKey);
  }

  /** Recorded notices; a PARTNER key sees only its own partner's. */
  list(ctx: RequestContext, args: NoticesArgs): Promise<ConnectionResult<Notice>> {
    if (args.from && args.to && args.from.getTime() > args.to.getTime()) {
      throw new BadInputError('to', 'to must not be before from');
    }
    const query = ctx.em.createQueryBuilder(Notice, 'notice');
    if (ctx.visiblePartnerIds) query.andWhere('notice.partnerId IN (:...visible)', { visible: [...ctx.visiblePartnerIds, ''] });
    if (args.partnerId) query.andWhere('notice.partnerId = :partnerId', { partnerId: args.partnerId });
    if (args.kind) query.andWhere('notice.kind = :kind', { kind: args.kind });
    if (args.from) query.andWhere('notice.dueAt >= :from', { from: args.from.toISOString() });
    if (args.to) query.andWhere('notice.dueAt <= :to', { to: args.to.toISOString() });
    return paginate(query, args);
  }

  /** The sweeps run so far, most recent last. */
  sweeps(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<NoticeSweep>> {
    return paginate(ctx.em.createQueryBuilder(NoticeSweep, 'sweep'), args);
  }

  /** Every rule's notices due in the window, each key once, in due order. */
  private async compute(ctx: RequestContext, window: SweepWindow): Promise<DueNotice[]> {
    const all: DueNotice[] = [];
    for (const rule of this.rules()) all.push(...(await rule.due(ctx.em, window.from, window.to)));
    return dueInWindow(all, window);
  }

  /** Keys of these notices that are already recorded (one statement). */
  private async recordedKeys(ctx: RequestContext, notices: DueNotice[]): Promise<Set<string>> {
    if (!notices.length) return new Set();
    const first = notices.map((notice) => notice.dueAt).reduce(minInstant);
    const last = notices.map((notice) => notice.dueAt).reduce(maxInstant);
    const rows = await ctx.em.find(Notice, {
      select: { id: true, kind: true, subjectId: true, dueAt: true },
      where: {
        kind: In([...new Set(notices.map((notice) => notice.kind))]),
        dueAt: Between(first, last),
      },
    });
    return new Set(rows.map((row) => noticeKey(row)));
  }
}

function dedupe(notices: DueNotice[]): DueNotice[] {
  const byKey = new Map<string, DueNotice>();
  for (const notice of notices) if (!byKey.has(noticeKey(notice))) byKey.set(noticeKey(notice), notice);
  return [...byKey.values()];
}

/** The delivery body of a recorded notice: type `notice.<kind>`, id the notice id. */
export function noticeEnvelope(notice: Notice): WebhookEnvelope {
  const payload: NoticeDeliveryPayload = {
    noticeId: notice.id,
    key: noticeKey(notice),
    kind: notice.kind,
    subjectId: notice.subjectId,
    dueAt: notice.dueAt.toISOString(),
    message: notice.message,
    data: notice.data,
    recordedAt: notice.recordedAt.toISOString(),
  };
  return { id: notice.id, type: noticeEventType(notice.kind), occurredAt: notice.dueAt.toISOString(), partnerId: notice.partnerId, payload };
}
