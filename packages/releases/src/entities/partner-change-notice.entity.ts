import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { PartnerChangeKind } from '../enums';

@ObjectType('PartnerChangeNotice', { description: 'A partner told the vendor of a change, update or patch to its software (REL-7).' })
@Entity('rel_partner_change_notice')
export class PartnerChangeNotice extends Identified {
  @Field(() => ID, { description: 'Unique id of this partner change notice.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerChangeNotice` belongs to (resolved by `partner`).' })
  @Index('rel_partner_change_notice_partner_idx')
  @IdColumn()
  partnerId: string;

  @Field(() => PartnerChangeKind, { description: 'Change, update or patch (REL-7).' })
  @EnumColumn()
  changeKind: PartnerChangeKind;

  @Field({ description: 'Name of the partner software the notice announces a change of (REL-7).' })
  @Column({ type: 'varchar', length: 200 })
  softwareName: string;

  @Field(() => String, { nullable: true, description: 'The version the change releases as; null when the partner gave none.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  softwareVersion: string | null;

  @Field({ description: 'Free-text description of the partner change notice.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'When the partner plans to release the change to the public.' })
  @InstantColumn()
  plannedReleaseAt: Date;

  @Field({ description: 'The last instant the notice is on time: 14 days before the public release.' })
  @InstantColumn()
  noticeDeadline: Date;

  @Field({ description: 'When it was filed (instant, UTC).' })
  @Index('rel_partner_change_notice_filed_idx')
  @InstantColumn()
  filedAt: Date;

  @Field({ description: 'Filed less than 14 days before the public release: accepted, marked late (REL-7).' })
  @Column({ type: 'boolean' })
  late: boolean;
}
