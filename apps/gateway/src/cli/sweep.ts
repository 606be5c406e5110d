import 'reflect-metadata';
import { UserError } from '@alliance/kernel';
import { runHousekeeping } from '../housekeeping';
import { CliIo, CommandSpec, CREATE_FLAG, EXIT, runAsProcess, runCommand, UsageError } from './command-line';
import { openGateway } from './open-gateway';

/**
 * `npm run sweep [-- --at 2026-06-01T00:00:00Z]`: records enrollment expiries, applies
 * remediation deadlines and records every due notice once (NOT-1). Running it twice for the
 * same instant records nothing new.
 */
export const SWEEP_COMMAND: CommandSpec = {
  command: 'npm run sweep --',
  summary:
    'records every notice due by the instant (default now) once, late ones included, then records enrollment expiries, applies Partner Connect remediation deadlines and prunes Idempotency-Keys past 24 hours (the running gateway also does this every minute)',
  flags: {
    at: { type: 'string', value: 'INSTANT', description: 'sweep up to this ISO-8601 instant instead of now (not after now, not before the last sweep)' },
    create: CREATE_FLAG,
  },
  notes: ['Exit codes: 0 swept, 1 the sweep was refused (the instant is ahead of the clock or before the last sweep), 2 bad arguments.'],
  examples: ['npm run sweep', 'npm run sweep -- --at 2026-06-01T00:00:00Z'],
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export async function sweepMain(argv: string[], io: CliIo): Promise<number> {
  return runCommand(SWEEP_COMMAND, argv, io, async (args) => {
    const given = args.string('at');
    const at = given === undefined ? undefined : new Date(given);
    if (given !== undefined && (!ISO_INSTANT.test(given) || Number.isNaN(at?.getTime()))) {
      throw new UsageError(`--at must be an ISO-8601 instant such as 2026-06-01T00:00:00Z, got "${given}"`);
    }
    const gateway = await openGateway(io, { create: args.flag('create') });
    try {
      const report = await runHousekeeping(gateway, at);
      io.stdout.write(`${report.noticesRecorded} notice(s) recorded, ${report.expiriesRecorded} expiry(ies) recorded\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`error: ${error.code}: ${error.message}\n`);
      return EXIT.failed;
    } finally {
      await gateway.close();
    }
  });
}

if (require.main === module) runAsProcess(sweepMain);
