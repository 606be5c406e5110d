import { newId, Role, UserError } from '@alliance/kernel';
import { hours } from '@alliance/testing';
import {
  SupportCase,
  SupportCaseDirection,
  SupportCaseLead,
  SupportCaseStatus,
  SupportCoverageKind,
  SupportEscalationKind,
  SupportInternalLevel,
  SupportIssueArea,
  SupportVendorTeam,
  SupportWeekday,
  caseBreachNoticeRule,
} from '../src';
import { createHarness, engineer, Harness, inTransaction, partnerA, partnerB } from './helpers';

const software = newId();
const report = (overrides: Record<string, unknown> = {}) => ({
  partnerId: partnerA,
  softwareId: software,
  severity: 1,
  customerName: 'Acme Bank',
  title: 'Datastore offline',
  description: 'The appliance lost its datastore after an upgrade.',
  ...overrides,
});

async function expectUserError(work: Promise<unknown>, code: string, field: string): Promise<void> {
  await expect(work).rejects.toBeInstanceOf(UserError);
  await work.catch((error: UserError) => {
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
}

describe('support cases', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness('2026-01-05T12:00:00.000Z');
    h.certification.listed.add(software);
  });

  it('SUP-4: a customer report about listed partner software is accepted, asked at the current instant', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    expect(opened.status).toBe(SupportCaseStatus.OPEN);
    expect(opened.lead).toBe(SupportCaseLead.VENDOR);
    expect(h.certification.isListedCalls[0].at.toISOString()).toBe('2026-01-05T12:00:00.000Z');
    // The listing asked about must be the reporting partner's own software.
    expect(h.certification.isListedCalls[0].partnerId).toBe(report().partnerId);
  });

  it('SUP-4: a customer report about software that is not listed is refused and nothing is saved', async () => {
    const ctx = h.ctx(engineer);
    h.certification.listed.delete(software);
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report())),
      'SUPPORT_SOFTWARE_NOT_LISTED',
      'softwareId',
    );
    expect(await h.db.manager.count(SupportCase)).toBe(0);
  });

  it('SUP-1: a case under the defaults gets 1h / 2h / 4h and no timer for severity 4', async () => {
    const ctx = h.ctx(engineer);
    const due = async (severity: number) =>
      (await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity })))).dueAt?.toISOString() ?? null;
    expect(await due(1)).toBe('2026-01-05T13:00:00.000Z');
    expect(await due(2)).toBe('2026-01-05T14:00:00.000Z');
    expect(await due(3)).toBe('2026-01-05T16:00:00.000Z');
    expect(await due(4)).toBeNull();
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 5 }))),
      'SUPPORT_SEVERITY_UNKNOWN',
      'severity',
    );
  });

  it("SUP-1: a severity 1 case opened Friday 23:30 under the partner's business-hours policy is due Monday 09:00", async () => {
    const ctx = h.ctx(engineer);
    await inTransaction(ctx, () =>
      h.module.services.policies.set(ctx, {
        partnerId: partnerA,
        levels: [
          { severity: 1, name: 'Critical', description: '', responseMinutes: 60 },
          { severity: 2, name: 'Major', description: '', responseMinutes: 240 },
          { severity: 3, name: 'Minor', description: '', responseMinutes: null },
        ],
        coverage: {
          kind: SupportCoverageKind.BUSINESS_HOURS,
          timeZone: 'Europe/Berlin',
          weeklyHours: [SupportWeekday.MONDAY, SupportWeekday.TUESDAY, SupportWeekday.WEDNESDAY, SupportWeekday.THURSDAY, SupportWeekday.FRIDAY].map(
            (weekday) => ({ weekday, opens: '08:00', closes: '18:00' }),
          ),
          holidays: [],
        },
      }),
    );
    h.clock.set('2026-01-09T22:30:00.000Z'); // Friday 23:30 in Berlin
    const partnerCase = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    expect(partnerCase.dueAt?.toISOString()).toBe('2026-01-12T08:00:00.000Z');
    const otherCase = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ partnerId: partnerB })));
    expect(otherCase.dueAt?.toISOString()).toBe('2026-01-09T23:30:00.000Z');
    // The partner's own levels: 3 is "as negotiated" there, and 4 does not exist.
    expect((await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 3 })))).dueAt).toBeNull();
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 4 }))),
      'SUPPORT_SEVERITY_UNKNOWN',
      'severity',
    );
  });

  it('SUP-2: a first response at the due instant itself is on time; the clock stops', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    h.clock.set(opened.dueAt!);
    const answered = await inTransaction(ctx, () => h.module.services.cases.recordFirstResponse(ctx, { caseId: opened.id }));
    expect(answered.firstResponseAt?.toISOString()).toBe('2026-01-05T13:00:00.000Z');
    h.clock.advance(hours(100));
    expect(h.module.services.cases.breached(ctx, answered)).toBe(false);
    expect(h.bus.ofType('support.case_breached')).toHaveLength(0);
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.recordFirstResponse(ctx, { caseId: opened.id })),
      'SUPPORT_CASE_ALREADY_RESPONDED',
      'caseId',
    );
  });

  it('SUP-2: a case is breached 1 ms after its due instant, and a late first response publishes support.case_breached', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    h.clock.set(opened.dueAt!);
    expect(h.module.services.cases.breached(ctx, opened)).toBe(false);
    expect((await h.module.services.cases.list(ctx, { breached: true })).edges).toHaveLength(0);
    h.clock.advance(1);
    expect(h.module.services.cases.breached(ctx, opened)).toBe(true);
    expect((await h.module.services.cases.list(ctx, { breached: true })).edges.map((e) => e.node.id)).toEqual([opened.id]);
    expect((await h.module.services.cases.list(ctx, { breached: false })).edges).toHaveLength(0);
    await inTransaction(ctx, () => h.module.services.cases.recordFirstResponse(ctx, { caseId: opened.id, respondedBy: 'Dana' }));
    expect(h.bus.ofType('support.case_breached').map((e) => e.payload)).toEqual([
      { caseId: opened.id, partnerId: partnerA, severity: 1, dueAt: '2026-01-05T13:00:00.000Z' },
    ]);
  });

  it('SUP-2: the breach notice is due at dueAt + 1 ms, and not for a case answered in time', async () => {
    const ctx = h.ctx(engineer);
    const late = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    const onTime = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    h.clock.set(onTime.dueAt!);
    await inTransaction(ctx, () => h.module.services.cases.recordFirstResponse(ctx, { caseId: onTime.id }));
    const breachAt = new Date(late.dueAt!.getTime() + 1);
    expect(await caseBreachNoticeRule.due(h.db.manager, new Date(0), late.dueAt!)).toEqual([]);
    const notices = await caseBreachNoticeRule.due(h.db.manager, breachAt, breachAt);
    expect(notices.map((n) => [n.kind, n.subjectId, n.partnerId, n.dueAt.toISOString()])).toEqual([
      ['support.case_breached', late.id, partnerA, '2026-01-05T13:00:00.001Z'],
    ]);
    expect(notices[0].data).toEqual({ caseId: late.id, title: late.title, severity: late.severity, dueAt: '2026-01-05T13:00:00.000Z' });
    expect(await caseBreachNoticeRule.due(h.db.manager, new Date(breachAt.getTime() + 1), new Date(breachAt.getTime() + hours(1)))).toEqual([]);
  });

  it('SUP-2 NOT-1: a breach is judged at its instant: a response after it does not take the notice back; a case opened or raised since the last sweep is found however early it breached', async () => {
    const ctx = h.ctx(engineer);
    const late = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    const breachAt = new Date(late.dueAt!.getTime() + 1);
    h.clock.set(new Date(breachAt.getTime() + hours(2)));
    await inTransaction(ctx, () => h.module.services.cases.recordFirstResponse(ctx, { caseId: late.id }));
    expect((await caseBreachNoticeRule.due(h.db.manager, breachAt, breachAt)).map((n) => n.subjectId)).toEqual([late.id]);
    const openedAt = late.openedAt;
    const found = await caseBreachNoticeRule.writtenSince!(h.db.manager, openedAt, h.clock.now());
    expect(found.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([[late.id, breachAt.toISOString()]]);
    expect(await caseBreachNoticeRule.writtenSince!(h.db.manager, new Date(openedAt.getTime() + 1), h.clock.now())).toEqual([]);
    expect(await caseBreachNoticeRule.writtenSince!(h.db.manager, openedAt, late.dueAt!)).toEqual([]);
  });

  it('SUP-2: raising severity recomputes the due instant from the raise, never later than before, recording who and why', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 3 })));
    expect(opened.dueAt?.toISOString()).toBe('2026-01-05T16:00:00.000Z');
    h.clock.set('2026-01-05T12:30:00.000Z');
    const raised = await inTransaction(ctx, () =>
      h.module.services.cases.raiseSeverity(ctx, { caseId: opened.id, severity: 1, requestedBy: 'Pat (Acme Bank)', reason: 'production is down now' }),
    );
    expect(raised.severity).toBe(1);
    expect(raised.dueAt?.toISOString()).toBe('2026-01-05T13:30:00.000Z');
    // A severity 3 opened at 12:30 (due 16:30) raised to 2 at 15:30 would be due 17:30: the earlier 16:30 is kept.
    const second = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 3 })));
    h.clock.set('2026-01-05T15:30:00.000Z');
    const kept = await inTransaction(ctx, () =>
      h.module.services.cases.raiseSeverity(ctx, { caseId: second.id, severity: 2, requestedBy: 'Pat', reason: 'no answer' }),
    );
    expect(second.dueAt?.toISOString()).toBe('2026-01-05T16:30:00.000Z');
    expect(kept.dueAt?.toISOString()).toBe('2026-01-05T16:30:00.000Z');
    const [entry] = await h.module.services.cases.escalationsOf(h.ctx(), opened.id);
    expect(entry).toMatchObject({
      kind: SupportEscalationKind.SEVERITY_RAISE,
      fromSeverity: 3,
      toSeverity: 1,
      requestedBy: 'Pat (Acme Bank)',
      recordedBy: 'Sam Support',
      reason: 'production is down now',
    });
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.raiseSeverity(ctx, { caseId: opened.id, severity: 1, requestedBy: 'Pat', reason: 'again' })),
      'SUPPORT_SEVERITY_NOT_RAISED',
      'severity',
    );
  });

  it('SUP-2: raising a severity 4 case (no timer) to 2 starts the clock at the raise', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 4 })));
    expect(opened.dueAt).toBeNull();
    h.clock.set('2026-01-06T09:00:00.000Z');
    const raised = await inTransaction(ctx, () =>
      h.module.services.cases.raiseSeverity(ctx, { caseId: opened.id, severity: 2, requestedBy: 'Pat', reason: 'blocking' }),
    );
    expect(raised.dueAt?.toISOString()).toBe('2026-01-06T11:00:00.000Z');
  });

  it('SUP-2: internal escalation goes up level by level to development; management escalation is recorded', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    const escalate = (level: SupportInternalLevel) =>
      inTransaction(ctx, () =>
        h.module.services.cases.escalate(ctx, {
          caseId: opened.id,
          kind: SupportEscalationKind.INTERNAL,
          level,
          escalatedTo: 'Team',
          requestedBy: 'Sam',
          reason: 'needs code',
        }),
      );
    await escalate(SupportInternalLevel.ESCALATION_ENGINEER);
    await expectUserError(escalate(SupportInternalLevel.SENIOR_SUPPORT_ENGINEER), 'SUPPORT_ESCALATION_NOT_HIGHER', 'level');
    await escalate(SupportInternalLevel.DEVELOPMENT);
    await inTransaction(ctx, () =>
      h.module.services.cases.escalate(ctx, {
        caseId: opened.id,
        kind: SupportEscalationKind.MANAGEMENT,
        escalatedTo: 'Director of Support',
        requestedBy: 'Acme CIO',
        reason: 'customer escalation',
      }),
    );
    const log = await h.module.services.cases.escalationsOf(h.ctx(), opened.id);
    expect(log.map((e) => [e.kind, e.level, e.escalatedTo, e.recordedBy])).toEqual([
      [SupportEscalationKind.INTERNAL, SupportInternalLevel.ESCALATION_ENGINEER, 'Team', 'Sam Support'],
      [SupportEscalationKind.INTERNAL, SupportInternalLevel.DEVELOPMENT, 'Team', 'Sam Support'],
      [SupportEscalationKind.MANAGEMENT, null, 'Director of Support', 'Sam Support'],
    ]);
  });

  it('SUP-3: vendor-to-partner cases are led by the partner; partner-to-vendor by vendor product support; SDK/API by the partner with Developer Support', async () => {
    const staff = h.ctx(engineer);
    const partner = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    const base = { partnerId: partnerA, severity: 2, customerName: 'Acme', title: 't', description: 'd', issueArea: SupportIssueArea.PRODUCT };
    const toPartner = await inTransaction(staff, () =>
      h.module.services.cases.openCollaborative(staff, { ...base, direction: SupportCaseDirection.VENDOR_TO_PARTNER }),
    );
    expect([toPartner.lead, toPartner.vendorTeam]).toEqual([SupportCaseLead.PARTNER, SupportVendorTeam.PRODUCT_SUPPORT]);
    const toVendor = await inTransaction(partner, () =>
      h.module.services.cases.openCollaborative(partner, { ...base, direction: SupportCaseDirection.PARTNER_TO_VENDOR }),
    );
    expect([toVendor.lead, toVendor.vendorTeam]).toEqual([SupportCaseLead.VENDOR, SupportVendorTeam.PRODUCT_SUPPORT]);
    const sdk = await inTransaction(partner, () =>
      h.module.services.cases.openCollaborative(partner, { ...base, direction: SupportCaseDirection.PARTNER_TO_VENDOR, issueArea: SupportIssueArea.SDK_API }),
    );
    expect([sdk.lead, sdk.vendorTeam]).toEqual([SupportCaseLead.PARTNER, SupportVendorTeam.DEVELOPER_SUPPORT]);
    await expectUserError(
      inTransaction(partner, () => h.module.services.cases.openCollaborative(partner, { ...base, direction: SupportCaseDirection.VENDOR_TO_PARTNER })),
      'SUPPORT_COLLABORATION_NOT_ALLOWED',
      'direction',
    );
    // The partner answers the case the vendor opened with it, not its own case to the vendor.
    await inTransaction(partner, () => h.module.services.cases.recordFirstResponse(partner, { caseId: toPartner.id }));
    await expectUserError(
      inTransaction(partner, () => h.module.services.cases.recordFirstResponse(partner, { caseId: toVendor.id })),
      'SUPPORT_COLLABORATION_NOT_ALLOWED',
      'caseId',
    );
  });

  it("SUP-3: a collaborative case linked to another partner's report is refused", async () => {
    const staff = h.ctx(engineer);
    const bReport = await inTransaction(staff, () => h.module.services.cases.openCustomerReport(staff, report({ partnerId: partnerB })));
    await expectUserError(
      inTransaction(staff, () =>
        h.module.services.cases.openCollaborative(staff, {
          partnerId: partnerA,
          direction: SupportCaseDirection.VENDOR_TO_PARTNER,
          issueArea: SupportIssueArea.PRODUCT,
          severity: 2,
          relatedCaseId: bReport.id,
          customerName: 'Acme',
          title: 't',
          description: 'd',
        }),
      ),
      'SUPPORT_RELATED_CASE_MISMATCH',
      'relatedCaseId',
    );
  });

  it('SUP-2: resolving records the resolution and a resolved case cannot be raised', async () => {
    const ctx = h.ctx(engineer);
    const opened = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ severity: 2 })));
    h.clock.advance(hours(1));
    const resolved = await inTransaction(ctx, () => h.module.services.cases.resolve(ctx, { caseId: opened.id, resolution: 'KB 1014610' }));
    expect(resolved.status).toBe(SupportCaseStatus.RESOLVED);
    expect(resolved.firstResponseAt?.toISOString()).toBe('2026-01-05T13:00:00.000Z');
    await expectUserError(
      inTransaction(ctx, () => h.module.services.cases.raiseSeverity(ctx, { caseId: opened.id, severity: 1, requestedBy: 'Pat', reason: 'x' })),
      'SUPPORT_CASE_RESOLVED',
      'caseId',
    );
  });

  it('SUP-5: volume per software counts opened and resolved in [from, to) and open at the end', async () => {
    const ctx = h.ctx(engineer);
    const other = newId();
    h.certification.listed.add(other);
    const jan5 = await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    h.clock.set('2026-01-31T23:59:59.999Z');
    await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ softwareId: other })));
    h.clock.set('2026-02-01T00:00:00.000Z');
    await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report()));
    await inTransaction(ctx, () => h.module.services.cases.resolve(ctx, { caseId: jan5.id, resolution: 'fixed' }));
    await inTransaction(ctx, () => h.module.services.cases.openCustomerReport(ctx, report({ partnerId: partnerB })));

    const january = await h.module.services.cases.volume(ctx, partnerA, new Date('2026-01-01T00:00:00.000Z'), new Date('2026-02-01T00:00:00.000Z'));
    expect(january).toEqual(
      [
        { softwareId: software, opened: 1, resolved: 0, openAtEnd: 1 },
        { softwareId: other, opened: 1, resolved: 0, openAtEnd: 1 },
      ].sort((a, b) => a.softwareId.localeCompare(b.softwareId)),
    );
    const february = await h.module.services.cases.volume(ctx, partnerA, new Date('2026-02-01T00:00:00.000Z'), new Date('2026-03-01T00:00:00.000Z'));
    expect(february.find((v) => v.softwareId === software)).toEqual({ softwareId: software, opened: 1, resolved: 1, openAtEnd: 1 });
    await expectUserError(
      h.module.services.cases.volume(ctx, partnerA, new Date('2026-02-01T00:00:00.000Z'), new Date('2026-02-01T00:00:00.000Z')),
      'SUPPORT_PERIOD_INVALID',
      'to',
    );
  });
});
