import { GraphQLSchema } from 'graphql';
import { Role } from '@alliance/kernel';
import { createTestSchema, runGraphql } from '@alliance/testing';
import { Booking, PointsEntry, ProgressionAccess } from '../src/entities';
import { booking, enrolledPartner, record, world, World } from './helpers';

const PROGRESSION = `query($partnerId: ID!, $asOf: DateTimeISO) {
  partnerProgression(partnerId: $partnerId, asOf: $asOf) {
    partnerId level earnedLevel businessModels performancePointsThousandths capabilityPointsThousandths
    pointsBySource { kind source pointsThousandths }
    nextLevel { level performancePointsNeededThousandths capabilityPointsNeededThousandths missingRequirements }
    nextEvents { kind at }
    credentials { name status }
  }
}`;
const LEDGER = `query($partnerId: ID!, $programYear: Int, $first: Int, $after: String) {
  pointsLedger(partnerId: $partnerId, programYear: $programYear, first: $first, after: $after) {
    edges { cursor node { source kind programYear amountThousandths bookingId expired validUntil } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const GRANT = `mutation($input: GrantProgressionAccessInput!) { grantProgressionAccess(input: $input) { access { keyId role } userErrors { code field message } } }`;

type Errors = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const code = (result: Errors) => result.errors?.[0]?.extensions?.code;

describe('Partner Connect GraphQL', () => {
  let w: World;
  let schema: GraphQLSchema;
  let a: string;
  let b: string;

  beforeEach(async () => {
    w = await world();
    schema = await createTestSchema([w.module]);
    a = await enrolledPartner(w);
    b = await enrolledPartner(w);
    await record(w, [booking(a, { tcvMinor: 5_000_000, bookingTypes: ['SAAS'] }), booking(b, { tcvMinor: 7_000_000 })]);
    for (const [partnerId, keyId] of [
      [a, 'key-a-primary'],
      [b, 'key-b-primary'],
    ]) {
      const granted = await runGraphql(schema, w.ctx, GRANT, { input: { partnerId, keyId, role: 'PRIMARY_CONTACT' } });
      expect(granted.errors).toBeUndefined();
    }
  });

  const partnerKey = (partnerId: string, keyId: string) => w.as(Role.PARTNER, { partnerId, keyId });

  it('PC-12: staff read the whole dashboard in one query', async () => {
    const result = await runGraphql<{ partnerProgression: Record<string, unknown> }>(schema, w.as(Role.PROGRAM_MANAGER, { keyId: 'pm' }), PROGRESSION, {
      partnerId: a,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.partnerProgression).toEqual(
      expect.objectContaining({
        partnerId: a,
        level: 'COMMUNITY',
        businessModels: ['SOLUTION_RESELLER'],
        performancePointsThousandths: 60_000,
        pointsBySource: expect.arrayContaining([{ kind: 'PERFORMANCE', source: 'BOOKING', pointsThousandths: 50_000 }]),
        nextLevel: { level: 'PRINCIPAL', performancePointsNeededThousandths: 840_000, capabilityPointsNeededThousandths: 100_000, missingRequirements: [] },
      }),
    );
  });

  it("PC-14: a partner's primary contact sees its progression; partner B's is NOT_FOUND and absent", async () => {
    const ctx = partnerKey(a, 'key-a-primary');
    const own = await runGraphql<{ partnerProgression: { partnerId: string } }>(schema, ctx, PROGRESSION, { partnerId: a });
    expect(own.data?.partnerProgression.partnerId).toBe(a);
    expect(code(await runGraphql(schema, ctx, PROGRESSION, { partnerId: b }))).toBe('NOT_FOUND');
    expect(code(await runGraphql(schema, ctx, LEDGER, { partnerId: b }))).toBe('NOT_FOUND');
  });

  it('PC-14: a key of the partner that is neither a contact nor added by one sees nothing', async () => {
    expect(code(await runGraphql(schema, partnerKey(a, 'key-a-other'), PROGRESSION, { partnerId: a }))).toBe('NOT_FOUND');
  });

  it('PC-14: a contact adds a user, who then sees the progression; a contact cannot name another contact', async () => {
    const contact = partnerKey(a, 'key-a-primary');
    const added = await runGraphql<{ grantProgressionAccess: { access: { role: string }; userErrors: unknown[] } }>(schema, contact, GRANT, {
      input: { partnerId: a, keyId: 'key-a-analyst', role: 'ADDED_USER' },
    });
    expect(added.data?.grantProgressionAccess).toEqual({ access: { keyId: 'key-a-analyst', role: 'ADDED_USER' }, userErrors: [] });
    expect((await runGraphql(schema, partnerKey(a, 'key-a-analyst'), PROGRESSION, { partnerId: a })).errors).toBeUndefined();

    const before = await w.db.manager.count(ProgressionAccess);
    const refused = await runGraphql<{ grantProgressionAccess: { access: unknown; userErrors: unknown[] } }>(schema, partnerKey(a, 'key-a-analyst'), GRANT, {
      input: { partnerId: a, keyId: 'key-a-x', role: 'ADDED_USER' },
    });
    expect(refused.data?.grantProgressionAccess).toEqual({
      access: null,
      userErrors: [expect.objectContaining({ code: 'ACCESS_NOT_ALLOWED', field: 'input.role' })],
    });
    const promote = await runGraphql<{ grantProgressionAccess: { userErrors: { code: string }[] } }>(schema, contact, GRANT, {
      input: { partnerId: a, keyId: 'key-a-x', role: 'PRIMARY_CONTACT' },
    });
    expect(promote.data?.grantProgressionAccess.userErrors[0].code).toBe('ACCESS_NOT_ALLOWED');
    expect(await w.db.manager.count(ProgressionAccess)).toBe(before);

    const revoke = `mutation($input: RevokeProgressionAccessInput!) { revokeProgressionAccess(input: $input) { access { keyId } userErrors { code } } }`;
    expect((await runGraphql(schema, contact, revoke, { input: { partnerId: a, keyId: 'key-a-analyst' } })).errors).toBeUndefined();
    expect(code(await runGraphql(schema, partnerKey(a, 'key-a-analyst'), PROGRESSION, { partnerId: a }))).toBe('NOT_FOUND');
  });

  it("PC-14: progressionAccess tells a key why it does or does not see its partner's progression: named contact, added, never named, removed, not joined", async () => {
    const ACCESS = `query($partnerId: ID!) { progressionAccess(partnerId: $partnerId) { canSee reason partnerJoined grant { role grantedAt revokedAt } } }`;
    type Status = {
      progressionAccess: {
        canSee: boolean;
        reason: string;
        partnerJoined: boolean | null;
        grant: { role: string; grantedAt: string; revokedAt: string | null } | null;
      };
    };
    const ask = async (ctx: ReturnType<typeof partnerKey>, partnerId: string) =>
      (await runGraphql<Status>(schema, ctx, ACCESS, { partnerId })).data?.progressionAccess;

    expect(await ask(partnerKey(a, 'key-a-primary'), a)).toEqual({
      canSee: true,
      reason: 'NAMED_CONTACT',
      partnerJoined: true,
      grant: { role: 'PRIMARY_CONTACT', grantedAt: w.clock.now().toISOString(), revokedAt: null },
    });
    expect(await ask(partnerKey(a, 'key-a-other'), a)).toEqual({ canSee: false, reason: 'NOT_NAMED', partnerJoined: true, grant: null });

    await runGraphql(schema, partnerKey(a, 'key-a-primary'), GRANT, { input: { partnerId: a, keyId: 'key-a-analyst', role: 'ADDED_USER' } });
    expect(await ask(partnerKey(a, 'key-a-analyst'), a)).toMatchObject({
      canSee: true,
      reason: 'ADDED_BY_CONTACT',
      grant: { role: 'ADDED_USER', revokedAt: null },
    });
    w.clock.advance(60_000);
    const revoke = `mutation($input: RevokeProgressionAccessInput!) { revokeProgressionAccess(input: $input) { userErrors { code } } }`;
    await runGraphql(schema, partnerKey(a, 'key-a-primary'), revoke, { input: { partnerId: a, keyId: 'key-a-analyst' } });
    expect(await ask(partnerKey(a, 'key-a-analyst'), a)).toMatchObject({
      canSee: false,
      reason: 'ACCESS_REVOKED',
      grant: { role: 'ADDED_USER', revokedAt: w.clock.now().toISOString() },
    });

    // A partner that has not joined: its key is told so, whatever its access.
    const newcomer = w.ports.newPartner();
    expect(await ask(partnerKey(newcomer, 'key-n'), newcomer)).toEqual({ canSee: false, reason: 'NOT_NAMED', partnerJoined: false, grant: null });
    // Another partner's key learns nothing: NOT_FOUND, as for the progression itself.
    expect(code(await runGraphql(schema, partnerKey(b, 'key-b-primary'), ACCESS, { partnerId: a }))).toBe('NOT_FOUND');
    expect(await ask(w.as(Role.PARTNER_BUSINESS_MANAGER, { keyId: 'pbm-x' }), a)).toEqual({
      canSee: false,
      reason: 'NOT_ASSIGNED',
      partnerJoined: null,
      grant: null,
    });
    expect(await ask(w.as(Role.PROGRAM_MANAGER, { keyId: 'pm' }), a)).toEqual({ canSee: true, reason: 'STAFF', partnerJoined: true, grant: null });
  });

  it('PC-14: a distributor (a key of another partner) cannot add itself to a partner', async () => {
    const result = await runGraphql(schema, partnerKey(b, 'key-b-primary'), GRANT, { input: { partnerId: a, keyId: 'key-b-primary', role: 'ADDED_USER' } });
    expect(code(result)).toBe('NOT_FOUND');
    expect(code(await runGraphql(schema, partnerKey(b, 'key-b-primary'), PROGRESSION, { partnerId: a }))).toBe('NOT_FOUND');
  });

  it('PC-14: a partner business manager sees the partners assigned to it and not an unassigned one', async () => {
    const assign = `mutation($input: AssignPartnerBusinessManagerInput!) { assignPartnerBusinessManager(input: $input) { assignment { partnerId managerKeyId } userErrors { code } } }`;
    expect((await runGraphql(schema, w.ctx, assign, { input: { partnerId: a, managerKeyId: 'pbm-1' } })).errors).toBeUndefined();
    const pbm = w.as(Role.PARTNER_BUSINESS_MANAGER, { keyId: 'pbm-1' });
    expect((await runGraphql(schema, pbm, PROGRESSION, { partnerId: a })).errors).toBeUndefined();
    expect(code(await runGraphql(schema, pbm, PROGRESSION, { partnerId: b }))).toBe('NOT_FOUND');
    expect(code(await runGraphql(schema, pbm, LEDGER, { partnerId: b }))).toBe('NOT_FOUND');
    expect(code(await runGraphql(schema, w.as(Role.PARTNER_BUSINESS_MANAGER, { keyId: 'pbm-2' }), PROGRESSION, { partnerId: a }))).toBe('NOT_FOUND');
    // Business managers read; they do not record bookings.
    const write = await runGraphql(schema, pbm, `mutation { terminateDeal(input: { bookingId: "x", terminatedBy: VENDOR }) { userErrors { code } } }`);
    expect(write.errors?.[0]).toBeDefined();
  });

  it('PC-2: the ledger pages with first/after, and first over 100 is refused', async () => {
    const ctx = partnerKey(a, 'key-a-primary');
    const page1 = await runGraphql<{
      pointsLedger: { edges: { node: { source: string; amountThousandths: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(schema, ctx, LEDGER, { partnerId: a, programYear: 2026, first: 1 });
    expect(page1.data?.pointsLedger.edges.map((e) => [e.node.source, e.node.amountThousandths])).toEqual([['BOOKING', 50_000]]);
    expect(page1.data?.pointsLedger.pageInfo.hasNextPage).toBe(true);
    const page2 = await runGraphql<{ pointsLedger: { edges: { node: { source: string } }[]; pageInfo: { hasNextPage: boolean } } }>(schema, ctx, LEDGER, {
      partnerId: a,
      programYear: 2026,
      first: 1,
      after: page1.data?.pointsLedger.pageInfo.endCursor,
    });
    expect(page2.data?.pointsLedger.edges.map((e) => e.node.source)).toEqual(['MULTIPLIER_BONUS']);
    expect(page2.data?.pointsLedger.pageInfo.hasNextPage).toBe(false);
    expect(
      (await runGraphql<{ pointsLedger: { edges: unknown[] } }>(schema, ctx, LEDGER, { partnerId: a, programYear: 2027 })).data?.pointsLedger.edges,
    ).toEqual([]);
    expect(code(await runGraphql(schema, ctx, LEDGER, { partnerId: a, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('PC-2: recordBookings with a bad row returns userErrors naming row and field, and records nothing', async () => {
    const mutation = `mutation($input: RecordBookingsInput!) { recordBookings(input: $input) { recordedCount duplicateCount bookings { bookingId } userErrors { code field message } } }`;
    const rows = [booking(a), booking(a, { bookingTypes: ['BARTER'] })].map((r) => ({ ...r, bookedAt: r.bookedAt.toISOString() }));
    const before = await w.db.manager.count(Booking);
    const result = await runGraphql<{ recordBookings: { userErrors: { code: string; field: string }[]; bookings: unknown } }>(schema, w.ctx, mutation, {
      input: { bookings: rows },
    });
    expect(result.data?.recordBookings.userErrors).toEqual([expect.objectContaining({ code: 'BOOKING_TYPE_UNKNOWN', field: 'input.bookings.1.bookingTypes' })]);
    expect(result.data?.recordBookings.bookings).toBeNull();
    expect(await w.db.manager.count(Booking)).toBe(before);

    const good = await runGraphql<{ recordBookings: { recordedCount: number; duplicateCount: number } }>(schema, w.ctx, mutation, {
      input: { bookings: [rows[0], rows[0]] },
    });
    expect(good.data?.recordBookings).toEqual(expect.objectContaining({ recordedCount: 1, duplicateCount: 1 }));
    expect(code(await runGraphql(schema, partnerKey(a, 'key-a-primary'), mutation, { input: { bookings: [rows[0]] } }))).toBeDefined();
  });

  it('PC-1: a partner key joins a business model for itself only; a refused join changes nothing', async () => {
    const join = `mutation($input: JoinBusinessModelInput!) { joinBusinessModel(input: $input) { businessModel { model } userErrors { code field } } }`;
    const ctx = partnerKey(a, 'key-a-primary');
    const ok = await runGraphql<{ joinBusinessModel: { businessModel: { model: string } } }>(schema, ctx, join, {
      input: { partnerId: a, model: 'SOLUTION_SERVICES' },
    });
    expect(ok.data?.joinBusinessModel.businessModel.model).toBe('SOLUTION_SERVICES');
    expect(code(await runGraphql(schema, ctx, join, { input: { partnerId: b, model: 'SOLUTION_SERVICES' } }))).toBe('NOT_FOUND');
    const refused = await runGraphql<{ joinBusinessModel: { userErrors: unknown[] } }>(schema, ctx, join, {
      input: { partnerId: a, model: 'SOLUTION_BUILDER' },
    });
    expect(refused.data?.joinBusinessModel.userErrors).toEqual([{ code: 'TAP_MEMBERSHIP_REQUIRED', field: 'input.model' }]);
  });

  it('PC-9 / PC-10: levels and an audit with its requirements; the audit of another partner is NOT_FOUND', async () => {
    const levels = await runGraphql<{ levels: { code: string; rank: number }[] }>(
      schema,
      partnerKey(a, 'key-a-primary'),
      `{ levels { code rank performancePointsThousandths requirements } }`,
    );
    expect(levels.data?.levels.map((l) => l.code)).toEqual(['COMMUNITY_ENROLLED', 'COMMUNITY', 'PRINCIPAL', 'PINNACLE']);
    const start = await runGraphql<{ startAudit: { audit: { id: string; status: string } } }>(
      schema,
      w.ctx,
      `mutation($input: StartAuditInput!) { startAudit(input: $input) { audit { id status } userErrors { code } } }`,
      {
        input: { partnerId: a },
      },
    );
    const auditId = start.data!.startAudit.audit.id;
    const recordReq = `mutation($input: RecordAuditRequirementInput!) { recordAuditRequirement(input: $input) { audit { requirements { code met } } userErrors { code } } }`;
    await runGraphql(schema, w.ctx, recordReq, { input: { auditId, requirement: 'DUE_DILIGENCE_QUESTIONNAIRE', met: true } });
    const query = `query($id: ID!) { audit(id: $id) { status programYear requirements { code met } } }`;
    const own = await runGraphql<{ audit: { requirements: { code: string; met: boolean }[] } }>(schema, partnerKey(a, 'key-a-primary'), query, { id: auditId });
    expect(own.data?.audit.requirements).toEqual([
      { code: 'DUE_DILIGENCE_QUESTIONNAIRE', met: true },
      { code: 'INTEGRITY_TRAINING_PRIMARY_CONTACT', met: false },
      { code: 'INTEGRITY_TRAINING_ALTERNATE_CONTACT', met: false },
    ]);
    expect(code(await runGraphql(schema, partnerKey(b, 'key-b-primary'), query, { id: auditId }))).toBe('NOT_FOUND');
    const close = await runGraphql<{ closeAudit: { audit: { status: string; firstWindowEndsAt: string } } }>(
      schema,
      w.ctx,
      `mutation($input: CloseAuditInput!) { closeAudit(input: $input) { audit { status firstWindowEndsAt } userErrors { code } } }`,
      {
        input: { auditId },
      },
    );
    expect(close.data?.closeAudit.audit.status).toBe('IN_REMEDIATION');
  });

  it('PC-13: an expired credential shows as expired in the ledger and the dashboard', async () => {
    const mutation = `mutation($input: RecordCredentialInput!) { recordCredential(input: $input) { credential { id } userErrors { code field } } }`;
    const midnight = '2026-04-01T00:00:00.000Z';
    const bad = await runGraphql<{ recordCredential: { userErrors: unknown[] } }>(schema, w.ctx, mutation, {
      input: { partnerId: a, kind: 'ACCREDITATION', name: 'VSO', validFrom: midnight, validUntil: midnight },
    });
    expect(bad.data?.recordCredential.userErrors).toEqual([{ code: 'CREDENTIAL_VALIDITY_INVALID', field: 'input.validUntil' }]);
    expect(await w.db.manager.countBy(PointsEntry, { partnerId: a, kind: 'CAPABILITY' as never })).toBe(0);
    await runGraphql(schema, w.ctx, mutation, {
      input: { partnerId: a, kind: 'ACCREDITATION', name: 'VSO', validFrom: w.clock.now().toISOString(), validUntil: midnight },
    });
    const ctx = partnerKey(a, 'key-a-primary');
    w.clock.set(midnight);
    const ledgerAt = async () =>
      (await runGraphql<{ pointsLedger: { edges: { node: { source: string; expired: boolean } }[] } }>(schema, ctx, LEDGER, { partnerId: a }))
        .data!.pointsLedger.edges.filter((e) => e.node.source === 'CREDENTIAL')
        .map((e) => e.node.expired);
    expect(await ledgerAt()).toEqual([false]);
    w.clock.advance(1);
    expect(await ledgerAt()).toEqual([true]);
    const view = await runGraphql<{ partnerProgression: { capabilityPointsThousandths: number; credentials: { status: string }[] } }>(
      schema,
      ctx,
      PROGRESSION,
      { partnerId: a },
    );
    expect(view.data?.partnerProgression).toEqual(
      expect.objectContaining({ capabilityPointsThousandths: 0, credentials: [{ name: 'VSO', status: 'EXPIRED' }] }),
    );
  });

  it('PC-14: an integration key does not see progression', async () => {
    const integration = w.as(Role.INTEGRATION, { keyId: 'int-1' });
    expect((await runGraphql(schema, integration, PROGRESSION, { partnerId: a })).errors).toBeDefined();
  });
});
