import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn, DecidedAtColumn, DecidedByColumn, DecisionNoteColumn } from '@alliance/kernel';
import { BuildAccessStatus, Milestone, ReleaseBuildType } from '../enums';

@ObjectType('BuildAccessRequest', { description: "A partner's request for a build at an unofficial milestone (REL-8)." })
@Entity('rel_build_access_request')
export class BuildAccessRequest extends Identified {
  @Field(() => ID, { description: 'Unique id of this build access request.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `BuildAccessRequest` belongs to (resolved by `partner`).' })
  @Index('rel_build_access_partner_idx')
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `BuildAccessRequest` refers to (look it up with `program(id:)`).' })
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Release` this `BuildAccessRequest` refers to (look it up with `release(id:)`).' })
  @Index('rel_build_access_release_idx')
  @IdColumn()
  releaseId: string;

  @Field(() => Milestone, { nullable: true, description: 'The unofficial milestone asked for (Early Access, RTM), or null for a build between milestones.' })
  @EnumColumn({ nullable: true })
  milestone: Milestone | null;

  @Field({ description: 'Which build is asked for, such as a build number or a date.' })
  @Column({ type: 'varchar', length: 200 })
  requestedBuild: string;

  @Field({ description: 'Why the partner needs a build at an unofficial milestone; the program manager decides on it (REL-8).' })
  @Column({ type: 'text' })
  justification: string;

  @Field(() => BuildAccessStatus, { description: 'Where the build access request stands in its life cycle.' })
  @Index('rel_build_access_status_idx')
  @EnumColumn()
  status: BuildAccessStatus;

  @Field({ description: 'When it was requested (instant, UTC).' })
  @InstantColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the API key that decided.' })
  @DecidedByColumn()
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'What the program manager wrote with the decision; null until decided or when no note was given.' })
  @DecisionNoteColumn()
  decisionNote: string | null;

  @Field(() => ReleaseBuildType, { nullable: true, description: 'Unofficial-milestone builds are delivered as beta-type builds (REL-8).' })
  @EnumColumn({ nullable: true })
  buildType: ReleaseBuildType | null;

  /** Shown through a field resolver: only while access is approved. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  downloadUrl: string | null;

  @Field(() => Date, { nullable: true, description: 'When access ended with the membership (REL-8, MEM-6).' })
  @InstantColumn({ nullable: true })
  accessEndedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why access ended, such as the membership ending (MEM-6); null while access has not ended.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  endReason: string | null;
}
