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
    ALLIANCE_BUSINESS: { description: 'Alliance or business contact.' },
    ENGINEERING_LEAD: { description: 'Engineering manager or technical lead.' },
    TECHNICAL_SUPPORT_MANAGER: { description: 'Technical support manager.' },
  },
});

/** Confidential (MEM-8): only staff, the partner itself and integrations with `contacts:read` see it. */
@ObjectType('PartnerContact', { description: 'Confidential (MEM-8): only staff, the partner itself and integrations with `contacts:read` see it.' })
@Entity('mem_partner_contact')
@Index(['partnerId', 'role'], { unique: true })
export class PartnerContact extends Identified {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field(() => ContactRole, { description: 'The partner contact\'s role.' })
  @EnumColumn()
  role: ContactRole;

  @Field({ description: 'Name of the partner contact.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title of the partner contact.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The partner contact\'s address; null when there is none.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The partner contact\'s phone; null when there is none.' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Field({ description: 'The partner contact\'s email.' })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field({ description: 'When it was updated (instant, UTC).' })
  @InstantColumn()
  updatedAt: Date;
}
