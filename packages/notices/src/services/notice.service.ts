import { In } from 'typeorm';
import {
  addDays,
  BadInputError,
  ConnectionResult,
  DueNotice,
  noticeKey,
  NoticeRule,
  paginate,
  paginateArray,
  RequestContext,
  whereVisiblePartner,
} from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticeSweep } from '../entities/notice-sweep.entity';
import { NoticeDeliveryPayload, WebhookEnvelope } from '../events';
import { NoticesArgs } from '../inputs/notice.input';
import { dueBy, dueInWindow, noticeEventType, orderKey, SweepWindow, sweepWindow } from '../rules/sweep.rules';
import { WebhookService } from './webhook.service';
import { currentNoticeKind } from '../rules/kind-names.rules';

/** Serialises writers of the notice outbox across processes (PostgreSQL advisory lock). */
const OUTBOX_LOCK = 'notices:outbox';
/** Recorded keys are looked up this many subjects at a time (bounded statement parameters). */
const KEY_LOOKUP_CHUNK = 500;

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
    private readonly overlapMs: number = 0,
  ) {}

  /**
   * Records every notice due by `at` (default now) that is not recorded yet, and enqueues its
   * webhook deliveries, with the sweep's bookkeeping, in one transaction. It looks forward by due
   * instant from where the sweeps so far reached, and back by write instant at what was written
   * since the previous sweep ran, so a late obligation is recorded too (see `sweepWindow`).
   * Running it twice at the same instant records nothing new.
   */
  async sweep(ctx: RequestContext, options: { at?: Date | null } = {}): Promise<SweepResult> {
    const em = ctx.em;
    await ctx.db.lock(em, OUTBOX_LOCK);
    const now = ctx.now();
    const previous = await em.find(NoticeSweep, { order: { windowTo: 'DESC', id: 'DESC' }, take: 1 });
    const window = sweepWindow({
      at: options.at ?? now,
      now,
      previous: previous[0] ?? null,
      lookbackDays: this.firstSweepLookbackDays,
      overlapMs: this.overlapMs,
      explicitAt: Boolean(options.at),
    });
    const due = await this.compute(ctx, window);
    const sweep = await em.save(
      em.create(NoticeSweep, {
        windowFrom: window.from,
        windowTo: window.to,
        writtenSince: window.writtenSince,
        ranAt: now,
        produced: 0,
        ranBy: ctx.actor.name,
      }),
    );
    const recorded = await this.record(ctx, due, sweep.id);
    if (recorded.length) {
      await em.update(NoticeSweep, { id: sweep.id }, { produced: recorded.length });
      sweep.produced = recorded.length;
    }
    return { sweep, recorded };
  }

  /**
   * Records the notices whose key is not recorded yet and enqueues a delivery of each to the
   * subscriptions that want `notice.<kind>`; returns the ones it recorded, in the caller's unit
   * of work.
   */
  async record(ctx: RequestContext, notices: DueNotice[], sweepId: string | null = null): Promise<Notice[]> {
    if (!notices.length) return [];
    const em = ctx.em;
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
    whereVisiblePartner(query, ctx, 'notice.partnerId');
    if (args.partnerId) query.andWhere('notice.partnerId = :partnerId', { partnerId: args.partnerId });
    // Former kind names still find the renamed notices (deprecated; CHANGELOG.md).
    if (args.kind) query.andWhere('notice.kind = :kind', { kind: currentNoticeKind(args.kind) });
    if (args.from) query.andWhere('notice.dueAt >= :from', { from: args.from.toISOString() });
    if (args.to) query.andWhere('notice.dueAt <= :to', { to: args.to.toISOString() });
    return paginate(query, args);
  }

  /** The sweeps run so far, most recent last. */
  sweeps(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<NoticeSweep>> {
    return paginate(ctx.em.createQueryBuilder(NoticeSweep, 'sweep'), args);
  }

  /**
   * Every rule's notices, each key once, in due order: due in the window, and, for a sweep, those
   * due by its end from facts written since `writtenSince` (the late path).
   */
  private async compute(ctx: RequestContext, window: SweepWindow): Promise<DueNotice[]> {
    const all: DueNotice[] = [];
    for (const rule of this.rules()) {
      all.push(...(await rule.due(ctx.em, window.from, window.to)));
      if (window.writtenSince && rule.writtenSince) all.push(...(await rule.writtenSince(ctx.em, window.writtenSince, window.to)));
    }
    return window.writtenSince ? dueBy(all, window.to) : dueInWindow(all, window);
  }

  /** Keys of these notices that are already recorded, looked up by kind and subject (indexed). */
  private async recordedKeys(ctx: RequestContext, notices: DueNotice[]): Promise<Set<string>> {
    const keys = new Set<string>();
    if (!notices.length) return keys;
    const kinds = [...new Set(notices.map((notice) => notice.kind))];
    const subjects = [...new Set(notices.map((notice) => notice.subjectId))];
    for (let at = 0; at < subjects.length; at += KEY_LOOKUP_CHUNK) {
      const rows = await ctx.em.find(Notice, {
        select: { id: true, kind: true, subjectId: true, dueAt: true },
        where: { kind: In(kinds), subjectId: In(subjects.slice(at, at + KEY_LOOKUP_CHUNK)) },
      });
      for (const row of rows) keys.add(noticeKey(row));
    }
    return keys;
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
