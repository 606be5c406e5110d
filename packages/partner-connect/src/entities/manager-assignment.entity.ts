import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Identified, IdColumn, InstantColumn } from '@alliance/kernel';

/** PC-14: the vendor's partner business manager (an API key) assigned to a partner. */
@ObjectType('PartnerBusinessManagerAssignment')
@Entity('pc_manager_assignment')
export class ManagerAssignment extends Identified {
  @Field(() => ID)
  @Index({ unique: true })
  @IdColumn()
  partnerId: string;

  @Field()
  @Index()
  @Column({ type: 'varchar', length: 100 })
  managerKeyId: string;

  @Field()
  @InstantColumn()
  assignedAt: Date;
}
