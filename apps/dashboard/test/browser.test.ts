/**
 * End to end in headless Chromium (Debian's `chromium`, driven by playwright-core): a real
 * gateway on demo data, listening on 127.0.0.1, serves the explorer and the dashboard; the
 * tests use them as a person would and check what they show against the API itself.
 *
 * Skipped (with a message) only when Chromium is not installed; on CI (CI=true) a missing
 * Chromium fails instead, since .ci/run installs it.
 * `UPDATE_DASHBOARD_SCREENSHOT=1` also writes the dashboard screenshot to docs/dashboard.png.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { Role, runUnitOfWork } from '@alliance/kernel';
import { GatewayConfig, loadConfig } from '../../gateway/src/config';
import { loadDemoData } from '../../gateway/src/demo';
import { DASHBOARD_DIST_DIR, registerStaticPages } from '../../gateway/src/http/static.route';
import { createGateway, Gateway } from '../../gateway/src/server';
import { build } from '../build';
import { KINDS_WITH_SENTENCES, noticeSentenceFromData } from '../src/dashboard/model';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = resolve(__dirname, '..', '..', '..', 'docs', 'dashboard.png');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's \`chromium\` package, or set CHROMIUM_PATH)`);
}
const describeInBrowser = haveChromium ? describe : describe.skip;

// CI installs Chromium: there, a missing browser is a broken setup, not a reason to skip.
if (!haveChromium && process.env.CI === 'true') {
  it("Chromium is installed on CI (.ci/run installs Debian's `chromium`)", () => {
    throw new Error(`no Chromium at ${CHROMIUM}`);
  });
}

interface Running {
  gateway: Gateway;
  baseUrl: string;
  /** POSTs to /graphql over HTTP, as the pages do; fails on any error. */
  api<T = any>(key: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  mintKey(role: Role, partnerId?: string): Promise<{ secret: string; keyId: string }>;
  close(): Promise<void>;
}

let built: Promise<unknown> | null = null;

/**
 * Builds the pages once per run, into the directory the gateway serves by default
 * (apps/dashboard/dist): the test registers the route with it, and a gateway that already
 * registers the route itself serves the same files.
 */
function buildPages(): Promise<unknown> {
  built ??= build({ outDir: DASHBOARD_DIST_DIR });
  return built;
}

/** A gateway on in-memory SQLite with the demo data, the pages registered, listening on a free port. */
async function startGateway(config: Partial<GatewayConfig>): Promise<Running> {
  const distDir = DASHBOARD_DIST_DIR;
  const gateway = await createGateway({
    config: { ...loadConfig({}), database: { type: 'sqlite', path: ':memory:' }, rateLimitPerMinute: 0, ...config },
    logger: false,
  });
  await loadDemoData(gateway);
  if (!gateway.app.hasRoute({ method: 'GET', url: '/dashboard' })) registerStaticPages(gateway.app, { distDir });
  await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = gateway.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const ctx = gateway.systemContext();
  return {
    gateway,
    baseUrl,
    async api(key, query, variables) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async mintKey(role, partnerId) {
      const { key, secret } = await runUnitOfWork(ctx, () =>
        gateway.modules.access.keys.mint(ctx, {
          name: role === Role.PARTNER ? 'Partner portal' : `${role.toLowerCase().replace(/_/g, ' ')} (browser test)`,
          role,
          partnerId: partnerId ?? null,
        }),
      );
      return { secret, keyId: key.id };
    },
    close: () => gateway.close(),
  };
}

/** A fresh browser profile that records every request and every Content-Security-Policy violation. */
async function openBrowser(): Promise<{ context: BrowserContext; requests: string[]; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'alliance-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    context,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * What sticks out sideways: elements past the viewport's right (or left) edge that are not inside
 * a scrolling or clipping box, and controls (links, buttons, fields) not wholly on screen.
 */
async function horizontalLayout(page: Page): Promise<{ scrollWidth: number; overflowing: string[]; offScreenControls: string[]; controls: number }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const overflowing: string[] = [];
    const offScreenControls: string[] = [];
    let controls = 0;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const out = r.right > width + 0.5 || r.left < -0.5;
      if (out && !clipped(el)) overflowing.push(`${name(el)} ${Math.round(r.left)}..${Math.round(r.right)}`);
      if (el.matches('a, button, input, select, summary')) {
        controls += 1;
        if (out) offScreenControls.push(`${name(el)} ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, overflowing, offScreenControls, controls };
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function signIn(page: Page, key: string): Promise<void> {
  await page.locator('#api-key').fill(key);
  await page.getByRole('button', { name: 'Use this key' }).click();
}

/** Types an operation into GraphiQL's editor as a person would, runs it, and returns the result pane's JSON. */
async function runInExplorer(page: Page, query: string, operationName: string): Promise<unknown> {
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  // GraphiQL reads the operation name from the editor after a short debounce.
  await page.waitForFunction(
    (name) => JSON.parse(localStorage.getItem('graphiql:tabState') ?? '{"tabs":[]}').tabs.some((t: { operationName?: string }) => t.operationName === name),
    operationName,
  );
  await page.locator('.graphiql-execute-button').click();
  const text = await page.waitForFunction(() => {
    const el = document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null;
    const value = el?.CodeMirror?.getValue() ?? '';
    return value.trim().startsWith('{') ? value : null;
  });
  return JSON.parse((await text.jsonValue()) as string);
}

const points = (thousandths: number) => (thousandths / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 });

const PARTNERS = `{ partners(first: 100) { edges { node { id name } } pageInfo { hasNextPage } } }`;

/** What the dashboard should show for a partner, read straight from the API with the same key. */
async function expected(run: Running, key: string, partnerId: string) {
  const { partner } = await run.api(key, `query($id: ID!) { partner(id: $id) { name enrollments { state program { code } } } }`, { id: partnerId });
  const listings: unknown[] = [];
  for (let after: string | null = null; ;) {
    const data: any = await run.api(
      key,
      `query($p: ID!, $a: String) { listings(first: 100, after: $a, filter: { partnerId: $p }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { p: partnerId, a: after },
    );
    listings.push(...data.listings.edges);
    if (!data.listings.pageInfo.hasNextPage) break;
    after = data.listings.pageInfo.endCursor;
  }
  const cases: { breached: boolean }[] = [];
  for (let after: string | null = null; ;) {
    const data: any = await run.api(
      key,
      `query($p: ID!, $a: String) { supportCases(first: 100, after: $a, filter: { partnerId: $p, status: OPEN }) { edges { node { breached } } pageInfo { hasNextPage endCursor } } }`,
      { p: partnerId, a: after },
    );
    cases.push(...data.supportCases.edges.map((e: any) => e.node));
    if (!data.supportCases.pageInfo.hasNextPage) break;
    after = data.supportCases.pageInfo.endCursor;
  }
  let progression: any = null;
  const byMonth = new Map<string, { performance: number; capability: number }>();
  try {
    progression = (
      await run.api(
        key,
        `query($p: ID!) { partnerProgression(partnerId: $p) { levelName programYear businessModels performancePointsThousandths capabilityPointsThousandths nextLevel { name performancePointsNeededThousandths capabilityPointsNeededThousandths } } }`,
        { p: partnerId },
      )
    ).partnerProgression;
  } catch (error) {
    if (!/NOT_FOUND/.test(String(error))) throw error;
  }
  if (progression) {
    for (let after: string | null = null; ;) {
      const data: any = await run.api(
        key,
        `query($p: ID!, $y: Int, $a: String) { pointsLedger(partnerId: $p, programYear: $y, first: 100, after: $a) { edges { node { earnedAt kind amountThousandths } } pageInfo { hasNextPage endCursor } } }`,
        { p: partnerId, y: progression.programYear, a: after },
      );
      for (const { node } of data.pointsLedger.edges) {
        const month = String(node.earnedAt).slice(0, 7);
        const sums = byMonth.get(month) ?? { performance: 0, capability: 0 };
        if (node.kind === 'PERFORMANCE') sums.performance += node.amountThousandths;
        else sums.capability += node.amountThousandths;
        byMonth.set(month, sums);
      }
      if (!data.pointsLedger.pageInfo.hasNextPage) break;
      after = data.pointsLedger.pageInfo.endCursor;
    }
  }
  return { partner, listings: listings.length, openCases: cases.length, breached: cases.filter((c) => c.breached).length, progression, byMonth };
}

/** Checks every figure the dashboard shows against the API's answers. */
async function checkDashboard(page: Page, want: Awaited<ReturnType<typeof expected>>): Promise<void> {
  await expect(page.getByTestId('partner-name').textContent()).resolves.toBe(want.partner.name);
  await expect(page.getByTestId('enrollments-count').textContent()).resolves.toBe(String(want.partner.enrollments.length));
  const states = await page.getByTestId('enrollment').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
  expect(states.sort()).toEqual(want.partner.enrollments.map((e: any) => e.state).sort());
  await expect(page.getByTestId('listings-count').textContent()).resolves.toBe(String(want.listings));
  await expect(page.getByTestId('listing').count()).resolves.toBe(want.listings);
  await expect(page.getByTestId('cases-count').textContent()).resolves.toBe(String(want.openCases));
  await expect(page.getByTestId('case').count()).resolves.toBe(want.openCases);
  if (want.breached) await expect(page.getByTestId('breached-count').textContent()).resolves.toBe(`${want.breached} breached`);
  await expect(page.getByTestId('dated-item').count()).resolves.toBe(Number(await page.getByTestId('dates-count').textContent()));

  const p = want.progression;
  if (!p) {
    await expect(page.getByTestId('no-progression').isVisible()).resolves.toBe(true);
    return;
  }
  await expect(page.getByTestId('level-name').textContent()).resolves.toBe(p.levelName);
  await expect(page.getByTestId('performance-points').textContent()).resolves.toBe(points(p.performancePointsThousandths));
  await expect(page.getByTestId('capability-points').textContent()).resolves.toBe(points(p.capabilityPointsThousandths));
  await expect(page.getByTestId('models-count').textContent()).resolves.toBe(String(p.businessModels.length));
  if (p.nextLevel) {
    await expect(page.getByTestId('next-level-name').textContent()).resolves.toBe(p.nextLevel.name);
    const need = (thousandths: number) => (thousandths > 0 ? points(thousandths) : 'met');
    await expect(page.getByTestId('performance-needed').textContent()).resolves.toBe(need(p.nextLevel.performancePointsNeededThousandths));
    await expect(page.getByTestId('capability-needed').textContent()).resolves.toBe(need(p.nextLevel.capabilityPointsNeededThousandths));
  }
  const bars = await page.getByTestId('chart-month').evaluateAll((nodes) =>
    nodes.map((n) => ({
      month: n.getAttribute('data-month')!,
      performance: Number(n.getAttribute('data-performance')),
      capability: Number(n.getAttribute('data-capability')),
    })),
  );
  expect(bars).toHaveLength(12);
  for (const bar of bars) expect({ month: bar.month, ...(want.byMonth.get(bar.month) ?? { performance: 0, capability: 0 }) }).toEqual(bar);
  const charted = [...want.byMonth.keys()].filter((month) => bars.some((b) => b.month === month));
  expect(charted).toEqual([...want.byMonth.keys()]);
}

describeInBrowser('explorer and dashboard in headless Chromium', () => {
  let run: Running;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let managerKey: string;

  beforeAll(async () => {
    await buildPages();
    run = await startGateway({ introspection: true });
    managerKey = (await run.mintKey(Role.PROGRAM_MANAGER)).secret;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await run?.close();
  });

  afterEach(() => {
    const outside = browser.requests.filter((url) => !url.startsWith(run.baseUrl + '/') && !url.startsWith('data:'));
    browser.requests.length = 0;
    expect(outside).toEqual([]);
  });

  it('the explorer asks for the key once, loads the schema, runs a query and shows the API answer', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${run.baseUrl}/explorer`);
    await signIn(page, managerKey);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    await expect(page.getByTestId('introspection-off').count()).resolves.toBe(0);
    // The documentation explorer has the schema: the Query type is listed.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

    const query = `query FirstPartners { partners(first: 3) { edges { node { id name tapActive } } } }`;
    const shown = (await runInExplorer(page, query, 'FirstPartners')) as { data: { partners: { edges: unknown[] } } };
    expect(shown).toEqual({ data: await run.api(managerKey, query) });
    expect(shown.data.partners.edges.length).toBeGreaterThan(0);

    // The key is kept for the session: a reload does not ask again.
    await page.reload();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await expect(page.locator('#api-key').count()).resolves.toBe(0);
    await expect(cspViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  it('PC-12 PC-14: a PARTNER key sees its own partner: level, points, chart, models, enrollments, listings, open cases and dates match the API', async () => {
    const { partners } = await run.api(managerKey, PARTNERS);
    // The demo partner with the most to show.
    let best: { id: string; score: number } | null = null;
    for (const { node } of partners.edges) {
      const want = await expected(run, managerKey, node.id);
      const score = (want.progression ? 1000 : 0) + want.listings * 10 + want.openCases * 10 + want.partner.enrollments.length;
      if (!best || score > best.score) best = { id: node.id, score };
    }
    const partnerId = best!.id;
    const partnerKey = await run.mintKey(Role.PARTNER, partnerId);
    // PC-14: a partner's key sees the progression once staff name it a contact.
    const granted = await run.api(
      managerKey,
      `mutation($input: GrantProgressionAccessInput!) { grantProgressionAccess(input: $input) { userErrors { code message } } }`,
      { input: { partnerId, keyId: partnerKey.keyId, role: 'PRIMARY_CONTACT' } },
    );
    if (best!.score >= 1000) expect(granted.grantProgressionAccess.userErrors).toEqual([]);
    const want = await expected(run, partnerKey.secret, partnerId);

    const page = await browser.context.newPage();
    await page.goto(`${run.baseUrl}/dashboard`);
    // The explorer's key is in this tab's session only: a new tab asks again.
    await signIn(page, partnerKey.secret);
    await page.locator(`[data-testid="dashboard"][data-partner-id="${partnerId}"]`).waitFor();
    await expect(page.getByTestId('partner-picker').count()).resolves.toBe(0);
    await expect(page.getByTestId('viewer').textContent()).resolves.toContain('Partner');
    await checkDashboard(page, want);
    await expect(cspViolations(page)).resolves.toEqual([]);

    const shot = join(tmpdir(), `alliance-dashboard-${process.pid}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.UPDATE_DASHBOARD_SCREENSHOT) {
      mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
      copyFileSync(shot, SCREENSHOT);
    }
    rmSync(shot, { force: true });
    await page.close();
  });

  it('PC-12: a PROGRAM_MANAGER key picks any partner and sees the same figures as the API', async () => {
    const { partners } = await run.api(managerKey, PARTNERS);
    const page = await browser.context.newPage();
    await page.goto(`${run.baseUrl}/dashboard`);
    await signIn(page, managerKey);
    const picker = page.getByTestId('partner-picker');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="partner-picker"] option').length === n + 1, partners.edges.length);
    const names = await picker.locator('option').evaluateAll((options) => options.slice(1).map((o) => o.textContent));
    expect(names).toEqual(partners.edges.map((e: any) => e.node.name).sort((a: string, b: string) => a.localeCompare(b)));

    for (const { node } of partners.edges.slice(0, 2)) {
      await picker.selectOption({ label: node.name });
      await page.locator(`[data-testid="dashboard"][data-partner-id="${node.id}"]`).waitFor();
      await checkDashboard(page, await expected(run, managerKey, node.id));
      expect(new URL(page.url()).hash).toBe(`#partner=${node.id}`);
    }
    await expect(cspViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  /** A partner of the demo data, by the start of its name. */
  async function demoPartner(prefix: string): Promise<{ id: string; name: string }> {
    const { partners } = await run.api(managerKey, PARTNERS);
    const found = partners.edges.map((e: any) => e.node).find((p: { name: string }) => p.name.startsWith(prefix));
    if (!found) throw new Error(`no demo partner named ${prefix}…`);
    return found;
  }

  /** "13 Dec 2026", as a person writes a date (an independent oracle: Intl, not the page's own code). */
  const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  async function openDashboard(key: string, partnerId: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${run.baseUrl}/dashboard#partner=${partnerId}`);
    await signIn(page, key);
    await page.locator(`[data-testid="dashboard"][data-partner-id="${partnerId}"]`).waitFor();
    return page;
  }

  it('NOT-1 PC-12: coming notices read as sentences, with dates and money written for people from the notice data', async () => {
    const acme = await demoPartner('Acme');
    const charged = await run.api(
      managerKey,
      `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id dueAt total { amountMinor currency } } userErrors { code message } } }`,
      { input: { partnerId: acme.id, feeKind: 'CERTIFICATION' } },
    );
    expect(charged.chargeFee.userErrors).toEqual([]);
    const invoice = charged.chargeFee.invoice;
    expect(invoice.total).toEqual({ amountMinor: 100_000, currency: 'USD' });

    const page = await openDashboard(managerKey, acme.id);
    const details = await page.getByTestId('dated-item-detail').allTextContents();
    expect(details.length).toBeGreaterThan(1);
    expect(details).toContain(`$1,000.00 unpaid, due ${day(invoice.dueAt)}.`);
    const { upcomingNotices } = await run.api(managerKey, `{ upcomingNotices(days: 180, first: 100) { edges { node { kind partnerId dueAt dataJson } } } }`);
    const rc = upcomingNotices.edges.map((e: any) => e.node).find((n: any) => n.kind === 'releases.rc_feedback_due' && n.partnerId === acme.id);
    expect(details).toContain(
      `Feedback on the RC build of release 7.1.0 is due ${day(rc.dueAt)}, 21 days after the build became available on ${day(JSON.parse(rc.dataJson).rcAvailableAt)}.`,
    );
    for (const detail of details) {
      expect(detail).not.toMatch(/\d{4}-\d{2}-\d{2}|minor units|undefined|null|[^.!?]$/);
    }
    // Every notice the demo data has in the year behind and the year ahead carries the data its sentence is written from.
    const all: any[] = [];
    for (const asOf of [new Date(Date.now() - 366 * 86_400_000).toISOString(), new Date().toISOString()]) {
      for (let after: string | null = null; ;) {
        const data: any = await run.api(
          managerKey,
          `query($asOf: DateTimeISO, $a: String) { upcomingNotices(asOf: $asOf, days: 366, first: 100, after: $a) { edges { node { kind dueAt message dataJson } } pageInfo { hasNextPage endCursor } } }`,
          { asOf, a: after },
        );
        all.push(...data.upcomingNotices.edges.map((e: any) => e.node));
        if (!data.upcomingNotices.pageInfo.hasNextPage) break;
        after = data.upcomingNotices.pageInfo.endCursor;
      }
    }
    const known = all.filter((n) => KINDS_WITH_SENTENCES.includes(n.kind));
    expect(new Set(known.map((n) => n.kind)).size).toBeGreaterThanOrEqual(5);
    expect(known.filter((n) => noticeSentenceFromData(n) === null).map((n) => n.kind)).toEqual([]);
    await expect(cspViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  it('MEM-10: a terminated enrollment shows when it was terminated, not a term end still to come', async () => {
    const eon = await demoPartner('Eon');
    const { partner } = await run.api(managerKey, `query($id: ID!) { partner(id: $id) { enrollments { id state termEndsAt history { toState at } } } }`, {
      id: eon.id,
    });
    const terminated = partner.enrollments.find((e: any) => e.state === 'TERMINATED');
    const endedAt = terminated.history.find((h: any) => h.toState === 'TERMINATED').at;
    expect(new Date(terminated.termEndsAt).getTime()).toBeGreaterThan(Date.now());

    const page = await openDashboard(managerKey, eon.id);
    const row = page.locator('[data-testid="enrollment"][data-state="TERMINATED"]');
    await expect(row.getByTestId('enrollment-term').textContent()).resolves.toBe(`terminated ${day(endedAt)}`);
    await expect(row.textContent()).resolves.not.toContain(day(terminated.termEndsAt));
    await page.close();
  });

  it('PC-14: a PARTNER key that may not see the progression is told the actual reason: not named nor added, access removed, partner not joined', async () => {
    const acme = await demoPartner('Acme');
    const plain = await run.mintKey(Role.PARTNER, acme.id);
    let page = await openDashboard(plain.secret, acme.id);
    const note = page.getByTestId('no-progression');
    await expect(note.getAttribute('data-reason')).resolves.toBe('NOT_NAMED');
    await expect(note.textContent()).resolves.toBe(
      `This key may not see ${acme.name}'s progression (PC-14): it is not the key of its primary or alternate contact, and no contact has added it. A program manager names the primary and alternate contacts; a contact can then add this key (grantProgressionAccess).`,
    );
    await page.close();

    const grant = `mutation($input: GrantProgressionAccessInput!) { grantProgressionAccess(input: $input) { userErrors { code } } }`;
    const revoke = `mutation($input: RevokeProgressionAccessInput!) { revokeProgressionAccess(input: $input) { access { revokedAt } userErrors { code } } }`;
    expect(
      (await run.api(managerKey, grant, { input: { partnerId: acme.id, keyId: plain.keyId, role: 'ADDED_USER' } })).grantProgressionAccess.userErrors,
    ).toEqual([]);
    const removed = await run.api(managerKey, revoke, { input: { partnerId: acme.id, keyId: plain.keyId } });
    page = await openDashboard(plain.secret, acme.id);
    await expect(page.getByTestId('no-progression').getAttribute('data-reason')).resolves.toBe('ACCESS_REVOKED');
    await expect(page.getByTestId('no-progression').textContent()).resolves.toContain(
      `its added user access was removed on ${day(removed.revokeProgressionAccess.access.revokedAt)}.`,
    );
    await page.close();

    const eon = await demoPartner('Eon');
    const eonKey = await run.mintKey(Role.PARTNER, eon.id);
    page = await openDashboard(eonKey.secret, eon.id);
    await expect(page.getByTestId('no-progression').textContent()).resolves.toMatch(
      new RegExp(`^${eon.name} has not joined Partner Connect yet: there is no progression until it joins a business model\\.`),
    );
    await page.close();
  });

  it('PC-12: at 360 px wide nothing runs off the screen, every control is on screen, and "Change key" works', async () => {
    const acme = await demoPartner('Acme');
    const partnerKey = await run.mintKey(Role.PARTNER, acme.id);
    await run.api(managerKey, `mutation($input: GrantProgressionAccessInput!) { grantProgressionAccess(input: $input) { userErrors { code } } }`, {
      input: { partnerId: acme.id, keyId: partnerKey.keyId, role: 'ALTERNATE_CONTACT' },
    });
    for (const key of [partnerKey.secret, managerKey]) {
      const page = await openDashboard(key, acme.id, { width: 360, height: 740 });
      await page.getByTestId('level-card').waitFor();
      const layout = await horizontalLayout(page);
      expect({ overflowing: layout.overflowing, offScreenControls: layout.offScreenControls }).toEqual({ overflowing: [], offScreenControls: [] });
      expect(layout.scrollWidth).toBeLessThanOrEqual(360);
      expect(layout.controls).toBeGreaterThan(3);
      const change = page.getByRole('button', { name: 'Change key' });
      await expect(change.isVisible()).resolves.toBe(true);
      await change.click();
      await page.locator('#api-key').waitFor();
      expect((await horizontalLayout(page)).overflowing).toEqual([]);
      await page.close();
    }
  });

  it('a refused key is not kept: the dashboard asks again and says why', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${run.baseUrl}/dashboard`);
    await signIn(page, 'alk_not-a-real-key');
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('refused this key');
    await expect(page.evaluate(() => sessionStorage.getItem('alliance.apiKey'))).resolves.toBeNull();
    await page.close();
  });
});

describeInBrowser('the explorer on a gateway with introspection off', () => {
  let run: Running;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    await buildPages();
    run = await startGateway({ introspection: false });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await run?.close();
  });

  it('says the schema is hidden and how to turn introspection on, and still runs queries', async () => {
    const key = (await run.mintKey(Role.ADMIN)).secret;
    const page = await browser.context.newPage();
    await page.goto(`${run.baseUrl}/explorer`);
    await signIn(page, key);
    const banner = page.getByTestId('introspection-off');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('ALLIANCE_INTROSPECTION=true');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await expect(runInExplorer(page, 'query MyRole { viewer { role } }', 'MyRole')).resolves.toEqual({ data: { viewer: { role: 'ADMIN' } } });
    await expect(cspViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});
