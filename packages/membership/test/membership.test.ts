import { GraphQLSchema } from 'graphql';
import { Database, FixedClock, RequestContext, Role, runMutation, UserError } from '@alliance/kernel';
import { createTestDatabase, createTestSchema, RecordingBus, runGraphql, testContext, commandsInUnits } from '@alliance/testing';
import {
  AgreementKind,
  ContactRole,
  createMembershipModule,
  EnrollmentState,
  MembershipEvents,
  MembershipModule,
  NetworkMembershipKind,
  ProgramKind,
  Requirement,
  requiredAgreements,
  effectiveState,
  isMembershipActive,
  governingClause,
  PartnerContact,
  membershipNoticeRules,
  ClauseSource,
} from '@alliance/membership';

const T0 = '2026-01-01T00:00:00.000Z';
const YEAR_END = new Date('2026-12-31T23:59:59.999Z');

describe('membership', () => {
  let db: Database;
  let module: MembershipModule;
  let clock: FixedClock;
  let bus: RecordingBus;
  let admin: RequestContext;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const created = createMembershipModule();
    schema = await createTestSchema([created]);
    module = commandsInUnits(created);
  });

  beforeEach(async () => {
    db = await createTestDatabase(module.entities);
    clock = new FixedClock(T0);
    bus = new RecordingBus();
    admin = testContext(db, { clock, bus });
  });

  const as = (role: Role, partnerId?: string, scopes: string[] = []) => testContext(db, { clock, bus, role, partnerId, scopes, name: `${role} key` });
  const mutate = <T extends object>(ctx: RequestContext, work: () => Promise<T>) => runMutation(ctx, work);

  async function partnerWithTap(name: string, joinedOn = '2020-01-01', tapEnds: Date = YEAR_END) {
    const partner = await module.partners.create(admin, { name, joinedOn });
    await module.partners.recordNetworkMembership(admin, NetworkMembershipKind.TAP, { partnerId: partner.id, startsAt: new Date(T0), endsAt: tapEnds });
    return partner;
  }

  async function program(code: string, extra: Partial<{ kind: ProgramKind; umbrellaId: string; requirements: Requirement[] }> = {}) {
    return module.programs.create(admin, {
      code,
      name: `${code} program`,
      kind: extra.kind ?? ProgramKind.PROGRAM,
      umbrellaId: extra.umbrellaId ?? null,
      agreementCutoffDate: '2015-08-31',
      requirements: extra.requirements ?? [],
      guideClauses: [
        { topic: 'termination', text: 'Guide: 30 days notice.' },
        { topic: 'logo', text: 'Guide: logo use rules.' },
      ],
    });
  }

  async function activeEnrollment(partnerId: string, programId: string, termEndsAt: Date = YEAR_END) {
    const enrollment = await module.enrollments.enroll(admin, { partnerId, programId });
    const [first, second] = await module.enrollments.required(admin, enrollment);
    for (const kind of [first, second]) {
      await module.enrollments.sign(admin, {
        enrollmentId: enrollment.id,
        kind,
        signedBy: 'Ada Signer',
        termStartsAt: new Date(T0),
        termEndsAt,
        clauses:
          kind === AgreementKind.PEPA ? [{ topic: 'termination', text: 'PEPA: 60 days notice.' }] : [{ topic: 'fees', text: 'Addendum: fees as scheduled.' }],
      });
    }
    return module.enrollments.get(admin, enrollment.id);
  }

  describe('MEM-1 TAP membership', () => {
    it('MEM-1: a partner without an active TAP membership cannot enroll', async () => {
      const partner = await module.partners.create(admin, { name: 'NoTap Inc' });
      const prog = await program('SVA');
      const payload = await mutate(admin, async () => ({ enrollment: await module.enrollments.enroll(admin, { partnerId: partner.id, programId: prog.id }) }));
      expect(payload.userErrors[0]).toMatchObject({ code: 'TAP_MEMBERSHIP_REQUIRED', field: 'input.partnerId' });
    });

    it('MEM-1: a TAP membership is active through its last instant and not one millisecond after', () => {
      const m = { startsAt: new Date(T0), endsAt: YEAR_END, endedAt: null };
      expect(isMembershipActive(m, YEAR_END)).toBe(true);
      expect(isMembershipActive(m, new Date(YEAR_END.getTime() + 1))).toBe(false);
      expect(isMembershipActive(m, new Date(new Date(T0).getTime() - 1))).toBe(false);
    });

    it('MEM-1: the enrollment stops being active when the TAP membership lapses', async () => {
      const tapEnds = new Date('2026-06-30T23:59:59.999Z');
      const partner = await partnerWithTap('Lapse Co', '2020-01-01', tapEnds);
      const prog = await program('SVA');
      await activeEnrollment(partner.id, prog.id);
      expect(await module.enrollments.status(admin, partner.id, prog.id, tapEnds)).toMatchObject({ active: true });
      expect(await module.enrollments.status(admin, partner.id, prog.id, new Date(tapEnds.getTime() + 1))).toMatchObject({
        active: false,
        reasonCode: 'TAP_MEMBERSHIP_INACTIVE',
      });
    });

    it('MEM-1: overlapping TAP terms are refused', async () => {
      const partner = await partnerWithTap('Twice Co');
      const payload = await mutate(admin, async () => ({
        m: await module.partners.recordNetworkMembership(admin, NetworkMembershipKind.TAP, {
          partnerId: partner.id,
          startsAt: YEAR_END,
          endsAt: new Date('2027-12-31T00:00:00Z'),
        }),
      }));
      expect(payload.userErrors[0]).toMatchObject({ code: 'MEMBERSHIP_OVERLAPS', field: 'input.startsAt' });
    });
  });

  describe('MEM-2 agreements by join date', () => {
    it('MEM-2: joining the day before the cutoff needs PEPA and the program addendum', () => {
      expect(requiredAgreements('2015-08-30', '2015-08-31')).toEqual([AgreementKind.PEPA, AgreementKind.PROGRAM_ADDENDUM]);
    });

    it('MEM-2: joining exactly on the cutoff date counts as after: PEPA and the umbrella addendum', () => {
      expect(requiredAgreements('2015-08-31', '2015-08-31')).toEqual([AgreementKind.PEPA, AgreementKind.UMBRELLA_ADDENDUM]);
    });

    it('MEM-2: an enrollment is PENDING until every required agreement is signed, then ACTIVE', async () => {
      const partner = await partnerWithTap('Old Timer', '2015-08-30');
      const prog = await program('SVA');
      const enrollment = await module.enrollments.enroll(admin, { partnerId: partner.id, programId: prog.id });
      expect(module.enrollments.state(admin, enrollment)).toBe(EnrollmentState.PENDING);
      expect(await module.enrollments.missing(admin, enrollment)).toEqual([AgreementKind.PEPA, AgreementKind.PROGRAM_ADDENDUM]);
      const wrong = await mutate(admin, () =>
        module.enrollments.sign(admin, {
          enrollmentId: enrollment.id,
          kind: AgreementKind.UMBRELLA_ADDENDUM,
          signedBy: 'x',
          termStartsAt: new Date(T0),
          termEndsAt: YEAR_END,
          clauses: [],
        }),
      );
      expect(wrong.userErrors[0]).toMatchObject({ code: 'AGREEMENT_NOT_REQUIRED', field: 'input.kind' });
      await module.enrollments.sign(admin, {
        enrollmentId: enrollment.id,
        kind: AgreementKind.PEPA,
        signedBy: 'x',
        termStartsAt: new Date(T0),
        termEndsAt: YEAR_END,
        clauses: [],
      });
      expect(module.enrollments.state(admin, await module.enrollments.get(admin, enrollment.id))).toBe(EnrollmentState.PENDING);
      await module.enrollments.sign(admin, {
        enrollmentId: enrollment.id,
        kind: AgreementKind.PROGRAM_ADDENDUM,
        signedBy: 'x',
        termStartsAt: new Date(T0),
        termEndsAt: YEAR_END,
        clauses: [],
      });
      const active = await module.enrollments.get(admin, enrollment.id);
      expect(module.enrollments.state(admin, active)).toBe(EnrollmentState.ACTIVE);
      expect(active.termEndsAt?.toISOString()).toBe(YEAR_END.toISOString());
    });
  });

  describe('MEM-3 order of precedence', () => {
    it('MEM-3: the program addendum governs over the PEPA, the PEPA over the program guide', () => {
      const sources: ClauseSource[] = [
        { kind: AgreementKind.PROGRAM_GUIDE, clauses: { termination: 'guide', logo: 'guide logo' }, documentId: 'g' },
        { kind: AgreementKind.PEPA, clauses: { termination: 'pepa' }, documentId: 'p' },
        { kind: AgreementKind.PROGRAM_ADDENDUM, clauses: { termination: 'addendum' }, documentId: 'a' },
      ];
      expect(governingClause(sources, 'termination')).toEqual({
        kind: AgreementKind.PROGRAM_ADDENDUM,
        documentId: 'a',
        text: 'addendum',
        overridden: [AgreementKind.PEPA, AgreementKind.PROGRAM_GUIDE],
      });
      expect(governingClause(sources, 'logo')?.kind).toBe(AgreementKind.PROGRAM_GUIDE);
      expect(governingClause(sources, 'unknown')).toBeNull();
    });

    it('MEM-3: governingClause answers for a real enrollment through the schema', async () => {
      const partner = await partnerWithTap('Clause Co', '2020-01-01');
      const prog = await program('SVA');
      const enrollment = await activeEnrollment(partner.id, prog.id);
      const query = `query($id: ID!, $topic: String!) { governingClause(enrollmentId: $id, topic: $topic) { document text overridden } }`;
      const termination = await runGraphql(schema, admin, query, { id: enrollment.id, topic: 'termination' });
      expect(termination.data).toEqual({ governingClause: { document: 'PEPA', text: 'PEPA: 60 days notice.', overridden: ['PROGRAM_GUIDE'] } });
      const fees = await runGraphql(schema, admin, query, { id: enrollment.id, topic: 'fees' });
      expect(fees.data).toEqual({ governingClause: { document: 'UMBRELLA_ADDENDUM', text: 'Addendum: fees as scheduled.', overridden: [] } });
      const logo = await runGraphql(schema, admin, query, { id: enrollment.id, topic: 'logo' });
      expect(logo.data).toEqual({ governingClause: { document: 'PROGRAM_GUIDE', text: 'Guide: logo use rules.', overridden: [] } });
    });
  });

  describe('MEM-4 term', () => {
    it('MEM-4: an enrollment is active at the last instant of its term and EXPIRED one millisecond later', async () => {
      const partner = await partnerWithTap('Term Co', '2020-01-01', new Date('2030-01-01T00:00:00Z'));
      const prog = await program('SVA');
      const termEnds = new Date('2026-09-30T23:59:59.999Z');
      const enrollment = await activeEnrollment(partner.id, prog.id, termEnds);
      clock.set(termEnds);
      expect(module.enrollments.state(admin, enrollment)).toBe(EnrollmentState.ACTIVE);
      expect((await module.enrollments.status(admin, partner.id, prog.id, termEnds)).active).toBe(true);
      clock.advance(1);
      expect(module.enrollments.state(admin, enrollment)).toBe(EnrollmentState.EXPIRED);
      expect(await module.enrollments.status(admin, partner.id, prog.id, clock.now())).toMatchObject({ active: false, reasonCode: 'ENROLLMENT_EXPIRED' });
      expect(effectiveState(EnrollmentState.ACTIVE, termEnds, termEnds)).toBe(EnrollmentState.ACTIVE);
    });

    it('MEM-4: the sweep records the expiry in the history once', async () => {
      const partner = await partnerWithTap('Sweep Co');
      const prog = await program('SVA');
      const termEnds = new Date('2026-03-31T23:59:59.999Z');
      const enrollment = await activeEnrollment(partner.id, prog.id, termEnds);
      clock.set(termEnds);
      expect(await module.enrollments.recordExpiries(admin)).toBe(0);
      clock.advance(1);
      expect(await module.enrollments.recordExpiries(admin)).toBe(1);
      expect(await module.enrollments.recordExpiries(admin)).toBe(0);
      const history = await module.enrollments.history(admin, enrollment.id);
      expect(history.map((h) => h.toState)).toEqual([EnrollmentState.PENDING, EnrollmentState.ACTIVE, EnrollmentState.EXPIRED]);
    });

    it('MEM-4: the agreement term end is a notice due at its last instant', async () => {
      const partner = await partnerWithTap('Notice Co');
      const prog = await program('SVA');
      const termEnds = new Date('2026-03-31T23:59:59.999Z');
      await activeEnrollment(partner.id, prog.id, termEnds);
      const [rule] = membershipNoticeRules;
      expect(await rule.due(db.manager, new Date(T0), new Date(termEnds.getTime() - 1))).toHaveLength(0);
      const due = await rule.due(db.manager, new Date(T0), termEnds);
      expect(due).toHaveLength(1);
      expect(due[0]).toMatchObject({ kind: 'membership.agreement_term_ends', partnerId: partner.id });
      expect(due[0].dueAt.toISOString()).toBe(termEnds.toISOString());
    });
  });

  describe('NOT-1 term ends judged at their instant, MEM-1 state read now', () => {
    const [rule] = membershipNoticeRules;
    const dueIn = async (from: Date, to: Date) => (await rule.due(db.manager, from, to)).map((n) => [n.subjectId, n.dueAt.toISOString()]);

    it('MEM-4 NOT-1: a term end stays due after the expiry is recorded, after a termination that came later, and after a renewal signed once it ended', async () => {
      const prog = await program('SVA');
      const termEnds = new Date('2026-03-31T23:59:59.999Z');
      const expired = await activeEnrollment((await partnerWithTap('Expired Co')).id, prog.id, termEnds);
      const terminatedLater = await activeEnrollment((await partnerWithTap('Later Co')).id, prog.id, termEnds);
      const renewed = await activeEnrollment((await partnerWithTap('Renewed Co')).id, prog.id, termEnds);
      clock.set(new Date(termEnds.getTime() + 1));
      expect(await module.enrollments.recordExpiries(admin)).toBe(3);
      await module.enrollments.terminate(admin, { enrollmentId: terminatedLater.id, reason: 'left' });
      clock.set('2026-04-10T00:00:00.000Z');
      const newEnd = new Date('2026-09-30T23:59:59.999Z');
      for (const kind of await module.enrollments.required(admin, renewed)) {
        await module.enrollments.sign(admin, {
          enrollmentId: renewed.id,
          kind,
          signedBy: 'Ada Signer',
          termStartsAt: new Date(T0),
          termEndsAt: newEnd,
          clauses: [],
        });
      }
      const all = await dueIn(new Date(T0), YEAR_END);
      expect(all.sort()).toEqual(
        [
          [expired.id, termEnds.toISOString()],
          [terminatedLater.id, termEnds.toISOString()],
          [renewed.id, termEnds.toISOString()],
          [renewed.id, newEnd.toISOString()],
        ].sort(),
      );
      // The window's edges: the instant itself inside, 1 ms either side outside.
      expect(await dueIn(termEnds, termEnds)).toHaveLength(3);
      expect(await dueIn(new Date(termEnds.getTime() + 1), new Date(newEnd.getTime() - 1))).toEqual([]);
    });

    it('MEM-6 NOT-1: a termination at or before the term end takes the notice away; a term with an agreement still unsigned has none', async () => {
      const prog = await program('SVA');
      const termEnds = new Date('2026-03-31T23:59:59.999Z');
      const enrollment = await activeEnrollment((await partnerWithTap('Left Co')).id, prog.id, termEnds);
      clock.set(termEnds);
      await module.enrollments.terminate(admin, { enrollmentId: enrollment.id, reason: 'left on the last day' });
      const pending = await module.enrollments.enroll(admin, { partnerId: (await partnerWithTap('Half Co')).id, programId: prog.id });
      await module.enrollments.sign(admin, {
        enrollmentId: pending.id,
        kind: AgreementKind.PEPA,
        signedBy: 'x',
        termStartsAt: new Date(T0),
        termEndsAt: termEnds,
        clauses: [],
      });
      expect(await dueIn(new Date(T0), YEAR_END)).toEqual([]);
    });

    it('MEM-1 MEM-10: without an active TAP membership an ACTIVE enrollment reads SUSPENDED, not in force, TAP_MEMBERSHIP_INACTIVE; the TAP end instant itself is still in force', async () => {
      const prog = await program('SVA');
      const tapEnds = new Date('2026-06-30T23:59:59.999Z');
      const partner = await partnerWithTap('Lapse Co', '2020-01-01', tapEnds);
      const enrollment = await activeEnrollment(partner.id, prog.id);
      clock.set(tapEnds);
      expect(await module.enrollments.standingNow(testContext(db, { clock, bus }), enrollment)).toEqual({
        state: EnrollmentState.ACTIVE,
        inForce: true,
        reason: null,
      });
      clock.set(new Date(tapEnds.getTime() + 1));
      expect(await module.enrollments.standingNow(testContext(db, { clock, bus }), enrollment)).toEqual({
        state: EnrollmentState.SUSPENDED,
        inForce: false,
        reason: 'TAP_MEMBERSHIP_INACTIVE',
      });
      // The recorded state is unchanged: the state follows the TAP membership, both ways.
      expect(module.enrollments.state(admin, enrollment)).toBe(EnrollmentState.ACTIVE);
      clock.set(new Date(YEAR_END.getTime() + 1));
      expect(await module.enrollments.standingNow(testContext(db, { clock, bus }), enrollment)).toEqual({
        state: EnrollmentState.EXPIRED,
        inForce: false,
        reason: 'ENROLLMENT_EXPIRED',
      });
    });
  });

  describe('MEM-5 program versions', () => {
    it('MEM-5: a new version suspends and reports the members that no longer qualify, with what they miss', async () => {
      const prog = await program('SVA');
      const keeps = await partnerWithTap('Keeps Co');
      await module.partners.recordNetworkMembership(admin, NetworkMembershipKind.TSANET, { partnerId: keeps.id, startsAt: new Date(T0), endsAt: YEAR_END });
      const loses = await partnerWithTap('Loses Co');
      const keepsEnrollment = await activeEnrollment(keeps.id, prog.id);
      const losesEnrollment = await activeEnrollment(loses.id, prog.id);
      clock.advance(1000);
      const result = await runGraphql<{
        publishProgramVersion: {
          version: { version: number };
          noLongerQualifying: { enrollment: { id: string; state: string }; unmet: string[] }[];
          userErrors: unknown[];
        };
      }>(
        schema,
        admin,
        `mutation($input: PublishProgramVersionInput!) { publishProgramVersion(input: $input) { version { version } noLongerQualifying { enrollment { id state } unmet } userErrors { code } } }`,
        { input: { programId: prog.id, requirements: ['TSANET_MEMBERSHIP', 'TECHNICAL_SUPPORT_MANAGER_CONTACT'] } },
      );
      expect(result.errors).toBeUndefined();
      const out = result.data!.publishProgramVersion;
      expect(out.version.version).toBe(2);
      expect(out.noLongerQualifying).toHaveLength(2);
      const byId = Object.fromEntries(out.noLongerQualifying.map((s) => [s.enrollment.id, s]));
      expect(byId[losesEnrollment.id].unmet.sort()).toEqual(['TECHNICAL_SUPPORT_MANAGER_CONTACT', 'TSANET_MEMBERSHIP']);
      expect(byId[keepsEnrollment.id].unmet).toEqual(['TECHNICAL_SUPPORT_MANAGER_CONTACT']);
      expect(byId[losesEnrollment.id].enrollment.state).toBe('SUSPENDED');
      const history = await module.enrollments.history(admin, losesEnrollment.id);
      expect(history[history.length - 1]).toMatchObject({ toState: EnrollmentState.SUSPENDED, actor: 'system' });
    });

    it('MEM-5: members that meet the new version move to it and stay active', async () => {
      const prog = await program('SVA');
      const partner = await partnerWithTap('Fine Co');
      const enrollment = await activeEnrollment(partner.id, prog.id);
      await module.partners.setContact(admin, { partnerId: partner.id, role: ContactRole.TECHNICAL_SUPPORT_MANAGER, name: 'Sam', email: 'sam@fine.example' });
      const { shortfalls } = await module.enrollments.publishVersion(admin, {
        programId: prog.id,
        requirements: [Requirement.TECHNICAL_SUPPORT_MANAGER_CONTACT],
      });
      expect(shortfalls).toHaveLength(0);
      const after = await module.enrollments.get(admin, enrollment.id);
      expect(after.programVersion).toBe(2);
      expect(module.enrollments.state(admin, after)).toBe(EnrollmentState.ACTIVE);
    });
  });

  describe('MEM-6 and MEM-7 collateral access', () => {
    it('MEM-6: terminating the enrollment terminates its agreements and revokes collateral access', async () => {
      const partner = await partnerWithTap('Leaving Co');
      const prog = await program('SVA');
      const enrollment = await activeEnrollment(partner.id, prog.id);
      expect((await module.enrollments.collateralAccess(admin, partner.id)).map((p) => p.code)).toEqual(['SVA']);
      await module.enrollments.terminate(admin, { enrollmentId: enrollment.id, reason: 'partner asked to leave' });
      expect(await module.enrollments.collateralAccess(admin, partner.id)).toEqual([]);
      expect((await module.enrollments.agreements(testContext(db, { clock }), enrollment.id)).every((a) => a.terminatedAt)).toBe(true);
      expect(bus.ofType(MembershipEvents.ENROLLMENT_CHANGED).at(-1)?.payload).toMatchObject({ to: 'TERMINATED', reason: 'partner asked to leave' });
    });

    it('MEM-7: removing a program from the umbrella revokes only that program for umbrella members', async () => {
      const umbrella = await program('SDDC', { kind: ProgramKind.UMBRELLA });
      const a = await program('SVA', { umbrellaId: umbrella.id });
      const b = await program('VRO', { umbrellaId: umbrella.id });
      const direct = await program('DIRECT');
      const partner = await partnerWithTap('Umbrella Co');
      await activeEnrollment(partner.id, umbrella.id);
      await activeEnrollment(partner.id, direct.id);
      expect((await module.enrollments.collateralAccess(admin, partner.id)).map((p) => p.code)).toEqual(['DIRECT', 'SDDC', 'SVA', 'VRO']);
      await module.programs.removeFromUmbrella(admin, { programId: a.id, umbrellaId: umbrella.id });
      expect((await module.enrollments.collateralAccess(admin, partner.id)).map((p) => p.code)).toEqual(['DIRECT', 'SDDC', 'VRO']);
      const again = await mutate(admin, async () => ({ p: await module.programs.removeFromUmbrella(admin, { programId: a.id, umbrellaId: umbrella.id }) }));
      expect(again.userErrors[0]).toMatchObject({ code: 'NOT_IN_UMBRELLA' });
      expect(b.umbrellaId).toBe(umbrella.id);
    });
  });

  describe('MEM-8 confidential contacts', () => {
    const CONTACTS = `query($id: ID!) { partner(id: $id) { name contacts { role name email } } }`;

    it('MEM-8: the partner and staff see contacts; another partner gets NOT_FOUND', async () => {
      const a = await partnerWithTap('Alpha');
      const b = await partnerWithTap('Beta');
      await module.partners.setContact(admin, { partnerId: a.id, role: ContactRole.ALLIANCE_BUSINESS, name: 'Alice', email: 'alice@alpha.example' });
      const own = await runGraphql(schema, as(Role.PARTNER, a.id), CONTACTS, { id: a.id });
      expect(own.data).toEqual({ partner: { name: 'Alpha', contacts: [{ role: 'ALLIANCE_BUSINESS', name: 'Alice', email: 'alice@alpha.example' }] } });
      const other = await runGraphql(schema, as(Role.PARTNER, b.id), CONTACTS, { id: a.id });
      expect(other.data).toBeNull();
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await runGraphql<{ partners: { edges: { node: { id: string } }[] } }>(
        schema,
        as(Role.PARTNER, b.id),
        `{ partners(first: 10) { edges { node { id } } } }`,
      );
      expect(list.data?.partners.edges.map((e) => e.node.id)).toEqual([b.id]);
    });

    it('MEM-8: an integration without contacts:read is refused the contacts, with the scope it sees the rest', async () => {
      const a = await partnerWithTap('Alpha');
      await module.partners.setContact(admin, { partnerId: a.id, role: ContactRole.ENGINEERING_LEAD, name: 'Eve', email: 'eve@alpha.example' });
      const noScope = await runGraphql(schema, as(Role.INTEGRATION, undefined, ['partners:read']), CONTACTS, { id: a.id });
      expect(noScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(noScope)).not.toContain('eve@alpha.example');
      const withScope = await runGraphql(schema, as(Role.INTEGRATION, undefined, ['partners:read', 'contacts:read']), CONTACTS, { id: a.id });
      expect(withScope.errors).toBeUndefined();
      const nothing = await runGraphql(schema, as(Role.INTEGRATION, undefined, []), CONTACTS, { id: a.id });
      expect(nothing.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("MEM-8: a partner cannot set another partner's contact, and nothing is written", async () => {
      const a = await partnerWithTap('Alpha');
      const b = await partnerWithTap('Beta');
      const result = await runGraphql(
        schema,
        as(Role.PARTNER, b.id),
        `mutation($input: SetPartnerContactInput!) { setPartnerContact(input: $input) { contact { id } userErrors { code } } }`,
        {
          input: { partnerId: a.id, role: 'ALLIANCE_BUSINESS', name: 'Mallory', email: 'm@beta.example' },
        },
      );
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await db.manager.count(PartnerContact)).toBe(0);
    });
  });

  describe('MEM-9 TSANet', () => {
    it('MEM-9: ending the TSANet membership puts certifications at risk (event) and reads inactive', async () => {
      const partner = await partnerWithTap('Net Co');
      await module.partners.recordNetworkMembership(admin, NetworkMembershipKind.TSANET, { partnerId: partner.id, startsAt: new Date(T0), endsAt: YEAR_END });
      clock.set('2026-05-01T00:00:00.000Z');
      await runMutation(admin, async () => ({
        m: await module.partners.endNetworkMembership(admin, { partnerId: partner.id, kind: NetworkMembershipKind.TSANET, reason: 'dues unpaid' }),
      }));
      expect(bus.ofType(MembershipEvents.TSANET_MEMBERSHIP_ENDED)).toHaveLength(1);
      expect(bus.ofType(MembershipEvents.TSANET_MEMBERSHIP_ENDED)[0]).toMatchObject({ partnerId: partner.id, payload: { reason: 'dues unpaid' } });
      expect(await module.partners.isNetworkMemberActive(admin, partner.id, NetworkMembershipKind.TSANET, clock.now())).toBe(false);
      expect(await module.partners.isNetworkMemberActive(admin, partner.id, NetworkMembershipKind.TSANET, new Date(clock.now().getTime() - 1))).toBe(true);
    });
  });

  describe('MEM-10 several enrollments', () => {
    it('MEM-10: each enrollment has its own agreements, term and state, and every change is recorded with who, when and why', async () => {
      const partner = await partnerWithTap('Multi Co');
      const sva = await program('SVA');
      const vro = await program('VRO');
      const one = await activeEnrollment(partner.id, sva.id, new Date('2026-06-30T23:59:59.999Z'));
      const two = await module.enrollments.enroll(admin, { partnerId: partner.id, programId: vro.id });
      expect(module.enrollments.state(admin, one)).toBe(EnrollmentState.ACTIVE);
      expect(module.enrollments.state(admin, two)).toBe(EnrollmentState.PENDING);
      const pm = as(Role.PROGRAM_MANAGER);
      clock.advance(60_000);
      await module.enrollments.terminate(pm, { enrollmentId: two.id, reason: 'duplicate application' });
      const history = await module.enrollments.history(admin, two.id);
      expect(history.map((h) => [h.fromState, h.toState, h.actor, h.reason])).toEqual([
        [null, 'PENDING', 'system', 'enrolled; waiting for signed agreements'],
        ['PENDING', 'TERMINATED', 'PROGRAM_MANAGER key', 'duplicate application'],
      ]);
      expect(history[1].at.toISOString()).toBe('2026-01-01T00:01:00.000Z');
      const again = await mutate(pm, async () => ({ e: await module.enrollments.terminate(pm, { enrollmentId: two.id, reason: 'again' }) }));
      expect(again.userErrors[0]).toMatchObject({ code: 'ENROLLMENT_STATE_INVALID', field: 'input.enrollmentId' });
      expect(await module.enrollments.history(admin, two.id)).toHaveLength(2);
    });

    it('MEM-10: a second live enrollment in the same program is refused', async () => {
      const partner = await partnerWithTap('Dup Co');
      const prog = await program('SVA');
      await module.enrollments.enroll(admin, { partnerId: partner.id, programId: prog.id });
      const payload = await mutate(admin, async () => ({ e: await module.enrollments.enroll(admin, { partnerId: partner.id, programId: prog.id }) }));
      expect(payload.userErrors[0]).toMatchObject({ code: 'ALREADY_ENROLLED' });
    });
  });

  describe('input validation', () => {
    it('malformed input is BAD_USER_INPUT naming the field, and nothing is created', async () => {
      const result = await runGraphql(schema, admin, `mutation { createPartner(input: { name: "X", website: "not a url" }) { partner { id } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors?.[0].extensions)).toContain('website');
      expect((await module.partners.list(admin, {})).edges).toHaveLength(0);
    });

    it('a page larger than 100 is refused', async () => {
      const result = await runGraphql(schema, admin, `{ partners(first: 101) { edges { cursor } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a PARTNER key cannot create partners', async () => {
      const result = await runGraphql(schema, as(Role.PARTNER, 'x'), `mutation { createPartner(input: { name: "X" }) { partner { id } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('UserError carries code and field', () => {
      expect(new UserError('A', 'b', 'input.c')).toMatchObject({ code: 'A', field: 'input.c' });
    });
  });
});
