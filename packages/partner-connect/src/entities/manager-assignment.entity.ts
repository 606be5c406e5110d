import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Identified, IdColumn, InstantColumn } from '@alliance/kernel';

/** PC-14: the vendor's partner business manager (an API key) assigned to a partner. */
@ObjectType('PartnerBusinessManagerAssignment', { description: "PC-14: the vendor's partner business manager (an API key) assigned to a partner." })
@Entity('pc_manager_assignment')
export class ManagerAssignment extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerBusinessManagerAssignment` belongs to (resolved by `partner`).' })
  @Index({ unique: true })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: "Id of the partner business manager's `ApiKey` (role PARTNER_BUSINESS_MANAGER) (PC-14)." })
  @Index()
  @Column({ type: 'varchar', length: 100 })
  managerKeyId: string;

  @Field({ description: 'When it was assigned (instant, UTC).' })
  @InstantColumn()
  assignedAt: Date;
}
