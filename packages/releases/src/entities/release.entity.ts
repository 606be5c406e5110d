import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { Milestone, ReleaseKind } from '../enums';

@ObjectType('Release', { description: 'A release of a vendor product, moving through its milestones (REL-1).' })
@Entity('rel_release')
@Index('rel_release_product_version_uq', ['productId', 'version'], { unique: true })
export class Release extends Identified {
  @Field(() => ID, { description: 'Unique id of this release.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Product` this `Release` refers to (resolved by `product`).' })
  @Index('rel_release_product_idx')
  @IdColumn()
  productId: string;

  @Field({ description: 'The release\'s version, such as "8.0 U2".' })
  @Column({ type: 'varchar', length: 60 })
  version: string;

  @Field(() => ReleaseKind, { description: 'Major, minor, update or patch: decides which milestones the release has (REL-1).' })
  @EnumColumn()
  kind: ReleaseKind;

  @Field(() => Milestone, { nullable: true, description: 'The latest milestone reached, or null before the first.' })
  @EnumColumn({ nullable: true })
  milestone: Milestone | null;

  @Field(() => Date, { nullable: true, description: 'When the release was announced to partners (REL-5).' })
  @InstantColumn({ nullable: true })
  announcedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'REL-5: set when a major release reached Beta or later with no announcement recorded.',
  })
  @InstantColumn({ nullable: true })
  unannouncedFlaggedAt: Date | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
