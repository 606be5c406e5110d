import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

/** PC-14: a PARTNER key that may see its partner's progression, and why. */
@ObjectType('ProgressionAccess', { description: "PC-14: a PARTNER key that may see its partner's progression, and why." })
@Entity('pc_progression_access')
@Index(['partnerId', 'keyId'])
export class ProgressionAccess extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `ProgressionAccess` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the PARTNER `ApiKey` that may see the progression (PC-14).' })
  @Column({ type: 'varchar', length: 100 })
  keyId: string;

  @Field(() => ProgressionAccessRole, { description: 'Primary contact, alternate contact or added user (PC-14).' })
  @EnumColumn()
  role: ProgressionAccessRole;

  @Field(() => ID, { nullable: true, description: 'Id of the `ApiKey` of the contact that added the user; null for contacts staff named (PC-14).' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  grantedByKeyId: string | null;

  @Field({ description: 'When it was granted (instant, UTC).' })
  @InstantColumn()
  grantedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
