import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { Milestone, ReleaseBuildType } from '../enums';

@ObjectType('ReleaseMilestone', { description: 'A milestone a release reached, with its build (REL-1, REL-6).' })
@Entity('rel_release_milestone')
@Index('rel_release_milestone_uq', ['releaseId', 'milestone'], { unique: true })
export class ReleaseMilestone extends Identified {
  @Field(() => ID, { description: 'Unique id of this release milestone.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Release` this `ReleaseMilestone` refers to (look it up with `release(id:)`).' })
  @Index('rel_release_milestone_release_idx')
  @IdColumn()
  releaseId: string;

  @Field(() => Milestone, { description: 'The milestone reached (REL-1).' })
  @EnumColumn()
  milestone: Milestone;

  @Field({ description: 'When the milestone build became available.' })
  @InstantColumn()
  availableAt: Date;

  @Field(() => ReleaseBuildType, {
    description: 'Release-type or beta-type: only release-type builds count for scalability and timing-sensitive qualification (REL-6).',
  })
  @EnumColumn()
  buildType: ReleaseBuildType;

  /** Shown through a field resolver: partners see it only where REL-8 grants access. */
  @Column({ type: 'varchar', length: 500 })
  downloadUrl: string;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;
}
