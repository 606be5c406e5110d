import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-10: one customer a hot fix was distributed to. */
@ObjectType('CertificationHotFixDistribution', { description: 'CERT-10: one customer a hot fix was distributed to.' })
@Entity('cert_hot_fix_distribution')
export class HotFixDistribution extends CertificationNode {
  @Field(() => ID, { description: 'Id of the hot fix.' })
  @Index()
  @IdColumn()
  hotFixId: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'The certification hot fix distribution\'s customer name.' })
  @Column({ type: 'varchar', length: 200 })
  customerName: string;

  @Field(() => String, { nullable: true, description: "The customer's case or account reference." })
  @Column({ type: 'varchar', length: 200, nullable: true })
  customerReference: string | null;

  @Field(() => CalendarDateScalar, { description: 'The certification hot fix distribution\'s distributed on.' })
  @DateOnlyColumn()
  distributedOn: string;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;
}
