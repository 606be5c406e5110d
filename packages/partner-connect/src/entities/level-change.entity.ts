import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';

/** Every level a partner held and since when (append-only): the level at any instant. */
@Entity('pc_level_change')
@Index(['partnerId', 'at'])
export class LevelChange extends Identified {
  @IdColumn()
  partnerId: string;

  @EnumColumn({ nullable: true })
  fromLevel: string | null;

  @EnumColumn()
  toLevel: string;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @InstantColumn()
  at: Date;
}
