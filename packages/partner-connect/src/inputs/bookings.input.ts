import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { DealTerminatedBy } from '../enums';

export const MAX_BOOKINGS_PER_MUTATION = 500;

@InputType('PartnerConnectBookingInput', { description: 'One booking of a bookings import: its deal, value and type (PC-2, PC-3).' })
export class BookingInput {
  @Field(() => ID, { description: "The vendor's booking id (idempotency key)." })
  @Length(1, 100)
  bookingId: string;

  @Field(() => ID, { description: 'The transacting partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: "The customer's id in the vendor's booking system." })
  @Length(1, 100)
  customerId: string;

  @Field(() => ID, { description: "The opportunity's id in the vendor's booking system." })
  @Length(1, 100)
  opportunityId: string;

  @Field({ description: 'The solution booked.' })
  @Length(1, 100)
  solution: string;

  @Field(() => GraphQLSafeInt, { description: 'Total contract value in cents.' })
  @IsInt()
  @Min(0)
  tcvMinor: number;

  @Field({ defaultValue: 'USD', description: 'ISO 4217 currency of the total contract value.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' })
  currency: string;

  @Field({ description: 'When it was booked (instant, UTC).' })
  bookedAt: Date;

  @Field(() => [String], { description: 'Booking type codes (multipliers stack; PERPETUAL_LICENSE and SNS_RENEWAL count toward the cap).' })
  @IsArray()
  @IsString({ each: true })
  bookingTypes: string[];
}

@InputType('RecordBookingsInput', {
  description: 'Input of `recordBookings`: PC-2/PC-3: record up to 500 bookings at once (idempotent on bookingId); any bad row rejects them all.',
})
export class RecordBookingsInput {
  @Field(() => [BookingInput], { description: 'The bookings, at most 500; a `bookingId` already recorded is skipped (PC-2, PC-3).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BOOKINGS_PER_MUTATION, { message: `at most ${MAX_BOOKINGS_PER_MUTATION} bookings per call; use the import CLI for files` })
  @ValidateNested({ each: true })
  bookings: BookingInput[];
}

@InputType('RecordThirdPartyCreditInput', {
  description: "Input of `recordThirdPartyCredit`: PC-7: an OEM's third-party crediting report: booking points to the transacting partner in good standing.",
})
export class RecordThirdPartyCreditInput extends BookingInput {
  @Field(() => ID, { description: 'The OEM partner whose crediting report this is.' })
  @IsEntityId()
  oemPartnerId: string;
}

@InputType('TerminateDealInput', {
  description: "Input of `terminateDeal`: PC-6: a vendor termination reverses the deal's points; a customer ending early removes none.",
})
export class TerminateDealInput {
  @Field(() => ID, { description: 'The `bookingId` the deal was recorded under (PC-6).' })
  @Length(1, 100)
  bookingId: string;

  @Field(() => DealTerminatedBy, { description: 'The vendor (points reversed) or the customer (points stay) (PC-6).' })
  @IsEnum(DealTerminatedBy)
  terminatedBy: DealTerminatedBy;
}
