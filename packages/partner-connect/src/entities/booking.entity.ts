import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { PointsEntrySource } from '../enums';

/** A booking (or an OEM's third-party credit) credited to a transacting partner. */
@ObjectType('PartnerConnectBooking')
@Entity('pc_booking')
@Index(['customerId', 'opportunityId', 'solution'])
export class Booking extends Identified {
  /** The vendor's booking id: importing the same booking twice adds nothing. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  bookingId: string;

  /** The transacting partner credited with the booking. */
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  opportunityId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  solution: string;

  /** Total contract value in cents. */
  @Field(() => GraphQLSafeInt)
  @BigIntColumn()
  tcvMinor: number;

  @Field()
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field()
  @InstantColumn()
  bookedAt: Date;

  /** Booking type codes, `;`-separated. */
  @Column({ type: 'varchar', length: 300 })
  bookingTypes: string;

  @Field(() => PointsEntrySource, { description: 'BOOKING, or THIRD_PARTY_CREDIT for an OEM crediting report.' })
  @EnumColumn()
  source: PointsEntrySource;

  @Field(() => ID, { nullable: true })
  @IdColumn({ nullable: true })
  oemPartnerId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the booking earned no points, if it did not.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  withheldReason: string | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  terminatedAt: Date | null;

  @Field(() => String, { nullable: true })
  @EnumColumn({ nullable: true })
  terminatedBy: string | null;
}

export function bookingTypeList(booking: { bookingTypes: string }): string[] {
  return booking.bookingTypes ? booking.bookingTypes.split(';') : [];
}
