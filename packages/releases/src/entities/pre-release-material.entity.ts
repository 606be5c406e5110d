import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { PreReleaseMaterialKind } from '../enums';

@ObjectType('PreReleaseMaterial', { description: "Pre-release material or development kit granted to a program's members (REL-8)." })
@Entity('rel_pre_release_material')
export class PreReleaseMaterial extends Identified {
  @Field(() => ID, { description: 'Unique id of this pre release material.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Program` this `PreReleaseMaterial` refers to (look it up with `program(id:)`).' })
  @Index('rel_pre_release_material_program_idx')
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Product` this `PreReleaseMaterial` refers to (look it up with `product(id:)`).' })
  @Index('rel_pre_release_material_product_idx')
  @IdColumn()
  productId: string;

  @Field(() => ID, { nullable: true, description: 'The release whose GA turns it into a development kit; null: any release of the product.' })
  @IdColumn({ nullable: true })
  releaseId: string | null;

  @Field({ description: 'Name of the material or kit as members see it.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the pre release material.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => PreReleaseMaterialKind, { description: 'Pre-release material until its product reaches GA, a development kit after (REL-8).' })
  @EnumColumn()
  kind: PreReleaseMaterialKind;

  @Field(() => Date, { nullable: true, description: 'When its product reached GA and it became a development kit.' })
  @InstantColumn({ nullable: true })
  developmentKitSince: Date | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
