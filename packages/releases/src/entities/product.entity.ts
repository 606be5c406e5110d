import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Identified, InstantColumn } from '@alliance/kernel';

@ObjectType('Product', { description: 'A vendor product whose releases partners build and certify against.' })
@Entity('rel_product')
export class Product extends Identified {
  @Field(() => ID, { description: 'Unique id of this product.' })
  declare id: string;

  @Field({ description: 'The vendor product\'s name, such as "vSphere".' })
  @Index('rel_product_name_uq', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => [ID], { description: 'Programs tied to the product: their active members are notified of its milestones (REL-4).' })
  @Column({ type: 'simple-json' })
  programIds: string[];

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
