import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Identified, InstantColumn } from '@alliance/kernel';

/**
 * Bookkeeping of one sweep (NOT-1): the window it covered. The next sweep starts where
 * this one ended, so no due instant falls between two sweeps.
 */
@ObjectType('NoticeSweep', { description: 'One run of the notice sweep and the window of due instants it covered.' })
@Entity('ntc_sweep')
export class NoticeSweep extends Identified {
  @Field({ description: 'First due instant covered (inclusive): the previous sweep\'s end.' })
  @InstantColumn()
  windowFrom: Date;

  @Field({ description: 'Last due instant covered (inclusive): the instant the sweep ran for.' })
  @Index()
  @InstantColumn()
  windowTo: Date;

  @Field({ description: 'When the sweep ran, by the clock.' })
  @InstantColumn()
  ranAt: Date;

  @Field(() => Int, { description: 'Notices recorded by this sweep (0 when everything due was already recorded).' })
  @Column({ type: 'integer', default: 0 })
  produced: number;

  @Field({ description: 'Who ran it: `system` for the scheduled/CLI sweep, or the API key name.' })
  @Column({ type: 'varchar', length: 200 })
  ranBy: string;
}
