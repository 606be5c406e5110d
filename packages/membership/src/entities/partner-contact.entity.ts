import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum ContactRole {
  ALLIANCE_BUSINESS = 'ALLIANCE_BUSINESS',
  ENGINEERING_LEAD = 'ENGINEERING_LEAD',
  TECHNICAL_SUPPORT_MANAGER = 'TECHNICAL_SUPPORT_MANAGER',
}

registerEnumType(ContactRole, {
  name: 'ContactRole',
  description: 'Contacts a partner names (001 Appendix F).',
  valuesConfig: {
    ALLIANCE_BUSINESS: { description: 'The alliance or business contact (MEM-8, 001 Appendix F).' },
    ENGINEERING_LEAD: { description: 'Engineering manager or technical lead.' },
    TECHNICAL_SUPPORT_MANAGER: { description: 'The technical support manager (MEM-8, 001 Appendix F).' },
  },
});

/** Confidential (MEM-8): only staff, the partner itself and integrations with `contacts:read` see it. */
@ObjectType('PartnerContact', { description: 'Confidential (MEM-8): only staff, the partner itself and integrations with `contacts:read` see it.' })
@Entity('mem_partner_contact')
@Index(['partnerId', 'role'], { unique: true })
export class PartnerContact extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerContact` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => ContactRole, { description: 'Which contact this is (MEM-8).' })
  @EnumColumn()
  role: ContactRole;

  @Field({ description: "The contact's full name." })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title; null when none was given.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address; null when none was given. Confidential (MEM-8).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; null when none was given. Confidential (MEM-8).' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Field({ description: 'Email address. Confidential (MEM-8).' })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field({ description: 'When it was updated (instant, UTC).' })
  @InstantColumn()
  updatedAt: Date;
}
