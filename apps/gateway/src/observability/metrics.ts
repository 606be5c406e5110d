import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock, Database } from '@alliance/kernel';
import { NoticeSweep, WebhookDelivery, WebhookDeliveryStatus } from '@alliance/notices';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WAIT_SECONDS = [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The gateway's Prometheus metrics, one registry per gateway. Request figures are counted
 * in this process; the webhook backlog and the sweep lag are read from the database when
 * scraped, so every replica reports the same shared state.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'outcome'>;
  private readonly turnWait: Histogram;
  private readonly databaseUp: Gauge;
  private readonly webhooksPending: Gauge;
  private readonly webhooksOldestPending: Gauge;
  private readonly webhooksFailed: Gauge;
  private readonly sweepLag: Gauge;
  private readonly lastSweep: Gauge;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'alliance_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, error, rejected, unauthenticated, rate_limited, replayed, internal_error).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'alliance_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: SECONDS,
      registers,
    });
    this.turnWait = new Histogram({
      name: 'alliance_database_queue_wait_seconds',
      help: 'SQLite: how long each unit of work waited for its turn on the one connection.',
      buckets: WAIT_SECONDS,
      registers,
    });
    this.databaseUp = new Gauge({ name: 'alliance_database_up', help: '1 when the database answered this scrape, 0 when it did not.', registers });
    this.webhooksPending = new Gauge({
      name: 'alliance_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting for their (next) attempt: the outbox backlog.',
      registers,
    });
    this.webhooksOldestPending = new Gauge({
      name: 'alliance_webhook_oldest_pending_age_seconds',
      help: 'Age of the oldest pending webhook delivery (0 when none is pending).',
      registers,
    });
    this.webhooksFailed = new Gauge({
      name: 'alliance_webhook_deliveries_failed',
      help: 'Webhook deliveries that failed every attempt (status FAILED).',
      registers,
    });
    // Registered once a sweep exists: before the first sweep there is no lag to report.
    this.sweepLag = new Gauge({
      name: 'alliance_notice_sweep_lag_seconds',
      help: 'Now minus the instant the last notice sweep covered (absent before the first sweep).',
      registers: [],
    });
    this.lastSweep = new Gauge({
      name: 'alliance_notice_last_sweep_timestamp_seconds',
      help: 'The instant the last notice sweep covered, as a Unix time.',
      registers: [],
    });
    if (db.serialized) db.onTurnWait = (waitMs) => this.turnWait.observe(waitMs / 1000);
    const pool = (db.dataSource.driver as { master?: { waitingCount?: number; totalCount?: number; idleCount?: number } }).master;
    if (db.isPostgres) {
      new Gauge({
        name: 'alliance_database_pool_waiting',
        help: 'PostgreSQL: requests waiting for a connection from the pool.',
        registers,
        collect() {
          this.set(pool?.waitingCount ?? 0);
        },
      });
      new Gauge({
        name: 'alliance_database_pool_connections',
        help: 'PostgreSQL: open connections in the pool.',
        registers,
        collect() {
          this.set(pool?.totalCount ?? 0);
        },
      });
    }
  }

  /** Records one /graphql response. */
  observeRequest(operation: string, outcome: string, seconds: number): void {
    this.requests.inc({ operation, outcome });
    this.duration.observe({ operation, outcome }, seconds);
  }

  /** Reads the shared state from the database, then renders every metric in Prometheus text format. */
  async render(): Promise<string> {
    await this.readDatabase();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readDatabase(): Promise<void> {
    const now = this.clock.now().getTime();
    try {
      const { pending, oldest, failed, swept } = await this.db.exclusive(async () => {
        const em = this.db.manager;
        const backlog = await em
          .createQueryBuilder(WebhookDelivery, 'delivery')
          .select('COUNT(*)', 'count')
          .addSelect('MIN(delivery.createdAt)', 'oldest')
          .where('delivery.status = :status', { status: WebhookDeliveryStatus.PENDING })
          .getRawOne<{ count: string | number; oldest: string | null }>();
        const failedCount = await em.count(WebhookDelivery, { where: { status: WebhookDeliveryStatus.FAILED } });
        const sweep = await em.createQueryBuilder(NoticeSweep, 'sweep').select('MAX(sweep.windowTo)', 'last').getRawOne<{ last: string | null }>();
        return { pending: Number(backlog?.count ?? 0), oldest: backlog?.oldest ?? null, failed: failedCount, swept: sweep?.last ?? null };
      });
      this.databaseUp.set(1);
      this.webhooksPending.set(pending);
      this.webhooksOldestPending.set(oldest ? Math.max(0, (now - Date.parse(oldest)) / 1000) : 0);
      this.webhooksFailed.set(failed);
      const registered = Boolean(this.registry.getSingleMetric('alliance_notice_sweep_lag_seconds'));
      if (swept) {
        this.lastSweep.set(Date.parse(swept) / 1000);
        this.sweepLag.set(Math.max(0, (now - Date.parse(swept)) / 1000));
        if (!registered) {
          this.registry.registerMetric(this.sweepLag);
          this.registry.registerMetric(this.lastSweep);
        }
      } else if (registered) {
        this.registry.removeSingleMetric('alliance_notice_sweep_lag_seconds');
        this.registry.removeSingleMetric('alliance_notice_last_sweep_timestamp_seconds');
      }
    } catch {
      // Metrics still answer with the database down; the scrape shows it.
      this.databaseUp.set(0);
    }
  }
}
