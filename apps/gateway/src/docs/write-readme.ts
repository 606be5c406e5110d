import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configTableMarkdown } from '../config';

/**
 * Rewrites the generated sections of the root README (`npm run schema` runs it): the
 * configuration table, from the settings table in src/config.ts.
 */
const README = resolve(__dirname, '..', '..', '..', '..', 'README.md');

export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} / ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

if (require.main === module) {
  writeFileSync(README, replaceSection(readFileSync(README, 'utf8'), 'config', configTableMarkdown()));
  console.log(`wrote the configuration table into ${README}`);
}
