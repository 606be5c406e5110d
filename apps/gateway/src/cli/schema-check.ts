import 'reflect-metadata';
import { readSchemaFiles, unrecordedBreakingChanges } from '../schema-evolution';
import { CliIo, CommandSpec, EXIT, runAsProcess, runCommand } from './command-line';

export const SCHEMA_CHECK_COMMAND: CommandSpec = {
  command: 'npm run schema:check',
  summary: 'fails when apps/gateway/schema.graphql breaks a client of the released schema and SCHEMA-CHANGELOG.md does not record the change',
  flags: {},
  notes: [
    'Compares with apps/gateway/schema/released.graphql. Record each change it prints in apps/gateway/SCHEMA-CHANGELOG.md, quoted in backticks, with how a client migrates.',
    'Exit codes: 0 nothing unrecorded, 1 unrecorded breaking changes.',
  ],
  examples: ['npm run schema:check'],
};

export async function schemaCheckMain(argv: string[], io: CliIo): Promise<number> {
  return runCommand(SCHEMA_CHECK_COMMAND, argv, io, async () => {
    const { released, current, changelog } = readSchemaFiles();
    const unrecorded = unrecordedBreakingChanges(released, current, changelog);
    if (unrecorded.length === 0) {
      io.stdout.write('schema: no unrecorded breaking change since the released schema\n');
      return EXIT.ok;
    }
    io.stderr.write(`schema: ${unrecorded.length} breaking change(s) not recorded in apps/gateway/SCHEMA-CHANGELOG.md:\n`);
    for (const description of unrecorded) io.stderr.write(`  \`${description}\`\n`);
    return EXIT.failed;
  });
}

if (require.main === module) runAsProcess(schemaCheckMain);
