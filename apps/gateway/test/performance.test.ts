import { runUnitOfWork } from '@alliance/kernel';
import { AgreementKind, ContactRole, NetworkMembershipKind, ProgramKind } from '@alliance/membership';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { sqlCounter } from './support/sql-counter';

/**
 * No N+1: a list query with nested fields runs the same number of SQL statements for 10
 * items as for 100, because every field that crosses to another row loads in batches.
 */
// The setup writes 100 partners with their agreements: give a busy machine room.

describe(`statement counts on ${onDatabase}`, () => {
  let t: TestGateway;
  let counter: ReturnType<typeof sqlCounter>;

  beforeAll(async () => {
    t = await startTestGateway();
    counter = sqlCounter(t.gateway.dataSource);
    const ctx = t.gateway.systemContext();
    const { membership } = t.gateway.modules;
    await runUnitOfWork(ctx, async () => {
      const umbrella = await membership.programs.create(ctx, {
        code: 'UMB',
        name: 'Umbrella',
        kind: ProgramKind.UMBRELLA,
        agreementCutoffDate: '2015-08-31',
        requirements: [],
        guideClauses: [],
      });
      const program = await membership.programs.create(ctx, {
        code: 'P1',
        name: 'Program',
        kind: ProgramKind.PROGRAM,
        umbrellaId: umbrella.id,
        agreementCutoffDate: '2015-08-31',
        requirements: [],
        guideClauses: [],
      });
      for (let i = 0; i < 100; i++) {
        const partner = await membership.partners.create(ctx, { name: `Partner ${String(i).padStart(3, '0')}`, joinedOn: i % 2 ? '2014-01-01' : '2020-01-01' });
        const term = { startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: new Date('2026-12-31T23:59:59.999Z') };
        await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TAP, { partnerId: partner.id, ...term });
        await membership.partners.setContact(ctx, {
          partnerId: partner.id,
          role: ContactRole.ALLIANCE_BUSINESS,
          name: `Contact ${i}`,
          email: `c${i}@example.com`,
        });
        for (const programId of [program.id, umbrella.id]) {
          const enrollment = await membership.enrollments.enroll(ctx, { partnerId: partner.id, programId });
          for (const kind of await membership.enrollments.required(ctx, enrollment)) {
            await membership.enrollments.sign(ctx, {
              enrollmentId: enrollment.id,
              kind,
              signedBy: 'x',
              termStartsAt: term.startsAt,
              termEndsAt: term.endsAt,
              clauses: kind === AgreementKind.PEPA ? [{ topic: 'a', text: 'b' }] : [],
            });
          }
        }
      }
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const PARTNERS_PAGE = `query($n: Int!) {
    partners(first: $n) { edges { node {
      name tapActive tsanetActive
      tapMemberships { startsAt endsAt }
      contacts { role email }
      collateralAccess { code }
      enrollments { state programVersion termEndsAt requiredAgreements missingAgreements
        program { code kind umbrellaId }
        agreements { kind signedAt }
        history { toState reason }
        partner { name }
      }
    } } }
  }`;

  async function statementsFor(query: string, n: number): Promise<{ count: number; items: number }> {
    counter.start();
    const data = await t.ok<Record<string, { edges: unknown[] }>>(query, { n });
    counter.stop();
    return { count: counter.domain().length, items: Object.values(data)[0].edges.length };
  }

  it('a page of partners with nested enrollments, programs, agreements, history and contacts: same statements for 10 and 100', async () => {
    const ten = await statementsFor(PARTNERS_PAGE, 10);
    const hundred = await statementsFor(PARTNERS_PAGE, 100);
    expect(ten.items).toBe(10);
    expect(hundred.items).toBe(100);
    expect(hundred.count).toBe(ten.count);
    expect(ten.count).toBeLessThanOrEqual(15);
  });

  it("MEM-10: a page showing only columns of the enrollments' programs reads them in the enrollments' statement, each the program itself", async () => {
    type Program = { id: string; code: string; kind: string; umbrellaId: string | null };
    counter.start();
    const page = await t.ok<{ partners: { edges: { node: { enrollments: { program: Program }[] } }[] } }>(
      `query { partners(first: 20) { edges { node { id enrollments { state program { id code kind umbrellaId } } } } } }`,
    );
    const statements = counter.stop();
    expect(statements.filter((s) => /mem_program/.test(s))).toEqual([expect.stringMatching(/FROM "mem_enrollment" "t" LEFT JOIN "mem_program" "j"/)]);
    const { programs } = await t.ok<{ programs: Program[] }>(`query { programs { id code kind umbrellaId } }`);
    const byId = new Map(programs.map((program) => [program.id, program]));
    const shown = page.partners.edges.flatMap((edge) => edge.node.enrollments.map((enrollment) => enrollment.program));
    expect(shown.length).toBe(40);
    for (const program of shown) expect(program).toEqual(byId.get(program.id));
    expect(new Set(shown.map((program) => program.code))).toEqual(new Set(['P1', 'UMB']));
  });

  (onDatabase === 'PostgreSQL' ? it : it.skip)('PostgreSQL: list reads run as named statements, prepared once per pooled connection', async () => {
    await t.ok(PARTNERS_PAGE, { n: 10 });
    const pool = (t.gateway.dataSource.driver as unknown as { master: { query(sql: string): Promise<{ rows: { name: string }[] }> } }).master;
    // Ten at once take every connection of the pool: together they list every statement prepared on it.
    const seen = await Promise.all(Array.from({ length: 10 }, () => pool.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'alliance_read_%'`)));
    expect(new Set(seen.flatMap((result) => result.rows.map((row) => row.name))).size).toBeGreaterThan(0);
  });

  it('pagination applies its LIMIT in the database, before nested fields load', async () => {
    counter.start();
    await t.ok(PARTNERS_PAGE, { n: 10 });
    const statements = counter.stop();
    const page = statements.find((s) => /FROM "mem_partner"/.test(s) && /LIMIT/.test(s));
    expect(page).toMatch(/LIMIT 11/);
  });
});
