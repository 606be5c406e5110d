import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { IsDateOnly, IsEntityId } from '@alliance/kernel';
import { ContactRole } from '../entities/partner-contact.entity';
import { NetworkMembershipKind } from '../entities/tap-membership.entity';

@InputType()
export class CreatePartnerInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a URL starting with http:// or https://' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 country code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166 code such as US' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @IsOptional()
  @IsDateOnly()
  joinedOn?: string | null;
}

@InputType()
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;
}

@InputType({ description: 'A TAP or TSANet membership term.' })
export class RecordNetworkMembershipInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'Last instant of the membership term.' })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  reference?: string | null;
}

@InputType()
export class EndNetworkMembershipInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => NetworkMembershipKind)
  kind: NetworkMembershipKind;

  @Field()
  @IsString()
  @Length(1, 500)
  reason: string;
}

@InputType()
export class SetPartnerContactInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => ContactRole)
  role: ContactRole;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ().-]{5,50}$/, { message: 'phone must be digits, spaces and + ( ) . - only' })
  phone?: string | null;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;
}
