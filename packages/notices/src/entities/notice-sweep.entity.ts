import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Identified, InstantColumn } from '@alliance/kernel';

/**
 * Bookkeeping of one sweep (NOT-1): what it covered. The next sweep looks forward from where
 * this one reached and back at everything written since it ran, so nothing that falls due is
 * missed between two sweeps, however far apart they run.
 */
@ObjectType('NoticeSweep', { description: 'One run of the notice sweep and what it covered.' })
@Entity('ntc_sweep')
export class NoticeSweep extends Identified {
  @Field({ description: 'First due instant of the forward window (inclusive): where the sweeps so far reached, less the overlap.' })
  @InstantColumn()
  windowFrom: Date;

  @Field({ description: 'Last due instant covered (inclusive): the instant the sweep ran for.' })
  @Index()
  @InstantColumn()
  windowTo: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'The late path: facts written from this instant on were read for obligations due by `windowTo`, however early they fell due (the previous run, less the overlap).',
  })
  @InstantColumn({ nullable: true })
  writtenSince: Date | null;

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
