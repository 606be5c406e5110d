import 'reflect-metadata';
import { runHousekeeping } from '../housekeeping';
import { openGatewayForCli } from './cli-gateway';

/**
 * `npm run sweep [-- --at 2026-06-01T00:00:00Z]`: records enrollment expiries, applies
 * remediation deadlines and records every due notice once (NOT-1). Running it twice for the
 * same instant records nothing new.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const atIndex = args.indexOf('--at');
  const at = atIndex >= 0 ? new Date(args[atIndex + 1] ?? '') : undefined;
  if (at && Number.isNaN(at.getTime())) {
    process.stderr.write('--at must be an ISO date-time such as 2026-06-01T00:00:00Z\n');
    return 2;
  }
  const gateway = await openGatewayForCli();
  try {
    const report = await runHousekeeping(gateway, at);
    console.log(`${report.noticesRecorded} notice(s) recorded, ${report.expiriesRecorded} expiry(ies) recorded`);
    return 0;
  } finally {
    await gateway.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
