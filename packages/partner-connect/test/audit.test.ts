import { UserError, runUnitOfWork } from '@alliance/kernel';
import { Audit, Participant } from '../src/entities';
import { AuditRequirementCode, AuditStatus, PartnerConnectCredentialKind, RemediationWindow } from '../src/enums';
import { LEVEL_CHANGED } from '../src/events';
import { NOTICE_KINDS } from '../src/services';
import { booking, DAY_MS, enrolledPartner, progression, record, world, World } from './helpers';

const ALL = Object.values(AuditRequirementCode);

describe('Partner Connect audit and renewal', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  /** A Principal partner whose audit failed at `failedAt`. */
  async function failedPrincipal(): Promise<{ partnerId: string; audit: Audit; failedAt: Date }> {
    const partnerId = await enrolledPartner(w);
    await runUnitOfWork(w.ctx, () =>
      w.module.services.credentials.record(w.ctx, {
        partnerId,
        kind: PartnerConnectCredentialKind.SPECIALIZATION,
        name: 'Security',
        validFrom: w.clock.now(),
        validUntil: new Date('2029-01-01T00:00:00Z'),
      }),
    );
    await record(w, [booking(partnerId, { tcvMinor: 95_000_000, bookingTypes: ['SUBSCRIPTION'] })]);
    expect((await progression(w, partnerId)).level).toBe('PRINCIPAL');
    w.clock.set('2027-02-01T00:00:00.000Z');
    const audits = w.module.services.audits;
    const audit = await runUnitOfWork(w.ctx, () => audits.start(w.ctx, { partnerId }));
    expect(audit.programYear).toBe(2026);
    await runUnitOfWork(w.ctx, () =>
      audits.recordRequirement(w.ctx, { auditId: audit.id, requirement: AuditRequirementCode.DUE_DILIGENCE_QUESTIONNAIRE, met: true }),
    );
    const closed = await runUnitOfWork(w.ctx, () => audits.close(w.ctx, { auditId: audit.id }));
    return { partnerId, audit: closed, failedAt: closed.closedAt! };
  }

  async function completeRest(auditId: string) {
    const audits = w.module.services.audits;
    let audit: Audit | undefined;
    for (const requirement of ALL.slice(1)) audit = await runUnitOfWork(w.ctx, () => audits.recordRequirement(w.ctx, { auditId, requirement, met: true }));
    return audit!;
  }

  it('PC-10: passing the audit keeps the level the audited year earned', async () => {
    const partnerId = await enrolledPartner(w);
    await record(w, [booking(partnerId, { tcvMinor: 95_000_000 })]);
    w.clock.set('2027-02-01T00:00:00.000Z');
    const audits = w.module.services.audits;
    const audit = await runUnitOfWork(w.ctx, () => audits.start(w.ctx, { partnerId }));
    for (const requirement of ALL) await runUnitOfWork(w.ctx, () => audits.recordRequirement(w.ctx, { auditId: audit.id, requirement, met: true }));
    const closed = await runUnitOfWork(w.ctx, () => audits.close(w.ctx, { auditId: audit.id }));
    expect([closed.status, closed.earnedLevel]).toEqual([AuditStatus.PASSED, 'COMMUNITY']);
    await expect(runUnitOfWork(w.ctx, () => audits.close(w.ctx, { auditId: audit.id }))).rejects.toMatchObject({ code: 'AUDIT_NOT_OPEN' });
  });

  it('PC-10: a failed audit re-levels to Community and opens a 90-day window', async () => {
    const { partnerId, audit, failedAt } = await failedPrincipal();
    expect(audit.status).toBe(AuditStatus.IN_REMEDIATION);
    expect([audit.levelBefore, audit.earnedLevel]).toEqual(['PRINCIPAL', 'PRINCIPAL']);
    expect(audit.firstWindowEndsAt).toEqual(new Date(failedAt.getTime() + 90 * DAY_MS));
    const view = await progression(w, partnerId);
    expect(view.level).toBe('COMMUNITY');
    expect(view.nextEvents.filter((e) => e.kind.startsWith('REMEDIATION')).map((e) => [e.kind, e.at])).toEqual([
      ['REMEDIATION_90_DAY_WINDOW_ENDS', new Date(failedAt.getTime() + 90 * DAY_MS)],
      ['REMEDIATION_120_DAY_WINDOW_ENDS', new Date(failedAt.getTime() + 210 * DAY_MS)],
    ]);
    expect(w.bus.ofType(LEVEL_CHANGED).at(-1)?.payload).toEqual(expect.objectContaining({ partnerId, from: 'PRINCIPAL', to: 'COMMUNITY' }));
    await expect(runUnitOfWork(w.ctx, () => w.module.services.audits.start(w.ctx, { partnerId }))).rejects.toMatchObject({ code: 'AUDIT_ALREADY_OPEN' });
  });

  it('PC-10: completing on day 90 exactly reinstates the earned level', async () => {
    const { partnerId, audit, failedAt } = await failedPrincipal();
    w.clock.set(new Date(failedAt.getTime() + 90 * DAY_MS));
    const done = await completeRest(audit.id);
    expect(done.status).toBe(AuditStatus.REINSTATED);
    expect((await progression(w, partnerId)).level).toBe('PRINCIPAL');
    expect(w.ports.charges.filter((c) => c.feeKind === 'PARTNER_CONNECT_REENROLLMENT')).toHaveLength(0);
  });

  it('PC-10: completing at day 90 + 1 ms is too late: Community-Enrolled, and the re-enrollment fee is charged', async () => {
    const { partnerId, audit, failedAt } = await failedPrincipal();
    w.clock.set(new Date(failedAt.getTime() + 90 * DAY_MS + 1));
    const after = await completeRest(audit.id);
    expect([after.status, after.window]).toEqual([AuditStatus.IN_REMEDIATION, RemediationWindow.SECOND_WINDOW]);
    expect((await progression(w, partnerId)).level).toBe('COMMUNITY_ENROLLED');
    const fee = w.ports.charges.find((c) => c.feeKind === 'PARTNER_CONNECT_REENROLLMENT');
    expect(fee).toEqual(expect.objectContaining({ partnerId, reference: `partner-connect:audit:${audit.id}:reenrollment` }));
  });

  it('PC-10: requirements done and the $995 paid on day 120 of the second window returns the previous level', async () => {
    const { partnerId, audit, failedAt } = await failedPrincipal();
    w.clock.set(new Date(failedAt.getTime() + 100 * DAY_MS));
    await completeRest(audit.id);
    const fee = w.ports.charges.find((c) => c.feeKind === 'PARTNER_CONNECT_REENROLLMENT')!;
    w.clock.set(new Date(failedAt.getTime() + 210 * DAY_MS));
    w.ports.paid.add(fee.invoiceId);
    await w.module.reactions!['fees.payment_received'](w.ctx, {
      id: 'e',
      type: 'fees.payment_received',
      occurredAt: w.clock.now(),
      partnerId,
      payload: { invoiceId: fee.invoiceId },
    });
    expect((await w.db.manager.findOneByOrFail(Audit, { id: audit.id })).status).toBe(AuditStatus.REINSTATED);
    expect((await progression(w, partnerId)).level).toBe('PRINCIPAL');
  });

  it('PC-10: missing the 120-day window (day 120 + 1 ms) terminates the partnership', async () => {
    const { partnerId, audit, failedAt } = await failedPrincipal();
    w.clock.set(new Date(failedAt.getTime() + 210 * DAY_MS));
    expect(await w.module.services.audits.applyRemediationDeadlines(w.ctx)).toBe(1);
    expect((await w.db.manager.findOneByOrFail(Participant, { partnerId })).status).toBe('ACTIVE');
    w.clock.set(new Date(failedAt.getTime() + 210 * DAY_MS + 1));
    expect(await w.module.services.audits.applyRemediationDeadlines(w.ctx)).toBe(1);
    expect((await w.db.manager.findOneByOrFail(Audit, { id: audit.id })).status).toBe(AuditStatus.TERMINATED);
    expect((await w.db.manager.findOneByOrFail(Participant, { partnerId })).status).toBe('TERMINATED');
    expect(w.bus.ofType(LEVEL_CHANGED).at(-1)?.payload).toEqual(expect.objectContaining({ partnerId, from: 'COMMUNITY_ENROLLED', to: 'TERMINATED' }));
    const error = await runUnitOfWork(w.ctx, () =>
      w.module.services.audits.recordRequirement(w.ctx, { auditId: audit.id, requirement: AuditRequirementCode.DUE_DILIGENCE_QUESTIONNAIRE, met: true }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('AUDIT_NOT_OPEN');
  });

  it('PC-10: the dashboard shows a run-out window before the scheduler applies it', async () => {
    const { partnerId, failedAt } = await failedPrincipal();
    expect((await progression(w, partnerId, new Date(failedAt.getTime() + 90 * DAY_MS))).level).toBe('COMMUNITY');
    expect((await progression(w, partnerId, new Date(failedAt.getTime() + 90 * DAY_MS + 1))).level).toBe('COMMUNITY_ENROLLED');
    expect((await progression(w, partnerId, new Date(failedAt.getTime() + 210 * DAY_MS + 1))).level).toBe('TERMINATED');
  });

  it('PC-10 / NOT-1: remediation window ends are notices at their exact instants', async () => {
    const { audit, failedAt } = await failedPrincipal();
    const rule = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS))!;
    const day90 = new Date(failedAt.getTime() + 90 * DAY_MS);
    expect((await rule.due(w.db.manager, day90, day90)).map((n) => [n.kind, n.subjectId])).toEqual([[NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS, audit.id]]);
    expect(await rule.due(w.db.manager, new Date(day90.getTime() + 1), new Date(day90.getTime() + DAY_MS))).toEqual([]);
    const day210 = new Date(failedAt.getTime() + 210 * DAY_MS);
    expect((await rule.due(w.db.manager, day210, day210)).map((n) => n.kind)).toEqual([NOTICE_KINDS.REMEDIATION_120_DAY_WINDOW_ENDS]);
  });

  it('PC-10 / NOT-1: audit notices fall 90, 60 and 30 days before the audit date, each at its exact instant', async () => {
    const partnerId = await enrolledPartner(w);
    const rule = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.AUDIT))!;
    const auditAt = new Date('2027-02-01T00:00:00.000Z').getTime();
    for (const days of [90, 60, 30]) {
      const due = new Date(auditAt - days * DAY_MS);
      const notices = await rule.due(w.db.manager, due, due);
      expect(notices.map((n) => [n.partnerId, n.dueAt, n.data?.daysBefore])).toEqual([[partnerId, due, days]]);
      expect(await rule.due(w.db.manager, new Date(due.getTime() + 1), new Date(due.getTime() + 1))).toEqual([]);
    }
  });

  it('PC-11 / NOT-1: renewal notices fall 60, 30 and 15 days before the anniversary of entry', async () => {
    const partnerId = await enrolledPartner(w);
    const entered = (await w.db.manager.findOneByOrFail(Participant, { partnerId })).enteredAt;
    const anniversary = new Date('2027-03-02T10:00:00.000Z').getTime();
    expect(entered.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    const rule = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.RENEWAL))!;
    const all = await rule.due(w.db.manager, entered, new Date(anniversary));
    expect(all.map((n) => n.dueAt.getTime())).toEqual([60, 30, 15].map((d) => anniversary - d * DAY_MS));
    const day15 = new Date(anniversary - 15 * DAY_MS);
    expect(await rule.due(w.db.manager, new Date(day15.getTime() + 1), new Date(anniversary))).toEqual([]);
    expect((await progression(w, partnerId)).nextEvents.find((e) => e.kind === 'RENEWAL')?.at).toEqual(new Date(anniversary));
  });

  it('PC-10 / NOT-1: window ends are judged at their instant: a termination after them takes nothing back; a reinstatement at or before the 90-day end takes that notice away', async () => {
    const { audit, failedAt } = await failedPrincipal();
    const rule = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS))!;
    w.clock.set(new Date(failedAt.getTime() + 210 * DAY_MS + 1));
    await w.module.services.audits.applyRemediationDeadlines(w.ctx);
    expect((await w.db.manager.findOneByOrFail(Audit, { id: audit.id })).status).toBe(AuditStatus.TERMINATED);
    const all = await rule.due(w.db.manager, failedAt, w.clock.now());
    expect(all.map((n) => [n.kind, n.dueAt.getTime() - failedAt.getTime()])).toEqual([
      [NOTICE_KINDS.REMEDIATION_90_DAY_WINDOW_ENDS, 90 * DAY_MS],
      [NOTICE_KINDS.REMEDIATION_120_DAY_WINDOW_ENDS, 210 * DAY_MS],
    ]);

    w = await world();
    const other = await failedPrincipal();
    w.clock.set(new Date(other.failedAt.getTime() + 90 * DAY_MS));
    await completeRest(other.audit.id);
    expect((await w.db.manager.findOneByOrFail(Audit, { id: other.audit.id })).status).toBe(AuditStatus.REINSTATED);
    expect(await rule.due(w.db.manager, other.failedAt, new Date(other.failedAt.getTime() + 400 * DAY_MS))).toEqual([]);
  });

  it('PC-10 PC-11 / NOT-1: a terminated partner keeps the renewal and audit notices that fell due before its termination, and gets none after', async () => {
    const { partnerId, failedAt } = await failedPrincipal();
    const terminatedAt = new Date(failedAt.getTime() + 210 * DAY_MS + 1);
    w.clock.set(terminatedAt);
    await w.module.services.audits.applyRemediationDeadlines(w.ctx);
    const entered = (await w.db.manager.findOneByOrFail(Participant, { partnerId })).enteredAt;
    const renewal = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.RENEWAL))!;
    const audit = w.module.noticeRules!.find((r) => r.kinds.includes(NOTICE_KINDS.AUDIT))!;
    const mine = async (rule: typeof renewal, from: Date, to: Date) =>
      (await rule.due(w.db.manager, from, to)).filter((n) => n.partnerId === partnerId).map((n) => n.dueAt.toISOString());
    // Entered 2026-03-02: renewals 60/30/15 days before 2027-03-02 fell due before the termination (2027-08-30).
    expect(await mine(renewal, entered, terminatedAt)).toEqual(
      [60, 30, 15].map((d) => new Date(new Date('2027-03-02T10:00:00.000Z').getTime() - d * DAY_MS).toISOString()),
    );
    expect(await mine(renewal, terminatedAt, new Date('2028-03-02T10:00:00.000Z'))).toEqual([]);
    expect(await mine(audit, entered, terminatedAt)).toHaveLength(3);
    expect(await mine(audit, terminatedAt, new Date('2028-02-01T00:00:00.000Z'))).toEqual([]);
  });

  it('PC-8 PC-10: by default an audit covers the year that ended last, or the year the partner entered if it entered after that; a year it was not in is refused', async () => {
    w.clock.set('2026-03-02T10:00:00.000Z');
    const partnerId = await enrolledPartner(w);
    const audits = w.module.services.audits;
    const refused = async (programYear: number) =>
      (await runUnitOfWork(w.ctx, () => audits.start(w.ctx, { partnerId, programYear })).catch((e: unknown) => e)) as UserError;
    expect([(await refused(2025)).code, (await refused(2025)).field]).toEqual(['AUDIT_YEAR_NOT_PARTICIPATED', 'programYear']);
    expect((await refused(2027)).code).toBe('AUDIT_YEAR_NOT_PARTICIPATED');
    expect(await w.db.manager.countBy(Audit, { partnerId })).toBe(0);
    expect((await runUnitOfWork(w.ctx, () => audits.start(w.ctx, { partnerId }))).programYear).toBe(2026);
  });
});
