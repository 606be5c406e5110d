import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext, runMutation, UserErrorType } from '@alliance/kernel';
import { JoinBusinessModelInput } from '../inputs/business-model.input';
import { BookingInput, RecordBookingsInput, RecordThirdPartyCreditInput, TerminateDealInput } from '../inputs/bookings.input';
import { BookingBatchError } from '../services';
import { JoinBusinessModelPayload, RecordBookingsPayload, RecordThirdPartyCreditPayload, TerminateDealPayload } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRAM_STAFF, STAFF_OR_PARTNER } from './roles';

@Resolver()
export class ProgramResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => JoinBusinessModelPayload, {
    description: 'PC-1: join a business model; the first one enters the program and charges the $995 enrollment fee.',
  })
  joinBusinessModel(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `JoinBusinessModelInput`.' }) input: JoinBusinessModelInput,
  ): Promise<JoinBusinessModelPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ businessModel: await this.services.participants.joinBusinessModel(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => RecordBookingsPayload, {
    description: 'PC-2/PC-3: record up to 500 bookings at once (idempotent on bookingId); any bad row rejects them all.',
  })
  async recordBookings(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordBookingsInput`.' }) input: RecordBookingsInput,
  ): Promise<RecordBookingsPayload> {
    try {
      return await runMutation(ctx, async () => {
        const result = await this.services.bookings.recordBatch(ctx, input.bookings.map(toRow));
        await this.services.participants.reevaluateMany(ctx, result.touchedPartnerIds);
        return { bookings: result.recorded, recordedCount: result.recorded.length, duplicateCount: result.duplicates };
      });
    } catch (error) {
      if (!(error instanceof BookingBatchError)) throw error;
      return {
        userErrors: error.errors.map((e) =>
          Object.assign(new UserErrorType(), { code: e.code, field: `input.bookings.${e.index}.${e.field}`, message: e.message }),
        ),
      };
    }
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => RecordThirdPartyCreditPayload, {
    description: "PC-7: an OEM's third-party crediting report: booking points to the transacting partner in good standing.",
  })
  recordThirdPartyCredit(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordThirdPartyCreditInput`.' }) input: RecordThirdPartyCreditInput,
  ): Promise<RecordThirdPartyCreditPayload> {
    return runMutation(ctx, async () => ({
      booking: await this.services.bookings.recordThirdPartyCredit(ctx, { ...toRow(input), oemPartnerId: input.oemPartnerId }),
    }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => TerminateDealPayload, { description: "PC-6: a vendor termination reverses the deal's points; a customer ending early removes none." })
  terminateDeal(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `TerminateDealInput`.' }) input: TerminateDealInput,
  ): Promise<TerminateDealPayload> {
    return runMutation(ctx, async () => ({ booking: await this.services.bookings.terminateDeal(ctx, input) }));
  }
}

function toRow(input: BookingInput) {
  return {
    bookingId: input.bookingId,
    partnerId: input.partnerId,
    customerId: input.customerId,
    opportunityId: input.opportunityId,
    solution: input.solution,
    tcvMinor: input.tcvMinor,
    currency: input.currency,
    bookedAt: input.bookedAt,
    bookingTypes: input.bookingTypes,
  };
}
