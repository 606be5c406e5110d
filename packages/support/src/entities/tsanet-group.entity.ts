import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateOnlyColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { TsanetCommunicationSender, TsanetGroupType, TsanetInternalAccess, TsanetPaymentModel } from '../enums';

/** SUP-9: a TSANet partner group defined by its host (003 "Partner Program Decisions"). */
@ObjectType('TsanetGroup')
@Entity('sup_tsanet_group')
export class TsanetGroup extends Identified {
  @Field(() => ID)
  declare id: string;

  @Field({ description: 'Program name, visible to the members.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID)
  @IdColumn()
  @Index()
  hostPartnerId: string;

  @Field({ description: 'Approves members and works exceptions during onboarding.' })
  @Column({ type: 'varchar', length: 200 })
  primaryContact: string;

  @Field(() => TsanetGroupType)
  @EnumColumn()
  groupType: TsanetGroupType;

  @Field(() => TsanetPaymentModel)
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

  @Field(() => TsanetInternalAccess)
  @EnumColumn()
  internalAccess: TsanetInternalAccess;

  @Field()
  @Column({ type: 'text' })
  communicationTemplate: string;

  @Field(() => TsanetCommunicationSender)
  @EnumColumn()
  communicationSender: TsanetCommunicationSender;

  @Field()
  @Column({ type: 'text' })
  legalAddendum: string;

  @Field({ description: 'YYYY-MM-DD; host-paid groups are first billed one year after it.' })
  @DateOnlyColumn()
  programStartDate: string;

  @Field(() => [String], { description: 'Partner ids or company names whose sign-up skips the host approval.' })
  @Column({ type: 'simple-json' })
  preApproved: string[];

  @Field()
  @InstantColumn()
  createdAt: Date;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  createdBy: string;
}
