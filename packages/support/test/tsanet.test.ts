import { domainEvent, newId, RequestContext, Role, UserError } from '@alliance/kernel';
import { days, hours } from '@alliance/testing';
import {
  acknowledgementFollowUpRule,
  SupportCaseDirection,
  SupportIssueArea,
  TsanetCommunicationSender,
  TsanetGroup,
  TsanetGroupType,
  TsanetInternalAccess,
  TsanetMember,
  TsanetMembershipKind,
  TsanetMemberState,
  TsanetPaymentModel,
  tsanetRenewalNoticeRule,
} from '../src';
import { createHarness, engineer, Harness, inTransaction, partnerA, partnerB } from './helpers';

const host = newId();

async function refusal(work: Promise<unknown>): Promise<UserError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('TSANet groups (SUP-9)', () => {
  let h: Harness;
  let staff: RequestContext;
  beforeEach(async () => {
    h = await createHarness('2026-01-05T12:00:00.000Z');
    staff = h.ctx({ role: Role.PROGRAM_MANAGER, name: 'Pia PM' });
  });

  const createGroup = (paymentModel: TsanetPaymentModel, preApproved: string[] = []) =>
    inTransaction(staff, () =>
      h.module.services.tsanet.create(staff, {
        name: 'Storage Partner Program',
        hostPartnerId: host,
        primaryContact: 'Hana Host',
        groupType: TsanetGroupType.PARTNER_PROGRAM,
        paymentModel,
        signUpNotificationEmail: 'alliances@example.com',
        processForm: 'Contact form v2',
        acknowledgementSlaHours: 4,
        internalAccess: TsanetInternalAccess.OPEN,
        communicationTemplate: 'Welcome to our program',
        communicationSender: TsanetCommunicationSender.HOST,
        legalAddendum: 'TSANet default partner addendum',
        programStartDate: '2026-01-01',
        preApproved,
      }),
    );

  const signUp = (group: TsanetGroup, partnerId: string | null, companyName: string, extra: Record<string, unknown> = {}) => {
    const ctx = partnerId ? h.ctx({ role: Role.PARTNER, partnerId }) : staff;
    return inTransaction(ctx, () =>
      h.module.services.tsanet.signUp(ctx, {
        groupId: group.id,
        partnerId,
        companyName,
        membershipKind: TsanetMembershipKind.LIMITED,
        inboundProcess: 'support@member.example, +1 555 0100',
        ...extra,
      }),
    );
  };

  /** Through onboarding to live; member-paid dues are paid through the fees reaction. */
  async function goLive(group: TsanetGroup, partnerId: string, companyName: string, kind = TsanetMembershipKind.LIMITED): Promise<TsanetMember> {
    const member = await signUp(group, partnerId, companyName, { membershipKind: kind });
    const hostCtx = h.ctx({ role: Role.PARTNER, partnerId: host });
    const memberCtx = h.ctx({ role: Role.PARTNER, partnerId });
    await inTransaction(hostCtx, () => h.module.services.tsanet.decide(hostCtx, { memberId: member.id, approve: true }));
    await inTransaction(memberCtx, () => h.module.services.tsanet.acknowledgeValidation(memberCtx, { memberId: member.id, acknowledgedBy: 'Max Member' }));
    if (member.duesInvoiceId)
      await h.module.reactions!['fees.payment_received'](
        h.ctx(),
        domainEvent(
          'fees.payment_received',
          h.clock.now(),
          { invoiceId: member.duesInvoiceId, partnerId, feeKinds: ['TSANET_MEMBER_DUES'], references: [], settled: true },
          partnerId,
        ),
      );
    return inTransaction(hostCtx, () => h.module.services.tsanet.takeLive(hostCtx, { memberId: member.id }));
  }

  it('SUP-9: onboarding runs sign up → form completed → approved → validated → live, recording each step', async () => {
    const group = await createGroup(TsanetPaymentModel.HOST_PAID);
    const member = await inTransaction(h.ctx({ role: Role.PARTNER, partnerId: partnerA }), () =>
      h.module.services.tsanet.signUp(h.ctx({ role: Role.PARTNER, partnerId: partnerA }), {
        groupId: group.id,
        partnerId: partnerA,
        companyName: 'Acme Storage',
        membershipKind: TsanetMembershipKind.LIMITED,
      }),
    );
    expect(member.storedState).toBe(TsanetMemberState.SIGNED_UP);
    const hostCtx = h.ctx({ role: Role.PARTNER, partnerId: host, name: 'host key' });
    expect((await refusal(inTransaction(hostCtx, () => h.module.services.tsanet.decide(hostCtx, { memberId: member.id, approve: true })))).code).toBe(
      'TSANET_MEMBER_WRONG_STATE',
    );
    const memberCtx = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    expect(
      (
        await inTransaction(memberCtx, () =>
          h.module.services.tsanet.completeMemberForm(memberCtx, { memberId: member.id, inboundProcess: 'support@acme.example' }),
        )
      ).storedState,
    ).toBe(TsanetMemberState.FORM_COMPLETED);
    const approved = await inTransaction(hostCtx, () => h.module.services.tsanet.decide(hostCtx, { memberId: member.id, approve: true }));
    expect([approved.storedState, approved.decidedBy, approved.validationSentAt?.toISOString()]).toEqual([
      TsanetMemberState.APPROVED,
      'host key',
      '2026-01-05T12:00:00.000Z',
    ]);
    expect((await refusal(inTransaction(hostCtx, () => h.module.services.tsanet.takeLive(hostCtx, { memberId: member.id })))).code).toBe(
      'TSANET_MEMBER_WRONG_STATE',
    );
    const validated = await inTransaction(memberCtx, () =>
      h.module.services.tsanet.acknowledgeValidation(memberCtx, { memberId: member.id, acknowledgedBy: 'Max Member' }),
    );
    expect([validated.storedState, validated.validationAcknowledgedBy]).toEqual([TsanetMemberState.VALIDATED, 'Max Member']);
    const live = await inTransaction(hostCtx, () => h.module.services.tsanet.takeLive(hostCtx, { memberId: member.id }));
    expect([live.storedState, live.renewalOn]).toEqual([TsanetMemberState.LIVE, null]);
    expect(h.bus.ofType('support.tsanet_member_live')).toHaveLength(1);
  });

  it('SUP-9: a member on the pre-approved list skips the host approval; a rejected member goes no further', async () => {
    const group = await createGroup(TsanetPaymentModel.HOST_PAID, [partnerA, 'Named Co']);
    expect((await signUp(group, partnerA, 'Acme')).storedState).toBe(TsanetMemberState.APPROVED);
    const named = await signUp(group, null, 'named co');
    expect([named.storedState, named.preApproved, named.decidedBy]).toEqual([TsanetMemberState.APPROVED, true, 'pre-approved list']);
    const other = await signUp(group, partnerB, 'Beta');
    expect(other.storedState).toBe(TsanetMemberState.FORM_COMPLETED);
    const rejected = await inTransaction(staff, () => h.module.services.tsanet.decide(staff, { memberId: other.id, approve: false, reason: 'not a partner' }));
    expect(rejected.storedState).toBe(TsanetMemberState.REJECTED);
    const partnerB_ = h.ctx({ role: Role.PARTNER, partnerId: partnerB });
    expect(
      (await refusal(inTransaction(partnerB_, () => h.module.services.tsanet.acknowledgeValidation(partnerB_, { memberId: other.id, acknowledgedBy: 'x' }))))
        .code,
    ).toBe('TSANET_MEMBER_WRONG_STATE');
  });

  it('SUP-9: only the host (or staff) approves; a member cannot approve itself', async () => {
    const group = await createGroup(TsanetPaymentModel.HOST_PAID);
    const member = await signUp(group, partnerB, 'Beta');
    const self = h.ctx({ role: Role.PARTNER, partnerId: partnerB });
    await expect(inTransaction(self, () => h.module.services.tsanet.decide(self, { memberId: member.id, approve: true }))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('FEE-7: a member-paid member is billed at sign-up and goes live only after the payment is received', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const member = await signUp(group, partnerA, 'Acme');
    expect(h.fees.charges).toEqual([
      { partnerId: partnerA, feeKind: 'TSANET_MEMBER_DUES', reference: `tsanet-member:${member.id}:sign-up`, invoiceId: member.duesInvoiceId },
    ]);
    await inTransaction(staff, () => h.module.services.tsanet.decide(staff, { memberId: member.id, approve: true }));
    await inTransaction(staff, () => h.module.services.tsanet.acknowledgeValidation(staff, { memberId: member.id, acknowledgedBy: 'Max' }));
    const refused = await refusal(inTransaction(staff, () => h.module.services.tsanet.takeLive(staff, { memberId: member.id })));
    expect([refused.code, refused.field]).toEqual(['TSANET_MEMBER_NOT_PAID', 'memberId']);
    expect((await h.db.manager.findOneByOrFail(TsanetMember, { id: member.id })).storedState).toBe(TsanetMemberState.VALIDATED);
    // An unsettled payment does not count.
    await h.module.reactions!['fees.payment_received'](
      h.ctx(),
      domainEvent('fees.payment_received', h.clock.now(), {
        invoiceId: member.duesInvoiceId,
        partnerId: partnerA,
        feeKinds: ['TSANET_MEMBER_DUES'],
        references: [],
        settled: false,
      }),
    );
    expect((await refusal(inTransaction(staff, () => h.module.services.tsanet.takeLive(staff, { memberId: member.id })))).code).toBe('TSANET_MEMBER_NOT_PAID');
    await h.module.reactions!['fees.payment_received'](
      h.ctx(),
      domainEvent('fees.payment_received', h.clock.now(), {
        invoiceId: member.duesInvoiceId,
        partnerId: partnerA,
        feeKinds: ['TSANET_MEMBER_DUES'],
        references: [],
        settled: true,
      }),
    );
    const live = await inTransaction(staff, () => h.module.services.tsanet.takeLive(staff, { memberId: member.id }));
    expect([live.storedState, live.renewalOn]).toEqual([TsanetMemberState.LIVE, '2027-01-05']);
  });

  it('FEE-7: a paid invoice reported by the fees port also lets the member go live', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const member = await signUp(group, partnerA, 'Acme');
    await inTransaction(staff, () => h.module.services.tsanet.decide(staff, { memberId: member.id, approve: true }));
    await inTransaction(staff, () => h.module.services.tsanet.acknowledgeValidation(staff, { memberId: member.id, acknowledgedBy: 'Max' }));
    h.fees.paid.add(member.duesInvoiceId!);
    expect((await inTransaction(staff, () => h.module.services.tsanet.takeLive(staff, { memberId: member.id }))).storedState).toBe(TsanetMemberState.LIVE);
  });

  it('SUP-9: member-paid renewal notices: heads-up 45 days before, invoice 30 days before, termination (host notified) 90 days + 1 ms after', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const member = await goLive(group, partnerA, 'Acme');
    expect(member.renewalOn).toBe('2027-01-05');
    const renewal = new Date('2027-01-05T00:00:00.000Z').getTime();
    const at = async (instant: number) =>
      (await tsanetRenewalNoticeRule.due(h.db.manager, new Date(instant), new Date(instant))).map((n) => [n.kind, n.partnerId]);
    expect(await at(renewal - days(45))).toEqual([['support.tsanet_renewal_heads_up', partnerA]]);
    const [headsUp] = await tsanetRenewalNoticeRule.due(h.db.manager, new Date(renewal - days(45)), new Date(renewal - days(45)));
    expect(headsUp.data).toEqual({ memberId: member.id, companyName: 'Acme', groupId: group.id, groupName: group.name, renewalOn: '2027-01-05' });
    expect(await at(renewal - days(45) - 1)).toEqual([]);
    expect(await at(renewal - days(30))).toEqual([['support.tsanet_renewal_invoice', partnerA]]);
    expect(await at(renewal + days(90))).toEqual([]);
    expect(await at(renewal + days(90) + 1)).toEqual([['support.tsanet_member_termination', host]]);

    // Within 90 days after the renewal date the member is still live; 1 ms later it is terminated.
    h.clock.set(new Date(renewal + days(90)));
    expect(h.module.services.tsanet.stateOf(h.ctx(), member, group)).toBe(TsanetMemberState.LIVE);
    h.clock.set(new Date(renewal + days(90) + 1));
    expect(h.module.services.tsanet.stateOf(h.ctx(), member, group)).toBe(TsanetMemberState.TERMINATED);
    expect((await h.module.api.tsanetGroup(h.ctx(), group.id, h.clock.now()))?.limitedMemberIds).toEqual([]);
  });

  it('SUP-9: the renewal invoice opens 30 days before the renewal date; its payment renews for a year', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const member = await goLive(group, partnerA, 'Acme');
    const memberCtx = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    const renewal = new Date('2027-01-05T00:00:00.000Z').getTime();
    h.clock.set(new Date(renewal - days(30) - 1));
    const early = await refusal(inTransaction(memberCtx, () => h.module.services.tsanet.renew(memberCtx, { memberId: member.id })));
    expect([early.code, early.field]).toEqual(['TSANET_RENEWAL_NOT_OPEN', 'memberId']);
    h.clock.set(new Date(renewal - days(30)));
    const invoiced = await inTransaction(memberCtx, () => h.module.services.tsanet.renew(memberCtx, { memberId: member.id }));
    expect(h.fees.charges[h.fees.charges.length - 1].reference).toBe(`tsanet-member:${member.id}:renewal:2027-01-05`);
    expect((await refusal(inTransaction(memberCtx, () => h.module.services.tsanet.renew(memberCtx, { memberId: member.id })))).code).toBe(
      'TSANET_RENEWAL_ALREADY_INVOICED',
    );
    h.clock.set(new Date(renewal + days(10)));
    await h.module.reactions!['fees.payment_received'](
      h.ctx(),
      domainEvent('fees.payment_received', h.clock.now(), {
        invoiceId: invoiced.renewalInvoiceId,
        partnerId: partnerA,
        feeKinds: ['TSANET_MEMBER_DUES'],
        references: [],
        settled: true,
      }),
    );
    const renewed = await h.db.manager.findOneByOrFail(TsanetMember, { id: member.id });
    expect([renewed.renewalOn, renewed.renewalInvoiceId]).toEqual(['2028-01-05', null]);
    expect(await tsanetRenewalNoticeRule.due(h.db.manager, new Date(renewal + days(90) + 1), new Date(renewal + days(90) + 1))).toEqual([]);
  });

  it('SUP-9 NOT-1: the heads-up and invoice of a renewal date stay due after the member renewed (its date moved a year on); the next date has its own', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const member = await goLive(group, partnerA, 'Acme');
    const memberCtx = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    const renewal = new Date('2027-01-05T00:00:00.000Z').getTime();
    h.clock.set(new Date(renewal - days(30)));
    const invoiced = await inTransaction(memberCtx, () => h.module.services.tsanet.renew(memberCtx, { memberId: member.id }));
    h.clock.set(new Date(renewal - days(20)));
    await h.module.reactions!['fees.payment_received'](
      h.ctx(),
      domainEvent('fees.payment_received', h.clock.now(), {
        invoiceId: invoiced.renewalInvoiceId,
        partnerId: partnerA,
        feeKinds: ['TSANET_MEMBER_DUES'],
        references: [],
        settled: true,
      }),
    );
    const notices = async (from: number, to: number) =>
      (await tsanetRenewalNoticeRule.due(h.db.manager, new Date(from), new Date(to))).map((n) => [
        n.kind,
        (n.data as { renewalOn: string }).renewalOn,
        n.dueAt.toISOString(),
      ]);
    expect(await notices(renewal - days(46), renewal + days(91))).toEqual([
      ['support.tsanet_renewal_heads_up', '2027-01-05', new Date(renewal - days(45)).toISOString()],
      ['support.tsanet_renewal_invoice', '2027-01-05', new Date(renewal - days(30)).toISOString()],
    ]);
    const next = new Date('2028-01-05T00:00:00.000Z').getTime();
    expect((await notices(next - days(45), next - days(30))).map(([kind, on]) => [kind, on])).toEqual([
      ['support.tsanet_renewal_heads_up', '2028-01-05'],
      ['support.tsanet_renewal_invoice', '2028-01-05'],
    ]);
  });

  it('SUP-9: a member-paid group needs a partner as member; a second sign-up of the same partner is refused', async () => {
    const group = await createGroup(TsanetPaymentModel.MEMBER_PAID);
    const noPartner = await refusal(signUp(group, null, 'Named Co'));
    expect([noPartner.code, noPartner.field]).toEqual(['TSANET_MEMBER_PARTNER_REQUIRED', 'partnerId']);
    await signUp(group, partnerA, 'Acme');
    expect((await refusal(signUp(group, partnerA, 'Acme Again'))).code).toBe('TSANET_MEMBER_DUPLICATE');
    expect(await h.db.manager.count(TsanetMember)).toBe(1);
  });

  it('FEE-5: the group snapshot lists live Limited members and excludes live Open Group members', async () => {
    const group = await createGroup(TsanetPaymentModel.HOST_PAID);
    const limited = await goLive(group, partnerA, 'Acme');
    const open = await goLive(group, partnerB, 'Beta', TsanetMembershipKind.OPEN_GROUP);
    await signUp(group, newId(), 'Not yet live');
    expect(await h.module.service.tsanetGroup(h.ctx(), group.id, h.clock.now())).toEqual({
      groupId: group.id,
      hostPartnerId: host,
      programStartDate: '2026-01-01',
      limitedMemberIds: [limited.id],
      excludedOpenGroupMemberIds: [open.id],
    });
    expect((await h.module.api.tsanetGroup(h.ctx(), group.id, new Date(h.clock.now().getTime() - 1)))?.limitedMemberIds).toEqual([]);
  });

  it('SUP-9: a collaboration case sent to a member needs it live, and is followed up 1 ms after the acknowledgement SLA', async () => {
    const group = await createGroup(TsanetPaymentModel.HOST_PAID);
    const base = {
      partnerId: partnerA,
      severity: 4,
      customerName: 'Acme',
      title: 'Mutual issue',
      description: 'd',
      issueArea: SupportIssueArea.PRODUCT,
      tsanetGroupId: group.id,
    };
    const ctx = h.ctx(engineer);
    const notLive = await refusal(
      inTransaction(ctx, () => h.module.services.cases.openCollaborative(ctx, { ...base, direction: SupportCaseDirection.VENDOR_TO_PARTNER })),
    );
    expect([notLive.code, notLive.field]).toEqual(['TSANET_MEMBER_NOT_LIVE', 'tsanetGroupId']);
    await goLive(group, partnerA, 'Acme');
    const sent = await inTransaction(ctx, () => h.module.services.cases.openCollaborative(ctx, { ...base, direction: SupportCaseDirection.VENDOR_TO_PARTNER }));
    const answered = await inTransaction(ctx, () =>
      h.module.services.cases.openCollaborative(ctx, { ...base, direction: SupportCaseDirection.VENDOR_TO_PARTNER }),
    );
    expect(sent.acknowledgementDueAt?.toISOString()).toBe('2026-01-05T16:00:00.000Z');
    h.clock.set(sent.acknowledgementDueAt!);
    const memberCtx = h.ctx({ role: Role.PARTNER, partnerId: partnerA });
    await inTransaction(memberCtx, () => h.module.services.cases.recordFirstResponse(memberCtx, { caseId: answered.id }));
    const due = sent.acknowledgementDueAt!.getTime();
    expect(await acknowledgementFollowUpRule.due(h.db.manager, new Date(due - hours(4)), new Date(due))).toEqual([]);
    const notices = await acknowledgementFollowUpRule.due(h.db.manager, new Date(due + 1), new Date(due + 1));
    expect(notices.map((n) => [n.kind, n.subjectId, n.dueAt.toISOString()])).toEqual([
      ['support.tsanet_acknowledgement_follow_up', sent.id, '2026-01-05T16:00:00.001Z'],
    ]);
    expect(notices[0].data).toMatchObject({ title: sent.title, acknowledgementDueAt: '2026-01-05T16:00:00.000Z' });
  });
});
