import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { PreReleaseMaterialKind } from '../enums';

@ObjectType('PreReleaseMaterial', { description: 'Pre-release material or development kit granted to a program\'s members (REL-8).' })
@Entity('rel_pre_release_material')
export class PreReleaseMaterial extends Identified {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Index('rel_pre_release_material_program_idx')
  @IdColumn()
  programId: string;

  @Field(() => ID)
  @Index('rel_pre_release_material_product_idx')
  @IdColumn()
  productId: string;

  @Field(() => ID, { nullable: true, description: 'The release whose GA turns it into a development kit; null: any release of the product.' })
  @IdColumn({ nullable: true })
  releaseId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => PreReleaseMaterialKind)
  @EnumColumn()
  kind: PreReleaseMaterialKind;

  @Field(() => Date, { nullable: true, description: 'When its product reached GA and it became a development kit.' })
  @InstantColumn({ nullable: true })
  developmentKitSince: Date | null;

  @Field()
  @InstantColumn()
  createdAt: Date;
}
