import { type RequestContext, runUnitOfWork } from './context';
import type { DomainModule } from './domain-module';
import type { EventBus } from './events';

/**
 * The stages of periodic work, run in this order: `sweep` records what fell due from the state
 * before `lifecycle` work (expiries, deadlines) changes it; `cleanup` prunes what has served.
 */
export const JOB_STAGES = ['sweep', 'lifecycle', 'cleanup'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

/** Periodic work a domain declares; the host runs every module's jobs, stage by stage. */
export interface PeriodicJob {
  /** `<domain>.<what>`: the key of its count in the report. */
  name: string;
  stage: JobStage;
  /**
   * Runs inside the unit of work the job runner opens. `at` is the instant a sweep is asked to
   * reach (a CLI's `--at`); undefined means now. Returns how many things it recorded or changed.
   */
  run(ctx: RequestContext, at: Date | undefined): Promise<number>;
}

/**
 * Runs every module's periodic jobs, stage by stage and in module order within a stage, each in
 * its own unit of work; returns each job's count by name.
 */
export async function runJobs(
  modules: readonly Pick<DomainModule, 'jobs'>[],
  contextFor: (jobName: string) => RequestContext,
  at?: Date,
): Promise<Record<string, number>> {
  const report: Record<string, number> = {};
  for (const stage of JOB_STAGES) {
    for (const module of modules) {
      for (const job of module.jobs ?? []) {
        if (job.stage !== stage) continue;
        const ctx = contextFor(job.name);
        report[job.name] = await runUnitOfWork(ctx, () => job.run(ctx, at));
      }
    }
  }
  return report;
}

/**
 * Subscribes each module's reactions to the events other domains publish. The reaction runner
 * opens the unit of work: each reaction runs in a transaction of its own, after the commit that
 * raised the event.
 */
export function subscribeReactions(modules: readonly Pick<DomainModule, 'reactions'>[], bus: EventBus, contextFor: () => RequestContext): () => void {
  const unsubscribe: (() => void)[] = [];
  for (const module of modules) {
    for (const [type, reaction] of Object.entries(module.reactions ?? {})) {
      unsubscribe.push(
        bus.subscribe(type, async (event) => {
          const ctx = contextFor();
          await runUnitOfWork(ctx, () => reaction(ctx, event));
        }),
      );
    }
  }
  return () => unsubscribe.forEach((stop) => stop());
}
