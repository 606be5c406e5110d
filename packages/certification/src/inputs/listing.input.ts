import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, IsUrl, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, ListingRemovalReason } from '../enums';

@InputType({ description: 'Input of `addListingFootnote`: CERT-7: add a footnote or KB link; a severe one keeps the listing off the guide.' })
export class AddListingFootnoteInput {
  @Field(() => ID, { description: 'Id of the `Listing` that `addListingFootnote` acts on (`listing(id:)` returns it).' })
  @IsEntityId()
  listingId: string;

  @Field({ description: 'The footnote as shown on the guide: the known incompatibility and its effect (CERT-7).' })
  @Length(1, 4000)
  text: string;

  @Field(() => String, { nullable: true, description: 'Knowledge base article link.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'kbArticleUrl must be an http(s) URL' })
  kbArticleUrl?: string | null;

  @Field({ defaultValue: false, description: 'CERT-7: severe enough that the software is not supportable until a technical fix.' })
  @IsBoolean()
  severe: boolean;
}

@InputType({ description: 'Input of `resolveListingFootnote`: CERT-7: record the technical fix of a footnoted incompatibility.' })
export class ResolveListingFootnoteInput {
  @Field(() => ID, { description: 'Id of the `ListingFootnote` whose incompatibility is fixed (CERT-7).' })
  @IsEntityId()
  footnoteId: string;

  @Field({ description: 'The technical fix provided.' })
  @Length(1, 4000)
  resolution: string;
}

@InputType({ description: 'Input of `publishListing`: CERT-6: publish once TOI, support readiness and the support policy are on record.' })
export class PublishListingInput {
  @Field(() => ID, { description: 'Id of the `Listing` that `publishListing` acts on (`listing(id:)` returns it).' })
  @IsEntityId()
  listingId: string;
}

@InputType({ description: 'Input of `removeListing`: CERT-8: remove a listing with a reason; history is kept and logo eligibility ends.' })
export class RemoveListingInput {
  @Field(() => ID, { description: 'Id of the `Listing` that `removeListing` acts on (`listing(id:)` returns it).' })
  @IsEntityId()
  listingId: string;

  @Field(() => ListingRemovalReason, { description: 'Why the vendor removes the listing: partner request, vendor discretion or non-compliance (CERT-8).' })
  @IsEnum(ListingRemovalReason)
  reason: ListingRemovalReason;

  @Field({ description: 'What happened, kept in the listing history.' })
  @Length(1, 4000)
  note: string;
}

@InputType('ListingFilterInput', { description: 'Narrows the listing list; omitted fields do not narrow.' })
export class ListingFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this `Program`; any program the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Partner`; any partner the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Software`; any software the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this `Product`; any product the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only listings for this vendor product version, such as "8.0"; any version when omitted.' })
  @IsOptional()
  @Length(1, 60)
  productVersion?: string | null;

  @Field(() => CertificationAcceptanceLevel, { nullable: true, description: 'Only listings at this acceptance level (CERT-1); any level when omitted.' })
  @IsOptional()
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel?: CertificationAcceptanceLevel | null;
}
