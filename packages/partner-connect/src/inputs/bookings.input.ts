import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { DealTerminatedBy } from '../enums';

export const MAX_BOOKINGS_PER_MUTATION = 500;

@InputType('PartnerConnectBookingInput')
export class BookingInput {
  @Field({ description: "The vendor's booking id (idempotency key)." })
  @Length(1, 100)
  bookingId: string;

  @Field(() => ID, { description: 'The transacting partner.' })
  @IsEntityId()
  partnerId: string;

  @Field()
  @Length(1, 100)
  customerId: string;

  @Field()
  @Length(1, 100)
  opportunityId: string;

  @Field()
  @Length(1, 100)
  solution: string;

  @Field(() => GraphQLSafeInt, { description: 'Total contract value in cents.' })
  @IsInt()
  @Min(0)
  tcvMinor: number;

  @Field({ defaultValue: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' })
  currency: string;

  @Field()
  bookedAt: Date;

  @Field(() => [String], { description: 'Booking type codes (multipliers stack; PERPETUAL_LICENSE and SNS_RENEWAL count toward the cap).' })
  @IsArray()
  @IsString({ each: true })
  bookingTypes: string[];
}

@InputType('RecordBookingsInput')
export class RecordBookingsInput {
  @Field(() => [BookingInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BOOKINGS_PER_MUTATION, { message: `at most ${MAX_BOOKINGS_PER_MUTATION} bookings per call; use the import CLI for files` })
  @ValidateNested({ each: true })
  bookings: BookingInput[];
}

@InputType('RecordThirdPartyCreditInput')
export class RecordThirdPartyCreditInput extends BookingInput {
  @Field(() => ID, { description: 'The OEM partner whose crediting report this is.' })
  @IsEntityId()
  oemPartnerId: string;
}

@InputType('TerminateDealInput')
export class TerminateDealInput {
  @Field()
  @Length(1, 100)
  bookingId: string;

  @Field(() => DealTerminatedBy)
  @IsEnum(DealTerminatedBy)
  terminatedBy: DealTerminatedBy;
}
