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

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field(() => SupportReadinessItemKind, { description: 'The support readiness item\'s item.' })
  @EnumColumn()
  item: SupportReadinessItemKind;

  @Field({ description: 'The named person (contact, certified professional).' })
  @Column({ type: 'varchar', length: 200 })
  personName: string;

  @Field(() => String, { nullable: true, description: 'The support readiness item\'s email; null when there is none.' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Such as the certification held by the certified professional.' })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Field({ description: 'The support readiness item\'s recorded by.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;
}
