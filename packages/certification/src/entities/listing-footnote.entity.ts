import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-7: a known incompatibility on a listing, with an optional knowledge base link. */
@ObjectType('ListingFootnote', { description: 'CERT-7: a known incompatibility on a listing, with an optional knowledge base link.' })
@Entity('cert_listing_footnote')
export class ListingFootnote extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Listing` this `ListingFootnote` refers to (look it up with `listing(id:)`).' })
  @Index()
  @IdColumn()
  listingId: string;

  @Field({ description: 'The known incompatibility as shown on the guide (CERT-7).' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Knowledge base article documenting the incompatibility.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  kbArticleUrl: string | null;

  @Field({ description: 'Severe enough that the software is not supportable: off the guide until a technical fix.' })
  @Column({ type: 'boolean', default: false })
  severe: boolean;

  @Field({ description: 'When it was added (instant, UTC).' })
  @InstantColumn()
  addedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a technical fix was provided.' })
  @InstantColumn({ nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The technical fix of the incompatibility (CERT-7); null until `resolveListingFootnote`.' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}
