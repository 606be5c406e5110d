import { In } from 'typeorm';
import { RequestContext, UserError } from '@alliance/kernel';
import { BookingTypeDefinition, PartnerConnectConfig } from '../config';
import { Booking, bookingTypeList, InfluenceClaim, Participant, PointsEntry } from '../entities';
import { DealTerminatedBy, InfluenceClaimStatus, ParticipantStatus, PointsEntryKind, PointsEntrySource } from '../enums';
import { BookingRow, checkBookingRow, RowError } from '../rules/booking.rules';
import { bookedWithinWindow, dealKey } from '../rules/influence.rules';
import { awardBooking, basePointsThousandths } from '../rules/points.rules';
import { programYearOf } from '../rules/program-year.rules';
import { bulkInsert } from './bulk-insert';
import { CAP_GROUP, capKey, LedgerService } from './ledger.service';
import { ParticipantService } from './participants.service';

/** A batch with bad rows: nothing of it is recorded; every bad row is named. */
export class BookingBatchError extends Error {
  constructor(readonly errors: RowError[]) {
    super(
      `${errors.length} booking row error(s): ${errors
        .slice(0, 3)
        .map((e) => `${e.line ?? e.index}: ${e.field} ${e.message}`)
        .join('; ')}`,
    );
    this.name = 'BookingBatchError';
  }
}

export interface BatchResult {
  recorded: Booking[];
  duplicates: number;
  /** Partners whose points changed (to re-evaluate their level). */
  touchedPartnerIds: Set<string>;
}

export type IncomingBooking = BookingRow & { line?: number; source?: PointsEntrySource; oemPartnerId?: string | null };

/** PC-2, PC-3, PC-5, PC-6, PC-7: bookings and the points they earn. */
export class BookingService {
  private readonly types: Map<string, BookingTypeDefinition>;

  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly ledger: LedgerService,
    private readonly participants: ParticipantService,
  ) {
    this.types = new Map(config.bookingTypes.map((t) => [t.code, t]));
  }

  /**
   * Every error of every row of a batch, writing nothing: the row checks (PC-2, PC-3) and, for
   * rows not recorded yet, whether their partner has joined Partner Connect. Errors come in
   * row order, so one pass over a file names every bad row of a chunk at once.
   */
  async checkBatch(ctx: RequestContext, rows: IncomingBooking[]): Promise<RowError[]> {
    return (await this.validate(ctx, rows, ctx.now())).errors;
  }

  private async validate(
    ctx: RequestContext,
    rows: IncomingBooking[],
    now: Date,
  ): Promise<{ errors: RowError[]; existing: Set<string>; participants: Map<string, Participant> }> {
    const errors: RowError[] = [];
    const badPartnerId = new Set<number>();
    rows.forEach((row, index) => {
      for (const e of checkBookingRow(row, this.types, now)) {
        errors.push({ line: row.line ?? null, index, ...e });
        if (e.field === 'partnerId') badPartnerId.add(index);
      }
    });
    const ids = [...new Set(rows.map((r) => r.bookingId).filter((id) => typeof id === 'string' && id !== ''))];
    const existing = new Set(
      ids.length === 0
        ? []
        : (
            await ctx.em
              .createQueryBuilder(Booking, 'b')
              .select('b.bookingId', 'bookingId')
              .where('b.bookingId IN (:...ids)', { ids })
              .getRawMany<{ bookingId: string }>()
          ).map((r) => r.bookingId),
    );
    // Only rows not recorded yet need a participant: a re-imported row is skipped anyway.
    const toCheck = rows.map((row, index) => ({ row, index })).filter(({ row, index }) => !existing.has(row.bookingId) && !badPartnerId.has(index));
    const participants = await this.participants.participantsByPartner(ctx, [...new Set(toCheck.map(({ row }) => row.partnerId))]);
    for (const { row, index } of toCheck) {
      if (!participants.has(row.partnerId)) {
        errors.push({
          line: row.line ?? null,
          index,
          field: 'partnerId',
          code: 'PARTNER_NOT_ENROLLED',
          message: `partner ${row.partnerId} has not joined Partner Connect`,
        });
      }
    }
    errors.sort((a, b) => a.index - b.index);
    return { errors, existing, participants };
  }

  /**
   * Records a batch of bookings in the caller's transaction with a few set-based queries and one
   * multi-row INSERT per table. Idempotent on the booking id: one already recorded (or repeated in
   * the batch) is skipped. Any bad row rejects the whole batch (BookingBatchError naming every
   * bad row, as `checkBatch` does).
   */
  async recordBatch(ctx: RequestContext, rows: IncomingBooking[]): Promise<BatchResult> {
    const now = ctx.now();
    const em = ctx.em;
    // Batches naming the same partner take turns (PostgreSQL; SQLite writers already do): each
    // then sees the bookings the other recorded (skipped as duplicates, not a unique violation)
    // and the perpetual cap it used. Locks are taken in key order, so two batches cannot deadlock.
    if (ctx.db.isPostgres && rows.length > 0) {
      const keys = [...new Set(rows.map((row) => `partner-connect:bookings:${row.partnerId}`))].sort();
      await em.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS ordered', [keys]);
    }
    const { errors, existing, participants } = await this.validate(ctx, rows, now);
    if (errors.length > 0) throw new BookingBatchError(errors);

    const fresh: { row: IncomingBooking; index: number }[] = [];
    let duplicates = 0;
    rows.forEach((row, index) => {
      if (existing.has(row.bookingId)) duplicates += 1;
      else {
        existing.add(row.bookingId);
        fresh.push({ row, index });
      }
    });
    if (fresh.length === 0) return { recorded: [], duplicates, touchedPartnerIds: new Set() };
    const partnerIds = [...new Set(fresh.map((f) => f.row.partnerId))];

    // PC-5: a partner already holding influence points for the deal earns no booking points for it.
    const influenceCredited = new Set(
      (await em.findBy(InfluenceClaim, { partnerId: In(partnerIds), status: InfluenceClaimStatus.CREDITED })).map((c) => `${c.partnerId}|${dealKey(c)}`),
    );

    const cappedPartners = new Set<string>();
    const cappedYears = new Set<number>();
    for (const { row } of fresh) {
      if (row.bookingTypes.some((code) => this.types.get(code)?.countsTowardCap)) {
        cappedPartners.add(row.partnerId);
        cappedYears.add(programYearOf(row.bookedAt, this.config.fiscalYearStartMonth).year);
      }
    }
    const capUsed = await this.ledger.capUsed(em, [...cappedPartners], [...cappedYears]);

    const bookings: Booking[] = [];
    const entries: Partial<PointsEntry>[] = [];
    const touched = new Set<string>();
    for (const { row } of fresh) {
      const participant = participants.get(row.partnerId) as Participant;
      const source = row.source ?? PointsEntrySource.BOOKING;
      let withheldReason: string | null = null;
      if (participant.status !== ParticipantStatus.ACTIVE) withheldReason = 'PARTNER_TERMINATED';
      else if (row.bookedAt.getTime() < participant.enteredAt.getTime()) withheldReason = 'BEFORE_PROGRAM_ENTRY';
      else if (influenceCredited.has(`${row.partnerId}|${dealKey(row)}`)) withheldReason = 'INFLUENCE_ALREADY_CREDITED';
      const booking: Booking = Object.assign(new Booking(), {
        bookingId: row.bookingId,
        partnerId: row.partnerId,
        customerId: row.customerId,
        opportunityId: row.opportunityId,
        solution: row.solution,
        tcvMinor: row.tcvMinor,
        currency: row.currency,
        bookedAt: row.bookedAt,
        bookingTypes: row.bookingTypes.join(';'),
        source,
        oemPartnerId: row.oemPartnerId ?? null,
        withheldReason,
        terminatedAt: null,
        terminatedBy: null,
      });
      bookings.push(booking);
      if (withheldReason) continue;
      const year = programYearOf(row.bookedAt, this.config.fiscalYearStartMonth).year;
      const key = capKey(row.partnerId, year);
      const types = row.bookingTypes.map((code) => this.types.get(code) as BookingTypeDefinition);
      const award = awardBooking(row.tcvMinor, types, this.config.perpetualCapThousandths - (capUsed.get(key) ?? 0));
      const common = {
        partnerId: row.partnerId,
        programYear: year,
        kind: PointsEntryKind.PERFORMANCE,
        earnedAt: now,
        bookingId: row.bookingId,
        capGroup: award.capped ? CAP_GROUP : null,
        reversesEntryId: null,
        validFrom: null,
        validUntil: null,
      };
      entries.push({
        ...common,
        source,
        amount: award.base.awarded,
        requestedAmount: award.base.requested,
        reference: null,
        note: capNote(award.base.requested),
      });
      if (award.bonus) {
        entries.push({
          ...common,
          source: PointsEntrySource.MULTIPLIER_BONUS,
          amount: award.bonus.awarded,
          requestedAmount: award.bonus.requested,
          reference: row.bookingTypes.filter((c) => (this.types.get(c)?.multiplierPercent ?? 0) > 0).join(';'),
          note: capNote(award.bonus.requested),
        });
      }
      if (award.capped) capUsed.set(key, (capUsed.get(key) ?? 0) + award.base.awarded + (award.bonus?.awarded ?? 0));
      touched.add(row.partnerId);
    }

    await bulkInsert<Booking>(em, Booking, bookings);
    await this.ledger.append(ctx, entries);
    for (const partnerId of await this.creditInfluence(ctx, bookings)) touched.add(partnerId);
    return { recorded: bookings, duplicates, touchedPartnerIds: touched };
  }

  /**
   * PC-5: completed influence claims on the same customer, opportunity and solution earn influence
   * points (base points on the TCV) when the deal books within 2 years after the approval, through
   * another (transacting) partner, and the claimant has no booking points for that deal.
   * Returns the partners credited.
   */
  async creditInfluence(ctx: RequestContext, bookings: Booking[], claimsIn?: InfluenceClaim[]): Promise<string[]> {
    const candidates = bookings.filter((b) => b.terminatedAt === null);
    if (candidates.length === 0) return [];
    const customers = [...new Set(candidates.map((b) => b.customerId))];
    const claims = claimsIn ?? (await ctx.em.findBy(InfluenceClaim, { customerId: In(customers), status: InfluenceClaimStatus.COMPLETED }));
    if (claims.length === 0) return [];
    const credited: string[] = [];
    const entries: Partial<PointsEntry>[] = [];
    for (const claim of claims) {
      const key = dealKey(claim);
      const booking = candidates
        .filter((b) => dealKey(b) === key && b.partnerId !== claim.partnerId && bookedWithinWindow(claim.approvedAt as Date, b.bookedAt))
        .sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime())[0];
      if (!booking) continue;
      const transacting = await ctx.em.countBy(Booking, {
        partnerId: claim.partnerId,
        customerId: claim.customerId,
        opportunityId: claim.opportunityId,
        solution: claim.solution,
      });
      if (transacting > 0) continue;
      const now = ctx.now();
      entries.push({
        partnerId: claim.partnerId,
        programYear: programYearOf(booking.bookedAt, this.config.fiscalYearStartMonth).year,
        kind: PointsEntryKind.PERFORMANCE,
        source: PointsEntrySource.INFLUENCE_CLAIM,
        amount: basePointsThousandths(booking.tcvMinor),
        requestedAmount: null,
        capGroup: null,
        earnedAt: now,
        bookingId: booking.bookingId,
        reference: claim.id,
        reversesEntryId: null,
        validFrom: null,
        validUntil: null,
        note: null,
      });
      await ctx.em.update(InfluenceClaim, { id: claim.id }, { status: InfluenceClaimStatus.CREDITED, creditedBookingId: booking.bookingId, creditedAt: now });
      claim.status = InfluenceClaimStatus.CREDITED;
      claim.creditedBookingId = booking.bookingId;
      claim.creditedAt = now;
      credited.push(claim.partnerId);
    }
    await this.ledger.append(ctx, entries);
    return credited;
  }

  /**
   * PC-6: a customer ending a subscription early removes no points; only a deal the vendor
   * terminates has its entries reversed (base, bonus and influence entries of the booking).
   */
  async terminateDeal(ctx: RequestContext, input: { bookingId: string; terminatedBy: DealTerminatedBy }): Promise<Booking> {
    const booking = await ctx.em.findOneBy(Booking, { bookingId: input.bookingId });
    if (!booking) throw new UserError('BOOKING_NOT_FOUND', `no booking ${input.bookingId}`, 'bookingId');
    if (booking.terminatedAt) throw new UserError('DEAL_ALREADY_TERMINATED', `PC-6: booking ${input.bookingId} was already terminated`, 'bookingId');
    const now = ctx.now();
    booking.terminatedAt = now;
    booking.terminatedBy = input.terminatedBy;
    await ctx.em.update(Booking, { id: booking.id }, { terminatedAt: now, terminatedBy: input.terminatedBy });
    if (input.terminatedBy === DealTerminatedBy.VENDOR) {
      const entries = await this.ledger.entriesOfBooking(ctx.em, booking.bookingId);
      const reversals = entries
        .filter((e) => e.source !== PointsEntrySource.REVERSAL && e.amount !== 0)
        .map((e) => ({
          partnerId: e.partnerId,
          programYear: e.programYear,
          kind: e.kind,
          source: PointsEntrySource.REVERSAL,
          amount: -e.amount,
          requestedAmount: null,
          capGroup: e.capGroup,
          earnedAt: now,
          bookingId: e.bookingId,
          reference: e.reference,
          reversesEntryId: e.id,
          validFrom: null,
          validUntil: null,
          note: 'PC-6: deal terminated by the vendor',
        }));
      await this.ledger.append(ctx, reversals);
    }
    return booking;
  }

  /**
   * PC-7: an OEM's third-party crediting report gives booking points to the transacting channel
   * partner, if that partner is in good standing. Idempotent on the booking id like any booking.
   */
  async recordThirdPartyCredit(ctx: RequestContext, input: BookingRow & { oemPartnerId: string }): Promise<Booking> {
    if (input.oemPartnerId === input.partnerId) {
      throw new UserError('THIRD_PARTY_CREDITS_ITSELF', 'PC-7: the OEM and the transacting partner must differ', 'oemPartnerId');
    }
    if (!(await this.participants.inGoodStanding(ctx, input.partnerId))) {
      throw new UserError('PARTNER_NOT_IN_GOOD_STANDING', 'PC-7: third-party credit goes only to a partner in good standing', 'partnerId');
    }
    try {
      await this.recordBatch(ctx, [{ ...input, source: PointsEntrySource.THIRD_PARTY_CREDIT }]);
    } catch (error) {
      if (error instanceof BookingBatchError) {
        const first = error.errors[0];
        throw new UserError(first.code, first.message, `${first.field}`);
      }
      throw error;
    }
    await this.participants.reevaluate(ctx, input.partnerId);
    return ctx.em.findOneByOrFail(Booking, { bookingId: input.bookingId });
  }

  bookingTypesOf(booking: Booking): string[] {
    return bookingTypeList(booking);
  }
}

function capNote(requested: number | null): string | null {
  return requested === null ? null : 'PC-3: cut to what was left of the perpetual / SnS cap';
}
