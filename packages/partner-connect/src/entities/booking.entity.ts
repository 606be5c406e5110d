import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { EnumColumn, Identified, IdColumn, InstantColumn, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';
import { PointsEntrySource } from '../enums';

/** A booking (or an OEM's third-party credit) credited to a transacting partner. */
@ObjectType('PartnerConnectBooking', { description: "A booking (or an OEM's third-party credit) credited to a transacting partner." })
@Entity('pc_booking')
@Index(['customerId', 'opportunityId', 'solution'])
export class Booking extends Identified {
  /** The vendor's booking id: importing the same booking twice adds nothing. */
  @Field(() => ID, { description: "The vendor's booking id: importing the same booking twice adds nothing." })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  bookingId: string;

  /** The transacting partner credited with the booking. */
  @Field(() => ID, { description: 'The transacting partner credited with the booking.' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, {
    description:
      "The customer's id in the vendor's booking system; with opportunity and solution it decides whether influence points were already earned (PC-5).",
  })
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field(() => ID, { description: "The opportunity's id in the vendor's booking system." })
  @Column({ type: 'varchar', length: 100 })
  opportunityId: string;

  @Field({ description: 'The solution booked, such as "Cloud Foundation".' })
  @Column({ type: 'varchar', length: 100 })
  solution: string;

  /** Total contract value in cents. */
  @Field(() => GraphQLSafeInt, { description: 'Total contract value in cents.' })
  @MinorUnitsColumn()
  tcvMinor: number;

  @Field({ description: 'ISO 4217 currency of the total contract value.' })
  @CurrencyColumn()
  currency: string;

  @Field({ description: 'When it was booked (instant, UTC).' })
  @InstantColumn()
  bookedAt: Date;

  /** Booking type codes, `;`-separated. */
  @Column({ type: 'varchar', length: 300 })
  bookingTypes: string;

  @Field(() => PointsEntrySource, { description: 'BOOKING, or THIRD_PARTY_CREDIT for an OEM crediting report.' })
  @EnumColumn()
  source: PointsEntrySource;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the OEM `Partner` whose crediting report gave this booking (PC-7); null for the partner's own bookings.",
  })
  @IdColumn({ nullable: true })
  oemPartnerId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the booking earned no points, if it did not.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  withheldReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was terminated (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  terminatedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Who terminated the deal, VENDOR or CUSTOMER; null while it runs. Only the vendor's termination reverses points (PC-6).",
  })
  @EnumColumn({ nullable: true })
  terminatedBy: string | null;
}

export function bookingTypeList(booking: { bookingTypes: string }): string[] {
  return booking.bookingTypes ? booking.bookingTypes.split(';') : [];
}
