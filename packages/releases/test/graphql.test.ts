import { GraphQLSchema } from 'graphql';
import { RequestContext } from '@alliance/kernel';
import { createTestSchema, days, runGraphql } from '@alliance/testing';
import { BuildAccessRequest, MILESTONE_REACHED, RcFeedback, ReleaseMilestone } from '../src';
import { createWorld, ids, T0, World } from './helpers';

let world: World;
let schema: GraphQLSchema;
const partnerA = ids();
const partnerB = ids();
const programId = ids();

beforeEach(async () => {
  world = await createWorld();
  schema = await createTestSchema([world.module]);
  world.membership.enroll(partnerA, programId);
  world.membership.enroll(partnerB, programId);
});
afterEach(async () => {
  await world.db.dataSource.destroy();
});

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function gql(ctx: RequestContext, query: string, variables?: Record<string, unknown>) {
  return runGraphql<Data>(schema, ctx, query, variables);
}

async function ok(ctx: RequestContext, query: string, variables?: Record<string, unknown>): Promise<Data> {
  const result = await gql(ctx, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id name programIds } userErrors { code field message } } }`;
const CREATE_RELEASE = `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id version kind milestone } userErrors { code field message } } }`;
const ADVANCE = `mutation($input: AdvanceMilestoneInput!) {
  advanceMilestone(input: $input) { release { id milestone announcementOverdue } milestone { milestone availableAt buildType official countsForScalabilityQualification } userErrors { code field message } } }`;

async function updateReleaseAtRc(): Promise<{ productId: string; releaseId: string }> {
  const pm = world.manager();
  const product = (await ok(pm, CREATE_PRODUCT, { input: { name: 'ESXi', programIds: [programId] } })).createProduct.product;
  const release = (await ok(pm, CREATE_RELEASE, { input: { productId: product.id, version: '8.0 U3', kind: 'UPDATE' } })).createRelease.release;
  const advanced = await ok(pm, ADVANCE, {
    input: { releaseId: release.id, milestone: 'RC', availableAt: new Date(T0.getTime() - days(1)).toISOString(), downloadUrl: 'https://dl.example.com/rc' },
  });
  expect(advanced.advanceMilestone.userErrors).toEqual([]);
  return { productId: product.id, releaseId: release.id };
}

describe('GraphQL: products and releases', () => {
  it('REL-1: a program manager creates a product and a release and moves it to RC; the payload shows the milestone', async () => {
    const pm = world.manager();
    const product = (await ok(pm, CREATE_PRODUCT, { input: { name: 'vCenter', programIds: [programId] } })).createProduct.product;
    const release = (await ok(pm, CREATE_RELEASE, { input: { productId: product.id, version: '9.0', kind: 'MINOR' } })).createRelease.release;
    expect(release).toMatchObject({ version: '9.0', kind: 'MINOR', milestone: null });
    const data = await ok(pm, ADVANCE, {
      input: { releaseId: release.id, milestone: 'EARLY_ACCESS', downloadUrl: 'https://dl.example.com/ea', buildType: 'BETA_TYPE' },
    });
    expect(data.advanceMilestone).toEqual({
      release: { id: release.id, milestone: 'EARLY_ACCESS', announcementOverdue: false },
      milestone: {
        milestone: 'EARLY_ACCESS',
        availableAt: T0.toISOString(),
        buildType: 'BETA_TYPE',
        official: false,
        countsForScalabilityQualification: false,
      },
      userErrors: [],
    });
  });

  it('REL-1: a skipped milestone comes back as a user error with code and field, and nothing changes', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const before = world.bus.events.length;
    const data = await ok(world.manager(), ADVANCE, { input: { releaseId, milestone: 'GA', downloadUrl: 'https://dl.example.com/ga' } });
    expect(data.advanceMilestone.release).toBeNull();
    expect(data.advanceMilestone.userErrors).toEqual([expect.objectContaining({ code: 'MILESTONE_SKIPPED', field: 'input.milestone' })]);
    expect(await world.db.manager.count(ReleaseMilestone, { where: { releaseId } })).toBe(1);
    expect(world.bus.events.length).toBe(before);
  });

  it('REL-1: malformed input is BAD_USER_INPUT naming the field', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const result = await gql(world.manager(), ADVANCE, { input: { releaseId, milestone: 'RTM', downloadUrl: 'not a url' } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions)).toContain('downloadUrl');
  });

  it('REL-1: a partner key may read releases but not create them', async () => {
    const { productId, releaseId } = await updateReleaseAtRc();
    const denied = await gql(world.partner(partnerA), CREATE_RELEASE, { input: { productId, version: '8.0 U4', kind: 'UPDATE' } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const data = await ok(
      world.partner(partnerA),
      `query($p: ID!) { releases(productId: $p, first: 10) { edges { node { id version product { name } milestones { milestone } } } pageInfo { hasNextPage } } }`,
      { p: productId },
    );
    expect(data.releases.edges).toEqual([{ node: { id: releaseId, version: '8.0 U3', product: { name: 'ESXi' }, milestones: [{ milestone: 'RC' }] } }]);
  });

  it('REL-1: an integration key reads products with the releases:read scope only, and cannot write', async () => {
    await updateReleaseAtRc();
    const data = await ok(world.integration(), `{ products(first: 5) { edges { node { name } } } }`);
    expect(data.products.edges).toEqual([{ node: { name: 'ESXi' } }]);
    expect((await gql(world.integration([]), `{ products { edges { node { name } } } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await gql(world.integration(), CREATE_PRODUCT, { input: { name: 'x', programIds: [] } });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('REL-4: the milestone_reached event is published after the mutation commits', async () => {
    await updateReleaseAtRc();
    expect(world.bus.ofType(MILESTONE_REACHED)[0].payload).toMatchObject({
      milestone: 'RC',
      downloadUrl: 'https://dl.example.com/rc',
      programIds: [programId],
    });
  });

  it("REL-8: a partner sees an official build's download location only while an active member of the product's programs", async () => {
    const { releaseId } = await updateReleaseAtRc();
    const query = `query($id: ID!) { release(id: $id) { milestones { milestone downloadUrl } } }`;
    expect((await ok(world.partner(partnerA), query, { id: releaseId })).release.milestones).toEqual([
      { milestone: 'RC', downloadUrl: 'https://dl.example.com/rc' },
    ]);
    const outsider = ids();
    expect((await ok(world.partner(outsider), query, { id: releaseId })).release.milestones).toEqual([{ milestone: 'RC', downloadUrl: null }]);
  });

  it('REL-5: announceRelease records the announcement; announcing twice is a user error', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const m = `mutation($id: ID!) { announceRelease(input: { releaseId: $id }) { release { announcedAt } userErrors { code field } } }`;
    expect((await ok(world.manager(), m, { id: releaseId })).announceRelease).toEqual({ release: { announcedAt: T0.toISOString() }, userErrors: [] });
    expect((await ok(world.manager(), m, { id: releaseId })).announceRelease).toEqual({
      release: null,
      userErrors: [{ code: 'ALREADY_ANNOUNCED', field: 'input.releaseId' }],
    });
  });
});

describe('GraphQL: the activity question', () => {
  const ASK = `query($p: ID!, $r: ID!, $a: PartnerActivity!, $at: DateTimeISO) {
    activityAllowed(partnerId: $p, releaseId: $r, activity: $a, at: $at) { allowed reasonCode milestone productId version buildType } }`;

  it('REL-2: a partner asks about itself; RC allows certification, and the answer before RC is MILESTONE_NOT_REACHED', async () => {
    const { releaseId, productId } = await updateReleaseAtRc();
    const now = await ok(world.partner(partnerA), ASK, { p: partnerA, r: releaseId, a: 'CERTIFICATION' });
    expect(now.activityAllowed).toEqual({ allowed: true, reasonCode: null, milestone: 'RC', productId, version: '8.0 U3', buildType: 'RELEASE_TYPE' });
    const before = await ok(world.partner(partnerA), ASK, {
      p: partnerA,
      r: releaseId,
      a: 'CERTIFICATION',
      at: new Date(T0.getTime() - days(1) - 1).toISOString(),
    });
    expect(before.activityAllowed).toMatchObject({ allowed: false, reasonCode: 'MILESTONE_NOT_REACHED' });
  });

  it('REL-2: a partner key asking about another partner gets NOT_FOUND', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const result = await gql(world.partner(partnerA), ASK, { p: partnerB, r: releaseId, a: 'CERTIFICATION' });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('GraphQL: RC feedback', () => {
  const INSTALL = `mutation($input: RecordRcInstallInput!) { recordRcInstall(input: $input) { rcInstall { partnerId feedbackDueAt feedbackState } userErrors { code field } } }`;
  const SUBMIT = `mutation($input: SubmitRcFeedbackInput!) { submitRcFeedback(input: $input) { rcFeedback { late items { classification consideredForRelease } } userErrors { code field message } } }`;
  const STATUS = `query($r: ID!) { rcFeedbackStatus(releaseId: $r, first: 50) { edges { node { partnerId feedbackDueAt feedbackState owesFeedback feedback { late } } } } }`;

  it('REL-3: each partner records its own install; the status shows who owes feedback by when and who is late, a partner only its own row', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const due = new Date(T0.getTime() - days(1) + days(21)).toISOString();
    for (const p of [partnerA, partnerB]) {
      expect((await ok(world.partner(p), INSTALL, { input: { releaseId, partnerId: p } })).recordRcInstall.rcInstall).toEqual({
        partnerId: p,
        feedbackDueAt: due,
        feedbackState: 'OWED',
      });
    }
    world.clock.set(new Date(new Date(due).getTime() + 1));
    const late = await ok(world.partner(partnerB), SUBMIT, {
      input: { releaseId, partnerId: partnerB, summary: 'ok', items: [{ classification: 'OTHER', description: 'log noise' }] },
    });
    expect(late.submitRcFeedback).toEqual({ rcFeedback: { late: true, items: [{ classification: 'OTHER', consideredForRelease: false }] }, userErrors: [] });

    const staff = await ok(world.staff(), STATUS, { r: releaseId });
    expect(staff.rcFeedbackStatus.edges.map((e: Data) => e.node)).toEqual([
      { partnerId: partnerA, feedbackDueAt: due, feedbackState: 'OVERDUE', owesFeedback: true, feedback: [] },
      { partnerId: partnerB, feedbackDueAt: due, feedbackState: 'LATE', owesFeedback: false, feedback: [{ late: true }] },
    ]);
    const own = await ok(world.partner(partnerA), STATUS, { r: releaseId });
    expect(own.rcFeedbackStatus.edges.map((e: Data) => e.node.partnerId)).toEqual([partnerA]);
  });

  it('REL-3: a partner key cannot record an install for another partner', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const result = await gql(world.partner(partnerA), INSTALL, { input: { releaseId, partnerId: partnerB } });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('REL-3: a certification-blocking item without justification is a user error naming the item field; nothing is stored', async () => {
    const { releaseId } = await updateReleaseAtRc();
    await ok(world.partner(partnerA), INSTALL, { input: { releaseId, partnerId: partnerA } });
    const data = await ok(world.partner(partnerA), SUBMIT, {
      input: { releaseId, partnerId: partnerA, summary: 'blocked', items: [{ classification: 'CERTIFICATION_BLOCKING', description: 'VAAI hangs' }] },
    });
    expect(data.submitRcFeedback.rcFeedback).toBeNull();
    expect(data.submitRcFeedback.userErrors).toEqual([
      expect.objectContaining({ code: 'BUSINESS_JUSTIFICATION_REQUIRED', field: 'input.items.0.businessJustification' }),
    ]);
    expect(await world.db.manager.count(RcFeedback)).toBe(0);
  });
});

describe('GraphQL: change notices', () => {
  const FILE = `mutation($input: FileChangeNoticeInput!) { fileChangeNotice(input: $input) { changeNotice { id late noticeDeadline } userErrors { code field } } }`;

  it('REL-7: a partner files a notice 13 days ahead: accepted and late; another partner does not see it', async () => {
    const data = await ok(world.partner(partnerA), FILE, {
      input: {
        partnerId: partnerA,
        changeKind: 'UPDATE',
        softwareName: 'StorArray',
        description: 'new firmware',
        plannedReleaseAt: new Date(T0.getTime() + days(13)).toISOString(),
      },
    });
    expect(data.fileChangeNotice).toMatchObject({
      changeNotice: { late: true, noticeDeadline: new Date(T0.getTime() - days(1)).toISOString() },
      userErrors: [],
    });
    const list = `{ partnerChangeNotices(first: 10) { edges { node { id partnerId } } } }`;
    expect((await ok(world.partner(partnerB), list)).partnerChangeNotices.edges).toEqual([]);
    expect((await ok(world.staff(), list)).partnerChangeNotices.edges).toHaveLength(1);
  });
});

describe('GraphQL: pre-release access', () => {
  const REQUEST = `mutation($input: RequestBuildAccessInput!) { requestBuildAccess(input: $input) { request { id status } userErrors { code field message } } }`;
  const DECIDE = `mutation($input: DecideBuildAccessInput!) { decideBuildAccess(input: $input) { request { status buildType downloadUrl } userErrors { code field } } }`;

  it('REL-8: a build request with a blank justification is refused naming the field, and nothing is stored', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const result = await gql(world.partner(partnerA), REQUEST, {
      input: { partnerId: partnerA, programId, releaseId, milestone: 'RTM', requestedBuild: 'RTM build', justification: '  ' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.justification' });
    expect(result.errors?.[0].message).toBe('input.justification: justification must not be blank');
    expect(await world.db.manager.count(BuildAccessRequest)).toBe(0);
  });

  it('REL-8: a program manager approves a request: the partner sees its beta-type build; another partner sees nothing; a partner cannot decide', async () => {
    const { releaseId } = await updateReleaseAtRc();
    const created = await ok(world.partner(partnerA), REQUEST, {
      input: { partnerId: partnerA, programId, releaseId, requestedBuild: 'nightly 2026-03-01', justification: 'driver regression hunt' },
    });
    const requestId = created.requestBuildAccess.request.id;
    const forbidden = await gql(world.partner(partnerA), DECIDE, { input: { requestId, decision: 'APPROVE', downloadUrl: 'https://dl.example.com/n' } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const decided = await ok(world.manager(), DECIDE, { input: { requestId, decision: 'APPROVE', downloadUrl: 'https://dl.example.com/n' } });
    expect(decided.decideBuildAccess).toEqual({
      request: { status: 'APPROVED', buildType: 'BETA_TYPE', downloadUrl: 'https://dl.example.com/n' },
      userErrors: [],
    });
    const list = `{ buildAccessRequests(filter: { status: APPROVED }, first: 10) { edges { node { id partnerId downloadUrl } } } }`;
    expect((await ok(world.partner(partnerA), list)).buildAccessRequests.edges).toEqual([
      { node: { id: requestId, partnerId: partnerA, downloadUrl: 'https://dl.example.com/n' } },
    ]);
    expect((await ok(world.partner(partnerB), list)).buildAccessRequests.edges).toEqual([]);
  });

  it("REL-8: preReleaseMaterials lists a program's kits for its active members only", async () => {
    const { productId } = await updateReleaseAtRc();
    const add = `mutation($input: AddPreReleaseMaterialInput!) { addPreReleaseMaterial(input: $input) { material { name kind } userErrors { code } } }`;
    expect((await ok(world.manager(), add, { input: { programId, productId, name: 'vSphere SDK' } })).addPreReleaseMaterial).toEqual({
      material: { name: 'vSphere SDK', kind: 'PRE_RELEASE_MATERIAL' },
      userErrors: [],
    });
    const list = `query($p: ID!) { preReleaseMaterials(programId: $p) { edges { node { name } } } }`;
    expect((await ok(world.partner(partnerA), list, { p: programId })).preReleaseMaterials.edges).toHaveLength(1);
    expect((await ok(world.partner(ids()), list, { p: programId })).preReleaseMaterials.edges).toHaveLength(0);
  });
});

describe('GraphQL: lookups, lists and programs', () => {
  it('REL-1: an unknown product or release is NOT_FOUND', async () => {
    expect((await gql(world.staff(), `query($id: ID!) { product(id: $id) { id } }`, { id: ids() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(world.partner(partnerA), `query($id: ID!) { release(id: $id) { id } }`, { id: ids() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('REL-1: releases page with first and after; first above 100 is BAD_USER_INPUT', async () => {
    const pm = world.manager();
    const product = (await ok(pm, CREATE_PRODUCT, { input: { name: 'NSX', programIds: [programId] } })).createProduct.product;
    for (const version of ['1.0', '1.1', '1.2']) await ok(pm, CREATE_RELEASE, { input: { productId: product.id, version, kind: 'MINOR' } });
    const page = `query($p: ID!, $after: String) { releases(productId: $p, first: 2, after: $after) { edges { node { version } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await ok(pm, page, { p: product.id })).releases;
    expect(first.edges.map((e: Data) => e.node.version)).toEqual(['1.0', '1.1']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(pm, page, { p: product.id, after: first.pageInfo.endCursor })).releases;
    expect(second.edges.map((e: Data) => e.node.version)).toEqual(['1.2']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const tooMany = await gql(pm, `{ products(first: 101) { edges { node { id } } } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('REL-1: a duplicate product name is a user error naming the field', async () => {
    await ok(world.manager(), CREATE_PRODUCT, { input: { name: 'vSAN', programIds: [] } });
    const data = await ok(world.manager(), CREATE_PRODUCT, { input: { name: 'vSAN', programIds: [] } });
    expect(data.createProduct).toEqual({ product: null, userErrors: [expect.objectContaining({ code: 'PRODUCT_NAME_TAKEN', field: 'input.name' })] });
  });

  it('REL-2: the programs tied to a product decide membership: untying a program makes its members NOT_A_MEMBER', async () => {
    const { productId, releaseId } = await updateReleaseAtRc();
    const ask = `query($p: ID!, $r: ID!) { activityAllowed(partnerId: $p, releaseId: $r, activity: SUBMISSION) { allowed reasonCode } }`;
    expect((await ok(world.staff(), ask, { p: partnerA, r: releaseId })).activityAllowed).toEqual({ allowed: true, reasonCode: null });
    const set = `mutation($input: SetProductProgramsInput!) { setProductPrograms(input: $input) { product { programIds } userErrors { code } } }`;
    const other = ids();
    expect((await ok(world.manager(), set, { input: { productId, programIds: [other] } })).setProductPrograms.product.programIds).toEqual([other]);
    expect((await ok(world.staff(), ask, { p: partnerA, r: releaseId })).activityAllowed).toEqual({ allowed: false, reasonCode: 'NOT_A_MEMBER' });
  });
});
