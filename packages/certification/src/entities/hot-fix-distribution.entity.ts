import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-10: one customer a hot fix was distributed to. */
@ObjectType('CertificationHotFixDistribution', { description: 'CERT-10: one customer a hot fix was distributed to.' })
@Entity('cert_hot_fix_distribution')
export class HotFixDistribution extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `CertificationHotFix` distributed.' })
  @Index()
  @IdColumn()
  hotFixId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `CertificationHotFixDistribution` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'The customer the hot fix was given to (CERT-10).' })
  @Column({ type: 'varchar', length: 200 })
  customerName: string;

  @Field(() => String, { nullable: true, description: "The customer's case or account reference." })
  @Column({ type: 'varchar', length: 200, nullable: true })
  customerReference: string | null;

  @Field(() => CalendarDateScalar, { description: 'Calendar date the customer received the hot fix.' })
  @DateOnlyColumn()
  distributedOn: string;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;
}
