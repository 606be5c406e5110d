import Database from 'better-sqlite3';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { FISCAL_YEAR_START_MONTH, LEVELS } from './config';

/**
 * The baseline: a minimal `node:http` server answering the same JSON as the gateway's three
 * benchmark queries straight from better-sqlite3, with hand-written SQL and the same rules
 * (effective enrollment state, TAP "active now", PC-8/PC-9/PC-12 progression figures). No
 * authentication, no GraphQL, no ORM: what the database costs, plus JSON. The same SQL
 * (quoted identifiers, `?` placeholders) runs on PostgreSQL through `pg`: each answer is a
 * generator that yields its statements, run synchronously on better-sqlite3 and awaited on a
 * `pg` pool, so both databases answer from one source.
 *
 *   GET /partners?first=50[&after=<id>]
 *   GET /listings?productId=&productVersion=&first=50
 *   GET /progression?partnerId=&asOf=
 *
 * Run: node -r ts-node/register/transpile-only src/raw-server.ts <sqlite file | postgres:// url> <port>
 */

/** One statement and its positional parameters; the generator is resumed with its rows. */
interface Statement {
  sql: string;
  params: unknown[];
}
type Answer = Generator<Statement, unknown, Row[]>;
type Row = Record<string, unknown>;

function* rows<T>(sql: string, ...params: unknown[]): Generator<Statement, T[], Row[]> {
  return (yield { sql, params }) as T[];
}

/** better-sqlite3: every statement prepared once and run synchronously. */
export function runOnSqlite(db: Database.Database): (answer: Answer) => unknown {
  const prepared = new Map<string, Database.Statement>();
  return (answer) => {
    let step = answer.next();
    while (!step.done) {
      let statement = prepared.get(step.value.sql);
      if (!statement) prepared.set(step.value.sql, (statement = db.prepare(step.value.sql)));
      step = answer.next(statement.all(...step.value.params) as Row[]);
    }
    return step.value;
  };
}

/** PostgreSQL: `?` becomes `$n`; each statement awaited on the pool. */
export function runOnPostgres(pool: Pool): (answer: Answer) => Promise<unknown> {
  const texts = new Map<string, string>();
  return async (answer) => {
    let step = answer.next();
    while (!step.done) {
      let text = texts.get(step.value.sql);
      if (text === undefined) {
        let n = 0;
        texts.set(step.value.sql, (text = step.value.sql.replace(/\?/g, () => `$${++n}`)));
      }
      step = answer.next((await pool.query(text, step.value.params)).rows as Row[]);
    }
    return step.value;
  };
}

function cursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

function marks(n: number): string {
  return new Array(n).fill('?').join(', ');
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export function* partnersPage(first: number, after: string | null, now: number): Answer {
  const page = after
    ? yield* rows<{ id: string; name: string }>('SELECT id, name FROM mem_partner WHERE id > ? ORDER BY id LIMIT ?', after, first + 1)
    : yield* rows<{ id: string; name: string }>('SELECT id, name FROM mem_partner ORDER BY id LIMIT ?', first + 1);
  const found = page.slice(0, first);
  const ids = found.map((r) => r.id);
  const taps = group(
    yield* rows<{ partnerId: string; startsAt: string; endsAt: string; endedAt: string | null }>(
      `SELECT "partnerId", "startsAt", "endsAt", "endedAt" FROM mem_network_membership WHERE kind = 'TAP' AND "partnerId" IN (${marks(ids.length)})`,
      ...ids,
    ),
    (r) => r.partnerId,
  );
  const enrollments = group(
    yield* rows<{ partnerId: string; recordedState: string; termEndsAt: string | null; code: string | null }>(
      `SELECT e."partnerId", e."recordedState", e."termEndsAt", p.code FROM mem_enrollment e LEFT JOIN mem_program p ON p.id = e."programId"
       WHERE e."partnerId" IN (${marks(ids.length)}) ORDER BY e."createdAt", e.id`,
      ...ids,
    ),
    (r) => r.partnerId,
  );
  return {
    data: {
      partners: {
        edges: found.map((r) => ({
          node: {
            id: r.id,
            name: r.name,
            tapActive: (taps.get(r.id) ?? []).some(
              (m) => now >= Date.parse(m.startsAt) && now <= Date.parse(m.endsAt) && (m.endedAt === null || now < Date.parse(m.endedAt)),
            ),
            enrollments: (enrollments.get(r.id) ?? []).map((e) => ({
              state: e.recordedState === 'ACTIVE' && e.termEndsAt && now > Date.parse(e.termEndsAt) ? 'EXPIRED' : e.recordedState,
              program: e.code === null ? null : { code: e.code },
            })),
          },
        })),
      },
    },
  };
}

export function* guidePage(productId: string, productVersion: string, first: number): Answer {
  const found = yield* rows<{
    id: string;
    softwareId: string;
    versionId: string;
    productVersion: string;
    acceptanceLevel: string;
    logoEligible: number | boolean;
  }>(
    `SELECT id, "softwareId", "versionId", "productVersion", "acceptanceLevel", "logoEligible" FROM cert_listing
     WHERE status = 'PUBLISHED' AND "productId" = ? AND "productVersion" = ? ORDER BY id LIMIT ?`,
    productId,
    productVersion,
    first + 1,
  );
  const page = found.slice(0, first);
  const softwareIds = [...new Set(page.map((r) => r.softwareId))];
  const versionIds = [...new Set(page.map((r) => r.versionId))];
  const listingIds = page.map((r) => r.id);
  const software = new Map(
    (yield* rows<{ id: string; name: string }>(`SELECT id, name FROM cert_software WHERE id IN (${marks(softwareIds.length)})`, ...softwareIds)).map((s) => [
      s.id,
      s,
    ]),
  );
  const versions = new Map(
    (yield* rows<{ id: string; version: string; releasedOn: string }>(
      `SELECT id, version, "releasedOn" FROM cert_software_version WHERE id IN (${marks(versionIds.length)})`,
      ...versionIds,
    )).map((v) => [v.id, v]),
  );
  const footnotes = group(
    yield* rows<{ listingId: string; text: string; kbArticleUrl: string | null }>(
      `SELECT id, "listingId", text, "kbArticleUrl" FROM cert_listing_footnote WHERE "listingId" IN (${marks(listingIds.length)}) ORDER BY id`,
      ...listingIds,
    ),
    (f) => f.listingId,
  );
  const edges = page.map((r) => {
    const s = software.get(r.softwareId);
    const v = versions.get(r.versionId);
    const notes = footnotes.get(r.id) ?? [];
    return {
      node: {
        id: r.id,
        productVersion: r.productVersion,
        acceptanceLevel: r.acceptanceLevel,
        logoEligible: r.logoEligible === 1 || r.logoEligible === true,
        software: s ? { name: s.name } : null,
        version: v ? { version: v.version, releasedOn: v.releasedOn } : null,
        footnotes: notes.map((f) => ({ text: f.text, kbArticleUrl: f.kbArticleUrl })),
        kbLinks: notes.flatMap((f) => (f.kbArticleUrl ? [f.kbArticleUrl] : [])),
      },
    };
  });
  return {
    data: {
      listings: {
        edges,
        pageInfo: { hasNextPage: found.length > first, endCursor: page.length ? cursor(page[page.length - 1].id) : null },
      },
    },
  };
}

function programYearOf(ms: number): { year: number; start: number; nextStart: number } {
  let year = new Date(ms).getUTCFullYear();
  if (ms < Date.UTC(year, FISCAL_YEAR_START_MONTH - 1, 1)) year -= 1;
  return { year, start: Date.UTC(year, FISCAL_YEAR_START_MONTH - 1, 1), nextStart: Date.UTC(year + 1, FISCAL_YEAR_START_MONTH - 1, 1) };
}

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(Math.min(day, new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()));
  return d.getTime();
}

const rank = (code: string) => LEVELS.findIndex((l) => l.code === code);
const iso = (ms: number) => new Date(ms).toISOString();

export function* progression(partnerId: string, asOfIso: string): Answer {
  const asOf = Date.parse(asOfIso);
  const [participant] = yield* rows<{ id: string; enteredAt: string; level: string; status: string; enrollmentInvoiceId: string | null }>(
    'SELECT id, "enteredAt", level, status, "enrollmentInvoiceId" FROM pc_participant WHERE "partnerId" = ?',
    partnerId,
  );
  if (!participant || Date.parse(participant.enteredAt) > asOf) {
    return { errors: [{ message: `Progression ${partnerId} not found`, extensions: { code: 'NOT_FOUND' } }], data: null };
  }
  const year = programYearOf(asOf);
  const levelAt = 'SELECT "toLevel" FROM pc_level_change WHERE "partnerId" = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1';
  const history = (yield* rows<{ toLevel: string }>(levelAt, partnerId, asOfIso))[0]?.toLevel ?? null;
  const before = (yield* rows<{ toLevel: string }>(levelAt, partnerId, iso(year.start - 1)))[0]?.toLevel ?? null;
  const carryOver = before !== null && before !== 'TERMINATED' && rank(before) >= rank('COMMUNITY');
  // PC-2/PC-12: the monthly totals wholly recorded by asOf, and the ledger only for a month still being recorded then.
  const month = asOfIso.slice(0, 7);
  const performance = (yield* rows<{ source: string; total: number | string }>(
    `SELECT source, SUM(amount) AS total FROM (
         SELECT source, amount FROM pc_points_total WHERE "partnerId" = ? AND kind = 'PERFORMANCE' AND "programYear" = ? AND month <= ? AND (month < ? OR "lastEarnedAt" <= ?)
         UNION ALL
         SELECT e.source, e.amount FROM pc_points_entry e JOIN pc_points_total t ON t."partnerId" = e."partnerId" AND t."programYear" = e."programYear" AND t.kind = e.kind AND t.source = e.source AND t.month = ? AND t."lastEarnedAt" > ?
         WHERE e."partnerId" = ? AND e.kind = 'PERFORMANCE' AND e."programYear" = ? AND e."earnedAt" >= ? AND e."earnedAt" <= ?
       ) AS counted GROUP BY source ORDER BY source`,
    partnerId,
    year.year,
    month,
    month,
    asOfIso,
    month,
    asOfIso,
    partnerId,
    year.year,
    `${month}-01T00:00:00.000Z`,
    asOfIso,
  )).map((r) => ({ source: r.source, total: Number(r.total) }));
  const capability = (yield* rows<{ source: string; total: number | string }>(
    `SELECT source, SUM(amount) AS total FROM pc_points_entry WHERE "partnerId" = ? AND kind = 'CAPABILITY' AND "earnedAt" <= ? AND "validFrom" <= ?
       AND ("validUntil" IS NULL OR "validUntil" >= ?) AND "programYear" ${carryOver ? '<=' : '='} ? GROUP BY source ORDER BY source`,
    partnerId,
    asOfIso,
    asOfIso,
    asOfIso,
    year.year,
  )).map((r) => ({ source: r.source, total: Number(r.total) }));
  const models = (yield* rows<{ model: string; joinedAt: string; endedAt: string | null }>(
    'SELECT model, "joinedAt", "endedAt" FROM pc_business_model WHERE "partnerId" = ? ORDER BY "joinedAt"',
    partnerId,
  )).filter((m) => Date.parse(m.joinedAt) <= asOf && (m.endedAt === null || Date.parse(m.endedAt) > asOf));
  const credentials = (yield* rows<{
    id: string;
    kind: string;
    name: string;
    validFrom: string;
    validUntil: string;
    revokedAt: string | null;
    pointsThousandths: number | string;
  }>(
    'SELECT id, kind, name, "validFrom", "validUntil", "revokedAt", "pointsThousandths" FROM pc_credential WHERE "partnerId" = ? ORDER BY "validUntil"',
    partnerId,
  )).map((c) => ({ ...c, pointsThousandths: Number(c.pointsThousandths) }));
  let feePaid = false;
  if (participant.enrollmentInvoiceId) {
    const id = participant.enrollmentInvoiceId;
    const [sums] = yield* rows<{ lines: number | string; payments: number | string; waivers: number | string; refunds: number | string }>(
      `SELECT (SELECT COALESCE(SUM("amountMinor"), 0) FROM fee_invoice_line WHERE "invoiceId" = ?) AS lines,
              (SELECT COALESCE(SUM("amountMinor"), 0) FROM fee_payment WHERE "invoiceId" = ?) AS payments,
              (SELECT COALESCE(SUM("amountMinor"), 0) FROM fee_waiver WHERE "invoiceId" = ?) AS waivers,
              (SELECT COALESCE(SUM("amountMinor"), 0) FROM fee_refund WHERE "invoiceId" = ?) AS refunds`,
      id,
      id,
      id,
      id,
    );
    feePaid = Number(sums.lines) - Number(sums.payments) - Number(sums.waivers) + Number(sums.refunds) <= 0;
  }
  const [audit] = yield* rows<{ id: string; status: string; startedAt: string }>(
    `SELECT id, status, "startedAt" FROM pc_audit WHERE "partnerId" = ? AND status IN ('OPEN', 'IN_REMEDIATION') ORDER BY "startedAt" DESC LIMIT 1`,
    partnerId,
  );
  const openAudit = audit && Date.parse(audit.startedAt) <= asOf ? audit : null;

  const validKinds = [
    ...new Set(
      credentials
        .filter((c) => Date.parse(c.validFrom) <= asOf && Date.parse(c.validUntil) >= asOf && (c.revokedAt === null || Date.parse(c.revokedAt) > asOf))
        .map((c) => c.kind),
    ),
  ];
  const facts = {
    performance: performance.reduce((sum, r) => sum + r.total, 0),
    capability: capability.reduce((sum, r) => sum + r.total, 0),
    feePaid,
    models: models.map((m) => m.model),
    validKinds,
  };
  const met = (requirement: string) => {
    if (requirement === 'ENROLLMENT_FEE_PAID') return facts.feePaid;
    const [kind, value] = requirement.split(':');
    return kind === 'BUSINESS_MODEL' ? facts.models.includes(value) : kind === 'CREDENTIAL' ? facts.validKinds.includes(value) : false;
  };
  const gapTo = (level: (typeof LEVELS)[number]) => ({
    level: level.code,
    name: level.name,
    performancePointsNeededThousandths: Math.max(0, level.performanceThousandths - facts.performance),
    capabilityPointsNeededThousandths: Math.max(0, level.capabilityThousandths - facts.capability),
    missingRequirements: level.requirements.filter((r) => !met(r)),
  });
  let earned = LEVELS[0];
  for (let i = 1; i < LEVELS.length; i++) {
    const gap = gapTo(LEVELS[i]);
    if (gap.performancePointsNeededThousandths > 0 || gap.capabilityPointsNeededThousandths > 0 || gap.missingRequirements.length > 0) break;
    earned = LEVELS[i];
  }
  // An open audit in remediation is not in this dataset; a level outside the table reads as terminated.
  const level = history ?? participant.level;
  const levelRank = rank(level);
  const above = levelRank >= 0 ? LEVELS[levelRank + 1] : undefined;
  const creds = credentials.map((c) => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    status:
      c.revokedAt && Date.parse(c.revokedAt) <= asOf
        ? 'REVOKED'
        : asOf < Date.parse(c.validFrom)
          ? 'NOT_YET_VALID'
          : asOf > Date.parse(c.validUntil)
            ? 'EXPIRED'
            : 'VALID',
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    pointsThousandths: c.pointsThousandths,
  }));
  const yearEnd = year.nextStart - 1;
  const events: { kind: string; at: number; subjectId: string | null }[] = [];
  const add = (kind: string, at: number | null, subjectId: string | null) => {
    if (at !== null && at >= asOf) events.push({ kind, at, subjectId });
  };
  if (level !== 'TERMINATED' && participant.status === 'ACTIVE') {
    let auditYear = year.year - 1;
    while (Date.UTC(auditYear + 1, FISCAL_YEAR_START_MONTH - 1, 1) < asOf) auditYear += 1;
    add('AUDIT', Date.UTC(auditYear + 1, FISCAL_YEAR_START_MONTH - 1, 1), null);
    const entered = Date.parse(participant.enteredAt);
    let n = 1;
    while (addMonths(entered, 12 * n) < asOf) n += 1;
    add('RENEWAL', addMonths(entered, 12 * n), participant.id);
    add('PROGRAM_YEAR_ENDS', yearEnd, null);
  }
  if (level !== 'TERMINATED') for (const c of creds) if (c.status === 'VALID') add('CREDENTIAL_EXPIRES', Date.parse(c.validUntil), c.id);
  events.sort((a, b) => a.at - b.at);
  return {
    data: {
      partnerProgression: {
        partnerId,
        asOf: iso(asOf),
        level,
        levelName: levelRank >= 0 ? LEVELS[levelRank].name : 'Terminated',
        earnedLevel: earned.code,
        enteredAt: participant.enteredAt,
        programYear: year.year,
        programYearStartsAt: iso(year.start),
        programYearEndsAt: iso(yearEnd),
        businessModels: facts.models,
        performancePointsThousandths: facts.performance,
        capabilityPointsThousandths: facts.capability,
        pointsBySource: [
          ...performance.map((r) => ({ kind: 'PERFORMANCE', source: r.source, pointsThousandths: r.total })),
          ...capability.map((r) => ({ kind: 'CAPABILITY', source: r.source, pointsThousandths: r.total })),
        ],
        nextLevel: above ? gapTo(above) : null,
        credentials: creds,
        openAudit: openAudit ? { id: openAudit.id, status: openAudit.status } : null,
        nextEvents: events.map((e) => ({ kind: e.kind, at: iso(e.at), subjectId: e.subjectId })),
      },
    },
  };
}

/** The raw server on a SQLite file or, given a `postgres://` URL, on PostgreSQL (a pool of 10, as the gateway's). */
export function startRawServer(source: string, port: number): Promise<ReturnType<typeof createServer>> {
  let run: (answer: Answer) => unknown;
  if (/^postgres(ql)?:\/\//.test(source)) {
    run = runOnPostgres(new Pool({ connectionString: source, max: 10 }));
  } else {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    db.pragma('journal_mode = WAL');
    run = runOnSqlite(db);
  }
  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };
  const answer = (url: URL): Answer | 'healthy' | null => {
    const q = url.searchParams;
    const first = Math.min(100, Math.max(1, Number(q.get('first') ?? 20)));
    if (url.pathname === '/partners') return partnersPage(first, q.get('after'), Date.now());
    if (url.pathname === '/listings') return guidePage(q.get('productId') ?? '', q.get('productVersion') ?? '', first);
    if (url.pathname === '/progression') return progression(q.get('partnerId') ?? '', q.get('asOf') ?? new Date().toISOString());
    return url.pathname === '/healthz' ? 'healthy' : null;
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const fail = (error: unknown) => send(response, 500, { errors: [{ message: (error as Error).message }] });
    try {
      const found = answer(new URL(request.url ?? '/', 'http://127.0.0.1'));
      if (found === 'healthy') return send(response, 200, { status: 'ok' });
      if (found === null) return send(response, 404, { errors: [{ message: 'not found' }] });
      const body = run(found);
      if (body instanceof Promise) body.then((value) => send(response, 200, value), fail);
      else send(response, 200, body);
    } catch (error) {
      fail(error);
    }
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const [source, port] = process.argv.slice(2);
  process.env.TZ = 'UTC';
  void startRawServer(source, Number(port)).then(() => process.stdout.write(`raw server on http://127.0.0.1:${port}\n`));
  process.once('SIGTERM', () => process.exit(0));
}
