import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { ListingHistoryAction } from '../enums';

/** CERT-8: append-only history of a listing, kept after removal. */
@ObjectType('ListingHistoryEntry', { description: 'CERT-8: append-only history of a listing, kept after removal.' })
@Entity('cert_listing_history')
export class ListingHistoryEntry extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Listing` this `ListingHistoryEntry` refers to (look it up with `listing(id:)`).' })
  @Index()
  @IdColumn()
  listingId: string;

  @Field({ description: 'When it happened (UTC).' })
  @InstantColumn()
  at: Date;

  @Field(() => ListingHistoryAction, { description: 'What happened to the listing.' })
  @EnumColumn()
  action: ListingHistoryAction;

  @Field({ description: 'Why the listing changed, such as the removal reason (CERT-8).' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'Name of the actor that made the change, or "system" for automatic ones.' })
  @Column({ type: 'varchar', length: 200 })
  actor: string;
}
