import { RequestContext, UserError } from '@alliance/kernel';
import type { NoticeService } from './services/notice.service';

export interface SweepCommandResult {
  /** Process exit code: 0 done, 1 refused by a rule, 2 bad arguments. */
  exitCode: number;
  message: string;
}

/**
 * The `npm run sweep` command: `sweep [--at <ISO instant>]`. Runs one sweep with a system
 * context and says what it recorded; a refused sweep (ahead of the clock, before the last
 * one) or a malformed `--at` is reported, not thrown.
 */
export async function runSweepCommand(notices: NoticeService, ctx: RequestContext, args: string[]): Promise<SweepCommandResult> {
  let at: Date | null = null;
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    const parsed = value === undefined ? NaN : Date.parse(value);
    if (flag !== '--at' || Number.isNaN(parsed)) {
      return { exitCode: 2, message: 'usage: npm run sweep -- [--at 2026-03-01T00:00:00.000Z]' };
    }
    at = new Date(parsed);
  }
  try {
    const { sweep, recorded } = await notices.sweep(ctx, { at });
    const kinds = [...new Set(recorded.map((notice) => notice.kind))].sort();
    return {
      exitCode: 0,
      message:
        `sweep ${sweep.id}: ${sweep.windowFrom.toISOString()} .. ${sweep.windowTo.toISOString()}, ` +
        `${recorded.length} new notice(s)${kinds.length ? ` (${kinds.join(', ')})` : ''}`,
    };
  } catch (error) {
    if (error instanceof UserError) return { exitCode: 1, message: `${error.code}: ${error.message}` };
    throw error;
  }
}
