import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, Identified, InstantColumn, DecidedAtColumn, DecidedByColumn } from '@alliance/kernel';
import { TsanetMembershipKind, TsanetMemberState } from '../enums';

/** SUP-9: a partner's (or a named company's) membership in a TSANet group, through onboarding to live. */
@ObjectType('TsanetMember', { description: "SUP-9: a partner's (or a named company's) membership in a TSANet group, through onboarding to live." })
@Entity('sup_tsanet_member')
@Index(['groupId', 'storedState'])
export class TsanetMember extends Identified {
  @Field(() => ID, { description: 'Unique id of this TSANet member.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `TsanetGroup` the member joined.' })
  @IdColumn()
  groupId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Partner` this `TsanetMember` belongs to (resolved by `partner`); null when the member has none.',
  })
  @IdColumn({ nullable: true })
  @Index()
  partnerId: string | null;

  @Field({ description: "The member company's name, as the host sees it." })
  @Column({ type: 'varchar', length: 200 })
  companyName: string;

  @Field(() => TsanetMembershipKind, { description: 'Limited or Open Group: decides whether the host is billed for the member (FEE-5).' })
  @EnumColumn()
  membershipKind: TsanetMembershipKind;

  /** Stored onboarding state; the `state` field adds termination derived from the clock. */
  @EnumColumn()
  storedState: TsanetMemberState;

  @Field({ description: 'When it was signed up (instant, UTC).' })
  @InstantColumn()
  signedUpAt: Date;

  @Field(() => String, { nullable: true, description: "The member's inbound support process (the completed sign-up form)." })
  @Column({ type: 'text', nullable: true })
  inboundProcess: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was form completed (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  formCompletedAt: Date | null;

  @Field({ description: "On the group's pre-approved list: approval was skipped." })
  @Column({ type: 'boolean', default: false })
  preApproved: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the host actor that approved or rejected the member; null until decided or when pre-approved.' })
  @DecidedByColumn()
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the member was approved or rejected; null when no reason was given.' })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the validation test case was sent to the member.' })
  @InstantColumn({ nullable: true })
  validationSentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was validated (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  validatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who at the member acknowledged the validation test case.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  validationAcknowledgedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the member went live (UTC); null until `takeTsanetMemberLive` (SUP-9).' })
  @InstantColumn({ nullable: true })
  liveAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Member-paid: the sign-up dues invoice.' })
  @IdColumn({ nullable: true })
  @Index()
  duesInvoiceId: string | null;

  @Field(() => Date, { nullable: true, description: 'FEE-7: when the sign-up dues payment was received.' })
  @InstantColumn({ nullable: true })
  duesPaidAt: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Member-paid: next renewal date (YYYY-MM-DD), yearly from go-live.' })
  // The renewal notice rule reads members by the date they renew (NOT-1).
  @Index()
  @DateOnlyColumn({ nullable: true })
  renewalOn: string | null;

  @Field(() => ID, { nullable: true, description: 'Member-paid: the invoice of the pending renewal.' })
  @IdColumn({ nullable: true })
  @Index()
  renewalInvoiceId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last renewed (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  lastRenewedAt: Date | null;
}
