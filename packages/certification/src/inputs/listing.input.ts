import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, IsUrl, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, ListingRemovalReason } from '../enums';

@InputType({ description: 'What add listing footnote needs.' })
export class AddListingFootnoteInput {
  @Field(() => ID, { description: 'Id of the listing.' })
  @IsEntityId()
  listingId: string;

  @Field({ description: 'The text.' })
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

@InputType({ description: 'What resolve listing footnote needs.' })
export class ResolveListingFootnoteInput {
  @Field(() => ID, { description: 'Id of the footnote.' })
  @IsEntityId()
  footnoteId: string;

  @Field({ description: 'The technical fix provided.' })
  @Length(1, 4000)
  resolution: string;
}

@InputType({ description: 'What publish listing needs.' })
export class PublishListingInput {
  @Field(() => ID, { description: 'Id of the listing.' })
  @IsEntityId()
  listingId: string;
}

@InputType({ description: 'What remove listing needs.' })
export class RemoveListingInput {
  @Field(() => ID, { description: 'Id of the listing.' })
  @IsEntityId()
  listingId: string;

  @Field(() => ListingRemovalReason, { description: 'The reason given, in free text.' })
  @IsEnum(ListingRemovalReason)
  reason: ListingRemovalReason;

  @Field({ description: 'What happened, kept in the listing history.' })
  @Length(1, 4000)
  note: string;
}

@InputType('ListingFilterInput', { description: 'Narrows the listing list; omitted fields do not narrow.' })
export class ListingFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the program; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the software; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the product; null when there is none.' })
  @IsOptional()
  @IsEntityId()
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'The product version (optional).' })
  @IsOptional()
  @Length(1, 60)
  productVersion?: string | null;

  @Field(() => CertificationAcceptanceLevel, { nullable: true, description: 'The acceptance level (optional).' })
  @IsOptional()
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel?: CertificationAcceptanceLevel | null;
}
