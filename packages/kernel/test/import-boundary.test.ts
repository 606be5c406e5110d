import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..', '..', '..');

interface Case {
  name: string;
  filePath: string;
  code: string;
}

/**
 * The import boundary of eslint.config.mjs, through ESLint's API on sources that import across
 * domains (as text, in a domain's and in the gateway's place). Runs in a child process: ESLint
 * loads its flat config as an ES module.
 */
async function boundaryViolations(cases: Case[]): Promise<Record<string, string[]>> {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const cases = JSON.parse(process.argv[1]);
      const out = {};
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
        out[c.name] = result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const { stdout } = await run(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, string[]>;
}

describe('the import boundary between domains (ESLint)', () => {
  it("fails a domain that imports another domain's runtime code, or its contracts as values; allows the kernel and contracts as types", async () => {
    const fees = resolve(ROOT, 'packages/fees/src/index.ts');
    const found = await boundaryViolations([
      { name: 'runtime', filePath: fees, code: "import { createMembershipModule } from '@alliance/membership';\nexport const m = createMembershipModule;\n" },
      {
        name: 'deep',
        filePath: fees,
        code: "import { PartnerService } from '@alliance/membership/src/services/partner.service';\nexport const p = PartnerService;\n",
      },
      { name: 'contractsValue', filePath: fees, code: "import { MembershipApi } from '@alliance/membership/contracts';\nexport type M = MembershipApi;\n" },
      { name: 'contractsType', filePath: fees, code: "import type { MembershipApi } from '@alliance/membership/contracts';\nexport type M = MembershipApi;\n" },
      { name: 'kernel', filePath: fees, code: "import { RequestContext } from '@alliance/kernel';\nexport type C = RequestContext;\n" },
      {
        name: 'gateway',
        filePath: resolve(ROOT, 'apps/gateway/src/modules.ts'),
        code: "import { createFeesModule } from '@alliance/fees';\nexport const f = createFeesModule;\n",
      },
    ]);
    expect(found.runtime).toEqual([expect.stringContaining('A domain imports @alliance/kernel only')]);
    expect(found.deep).toEqual([expect.stringContaining('A domain imports @alliance/kernel only')]);
    expect(found.contractsValue).toEqual([expect.stringContaining('types only')]);
    expect(found.contractsType).toEqual([]);
    expect(found.kernel).toEqual([]);
    expect(found.gateway).toEqual([]);
  });
});
