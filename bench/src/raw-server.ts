import Database from 'better-sqlite3';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { FISCAL_YEAR_START_MONTH, LEVELS } from './config';

/**
 * The baseline: a minimal `node:http` server answering the same JSON as the gateway's three
 * benchmark queries straight from better-sqlite3, with hand-written SQL and the same rules
 * (effective enrollment state, TAP "active now", PC-8/PC-9/PC-12 progression figures). No
 * authentication, no GraphQL, no ORM: what the database costs, plus JSON.
 *
 *   GET /partners?first=50[&after=<id>]
 *   GET /listings?productId=&productVersion=&first=50
 *   GET /progression?partnerId=&asOf=
 *
 * Run: node -r ts-node/register/transpile-only src/raw-server.ts <sqlite file> <port>
 */

type Db = Database.Database;

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

export function partnersPage(db: Db, first: number, after: string | null, now: number): unknown {
  const page = (after
    ? db.prepare('SELECT id, name FROM mem_partner WHERE id > ? ORDER BY id LIMIT ?').all(after, first + 1)
    : db.prepare('SELECT id, name FROM mem_partner ORDER BY id LIMIT ?').all(first + 1)) as { id: string; name: string }[];
  const rows = page.slice(0, first);
  const ids = rows.map((r) => r.id);
  const taps = group(
    db.prepare(`SELECT partnerId, startsAt, endsAt, endedAt FROM mem_network_membership WHERE kind = 'TAP' AND partnerId IN (${marks(ids.length)})`).all(...ids) as {
      partnerId: string;
      startsAt: string;
      endsAt: string;
      endedAt: string | null;
    }[],
    (r) => r.partnerId,
  );
  const enrollments = group(
    db
      .prepare(
        `SELECT e.partnerId, e.recordedState, e.termEndsAt, p.code FROM mem_enrollment e LEFT JOIN mem_program p ON p.id = e.programId
         WHERE e.partnerId IN (${marks(ids.length)}) ORDER BY e.createdAt, e.id`,
      )
      .all(...ids) as { partnerId: string; recordedState: string; termEndsAt: string | null; code: string | null }[],
    (r) => r.partnerId,
  );
  return {
    data: {
      partners: {
        edges: rows.map((r) => ({
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

export function guidePage(db: Db, productId: string, productVersion: string, first: number): unknown {
  const found = db
    .prepare(
      `SELECT id, softwareId, versionId, productVersion, acceptanceLevel, logoEligible FROM cert_listing
       WHERE status = 'PUBLISHED' AND productId = ? AND productVersion = ? ORDER BY id LIMIT ?`,
    )
    .all(productId, productVersion, first + 1) as { id: string; softwareId: string; versionId: string; productVersion: string; acceptanceLevel: string; logoEligible: number }[];
  const rows = found.slice(0, first);
  const softwareIds = [...new Set(rows.map((r) => r.softwareId))];
  const versionIds = [...new Set(rows.map((r) => r.versionId))];
  const listingIds = rows.map((r) => r.id);
  const software = new Map(
    (db.prepare(`SELECT id, name FROM cert_software WHERE id IN (${marks(softwareIds.length)})`).all(...softwareIds) as { id: string; name: string }[]).map((s) => [s.id, s]),
  );
  const versions = new Map(
    (db.prepare(`SELECT id, version, releasedOn FROM cert_software_version WHERE id IN (${marks(versionIds.length)})`).all(...versionIds) as { id: string; version: string; releasedOn: string }[]).map(
      (v) => [v.id, v],
    ),
  );
  const footnotes = group(
    db.prepare(`SELECT id, listingId, text, kbArticleUrl FROM cert_listing_footnote WHERE listingId IN (${marks(listingIds.length)}) ORDER BY id`).all(...listingIds) as {
      listingId: string;
      text: string;
      kbArticleUrl: string | null;
    }[],
    (f) => f.listingId,
  );
  const edges = rows.map((r) => {
    const s = software.get(r.softwareId);
    const v = versions.get(r.versionId);
    const notes = footnotes.get(r.id) ?? [];
    return {
      node: {
        id: r.id,
        productVersion: r.productVersion,
        acceptanceLevel: r.acceptanceLevel,
        logoEligible: r.logoEligible === 1,
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
        pageInfo: { hasNextPage: found.length > first, endCursor: rows.length ? cursor(rows[rows.length - 1].id) : null },
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

export function progression(db: Db, partnerId: string, asOfIso: string): unknown {
  const asOf = Date.parse(asOfIso);
  const participant = db.prepare('SELECT id, enteredAt, level, status, enrollmentInvoiceId FROM pc_participant WHERE partnerId = ?').get(partnerId) as
    | { id: string; enteredAt: string; level: string; status: string; enrollmentInvoiceId: string | null }
    | undefined;
  if (!participant || Date.parse(participant.enteredAt) > asOf) {
    return { errors: [{ message: `Progression ${partnerId} not found`, extensions: { code: 'NOT_FOUND' } }], data: null };
  }
  const year = programYearOf(asOf);
  const levelAt = db.prepare('SELECT toLevel FROM pc_level_change WHERE partnerId = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1');
  const history = (levelAt.get(partnerId, asOfIso) as { toLevel: string } | undefined)?.toLevel ?? null;
  const before = (levelAt.get(partnerId, iso(year.start - 1)) as { toLevel: string } | undefined)?.toLevel ?? null;
  const carryOver = before !== null && before !== 'TERMINATED' && rank(before) >= rank('COMMUNITY');
  // PC-2/PC-12: the monthly totals wholly recorded by asOf, and the ledger only for a month still being recorded then.
  const month = asOfIso.slice(0, 7);
  const performance = db
    .prepare(
      `SELECT source, SUM(amount) AS total FROM (
         SELECT source, amount FROM pc_points_total WHERE partnerId = @p AND kind = 'PERFORMANCE' AND programYear = @y AND month <= @m AND (month < @m OR lastEarnedAt <= @at)
         UNION ALL
         SELECT e.source, e.amount FROM pc_points_entry e JOIN pc_points_total t ON t.partnerId = e.partnerId AND t.programYear = e.programYear AND t.kind = e.kind AND t.source = e.source AND t.month = @m AND t.lastEarnedAt > @at
         WHERE e.partnerId = @p AND e.kind = 'PERFORMANCE' AND e.programYear = @y AND e.earnedAt >= @from AND e.earnedAt <= @at
       ) GROUP BY source`,
    )
    .all({ p: partnerId, y: year.year, m: month, at: asOfIso, from: `${month}-01T00:00:00.000Z` }) as { source: string; total: number }[];
  const capability = db
    .prepare(
      `SELECT source, SUM(amount) AS total FROM pc_points_entry WHERE partnerId = ? AND kind = 'CAPABILITY' AND earnedAt <= ? AND validFrom <= ?
       AND (validUntil IS NULL OR validUntil >= ?) AND programYear ${carryOver ? '<=' : '='} ? GROUP BY source`,
    )
    .all(partnerId, asOfIso, asOfIso, asOfIso, year.year) as { source: string; total: number }[];
  const models = (db.prepare('SELECT model, joinedAt, endedAt FROM pc_business_model WHERE partnerId = ? ORDER BY joinedAt').all(partnerId) as { model: string; joinedAt: string; endedAt: string | null }[]).filter(
    (m) => Date.parse(m.joinedAt) <= asOf && (m.endedAt === null || Date.parse(m.endedAt) > asOf),
  );
  const credentials = db.prepare('SELECT id, kind, name, validFrom, validUntil, revokedAt, pointsThousandths FROM pc_credential WHERE partnerId = ? ORDER BY validUntil').all(partnerId) as {
    id: string;
    kind: string;
    name: string;
    validFrom: string;
    validUntil: string;
    revokedAt: string | null;
    pointsThousandths: number;
  }[];
  let feePaid = false;
  if (participant.enrollmentInvoiceId) {
    const sums = db
      .prepare(
        `SELECT (SELECT COALESCE(SUM(amountMinor), 0) FROM fee_invoice_line WHERE invoiceId = @id) AS lines,
                (SELECT COALESCE(SUM(amountMinor), 0) FROM fee_payment WHERE invoiceId = @id) AS payments,
                (SELECT COALESCE(SUM(amountMinor), 0) FROM fee_waiver WHERE invoiceId = @id) AS waivers,
                (SELECT COALESCE(SUM(amountMinor), 0) FROM fee_refund WHERE invoiceId = @id) AS refunds`,
      )
      .get({ id: participant.enrollmentInvoiceId }) as { lines: number; payments: number; waivers: number; refunds: number };
    feePaid = sums.lines - sums.payments - sums.waivers + sums.refunds <= 0;
  }
  const audit = db.prepare(`SELECT id, status, startedAt FROM pc_audit WHERE partnerId = ? AND status IN ('OPEN', 'IN_REMEDIATION') ORDER BY startedAt DESC LIMIT 1`).get(partnerId) as
    | { id: string; status: string; startedAt: string }
    | undefined;
  const openAudit = audit && Date.parse(audit.startedAt) <= asOf ? audit : null;

  const validKinds = [
    ...new Set(credentials.filter((c) => Date.parse(c.validFrom) <= asOf && Date.parse(c.validUntil) >= asOf && (c.revokedAt === null || Date.parse(c.revokedAt) > asOf)).map((c) => c.kind)),
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
      c.revokedAt && Date.parse(c.revokedAt) <= asOf ? 'REVOKED' : asOf < Date.parse(c.validFrom) ? 'NOT_YET_VALID' : asOf > Date.parse(c.validUntil) ? 'EXPIRED' : 'VALID',
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

export function startRawServer(path: string, port: number): Promise<ReturnType<typeof createServer>> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('journal_mode = WAL');
  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    const first = Math.min(100, Math.max(1, Number(q.get('first') ?? 20)));
    try {
      if (url.pathname === '/partners') return send(response, 200, partnersPage(db, first, q.get('after'), Date.now()));
      if (url.pathname === '/listings') return send(response, 200, guidePage(db, q.get('productId') ?? '', q.get('productVersion') ?? '', first));
      if (url.pathname === '/progression') return send(response, 200, progression(db, q.get('partnerId') ?? '', q.get('asOf') ?? new Date().toISOString()));
      if (url.pathname === '/healthz') return send(response, 200, { status: 'ok' });
      return send(response, 404, { errors: [{ message: 'not found' }] });
    } catch (error) {
      return send(response, 500, { errors: [{ message: (error as Error).message }] });
    }
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const [path, port] = process.argv.slice(2);
  process.env.TZ = 'UTC';
  void startRawServer(path, Number(port)).then(() => process.stdout.write(`raw server on http://127.0.0.1:${port}\n`));
  process.once('SIGTERM', () => process.exit(0));
}

