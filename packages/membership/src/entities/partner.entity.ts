import { Entity, Column, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, Identified, InstantColumn } from '@alliance/kernel';

@ObjectType('Partner', { description: 'A technology partner of the vendor.' })
@Entity('mem_partner')
export class Partner extends Identified {
  @Field({ description: "The partner's company name." })
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: "The partner's public website; null when none was given." })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 country code.' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => CalendarDateScalar, { description: "The date the partner joined the vendor's partner program (YYYY-MM-DD); decides its agreements (MEM-2)." })
  @DateOnlyColumn()
  joinedOn: string;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
