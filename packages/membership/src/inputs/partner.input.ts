import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { ContactRole } from '../entities/partner-contact.entity';
import { NetworkMembershipKind } from '../entities/tap-membership.entity';

@InputType({ description: 'What create partner needs.' })
export class CreatePartnerInput {
  @Field({ description: 'Name of the create partner.' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'The website (optional).' })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a URL starting with http:// or https://' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 country code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166 code such as US' })
  country?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @IsOptional()
  @IsDateOnly()
  joinedOn?: string | null;
}

@InputType('PartnerFilterInput', { description: 'Narrows the partner list; omitted fields do not narrow.' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;
}

@InputType({ description: 'A TAP or TSANet membership term.' })
export class RecordNetworkMembershipInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'Instant (UTC) of the starts.' })
  startsAt: Date;

  @Field({ description: 'Last instant of the membership term.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'The reference (optional).' })
  @IsOptional()
  @MaxLength(100)
  reference?: string | null;
}

@InputType({ description: 'What end network membership needs.' })
export class EndNetworkMembershipInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => NetworkMembershipKind, { description: 'Which network membership kind: see the enum values.' })
  kind: NetworkMembershipKind;

  @Field({ description: 'The reason given, in free text.' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

@InputType({ description: 'What set partner contact needs.' })
export class SetPartnerContactInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ContactRole, { description: 'The role.' })
  role: ContactRole;

  @Field({ description: 'Name of the set partner contact.' })
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Title of the set partner contact.' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The address (optional).' })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'The phone (optional).' })
  @IsOptional()
  @Matches(/^[+0-9 ().-]{5,50}$/, { message: 'phone must be digits, spaces and + ( ) . - only' })
  phone?: string | null;

  @Field({ description: 'The email.' })
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;
}
