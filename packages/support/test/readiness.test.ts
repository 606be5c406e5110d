import { Role, UserError } from '@alliance/kernel';
import { DATACENTER_CHECKLIST, SupportReadinessItemKind } from '../src';
import { createHarness, engineer, Harness, inTransaction, partnerA, partnerB } from './helpers';

describe('support readiness and datacenter checklist', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });

  it('SUP-6: a partner is ready only with a support contact, a certified professional and both escalation contacts', async () => {
    const partner = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    expect(await h.module.service.supportReadiness(h.ctx(), partnerA)).toEqual({
      ready: false,
      missing: ['TECHNICAL_SUPPORT_CONTACT', 'CERTIFIED_PROFESSIONAL', 'SENIOR_SUPPORT_ENGINEER_CONTACT', 'ESCALATION_MANAGER_CONTACT'],
    });
    const record = (item: SupportReadinessItemKind, personName: string) =>
      inTransaction(partner, () => h.module.services.readiness.recordItem(partner, { partnerId: partnerA, item, personName, email: 'x@example.com' }));
    await record(SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT, 'Ana');
    await record(SupportReadinessItemKind.CERTIFIED_PROFESSIONAL, 'Ben (VCP)');
    await record(SupportReadinessItemKind.SENIOR_SUPPORT_ENGINEER_CONTACT, 'Cleo');
    expect(await h.module.service.supportReadiness(h.ctx(), partnerA)).toEqual({ ready: false, missing: ['ESCALATION_MANAGER_CONTACT'] });
    await record(SupportReadinessItemKind.ESCALATION_MANAGER_CONTACT, 'Dev');
    await record(SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT, 'Ana Two');
    const result = await h.module.services.readiness.readiness(h.ctx(), partnerA);
    expect(result.ready).toBe(true);
    expect(result.items.find((i) => i.item === SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT)?.personName).toBe('Ana Two');
    expect((await h.module.service.supportReadiness(h.ctx(), partnerB)).ready).toBe(false);
  });

  it('SUP-8: the checklist has the 16 items of sections 1 to 5, and passes only when each has accepted evidence', async () => {
    expect(DATACENTER_CHECKLIST.map((i) => i.itemId)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
    ]);
    const partner = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    const reviewer = h.ctx({ role: Role.CERTIFICATION_REVIEWER, name: 'Rita Reviewer' });
    const ids: string[] = [];
    for (const item of DATACENTER_CHECKLIST) {
      const evidence = await inTransaction(partner, () =>
        h.module.services.readiness.recordEvidence(partner, { partnerId: partnerA, itemId: item.itemId, description: `Evidence for ${item.itemId}` }),
      );
      ids.push(evidence.id);
    }
    expect((await h.module.services.readiness.checklist(h.ctx(), partnerA)).passed).toBe(false);
    for (const id of ids.slice(0, -1))
      await inTransaction(reviewer, () => h.module.services.readiness.decideEvidence(reviewer, { evidenceId: id, accept: true }));
    await inTransaction(reviewer, () =>
      h.module.services.readiness.decideEvidence(reviewer, { evidenceId: ids[ids.length - 1], accept: false, note: 'no SLA attached' }),
    );
    let checklist = await h.module.services.readiness.checklist(h.ctx(), partnerA);
    expect([checklist.passed, checklist.missing]).toEqual([false, ['5.3']]);
    expect(checklist.items[0].accepted).toMatchObject({ decidedBy: 'Rita Reviewer', decidedAt: new Date('2026-01-05T12:00:00.000Z') });
    const again = await inTransaction(partner, () =>
      h.module.services.readiness.recordEvidence(partner, {
        partnerId: partnerA,
        itemId: '5.3',
        description: 'SLA page',
        documentUrl: 'https://example.com/sla',
      }),
    );
    await inTransaction(reviewer, () => h.module.services.readiness.decideEvidence(reviewer, { evidenceId: again.id, accept: true }));
    checklist = await h.module.services.readiness.checklist(h.ctx(), partnerA);
    expect([checklist.passed, checklist.missing]).toEqual([true, []]);
  });

  it('SUP-8: evidence for an unknown item is refused, and decided evidence cannot be decided again', async () => {
    const ctx = h.ctx(engineer);
    await expect(
      inTransaction(ctx, () => h.module.services.readiness.recordEvidence(ctx, { partnerId: partnerA, itemId: '3.9', description: 'x' })),
    ).rejects.toMatchObject({
      code: 'SUPPORT_CHECKLIST_ITEM_UNKNOWN',
      field: 'itemId',
    });
    const evidence = await inTransaction(ctx, () =>
      h.module.services.readiness.recordEvidence(ctx, { partnerId: partnerA, itemId: '3.3', description: 'severity table' }),
    );
    await inTransaction(ctx, () => h.module.services.readiness.decideEvidence(ctx, { evidenceId: evidence.id, accept: true }));
    const again = inTransaction(ctx, () => h.module.services.readiness.decideEvidence(ctx, { evidenceId: evidence.id, accept: false }));
    await expect(again).rejects.toBeInstanceOf(UserError);
    await expect(again).rejects.toMatchObject({ code: 'SUPPORT_EVIDENCE_ALREADY_DECIDED' });
  });
});
