import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configTableMarkdown } from '../config';
import { replaceSection } from '../docs/write-readme';
import { errorCatalogueMarkdown } from '../error-catalogue';
import { createModules } from '../modules';
import { printGatewaySchema } from '../schema';
import { CliIo, CommandSpec, EXIT, runAsProcess, runCommand } from './command-line';

export const SCHEMA_COMMAND: CommandSpec = {
  command: 'npm run schema',
  summary: "regenerates apps/gateway/schema.graphql and this README's error catalogue and configuration table",
  flags: {},
  notes: ['Run it after changing the API: a test fails while the committed schema or the catalogue is stale.'],
  examples: ['npm run schema'],
};

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';

export async function schemaMain(argv: string[], io: CliIo): Promise<number> {
  return runCommand(SCHEMA_COMMAND, argv, io, async () => {
    const schemaFile = resolve(ROOT, 'apps', 'gateway', 'schema.graphql');
    writeFileSync(schemaFile, await printGatewaySchema());
    io.stdout.write(`wrote ${schemaFile}\n`);

    const readme = resolve(ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    if (from < 0 || to < 0) {
      io.stderr.write(`error: ${readme} lacks the ${START} / ${END} markers\n`);
      return EXIT.failed;
    }
    const withCatalogue = `${text.slice(0, from + START.length)}\n${errorCatalogueMarkdown(createModules())}\n${text.slice(to)}`;
    writeFileSync(readme, replaceSection(withCatalogue, 'config', configTableMarkdown()));
    io.stdout.write(`wrote the error catalogue and the configuration table into ${readme}\n`);
    return EXIT.ok;
  });
}

if (require.main === module) runAsProcess(schemaMain);
