import type { Gateway } from './server';

export interface HousekeepingReport {
  expiriesRecorded: number;
  noticesRecorded: number;
  idempotencyKeysPruned: number;
}

/**
 * The periodic work of the platform, in one place: sweep every domain's dated obligations into
 * the notice outbox (NOT-1), record the enrollment expiries the clock has made (MEM-4), apply
 * Partner Connect remediation deadlines (PC-10), and prune expired Idempotency-Keys. The sweep
 * goes first, so whatever fell due is recorded from the state before housekeeping changes it;
 * the notice rules judge each obligation by the facts at its due instant anyway, so a change
 * made in between takes nothing back.
 * Safe to run twice at one instant.
 */
export async function runHousekeeping(gateway: Gateway, at?: Date): Promise<HousekeepingReport> {
  const ctx = gateway.systemContext('housekeeping');
  const { recorded } = await ctx.transaction(() => gateway.modules.notices.notices.sweep(ctx, { at }));
  const expiriesRecorded = await ctx.transaction(() => gateway.modules.membership.enrollments.recordExpiries(ctx));
  await ctx.transaction(() => gateway.modules.partnerConnect.services.audits.applyRemediationDeadlines(ctx));
  // Idempotency keys past their 24 hours are deleted, so the table stays the size of a day's mutations.
  const idempotencyKeysPruned = await gateway.idempotency.prune(at ?? ctx.now());
  return { expiriesRecorded, noticesRecorded: recorded.length, idempotencyKeysPruned };
}

/** Runs housekeeping every `intervalMs` until stopped; failures are logged and retried next time. */
export function scheduleHousekeeping(gateway: Gateway, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runHousekeeping(gateway)
      .then((report) => {
        if (report.expiriesRecorded || report.noticesRecorded || report.idempotencyKeysPruned) gateway.app.log.info(report, 'housekeeping');
      })
      .catch((error: unknown) => gateway.app.log.error({ err: error }, 'housekeeping failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
