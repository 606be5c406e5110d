import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  currentEventKind,
  currentNoticeKind,
  Notice,
  RENAMED_NOTICE_KINDS,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookSubscription,
  WebhookSubscriptionStatus,
} from '@alliance/notices';
import { createDataSource } from '../src/data-source';
import { runMigrations } from '../src/migrate';
import { createModules } from '../src/modules';
import { NoticesNoticeKindNames1796300000000 as RenameSqlite } from '../../../packages/notices/src/migrations/sqlite/1796300000000-notice-kind-names';
import { NoticesNoticeKindNames1796300000000 as RenamePostgres } from '../../../packages/notices/src/migrations/postgres/1796300000000-notice-kind-names';
import { onDatabase, scratchDatabase, ScratchDatabase } from './support/harness';

const at = new Date('2026-03-01T00:00:00.000Z');

describe(`notice kind names on ${onDatabase}`, () => {
  let dir: string;
  let scratch: ScratchDatabase;
  let source: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-kinds-'));
    scratch = await scratchDatabase(dir);
    source = createDataSource(scratch.database, createModules().all);
    await source.initialize();
    await runMigrations(source);
  });

  afterAll(async () => {
    if (source?.isInitialized) await source.destroy();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every renamed kind is `<domain>.<snake_case>`; former names map to it, other names stay', () => {
    for (const [from, to] of Object.entries(RENAMED_NOTICE_KINDS)) {
      expect(to).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(currentNoticeKind(from)).toBe(to);
      expect(currentEventKind(`notice.${from}`)).toBe(`notice.${to}`);
    }
    expect(currentNoticeKind('fees.invoice_due')).toBe('fees.invoice_due');
    expect(currentEventKind('support.case_breached')).toBe('support.case_breached');
    expect(currentEventKind('notice.*')).toBe('notice.*');
  });

  it('the data migration renames stored notices, undelivered deliveries and subscriptions, and its down restores them; a delivered body stays as sent', async () => {
    const em = source.manager;
    const notice = await em.save(
      em.create(Notice, { kind: 'PC_AUDIT_NOTICE', subjectId: 'p1', partnerId: null, dueAt: at, message: 'audit', data: null, recordedAt: at, sweepId: null }),
    );
    const subscription = await em.save(
      em.create(WebhookSubscription, {
        url: 'https://hooks.example/a',
        eventKinds: ['notice.PC_AUDIT_NOTICE', 'notice.SUPPORT_CASE_BREACHED', 'certification.*'],
        partnerId: null,
        description: null,
        status: WebhookSubscriptionStatus.ACTIVE,
        createdAt: at,
        createdBy: 'test',
      }),
    );
    const body = (id: string) =>
      JSON.stringify({
        id,
        type: 'notice.PC_AUDIT_NOTICE',
        occurredAt: at.toISOString(),
        partnerId: null,
        payload: { noticeId: id, key: `PC_AUDIT_NOTICE:p1:${at.toISOString()}`, kind: 'PC_AUDIT_NOTICE' },
      });
    const delivery = (eventId: string, status: WebhookDeliveryStatus) =>
      em.create(WebhookDelivery, {
        subscriptionId: subscription.id,
        eventId,
        eventType: 'notice.PC_AUDIT_NOTICE',
        partnerId: null,
        body: body(eventId),
        status,
        attemptsLeft: 3,
        nextAttemptAt: at,
        createdAt: at,
      });
    const [pending, delivered] = await em.save([
      delivery('e-pending', WebhookDeliveryStatus.PENDING),
      delivery('e-delivered', WebhookDeliveryStatus.DELIVERED),
    ]);

    const migration = scratch.database.type === 'postgres' ? new RenamePostgres() : new RenameSqlite();
    const runner = source.createQueryRunner();
    try {
      await migration.up(runner);
      expect((await em.findOneByOrFail(Notice, { id: notice.id })).kind).toBe('partner_connect.audit_notice');
      expect((await em.findOneByOrFail(WebhookSubscription, { id: subscription.id })).eventKinds).toEqual([
        'notice.partner_connect.audit_notice',
        'notice.support.case_breached',
        'certification.*',
      ]);
      const renamed = await em.findOneByOrFail(WebhookDelivery, { id: pending.id });
      expect(renamed.eventType).toBe('notice.partner_connect.audit_notice');
      expect(JSON.parse(renamed.body)).toMatchObject({
        type: 'notice.partner_connect.audit_notice',
        payload: { kind: 'partner_connect.audit_notice', key: `partner_connect.audit_notice:p1:${at.toISOString()}` },
      });
      const sent = await em.findOneByOrFail(WebhookDelivery, { id: delivered.id });
      expect([sent.eventType, sent.body]).toEqual(['notice.PC_AUDIT_NOTICE', body('e-delivered')]);

      await migration.down(runner);
      expect((await em.findOneByOrFail(Notice, { id: notice.id })).kind).toBe('PC_AUDIT_NOTICE');
      expect((await em.findOneByOrFail(WebhookSubscription, { id: subscription.id })).eventKinds).toEqual([
        'notice.PC_AUDIT_NOTICE',
        'notice.SUPPORT_CASE_BREACHED',
        'certification.*',
      ]);
      expect((await em.findOneByOrFail(WebhookDelivery, { id: pending.id })).body).toBe(body('e-pending'));
    } finally {
      await runner.release();
    }
  });
});
