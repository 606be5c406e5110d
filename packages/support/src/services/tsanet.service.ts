import {
  ConnectionArgs,
  ConnectionResult,
  ForbiddenError,
  loadById,
  loadByParent,
  NotFoundError,
  paginate,
  RequestContext,
  toDateOnly,
  UserError,
  whereVisiblePartner,
} from '@alliance/kernel';
import { TsanetGroup } from '../entities/tsanet-group.entity';
import { TsanetMember } from '../entities/tsanet-member.entity';
import { TsanetMembershipKind, TsanetMemberState, TsanetPaymentModel } from '../enums';
import type { PaymentReceivedPayload } from '@alliance/fees/contracts';
import type { TsanetGroupSnapshot } from '../contracts';
import { SUPPORT_EVENTS, supportEvent } from '../events';
import {
  AcknowledgeValidationCaseInput,
  CompleteTsanetMemberFormInput,
  CreateTsanetGroupInput,
  DecideTsanetMemberInput,
  RenewTsanetMemberInput,
  SignUpTsanetMemberInput,
  TakeTsanetMemberLiveInput,
} from '../inputs/tsanet.input';
import type { FeesPort } from '../ports';
import { effectiveMemberState, firstRenewalOn, invoiceAt, nextRenewalOn, terminationAt } from '../rules/tsanet.rules';

/** What fees reads to bill a host-paid group (FEE-5): live members by kind at an instant. */
export type { TsanetGroupSnapshot };

/** SUP-9: TSANet partner groups, member onboarding, go-live and member-paid renewal. */
export class TsanetService {
  constructor(private readonly fees: FeesPort) {}

  /** A partner sees the groups it hosts or belongs to; another group is NOT_FOUND. */
  async group(ctx: RequestContext, id: string): Promise<TsanetGroup> {
    const group = await ctx.em.findOne(TsanetGroup, { where: { id } });
    if (!group) throw new NotFoundError('TsanetGroup', id);
    if (ctx.canSeePartner(group.hostPartnerId)) return group;
    const members = ctx.em.createQueryBuilder(TsanetMember, 'm').where('m.groupId = :id', { id });
    if (await whereVisiblePartner(members, ctx, 'm.partnerId').getExists()) return group;
    throw new NotFoundError('TsanetGroup', id);
  }

  async groups(ctx: RequestContext, args: ConnectionArgs = {}): Promise<ConnectionResult<TsanetGroup>> {
    const query = ctx.em.getRepository(TsanetGroup).createQueryBuilder('g');
    // A partner sees the groups it hosts or belongs to.
    whereVisiblePartner(
      query,
      ctx,
      (visible) => `(g.hostPartnerId IN (:...${visible}) OR g.id IN (SELECT m."groupId" FROM sup_tsanet_member m WHERE m."partnerId" IN (:...${visible})))`,
    );
    return paginate(query, args);
  }

  async create(ctx: RequestContext, input: CreateTsanetGroupInput): Promise<TsanetGroup> {
    const group = Object.assign(new TsanetGroup(), {
      ...input,
      preApproved: [...new Set(input.preApproved.map((entry) => entry.trim()).filter(Boolean))],
      createdAt: ctx.now(),
      createdBy: ctx.actor.name,
    });
    return ctx.em.save(group);
  }

  /** SUP-9 steps 1-3: sign up; with the form it is completed at once (and a pre-approved member is approved). */
  async signUp(ctx: RequestContext, input: SignUpTsanetMemberInput): Promise<TsanetMember> {
    const group = await ctx.em.findOne(TsanetGroup, { where: { id: input.groupId } });
    if (!group) throw new NotFoundError('TsanetGroup', input.groupId);
    const partnerId = input.partnerId ?? ctx.ownPartnerId;
    if (partnerId) ctx.assertCanActForPartner(partnerId, 'Partner', partnerId);
    else if (!ctx.isStaff) throw new ForbiddenError('a partner signs up itself');
    if (group.paymentModel === TsanetPaymentModel.MEMBER_PAID && !partnerId) {
      throw new UserError(
        'TSANET_MEMBER_PARTNER_REQUIRED',
        'SUP-9: members of a member-paid group pay dues through fees, so the member must be a partner',
        'partnerId',
      );
    }
    const existing = await ctx.em.find(TsanetMember, { where: { groupId: group.id } });
    const duplicate = existing.find(
      (m) =>
        m.storedState !== TsanetMemberState.REJECTED &&
        ((partnerId && m.partnerId === partnerId) || m.companyName.trim().toLowerCase() === input.companyName.trim().toLowerCase()),
    );
    if (duplicate)
      throw new UserError(
        'TSANET_MEMBER_DUPLICATE',
        `SUP-9: ${input.companyName} already has a membership in ${group.name}`,
        partnerId ? 'partnerId' : 'companyName',
      );
    const member: TsanetMember = Object.assign(new TsanetMember(), {
      groupId: group.id,
      partnerId,
      companyName: input.companyName.trim(),
      membershipKind: input.membershipKind,
      storedState: TsanetMemberState.SIGNED_UP,
      signedUpAt: ctx.now(),
      inboundProcess: null,
      formCompletedAt: null,
      preApproved: false,
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      validationSentAt: null,
      validatedAt: null,
      validationAcknowledgedBy: null,
      liveAt: null,
      duesInvoiceId: null,
      duesPaidAt: null,
      renewalOn: null,
      renewalInvoiceId: null,
      lastRenewedAt: null,
    });
    await ctx.em.save(member);
    if (group.paymentModel === TsanetPaymentModel.MEMBER_PAID) {
      // 003: TSANet bills the partner during sign-up.
      const { invoiceId } = await this.fees.chargeFee(ctx, {
        partnerId: partnerId!,
        feeKind: 'TSANET_MEMBER_DUES',
        reference: `tsanet-member:${member.id}:sign-up`,
      });
      member.duesInvoiceId = invoiceId;
    }
    if (input.inboundProcess) this.completeForm(ctx, group, member, input.inboundProcess);
    return ctx.em.save(member);
  }

  async completeMemberForm(ctx: RequestContext, input: CompleteTsanetMemberFormInput): Promise<TsanetMember> {
    const { group, member } = await this.memberForAction(ctx, input.memberId, 'member');
    this.expectState(ctx, member, group, TsanetMemberState.SIGNED_UP);
    this.completeForm(ctx, group, member, input.inboundProcess);
    return ctx.em.save(member);
  }

  /** SUP-9 step 4: the host (or staff) approves or rejects a completed sign-up. Approval sends the validation test case. */
  async decide(ctx: RequestContext, input: DecideTsanetMemberInput): Promise<TsanetMember> {
    const { group, member } = await this.memberForAction(ctx, input.memberId, 'host');
    this.expectState(ctx, member, group, TsanetMemberState.FORM_COMPLETED);
    member.decidedAt = ctx.now();
    member.decidedBy = ctx.actor.name;
    member.decisionReason = input.reason ?? null;
    if (input.approve) this.approve(ctx, member);
    else member.storedState = TsanetMemberState.REJECTED;
    return ctx.em.save(member);
  }

  /** SUP-9 steps 5-6: the member acknowledged and answered the test case: its support process is validated. */
  async acknowledgeValidation(ctx: RequestContext, input: AcknowledgeValidationCaseInput): Promise<TsanetMember> {
    const { group, member } = await this.memberForAction(ctx, input.memberId, 'member');
    this.expectState(ctx, member, group, TsanetMemberState.APPROVED);
    member.storedState = TsanetMemberState.VALIDATED;
    member.validatedAt = ctx.now();
    member.validationAcknowledgedBy = input.acknowledgedBy;
    return ctx.em.save(member);
  }

  /** SUP-9 / FEE-7: take a validated member live; a member-paid member needs its dues payment received. */
  async takeLive(ctx: RequestContext, input: TakeTsanetMemberLiveInput): Promise<TsanetMember> {
    const { group, member } = await this.memberForAction(ctx, input.memberId, 'host');
    this.expectState(ctx, member, group, TsanetMemberState.VALIDATED);
    const now = ctx.now();
    if (group.paymentModel === TsanetPaymentModel.MEMBER_PAID) {
      if (!member.duesPaidAt && member.duesInvoiceId && (await this.fees.isInvoicePaid(ctx, member.duesInvoiceId))) member.duesPaidAt = now;
      if (!member.duesPaidAt) {
        throw new UserError(
          'TSANET_MEMBER_NOT_PAID',
          `FEE-7: the dues invoice ${member.duesInvoiceId ?? ''} is not paid; a member-paid member goes live after its payment receipt`,
          'memberId',
        );
      }
      member.renewalOn = firstRenewalOn(toDateOnly(now));
    }
    member.storedState = TsanetMemberState.LIVE;
    member.liveAt = now;
    await ctx.publish(
      supportEvent(
        SUPPORT_EVENTS.TSANET_MEMBER_LIVE,
        now,
        { memberId: member.id, groupId: group.id, partnerId: member.partnerId, liveAt: now.toISOString() },
        member.partnerId,
      ),
    );
    return ctx.em.save(member);
  }

  /**
   * SUP-9 member-paid renewal: the renewal invoice is issued through fees from 30 days before the
   * renewal date until 90 days after it; the payment (fees.payment_received) renews the member for a year.
   */
  async renew(ctx: RequestContext, input: RenewTsanetMemberInput): Promise<TsanetMember> {
    const { group, member } = await this.memberForAction(ctx, input.memberId, 'member');
    if (group.paymentModel !== TsanetPaymentModel.MEMBER_PAID) {
      throw new UserError('TSANET_RENEWAL_NOT_MEMBER_PAID', 'SUP-9: the host pays for this group; its members do not renew dues', 'memberId');
    }
    this.expectState(ctx, member, group, TsanetMemberState.LIVE);
    const now = ctx.now();
    const renewalOn = member.renewalOn!;
    if (now.getTime() < invoiceAt(renewalOn).getTime()) {
      throw new UserError('TSANET_RENEWAL_NOT_OPEN', `SUP-9: the renewal for ${renewalOn} is invoiced from ${invoiceAt(renewalOn).toISOString()}`, 'memberId');
    }
    if (member.renewalInvoiceId) {
      throw new UserError(
        'TSANET_RENEWAL_ALREADY_INVOICED',
        `SUP-9: the renewal for ${renewalOn} is already invoiced (${member.renewalInvoiceId})`,
        'memberId',
      );
    }
    const { invoiceId } = await this.fees.chargeFee(ctx, {
      partnerId: member.partnerId!,
      feeKind: 'TSANET_MEMBER_DUES',
      reference: `tsanet-member:${member.id}:renewal:${renewalOn}`,
    });
    member.renewalInvoiceId = invoiceId;
    return ctx.em.save(member);
  }

  /** Reaction to `fees.payment_received`: sign-up dues (FEE-7) or a renewal invoice is paid. */
  async paymentReceived(ctx: RequestContext, payload: PaymentReceivedPayload): Promise<void> {
    if (!payload.settled) return;
    const now = ctx.now();
    const members = await ctx.em.find(TsanetMember, { where: [{ duesInvoiceId: payload.invoiceId }, { renewalInvoiceId: payload.invoiceId }] });
    for (const member of members) {
      if (member.duesInvoiceId === payload.invoiceId && !member.duesPaidAt) member.duesPaidAt = now;
      if (member.renewalInvoiceId === payload.invoiceId && member.renewalOn && now.getTime() < terminationAt(member.renewalOn).getTime()) {
        member.renewalOn = nextRenewalOn(member.renewalOn);
        member.renewalInvoiceId = null;
        member.lastRenewedAt = now;
      }
      await ctx.em.save(member);
    }
  }

  /** For fees (FEE-5): the group's live members at `at`, Limited and excluded Open Group. */
  async snapshot(ctx: RequestContext, groupId: string, at: Date): Promise<TsanetGroupSnapshot> {
    const group = await ctx.em.findOne(TsanetGroup, { where: { id: groupId } });
    if (!group) throw new NotFoundError('TsanetGroup', groupId);
    const members = await ctx.em.find(TsanetMember, { where: { groupId }, order: { id: 'ASC' } });
    const live = members.filter(
      (m) =>
        m.liveAt && m.liveAt.getTime() <= at.getTime() && effectiveMemberState(m.storedState, group.paymentModel, m.renewalOn, at) === TsanetMemberState.LIVE,
    );
    return {
      groupId,
      hostPartnerId: group.hostPartnerId,
      programStartDate: group.programStartDate,
      limitedMemberIds: live.filter((m) => m.membershipKind === TsanetMembershipKind.LIMITED).map((m) => m.id),
      excludedOpenGroupMemberIds: live.filter((m) => m.membershipKind === TsanetMembershipKind.OPEN_GROUP).map((m) => m.id),
    };
  }

  async member(ctx: RequestContext, id: string): Promise<{ group: TsanetGroup; member: TsanetMember }> {
    const member = await ctx.em.findOne(TsanetMember, { where: { id } });
    if (!member) throw new NotFoundError('TsanetMember', id);
    const group = await ctx.em.findOneOrFail(TsanetGroup, { where: { id: member.groupId } });
    if (!ctx.canSeePartner(member.partnerId) && !ctx.canSeePartner(group.hostPartnerId)) throw new NotFoundError('TsanetMember', id);
    return { group, member };
  }

  /** Members of many groups in one query; a partner that is not the host sees only its own membership. */
  membersOf(ctx: RequestContext, group: TsanetGroup): Promise<TsanetMember[]> {
    return loadByParent(ctx, TsanetMember, 'groupId', { order: { id: 'ASC' } })
      .load(group.id)
      .then((members) => (ctx.canSeePartner(group.hostPartnerId) ? members : members.filter((m) => ctx.canSeePartner(m.partnerId))));
  }

  stateOf(ctx: RequestContext, member: TsanetMember, group: TsanetGroup): TsanetMemberState {
    return effectiveMemberState(member.storedState, group.paymentModel, member.renewalOn, ctx.now());
  }

  groupOf(ctx: RequestContext, groupId: string): Promise<TsanetGroup | null> {
    return loadById(ctx, TsanetGroup).load(groupId);
  }

  /** Host actions need the host (or staff); member actions need the member (or staff). */
  private async memberForAction(ctx: RequestContext, memberId: string, who: 'host' | 'member'): Promise<{ group: TsanetGroup; member: TsanetMember }> {
    const found = await this.member(ctx, memberId);
    if (!ctx.isStaff) {
      const allowed =
        who === 'host' ? ctx.ownPartnerId === found.group.hostPartnerId : ctx.ownPartnerId !== null && ctx.ownPartnerId === found.member.partnerId;
      if (!allowed) throw new ForbiddenError(who === 'host' ? 'only the group host or staff may do this' : 'only the member or staff may do this');
    }
    return found;
  }

  private expectState(ctx: RequestContext, member: TsanetMember, group: TsanetGroup, expected: TsanetMemberState): void {
    const state = this.stateOf(ctx, member, group);
    if (state === TsanetMemberState.TERMINATED) {
      throw new UserError(
        'TSANET_MEMBER_TERMINATED',
        `SUP-9: the member was not renewed within 90 days after ${member.renewalOn} and is terminated`,
        'memberId',
      );
    }
    if (state !== expected) {
      throw new UserError('TSANET_MEMBER_WRONG_STATE', `SUP-9: the member is ${state}; this step needs ${expected}`, 'memberId');
    }
  }

  private completeForm(ctx: RequestContext, group: TsanetGroup, member: TsanetMember, inboundProcess: string): void {
    member.inboundProcess = inboundProcess;
    member.formCompletedAt = ctx.now();
    member.storedState = TsanetMemberState.FORM_COMPLETED;
    const listed = new Set(group.preApproved.map((entry) => entry.toLowerCase()));
    if ((member.partnerId && listed.has(member.partnerId.toLowerCase())) || listed.has(member.companyName.toLowerCase())) {
      member.preApproved = true;
      member.decidedAt = ctx.now();
      member.decidedBy = 'pre-approved list';
      member.decisionReason = null;
      this.approve(ctx, member);
    }
  }

  private approve(ctx: RequestContext, member: TsanetMember): void {
    member.storedState = TsanetMemberState.APPROVED;
    member.validationSentAt = ctx.now();
  }
}
