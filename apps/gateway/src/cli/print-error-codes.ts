import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorCatalogueMarkdown } from '../error-catalogue';
import { createModules } from '../modules';

/** Rewrites the error-code catalogue between its markers in the root README (`npm run error-codes`). */
const README = resolve(__dirname, '..', '..', '..', '..', 'README.md');
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';
const text = readFileSync(README, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < 0) throw new Error(`README.md lacks the ${START} / ${END} markers`);
writeFileSync(README, `${text.slice(0, from + START.length)}\n${errorCatalogueMarkdown(createModules())}\n${text.slice(to)}`);
console.log(`wrote the error catalogue into ${README}`);
