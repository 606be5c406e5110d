import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportReadinessItemKind } from '../enums';

/** SUP-6: one support readiness requirement a partner has met (the latest record per item counts). */
@ObjectType('SupportReadinessItem')
@Entity('sup_readiness_item')
@Index(['partnerId', 'item'], { unique: true })
export class SupportReadinessItem extends Identified {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field(() => SupportReadinessItemKind)
  @EnumColumn()
  item: SupportReadinessItemKind;

  @Field({ description: 'The named person (contact, certified professional).' })
  @Column({ type: 'varchar', length: 200 })
  personName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Such as the certification held by the certified professional.' })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Field()
  @InstantColumn()
  recordedAt: Date;
}
