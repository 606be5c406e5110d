import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

/** PC-14: a PARTNER key that may see its partner's progression, and why. */
@ObjectType('ProgressionAccess')
@Entity('pc_progression_access')
@Index(['partnerId', 'keyId'])
export class ProgressionAccess extends Identified {
  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  keyId: string;

  @Field(() => ProgressionAccessRole)
  @EnumColumn()
  role: ProgressionAccessRole;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  grantedByKeyId: string | null;

  @Field()
  @InstantColumn()
  grantedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
