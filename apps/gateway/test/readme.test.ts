import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS } from '../src/config';
import { IDEMPOTENCY_RETENTION_HOURS } from '../src/hardening/idempotency';
import { QUERY_COST_WEIGHTS, QUERY_LIMITS } from '../src/hardening/limits';
import { ROOT, runShell, startGatewayProcess } from './support/processes';

/**
 * What the READMEs tell a reader to type works as written, and every limit, default,
 * command and flag they quote is the one the code has.
 */

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const gatewayReadme = readFileSync(join(ROOT, 'apps/gateway/README.md'), 'utf8');
const dashboardReadme = readFileSync(join(ROOT, 'apps/dashboard/README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

function section(text: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  expect(text).toContain(start);
  return text.slice(text.indexOf(start) + start.length, text.indexOf(end));
}

/** The ```sh blocks of a piece of markdown, in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
}

describe('README walkthrough', () => {
  it('the curl walkthrough runs verbatim against a fresh gateway with the demo data: partners with ids, then chargeFee with an Idempotency-Key, replayed on retry', async () => {
    const blocks = shellBlocks(section(readme, 'walkthrough'));
    expect(blocks).toHaveLength(4);
    // Only the two settings a reader fills in are replaced.
    const [settings, ...steps] = blocks;
    expect(
      settings
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('=')[0]),
    ).toEqual(['URL', 'KEY']);

    const dir = mkdtempSync(join(tmpdir(), 'alliance-readme-'));
    const gateway = await startGatewayProcess({ SQLITE_PATH: join(dir, 'alliance.sqlite'), PORT: '0', LOG_LEVEL: 'warn' });
    try {
      expect(gateway.adminKey).toMatch(/^alk_/);
      const prelude = `URL=${gateway.url}\nKEY=${gateway.adminKey}\n`;
      const marker = (index: number) => `echo "@@step ${index}"`;
      const script = prelude + steps.map((step, index) => `${marker(index)}\n${step}\necho`).join('\n') + `\n${marker(steps.length)}\n${steps[2]}\n`;
      const result = await runShell(script, {});
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const outputs = result.stdout
        .split(/@@step \d+\n/)
        .slice(1)
        .map((text) => text.trim());
      expect(outputs).toHaveLength(4);

      const partners = JSON.parse(outputs[0]).data.partners.edges.map((edge: any) => edge.node);
      expect(partners).toHaveLength(5);
      for (const partner of partners) expect(partner.id).toMatch(/^[0-9a-f-]{36}$/);

      const partnerId = outputs[1];
      expect(partnerId).toBe(partners[0].id);

      const charged = JSON.parse(outputs[2]).data.chargeFee;
      expect(charged.userErrors).toEqual([]);
      expect(charged.invoice).toMatchObject({
        id: expect.any(String),
        status: expect.any(String),
        total: { amountMinor: expect.any(Number), currency: expect.any(String) },
      });
      // The same command again: the first answer, nothing charged twice.
      expect(outputs[3]).toBe(outputs[2]);
    } finally {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README figures come from the code', () => {
  const row = (attack: string) => readme.split('\n').find((line) => line.startsWith(`| ${attack} |`)) ?? '';

  it('the abuse limits table quotes the query limits, body limit, rate limit and idempotency retention', () => {
    expect(row('deeply nested query')).toContain(`| depth ${QUERY_LIMITS.maxDepth} |`);
    expect(row('alias flooding')).toContain(`| ${QUERY_LIMITS.maxAliases} aliases |`);
    expect(row('directive flooding')).toContain(`| ${QUERY_LIMITS.maxDirectives} directives |`);
    expect(row('huge documents')).toContain(`| ${QUERY_LIMITS.maxTokens} tokens |`);
    const { objectCost, scalarCost, depthCostFactor } = QUERY_COST_WEIGHTS;
    expect(row('expensive wide queries')).toContain(
      `| cost ${QUERY_LIMITS.maxCost} (objects ${objectCost}, scalars ${scalarCost}, depth factor ${depthCostFactor}) |`,
    );
    expect(row('large pages')).toContain(`≤ ${QUERY_LIMITS.maxPageSize},`);
    expect(row('oversized body')).toContain(`| ${Number(SETTINGS.BODY_LIMIT_BYTES.default) / 1024} KiB |`);
    expect(row('request flooding')).toContain(`| ${SETTINGS.RATE_LIMIT_PER_MINUTE.default} requests per key per minute,`);
    expect(row('retried payments')).toContain(`kept ${IDEMPOTENCY_RETENTION_HOURS} h`);
    expect(readme).toContain(`Keys are kept ${IDEMPOTENCY_RETENTION_HOURS} hours.`);
    expect(readme).toContain(`has more than ${QUERY_LIMITS.maxTokens} tokens.`);
  });

  it('the dashboard README quotes the same page size, depth and cost limits', () => {
    expect(dashboardReadme.replace(/\s+/g, ' ')).toContain(
      `(page size ${QUERY_LIMITS.maxPageSize}, depth ${QUERY_LIMITS.maxDepth}, cost ${QUERY_LIMITS.maxCost})`,
    );
  });

  it('"every minute" is the default housekeeping interval; host and port in the text are the defaults', () => {
    expect(SETTINGS.HOUSEKEEPING_INTERVAL_SECONDS.default).toBe('60');
    expect(readme).toContain('the running gateway also does this every minute');
    expect(gatewayReadme).toContain('run every minute');
    const address = `http://${SETTINGS.HOST.default}:${SETTINGS.PORT.default}`;
    for (const url of readme.match(/https?:\/\/(127\.0\.0\.1|localhost):\d+/g) ?? []) expect(url).toBe(address);
  });

  it('every npm command the READMEs give exists, and every flag they give a command is one it reads', () => {
    const text = [readme, gatewayReadme, dashboardReadme].join('\n');
    const used = new Set([...text.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]));
    for (const name of used) {
      if (name === 'build' && text.includes('npm run build --workspace')) continue;
      expect(Object.keys(scripts)).toContain(name);
    }
    const cli: Record<string, string> = { keys: 'keys', sweep: 'sweep', 'import-bookings': 'import-bookings', migrate: 'migrate' };
    for (const [command, file] of Object.entries(cli)) {
      const source =
        readFileSync(join(ROOT, `apps/gateway/src/cli/${file}.ts`), 'utf8') + readFileSync(join(ROOT, 'apps/gateway/src/cli/command-line.ts'), 'utf8');
      const lines = text.split('\n').filter((line) => line.includes(`npm run ${command}`));
      const flags = new Set(lines.flatMap((line) => [...line.matchAll(/(--[a-z][a-z-]+)/g)].map((match) => match[1])));
      for (const flag of flags) {
        // Read as a literal ('--role') or declared as a parseArgs option (role: { ... }, create: CREATE_FLAG).
        const option = new RegExp(`['"]?${flag.slice(2)}['"]?\\s*:\\s*(\\{|[A-Z_]+\\b)`);
        expect({ flag, read: source.includes(`'${flag}'`) || option.test(source) }).toEqual({ flag, read: true });
      }
    }
    expect(readme).toContain('add `--create` to create an empty one');
  });

  it("the README's configuration table names every variable with its default", () => {
    const table = section(readme, 'config');
    for (const setting of Object.values(SETTINGS) as { name: string; default?: string; defaultNote?: string }[]) {
      const line = table.split('\n').find((l) => l.startsWith(`| \`${setting.name}\` |`));
      expect(line).toBeDefined();
      expect(line).toContain(setting.defaultNote ?? (setting.default === undefined ? '| unset |' : `| \`${setting.default}\` |`));
    }
    // npm start turns introspection on, as the table says.
    expect(scripts.start).toContain('ALLIANCE_INTROSPECTION=${ALLIANCE_INTROSPECTION:-true}');
  });
});
