import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateOnlyColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-10: one customer a hot fix was distributed to. */
@ObjectType('CertificationHotFixDistribution')
@Entity('cert_hot_fix_distribution')
export class HotFixDistribution extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  hotFixId: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  customerName: string;

  @Field(() => String, { nullable: true, description: "The customer's case or account reference." })
  @Column({ type: 'varchar', length: 200, nullable: true })
  customerReference: string | null;

  @Field()
  @DateOnlyColumn()
  distributedOn: string;

  @Field()
  @InstantColumn()
  recordedAt: Date;
}
