import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { DealTerminatedBy } from '../enums';

export const MAX_BOOKINGS_PER_MUTATION = 500;

@InputType('PartnerConnectBookingInput', { description: 'What partner connect booking needs.' })
export class BookingInput {
  @Field(() => ID, { description: "The vendor's booking id (idempotency key)." })
  @Length(1, 100)
  bookingId: string;

  @Field(() => ID, { description: 'The transacting partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the customer.' })
  @Length(1, 100)
  customerId: string;

  @Field(() => ID, { description: 'Id of the opportunity.' })
  @Length(1, 100)
  opportunityId: string;

  @Field({ description: 'The solution.' })
  @Length(1, 100)
  solution: string;

  @Field(() => GraphQLSafeInt, { description: 'Total contract value in cents.' })
  @IsInt()
  @Min(0)
  tcvMinor: number;

  @Field({ defaultValue: 'USD', description: 'The currency.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' })
  currency: string;

  @Field({ description: 'When it was booked (instant, UTC).' })
  bookedAt: Date;

  @Field(() => [String], { description: 'Booking type codes (multipliers stack; PERPETUAL_LICENSE and SNS_RENEWAL count toward the cap).' })
  @IsArray()
  @IsString({ each: true })
  bookingTypes: string[];
}

@InputType('RecordBookingsInput', { description: 'What record bookings needs.' })
export class RecordBookingsInput {
  @Field(() => [BookingInput], { description: 'The bookings.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BOOKINGS_PER_MUTATION, { message: `at most ${MAX_BOOKINGS_PER_MUTATION} bookings per call; use the import CLI for files` })
  @ValidateNested({ each: true })
  bookings: BookingInput[];
}

@InputType('RecordThirdPartyCreditInput', { description: 'What record third party credit needs.' })
export class RecordThirdPartyCreditInput extends BookingInput {
  @Field(() => ID, { description: 'The OEM partner whose crediting report this is.' })
  @IsEntityId()
  oemPartnerId: string;
}

@InputType('TerminateDealInput', { description: 'What terminate deal needs.' })
export class TerminateDealInput {
  @Field(() => ID, { description: 'Id of the booking.' })
  @Length(1, 100)
  bookingId: string;

  @Field(() => DealTerminatedBy, { description: 'The terminated by.' })
  @IsEnum(DealTerminatedBy)
  terminatedBy: DealTerminatedBy;
}
