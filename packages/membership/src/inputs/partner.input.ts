import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';
import { ContactRole } from '../entities/partner-contact.entity';
import { NetworkMembershipKind } from '../entities/tap-membership.entity';

@InputType({ description: 'Input of `createPartner`: a new technology partner; it enrolls in programs with `enrollPartner` (MEM-1, MEM-2).' })
export class CreatePartnerInput {
  @Field({ description: "The partner's company name." })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: "The partner's public website; optional." })
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
  @Field(() => ID, { description: 'Id of the `Partner` that `recordTsanetMembership` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'First instant of the membership term (UTC).' })
  startsAt: Date;

  @Field({ description: 'Last instant of the membership term.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: "The membership's reference at TAP or TSANet, such as a member number; optional." })
  @IsOptional()
  @MaxLength(100)
  reference?: string | null;
}

@InputType({
  description:
    "Input of `endNetworkMembership`: ends the partner's active TAP or TSANet membership now; its certifications are flagged for review (MEM-9, CERT-8).",
})
export class EndNetworkMembershipInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `endNetworkMembership` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => NetworkMembershipKind, { description: 'Which network membership kind: see the enum values.' })
  kind: NetworkMembershipKind;

  @Field({ description: "Why the membership ends; losing TAP or TSANet flags the partner's listings for review (CERT-8, MEM-9)." })
  @IsString()
  @Length(1, 500)
  reason: string;
}

@InputType({ description: 'Input of `setPartnerContact`: names or replaces the contact for a role (MEM-8).' })
export class SetPartnerContactInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `setPartnerContact` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ContactRole, { description: 'The role the contact is named for; the previous contact of that role is replaced (MEM-8).' })
  role: ContactRole;

  @Field({ description: "The contact's full name." })
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: "The contact's job title; optional." })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "The contact's postal address; optional. Confidential (MEM-8)." })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone number; optional. Confidential (MEM-8)." })
  @IsOptional()
  @Matches(/^[+0-9 ().-]{5,50}$/, { message: 'phone must be digits, spaces and + ( ) . - only' })
  phone?: string | null;

  @Field({ description: "The contact's email address. Confidential (MEM-8)." })
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;
}
