import { FixedClock } from '@alliance/kernel';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { DemoSummary, loadDemoData } from '../src/demo';

interface Named {
  id: string;
  name: string;
}

async function partnerIds(t: TestGateway): Promise<Record<string, string>> {
  const data = await t.ok<{ partners: { edges: { node: Named }[] } }>(`{ partners(first: 100) { edges { node { id name } } } }`);
  return Object.fromEntries(data.partners.edges.map((e) => [e.node.name.split(' ')[0].toLowerCase(), e.node.id]));
}

async function progression(t: TestGateway, partnerId: string) {
  const data = await t.ok<{
    partnerProgression: {
      level: string;
      performancePointsThousandths: number;
      capabilityPointsThousandths: number;
      openAudit: { status: string; window: string; firstWindowEndsAt: string } | null;
    };
  }>(
    `query($id: ID!) { partnerProgression(partnerId: $id) { level performancePointsThousandths capabilityPointsThousandths openAudit { status window firstWindowEndsAt } } }`,
    { id: partnerId },
  );
  return data.partnerProgression;
}

// Each test drives several domains through HTTP; PostgreSQL runs beside other files' databases.

describe(`demo data on ${onDatabase}`, () => {
  let t: TestGateway;
  let summary: DemoSummary;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestGateway();
    summary = await loadDemoData(t.gateway);
    ids = await partnerIds(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('loads an empty database (as `npm start` does) and reports what it made', () => {
    expect(summary).toEqual({
      partners: 5,
      programs: 3,
      invoices: 13,
      releases: 4,
      listings: { published: 1, unpublished: 1 },
      supportCases: 3,
      tsanetMembers: 8,
      bookings: 300,
    });
  });

  it('MEM-10: five partners and three programs, with enrollments active, pending and terminated', async () => {
    expect(Object.keys(ids).sort()).toEqual(['acme', 'borealis', 'cirrus', 'delta', 'eon']);
    const programs = await t.ok<{ programs: { code: string }[] }>(`{ programs { code } }`);
    expect(programs.programs.map((p) => p.code).sort()).toEqual(['SDDC', 'SVA', 'VRO']);
    const states = async (id: string) =>
      (
        await t.ok<{ partner: { enrollments: { state: string }[] } }>(`query($id: ID!) { partner(id: $id) { enrollments { state } } }`, { id })
      ).partner.enrollments.map((e) => e.state);
    expect(await states(ids.acme)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(await states(ids.delta)).toEqual(['PENDING']);
    expect(await states(ids.eon)).toEqual(['TERMINATED']);
  });

  it("CERT-6 CERT-7 CERT-16: the guide shows Acme's published listing with its footnote and KB link; Cirrus's listing waits with its missing items", async () => {
    const guide = await t.ok<{ listings: { edges: { node: Record<string, unknown> }[] } }>(
      `{ listings(first: 20) { edges { node { partnerId status productVersion acceptanceLevel logoEligible software { name } footnotes { text kbArticleUrl } kbLinks } } } }`,
    );
    expect(guide.listings.edges.map((e) => e.node)).toEqual([
      {
        partnerId: ids.acme,
        status: 'PUBLISHED',
        productVersion: '7.0.0',
        acceptanceLevel: 'CERTIFIED',
        logoEligible: true,
        software: { name: 'Acme ArrayGuard Storage Replication Adapter' },
        footnotes: [{ text: expect.stringContaining('thin-provisioned'), kbArticleUrl: 'https://kb.nimbus.example/article/2107734' }],
        kbLinks: ['https://kb.nimbus.example/article/2107734'],
      },
    ]);
    const cirrus = await t.ok<{ submissions: { edges: { node: { listing: { status: string; missingItems: string[] } } }[] } }>(
      `query($id: ID) { submissions(first: 5, filter: { partnerId: $id }) { edges { node { listing { status missingItems } } } } }`,
      { id: ids.cirrus },
    );
    const listing = cirrus.submissions.edges[0].node.listing;
    expect(listing.status).toBe('CERTIFIED_UNPUBLISHED');
    expect(listing.missingItems).toEqual(expect.arrayContaining(['SUPPORT_POLICY', 'SUPPORT_READINESS:CERTIFIED_PROFESSIONAL', 'TOI:TOI_DOWNLOAD_URL']));
    expect(listing.missingItems).not.toContain('SUPPORT_READINESS:TECHNICAL_SUPPORT_CONTACT');
  });

  it('FEE-2 FEE-4: invoices paid, waived and open; entitlements partly used', async () => {
    const invoices = await t.ok<{ invoices: { edges: { node: { status: string } }[] } }>(`{ invoices(first: 50) { edges { node { status } } } }`);
    const byStatus: Record<string, number> = {};
    for (const e of invoices.invoices.edges) byStatus[e.node.status] = (byStatus[e.node.status] ?? 0) + 1;
    expect(byStatus).toEqual({ PAID: 7, WAIVED: 1, OPEN: 5 });
    const entitlements = await t.ok<{ entitlements: { kind: string; consumed: number; remaining: number }[] }>(
      `query($id: ID!) { entitlements(partnerId: $id) { kind consumed remaining } }`,
      { id: ids.acme },
    );
    expect(entitlements.entitlements).toEqual([
      { kind: 'CERTIFICATION_SUBMISSION', consumed: 1, remaining: 0 },
      { kind: 'CERTIFICATION_SUPPORT_INCIDENT', consumed: 1, remaining: 2 },
    ]);
  });

  it('REL-1 REL-3: releases at GA, RC and Beta; at RC Acme owes feedback and Cirrus gave it on time', async () => {
    const releases = await t.ok<{ releases: { edges: { node: { id: string; version: string; milestone: string } }[] } }>(
      `{ releases(first: 20) { edges { node { id version milestone } } } }`,
    );
    expect(releases.releases.edges.map((e) => [e.node.version, e.node.milestone])).toEqual([
      ['7.0.0', 'GA'],
      ['7.0.1', 'GA'],
      ['7.1.0', 'RC'],
      ['8.2.0', 'BETA'],
    ]);
    const rc = releases.releases.edges.find((e) => e.node.milestone === 'RC')!.node.id;
    const status = await t.ok<{ rcFeedbackStatus: { edges: { node: { partnerId: string; feedbackState: string } }[] } }>(
      `query($id: ID!) { rcFeedbackStatus(releaseId: $id, first: 10) { edges { node { partnerId feedbackState } } } }`,
      { id: rc },
    );
    expect(Object.fromEntries(status.rcFeedbackStatus.edges.map((e) => [e.node.partnerId, e.node.feedbackState]))).toEqual({
      [ids.acme]: 'OWED',
      [ids.cirrus]: 'ON_TIME',
    });
  });

  it('SUP-1 SUP-2 SUP-9: a business-hours policy, one breached case, one answered in time; TSANet members in every state', async () => {
    const policy = await t.ok<{ severityPolicy: { coverage: { kind: string; timeZone: string } } }>(
      `query($id: ID!) { severityPolicy(partnerId: $id) { coverage { kind timeZone } } }`,
      { id: ids.acme },
    );
    expect(policy.severityPolicy.coverage).toEqual({ kind: 'BUSINESS_HOURS', timeZone: 'America/New_York' });
    const cases = await t.ok<{ supportCases: { edges: { node: { customerName: string; breached: boolean; status: string } }[] } }>(
      `{ supportCases(first: 20) { edges { node { customerName breached status } } } }`,
    );
    expect(cases.supportCases.edges.map((e) => e.node)).toEqual([
      { customerName: 'Globex Bank', breached: false, status: 'RESOLVED' },
      { customerName: 'Initech', breached: true, status: 'OPEN' },
      { customerName: 'Umbrella Health', breached: false, status: 'OPEN' },
    ]);
    const groups = await t.ok<{ tsanetGroups: { edges: { node: { paymentModel: string; members: { state: string }[] } }[] } }>(
      `{ tsanetGroups(first: 10) { edges { node { paymentModel members { state } } } } }`,
    );
    const states = new Set(groups.tsanetGroups.edges.flatMap((e) => e.node.members.map((m) => m.state)));
    expect([...states].sort()).toEqual(['LIVE', 'REJECTED', 'SIGNED_UP', 'VALIDATED']);
    expect(groups.tsanetGroups.edges.map((e) => e.node.paymentModel).sort()).toEqual(['HOST_PAID', 'MEMBER_PAID']);
  });

  it('PC-9 PC-10 PC-12: progressions with points: Acme at Principal, Borealis in its 90-day window, Cirrus Community-Enrolled', async () => {
    const acme = await progression(t, ids.acme);
    expect(acme.level).toBe('PRINCIPAL');
    expect(acme.performancePointsThousandths).toBeGreaterThanOrEqual(900_000);
    expect(acme.capabilityPointsThousandths).toBe(100_000);
    const borealis = await progression(t, ids.borealis);
    expect(borealis).toMatchObject({ level: 'COMMUNITY', openAudit: { status: 'IN_REMEDIATION', window: 'FIRST_WINDOW' } });
    expect(new Date(borealis.openAudit!.firstWindowEndsAt).getTime()).toBe(t.clock.now().getTime() + 70 * 86_400_000);
    expect(borealis.performancePointsThousandths).toBeGreaterThan(0);
    const cirrus = await progression(t, ids.cirrus);
    expect(cirrus.level).toBe('COMMUNITY_ENROLLED');
    expect(cirrus.performancePointsThousandths).toBeGreaterThan(0);
    const ledger = await t.ok<{ pointsLedger: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `query($id: ID!) { pointsLedger(partnerId: $id, first: 100) { edges { cursor } pageInfo { hasNextPage } } }`,
      { id: ids.acme },
    );
    expect(ledger.pointsLedger.edges).toHaveLength(100);
    expect(ledger.pointsLedger.pageInfo.hasNextPage).toBe(true);
  });

  it('is deterministic, and holds on the first day of a program year too', async () => {
    for (const instant of ['2026-03-02T09:00:00.000Z', '2027-02-01T00:30:00.000Z']) {
      const other = await startTestGateway({ clock: new FixedClock(instant) });
      try {
        const again = await loadDemoData(other.gateway);
        expect(again).toEqual(summary);
        const otherIds = await partnerIds(other);
        const acme = await progression(other, otherIds.acme);
        expect(acme.level).toBe('PRINCIPAL');
        if (instant === t.clock.now().toISOString()) {
          expect(acme.performancePointsThousandths).toBe((await progression(t, ids.acme)).performancePointsThousandths);
        }
      } finally {
        await other.close();
      }
    }
  });
});
