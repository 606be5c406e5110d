import { runJobs } from '@alliance/kernel';
import type { Gateway } from './server';

export interface HousekeepingReport {
  /** Each module job's count, by job name (`notices.sweep`, `membership.expiries`, ...). */
  jobs: Record<string, number>;
  noticesRecorded: number;
  expiriesRecorded: number;
  idempotencyKeysPruned: number;
}

/**
 * The periodic work of the platform: every module's jobs, stage by stage (see `runJobs`): the
 * notice sweep records every domain's dated obligations (NOT-1) before lifecycle jobs (MEM-4
 * expiries, PC-10 remediation deadlines) change the state; the notice rules judge each
 * obligation by the facts at its due instant anyway, so a change made in between takes nothing
 * back. Then the gateway prunes expired Idempotency-Keys. Safe to run twice at one instant.
 */
export async function runHousekeeping(gateway: Gateway, at?: Date): Promise<HousekeepingReport> {
  const jobs = await runJobs(gateway.modules.all, (name) => gateway.systemContext(`housekeeping:${name}`), at);
  // Idempotency keys past their 24 hours are deleted, so the table stays the size of a day's mutations.
  const idempotencyKeysPruned = await gateway.idempotency.prune(at ?? gateway.clock.now());
  return { jobs, noticesRecorded: jobs['notices.sweep'] ?? 0, expiriesRecorded: jobs['membership.expiries'] ?? 0, idempotencyKeysPruned };
}

/** Runs housekeeping every `intervalMs` until stopped; failures are logged and retried next time. */
export function scheduleHousekeeping(gateway: Gateway, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runHousekeeping(gateway)
      .then((report) => {
        if (Object.values(report.jobs).some(Boolean) || report.idempotencyKeysPruned) gateway.app.log.info(report, 'housekeeping');
      })
      .catch((error: unknown) => gateway.app.log.error({ err: error }, 'housekeeping failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
