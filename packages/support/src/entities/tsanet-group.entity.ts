import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { TsanetCommunicationSender, TsanetGroupType, TsanetInternalAccess, TsanetPaymentModel } from '../enums';

/** SUP-9: a TSANet partner group defined by its host (003 "Partner Program Decisions"). */
@ObjectType('TsanetGroup', { description: 'SUP-9: a TSANet partner group defined by its host (003 "Partner Program Decisions").' })
@Entity('sup_tsanet_group')
export class TsanetGroup extends Identified {
  @Field(() => ID, { description: 'Unique id of this TSANet group.' })
  declare id: string;

  @Field({ description: 'Program name, visible to the members.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { description: 'Id of the host `Partner`: it approves members and, in a host-paid group, pays their dues (FEE-5).' })
  @IdColumn()
  @Index()
  hostPartnerId: string;

  @Field({ description: 'Approves members and works exceptions during onboarding.' })
  @Column({ type: 'varchar', length: 200 })
  primaryContact: string;

  @Field(() => TsanetGroupType, { description: 'Solution Support or Partner Program (SUP-9).' })
  @EnumColumn()
  groupType: TsanetGroupType;

  @Field(() => TsanetPaymentModel, { description: 'Who pays for members: the host (FEE-5) or each member (FEE-1, FEE-7).' })
  @EnumColumn()
  paymentModel: TsanetPaymentModel;

  @Field({ description: 'Notified when members sign up.' })
  @Column({ type: 'varchar', length: 320 })
  signUpNotificationEmail: string;

  @Field({ description: 'The contact process form members fill in.' })
  @Column({ type: 'text' })
  processForm: string;

  @Field(() => Int, { description: 'Initial response SLA: hours a member has to acknowledge a collaboration case.' })
  @Column({ type: 'integer' })
  acknowledgementSlaHours: number;

  @Field(() => TsanetInternalAccess, { description: "Whether the host's internal access to the group's cases is open or restricted (SUP-9)." })
  @EnumColumn()
  internalAccess: TsanetInternalAccess;

  @Field({ description: 'The template of communications to members (SUP-9).' })
  @Column({ type: 'text' })
  communicationTemplate: string;

  @Field(() => TsanetCommunicationSender, { description: "Who sends the group's communication templates (SUP-9)." })
  @EnumColumn()
  communicationSender: TsanetCommunicationSender;

  @Field({ description: 'The legal addendum members accept (SUP-9).' })
  @Column({ type: 'text' })
  legalAddendum: string;

  @Field(() => CalendarDateScalar, { description: 'YYYY-MM-DD; host-paid groups are first billed one year after it.' })
  @DateOnlyColumn()
  programStartDate: string;

  @Field(() => [String], { description: 'Partner ids or company names whose sign-up skips the host approval.' })
  @Column({ type: 'simple-json' })
  preApproved: string[];

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;

  @Field({ description: 'Name of the actor that defined the group.' })
  @Column({ type: 'varchar', length: 200 })
  createdBy: string;
}
