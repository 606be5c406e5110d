import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, IsUrl, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { CertificationAcceptanceLevel, ListingRemovalReason } from '../enums';

@InputType()
export class AddListingFootnoteInput {
  @Field(() => ID)
  @IsEntityId()
  listingId: string;

  @Field()
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

@InputType()
export class ResolveListingFootnoteInput {
  @Field(() => ID)
  @IsEntityId()
  footnoteId: string;

  @Field({ description: 'The technical fix provided.' })
  @Length(1, 4000)
  resolution: string;
}

@InputType()
export class PublishListingInput {
  @Field(() => ID)
  @IsEntityId()
  listingId: string;
}

@InputType()
export class RemoveListingInput {
  @Field(() => ID)
  @IsEntityId()
  listingId: string;

  @Field(() => ListingRemovalReason)
  @IsEnum(ListingRemovalReason)
  reason: ListingRemovalReason;

  @Field({ description: 'What happened, kept in the listing history.' })
  @Length(1, 4000)
  note: string;
}

@InputType()
export class ListingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  softwareId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  productId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60)
  productVersion?: string | null;

  @Field(() => CertificationAcceptanceLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CertificationAcceptanceLevel)
  acceptanceLevel?: CertificationAcceptanceLevel | null;
}
