import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { ListingHistoryAction } from '../enums';

/** CERT-8: append-only history of a listing, kept after removal. */
@ObjectType('ListingHistoryEntry')
@Entity('cert_listing_history')
export class ListingHistoryEntry extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  listingId: string;

  @Field()
  @InstantColumn()
  at: Date;

  @Field(() => ListingHistoryAction)
  @EnumColumn()
  action: ListingHistoryAction;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  actor: string;
}
