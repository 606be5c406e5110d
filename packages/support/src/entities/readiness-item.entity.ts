import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportReadinessItemKind } from '../enums';

/** SUP-6: one support readiness requirement a partner has met (the latest record per item counts). */
@ObjectType('SupportReadinessItem', { description: 'SUP-6: one support readiness requirement a partner has met (the latest record per item counts).' })
@Entity('sup_readiness_item')
@Index(['partnerId', 'item'], { unique: true })
export class SupportReadinessItem extends Identified {
  @Field(() => ID, { description: 'Unique id of this support readiness item.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `SupportReadinessItem` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => SupportReadinessItemKind, { description: 'Which SUP-6 requirement is met.' })
  @EnumColumn()
  item: SupportReadinessItemKind;

  @Field({ description: 'The named person (contact, certified professional).' })
  @Column({ type: 'varchar', length: 200 })
  personName: string;

  @Field(() => String, { nullable: true, description: "The named person's email address; null when none was given." })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Such as the certification held by the certified professional.' })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Field({ description: 'Name of the actor that recorded it.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;
}
