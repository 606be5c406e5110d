import { UserError, runUnitOfWork } from '@alliance/kernel';
import { Booking, InfluenceClaim, Participant, PointsEntry } from '../src/entities';
import { BusinessModelKind, DealTerminatedBy, InfluenceActivity, InfluenceClaimStatus, PartnerConnectCredentialKind, PointsEntrySource } from '../src/enums';
import { LEVEL_CHANGED } from '../src/events';
import { BookingBatchError } from '../src/services';
import { booking, DAY_MS, enrolledPartner, progression, record, world, World } from './helpers';

async function expectUserError(work: Promise<unknown>, code: string, field?: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe(code);
  if (field) expect((error as UserError).field).toBe(field);
}

const sum = (entries: PointsEntry[]) => entries.reduce((s, e) => s + e.amount, 0);

describe('Partner Connect points', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  describe('PC-1 business models', () => {
    it('PC-1: the first business model enters the program as Community-Enrolled and charges the $995 enrollment fee', async () => {
      const partnerId = w.ports.newPartner();
      await runUnitOfWork(w.ctx, () => w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model: BusinessModelKind.SOLUTION_RESELLER }));
      await runUnitOfWork(w.ctx, () => w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model: BusinessModelKind.SOLUTION_SERVICES }));
      expect(w.ports.charges).toEqual([expect.objectContaining({ partnerId, feeKind: 'PARTNER_CONNECT_ENROLLMENT' })]);
      const view = await progression(w, partnerId);
      expect(view.level).toBe('COMMUNITY_ENROLLED');
      expect(view.businessModels).toEqual([BusinessModelKind.SOLUTION_RESELLER, BusinessModelKind.SOLUTION_SERVICES]);
      expect(w.bus.ofType(LEVEL_CHANGED).map((e) => e.payload)).toEqual([{ partnerId, from: null, to: 'COMMUNITY_ENROLLED', reason: 'entered the program' }]);
    });

    it('PC-1: Solution Builder needs an active TAP membership first', async () => {
      const partnerId = w.ports.newPartner();
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model: BusinessModelKind.SOLUTION_BUILDER })),
        'TAP_MEMBERSHIP_REQUIRED',
        'model',
      );
      expect(await w.db.manager.count(Participant)).toBe(0);
      expect(w.ports.charges).toHaveLength(0);
      w.ports.tapMembers.add(partnerId);
      const model = await runUnitOfWork(w.ctx, () =>
        w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model: BusinessModelKind.SOLUTION_BUILDER }),
      );
      expect(model.model).toBe(BusinessModelKind.SOLUTION_BUILDER);
    });

    it('PC-1: a partner cannot join the same model twice, and an unknown partner cannot join', async () => {
      const partnerId = await enrolledPartner(w);
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model: BusinessModelKind.SOLUTION_RESELLER })),
        'BUSINESS_MODEL_ALREADY_JOINED',
      );
      await expectUserError(
        runUnitOfWork(w.ctx, () =>
          w.module.services.participants.joinBusinessModel(w.ctx, {
            partnerId: '0190a6f0-0000-7000-8000-000000000000',
            model: BusinessModelKind.SOLUTION_RESELLER,
          }),
        ),
        'PARTNER_NOT_FOUND',
        'partnerId',
      );
    });

    it('PC-9: a new partner becomes Community once its enrollment fee is paid (fees.payment_received)', async () => {
      const partnerId = await enrolledPartner(w, { feePaid: false });
      expect((await progression(w, partnerId)).level).toBe('COMMUNITY_ENROLLED');
      const invoiceId = w.ports.charges[0].invoiceId;
      w.ports.paid.add(invoiceId);
      await w.module.reactions!['fees.payment_received'](w.ctx, {
        id: 'e1',
        type: 'fees.payment_received',
        occurredAt: w.clock.now(),
        partnerId,
        payload: { invoiceId },
      });
      const view = await progression(w, partnerId);
      expect(view.level).toBe('COMMUNITY');
      expect(w.bus.ofType(LEVEL_CHANGED).at(-1)?.payload).toEqual({
        partnerId,
        from: 'COMMUNITY_ENROLLED',
        to: 'COMMUNITY',
        reason: 'points and requirements met',
      });
    });
  });

  describe('PC-2 / PC-3 bookings', () => {
    it('PC-2: a booking earns one point per $1,000 of TCV, recorded with its source, program year and kind', async () => {
      const partnerId = await enrolledPartner(w);
      await record(w, [booking(partnerId, { tcvMinor: 2_500_050, bookingTypes: ['SUBSCRIPTION'] })]);
      const entries = await w.db.manager.findBy(PointsEntry, { partnerId });
      expect(entries).toEqual([expect.objectContaining({ source: PointsEntrySource.BOOKING, kind: 'PERFORMANCE', programYear: 2026, amount: 25_001 })]);
    });

    it('PC-3: stacked multipliers make a separate MULTIPLIER_BONUS entry', async () => {
      const partnerId = await enrolledPartner(w);
      await record(w, [booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['SAAS', 'NEW_LOGO', 'STRATEGIC_SOLUTION'] })]);
      const entries = await w.db.manager.find(PointsEntry, { where: { partnerId }, order: { id: 'ASC' } });
      expect(entries.map((e) => [e.source, e.amount])).toEqual([
        [PointsEntrySource.BOOKING, 100_000],
        [PointsEntrySource.MULTIPLIER_BONUS, 45_000],
      ]);
    });

    it('PC-3: perpetual and SnS points stop at the yearly cap (the entry crossing it is cut) and the cap resets at the program-year edge', async () => {
      const partnerId = await enrolledPartner(w, {});
      w.clock.set('2027-03-01T00:00:00.000Z');
      const lastMs = new Date('2027-01-31T23:59:59.999Z');
      const nextYear = new Date('2027-02-01T00:00:00.000Z');
      await record(w, [
        booking(partnerId, { tcvMinor: 20_000_000, bookingTypes: ['PERPETUAL_LICENSE'], bookedAt: lastMs }),
        booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['SNS_RENEWAL'], bookedAt: lastMs }),
        booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['SNS_RENEWAL'], bookedAt: lastMs }),
        booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['SUBSCRIPTION'], bookedAt: lastMs }),
        booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['PERPETUAL_LICENSE'], bookedAt: nextYear }),
      ]);
      const entries = await w.db.manager.find(PointsEntry, { where: { partnerId }, order: { id: 'ASC' } });
      expect(entries.map((e) => [e.programYear, e.amount, e.requestedAmount])).toEqual([
        [2026, 200_000, null],
        [2026, 50_000, 100_000],
        [2026, 0, 100_000],
        [2026, 100_000, null],
        [2027, 100_000, null],
      ]);
    });

    it('PC-3: a vendor reversal frees the cap it used', async () => {
      const partnerId = await enrolledPartner(w);
      const first = booking(partnerId, { tcvMinor: 25_000_000, bookingTypes: ['PERPETUAL_LICENSE'] });
      await record(w, [first]);
      await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: first.bookingId, terminatedBy: DealTerminatedBy.VENDOR }));
      await record(w, [booking(partnerId, { tcvMinor: 10_000_000, bookingTypes: ['PERPETUAL_LICENSE'] })]);
      const entries = await w.db.manager.find(PointsEntry, { where: { partnerId }, order: { id: 'ASC' } });
      expect(entries.map((e) => e.amount)).toEqual([250_000, -250_000, 100_000]);
    });

    it('PC-2: recording the same booking id twice adds nothing', async () => {
      const partnerId = await enrolledPartner(w);
      const row = booking(partnerId);
      const first = await record(w, [row, { ...row }]);
      const again = await record(w, [row]);
      expect([first.recorded.length, first.duplicates, again.recorded.length, again.duplicates]).toEqual([1, 1, 0, 1]);
      expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(1);
    });

    it('PC-2: a bad row rejects the whole batch and names the row and field', async () => {
      const partnerId = await enrolledPartner(w);
      const error = await record(w, [booking(partnerId), booking(partnerId, { currency: 'EUR' }), booking(partnerId, { bookingTypes: ['BARTER'] })]).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BookingBatchError);
      expect((error as BookingBatchError).errors.map((e) => [e.index, e.field, e.code])).toEqual([
        [1, 'currency', 'BOOKING_CURRENCY_UNSUPPORTED'],
        [2, 'bookingTypes', 'BOOKING_TYPE_UNKNOWN'],
      ]);
      expect(await w.db.manager.count(Booking)).toBe(0);
    });

    it('PC-8: a partner entering mid-year earns from that period only (earlier bookings are withheld)', async () => {
      const partnerId = await enrolledPartner(w);
      const entered = (await w.db.manager.findOneByOrFail(Participant, { partnerId })).enteredAt;
      await record(w, [booking(partnerId, { bookedAt: new Date(entered.getTime() - 1) }), booking(partnerId, { bookedAt: entered })]);
      const bookings = await w.db.manager.find(Booking, { where: { partnerId }, order: { id: 'ASC' } });
      expect(bookings.map((b) => b.withheldReason)).toEqual(['BEFORE_PROGRAM_ENTRY', null]);
      expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(1);
    });
  });

  describe('PC-6 reversals', () => {
    it('PC-6: a customer ending the subscription early removes no points', async () => {
      const partnerId = await enrolledPartner(w);
      const row = booking(partnerId, { bookingTypes: ['SAAS'] });
      await record(w, [row]);
      await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: row.bookingId, terminatedBy: DealTerminatedBy.CUSTOMER }));
      expect(sum(await w.db.manager.findBy(PointsEntry, { partnerId }))).toBe(120_000);
      expect((await progression(w, partnerId)).performancePointsThousandths).toBe(120_000);
    });

    it('PC-6: the vendor terminating the deal appends reversals of its base and bonus entries', async () => {
      const partnerId = await enrolledPartner(w);
      const row = booking(partnerId, { bookingTypes: ['SAAS'] });
      await record(w, [row]);
      await runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: row.bookingId, terminatedBy: DealTerminatedBy.VENDOR }));
      const entries = await w.db.manager.find(PointsEntry, { where: { partnerId }, order: { id: 'ASC' } });
      expect(entries.map((e) => [e.source, e.amount])).toEqual([
        [PointsEntrySource.BOOKING, 100_000],
        [PointsEntrySource.MULTIPLIER_BONUS, 20_000],
        [PointsEntrySource.REVERSAL, -100_000],
        [PointsEntrySource.REVERSAL, -20_000],
      ]);
      expect(entries[2].reversesEntryId).toBe(entries[0].id);
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.bookings.terminateDeal(w.ctx, { bookingId: row.bookingId, terminatedBy: DealTerminatedBy.VENDOR })),
        'DEAL_ALREADY_TERMINATED',
      );
    });
  });

  describe('PC-4 lifecycle claims', () => {
    it('PC-4: lifecycle points are awarded at approved base claim, not on submission or rejection', async () => {
      const partnerId = await enrolledPartner(w);
      const claims = w.module.services.claims;
      const claim = await runUnitOfWork(w.ctx, () => claims.submitLifecycleClaim(w.ctx, { partnerId, activity: 'DEPLOYMENT', customerId: 'C1' }));
      expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(0);
      const approved = await runUnitOfWork(w.ctx, () => claims.decideLifecycleClaim(w.ctx, { claimId: claim.id, approve: true }));
      expect(approved.status).toBe('APPROVED_BASE_CLAIM');
      expect(await w.db.manager.findBy(PointsEntry, { partnerId })).toEqual([
        expect.objectContaining({ source: PointsEntrySource.LIFECYCLE_CLAIM, amount: 10_000, reference: claim.id }),
      ]);
      const rejected = await runUnitOfWork(w.ctx, () => claims.submitLifecycleClaim(w.ctx, { partnerId, activity: 'ASSESSMENT', customerId: 'C2' }));
      await runUnitOfWork(w.ctx, () => claims.decideLifecycleClaim(w.ctx, { claimId: rejected.id, approve: false }));
      expect(await w.db.manager.countBy(PointsEntry, { partnerId })).toBe(1);
      await expectUserError(
        runUnitOfWork(w.ctx, () => claims.decideLifecycleClaim(w.ctx, { claimId: claim.id, approve: true })),
        'CLAIM_ALREADY_DECIDED',
      );
      await expectUserError(
        runUnitOfWork(w.ctx, () => claims.submitLifecycleClaim(w.ctx, { partnerId, activity: 'PARTY', customerId: 'C2' })),
        'LIFECYCLE_ACTIVITY_UNKNOWN',
        'activity',
      );
    });
  });

  describe('PC-5 influence', () => {
    async function approvedClaim(influencer: string) {
      const claims = w.module.services.claims;
      const claim = await runUnitOfWork(w.ctx, () =>
        claims.submitInfluenceIntention(w.ctx, {
          partnerId: influencer,
          customerId: 'ACME',
          opportunityId: 'OPP-9',
          solution: 'VCF',
          activity: InfluenceActivity.PROOF_OF_CONCEPT,
        }),
      );
      return runUnitOfWork(w.ctx, () => claims.decideInfluenceIntention(w.ctx, { claimId: claim.id, approve: true }));
    }

    it('PC-5: only Solution Services partners may claim influence', async () => {
      const reseller = await enrolledPartner(w);
      await expectUserError(
        runUnitOfWork(w.ctx, () =>
          w.module.services.claims.submitInfluenceIntention(w.ctx, {
            partnerId: reseller,
            customerId: 'A',
            opportunityId: 'O',
            solution: 'S',
            activity: InfluenceActivity.TECHNICAL_ASSESSMENT,
          }),
        ),
        'INFLUENCE_REQUIRES_SOLUTION_SERVICES',
      );
    });

    it('PC-5: work must start after approval and the completion be filed by day 30 after it ends (day 30 + 1 ms is late)', async () => {
      const influencer = await enrolledPartner(w, { models: [BusinessModelKind.SOLUTION_SERVICES] });
      const claim = await approvedClaim(influencer);
      const approvedAt = claim.approvedAt!;
      const claims = w.module.services.claims;
      w.clock.set(new Date(approvedAt.getTime() + 40 * DAY_MS));
      await expectUserError(
        runUnitOfWork(w.ctx, () =>
          claims.completeInfluenceWork(w.ctx, {
            claimId: claim.id,
            workStartedAt: new Date(approvedAt.getTime() - 1),
            workEndedAt: new Date(approvedAt.getTime() + 10 * DAY_MS),
          }),
        ),
        'INFLUENCE_WORK_BEFORE_APPROVAL',
        'workStartedAt',
      );
      const ended = new Date(approvedAt.getTime() + 10 * DAY_MS);
      w.clock.set(new Date(ended.getTime() + 30 * DAY_MS + 1));
      await expectUserError(
        runUnitOfWork(w.ctx, () => claims.completeInfluenceWork(w.ctx, { claimId: claim.id, workStartedAt: approvedAt, workEndedAt: ended })),
        'INFLUENCE_COMPLETION_LATE',
      );
      expect((await w.db.manager.findOneByOrFail(InfluenceClaim, { id: claim.id })).status).toBe(InfluenceClaimStatus.APPROVED);
      w.clock.set(new Date(ended.getTime() + 30 * DAY_MS));
      const done = await runUnitOfWork(w.ctx, () => claims.completeInfluenceWork(w.ctx, { claimId: claim.id, workStartedAt: approvedAt, workEndedAt: ended }));
      expect(done.status).toBe(InfluenceClaimStatus.COMPLETED);
    });

    it('PC-5: a deal booked through another partner two years to the instant after approval earns influence points; one ms later does not', async () => {
      const influencer = await enrolledPartner(w, { models: [BusinessModelKind.SOLUTION_SERVICES] });
      const seller = await enrolledPartner(w);
      const claim = await approvedClaim(influencer);
      const approvedAt = claim.approvedAt!;
      const claims = w.module.services.claims;
      await runUnitOfWork(w.ctx, () => claims.completeInfluenceWork(w.ctx, { claimId: claim.id, workStartedAt: approvedAt, workEndedAt: approvedAt }));
      const twoYears = new Date('2028-03-02T10:00:00.000Z');
      expect(twoYears.getTime()).toBe(new Date(approvedAt).setUTCFullYear(2028));
      w.clock.set('2028-06-01T00:00:00.000Z');
      await record(w, [
        booking(seller, { customerId: 'ACME', opportunityId: 'OPP-9', solution: 'VCF', bookedAt: new Date(twoYears.getTime() + 1), bookingTypes: [] }),
      ]);
      expect(await w.db.manager.countBy(PointsEntry, { partnerId: influencer })).toBe(0);
      await record(w, [
        booking(seller, { customerId: 'ACME', opportunityId: 'OPP-9', solution: 'VCF', bookedAt: twoYears, tcvMinor: 5_000_000, bookingTypes: [] }),
      ]);
      expect(await w.db.manager.findBy(PointsEntry, { partnerId: influencer })).toEqual([
        expect.objectContaining({ source: PointsEntrySource.INFLUENCE_CLAIM, amount: 50_000, programYear: 2028, reference: claim.id }),
      ]);
      expect((await w.db.manager.findOneByOrFail(InfluenceClaim, { id: claim.id })).status).toBe(InfluenceClaimStatus.CREDITED);
    });

    it('PC-5: no influence and booking points for the same customer, opportunity and solution', async () => {
      const influencer = await enrolledPartner(w, { models: [BusinessModelKind.SOLUTION_SERVICES] });
      const seller = await enrolledPartner(w);
      const claim = await approvedClaim(influencer);
      await runUnitOfWork(w.ctx, () =>
        w.module.services.claims.completeInfluenceWork(w.ctx, { claimId: claim.id, workStartedAt: claim.approvedAt!, workEndedAt: claim.approvedAt! }),
      );
      const deal = { customerId: 'ACME', opportunityId: 'OPP-9', solution: 'VCF', bookedAt: w.clock.now(), bookingTypes: [] };
      await record(w, [booking(seller, deal)]);
      expect(await w.db.manager.countBy(PointsEntry, { partnerId: influencer, source: PointsEntrySource.INFLUENCE_CLAIM })).toBe(1);
      // Later the influencer transacts on the same deal: no booking points for it.
      await record(w, [booking(influencer, deal)]);
      const own = await w.db.manager.findOneByOrFail(Booking, { partnerId: influencer });
      expect(own.withheldReason).toBe('INFLUENCE_ALREADY_CREDITED');
      expect(await w.db.manager.countBy(PointsEntry, { partnerId: influencer, source: PointsEntrySource.BOOKING })).toBe(0);
    });

    it('PC-5: the transacting partner earns no influence points on its own deal', async () => {
      const both = await enrolledPartner(w, { models: [BusinessModelKind.SOLUTION_SERVICES] });
      const claim = await approvedClaim(both);
      await record(w, [booking(both, { customerId: 'ACME', opportunityId: 'OPP-9', solution: 'VCF', bookedAt: w.clock.now(), bookingTypes: [] })]);
      await runUnitOfWork(w.ctx, () =>
        w.module.services.claims.completeInfluenceWork(w.ctx, { claimId: claim.id, workStartedAt: claim.approvedAt!, workEndedAt: claim.approvedAt! }),
      );
      expect(await w.db.manager.countBy(PointsEntry, { partnerId: both, source: PointsEntrySource.INFLUENCE_CLAIM })).toBe(0);
      expect(await w.db.manager.countBy(PointsEntry, { partnerId: both, source: PointsEntrySource.BOOKING })).toBe(1);
    });
  });

  describe('PC-7 third-party crediting', () => {
    const report = (partnerId: string, oemPartnerId: string) => ({ ...booking(partnerId, { tcvMinor: 3_000_000 }), oemPartnerId });

    it('PC-7: an OEM crediting report gives booking points to a transacting partner in good standing', async () => {
      const partnerId = await enrolledPartner(w);
      const oem = w.ports.newPartner();
      const credited = await runUnitOfWork(w.ctx, () => w.module.services.bookings.recordThirdPartyCredit(w.ctx, report(partnerId, oem)));
      expect(credited.source).toBe(PointsEntrySource.THIRD_PARTY_CREDIT);
      expect(await w.db.manager.findBy(PointsEntry, { partnerId })).toEqual([
        expect.objectContaining({ source: PointsEntrySource.THIRD_PARTY_CREDIT, amount: 30_000 }),
      ]);
    });

    it('PC-7: no third-party credit for a partner not in good standing', async () => {
      const partnerId = await enrolledPartner(w);
      const audits = w.module.services.audits;
      const audit = await runUnitOfWork(w.ctx, () => audits.start(w.ctx, { partnerId }));
      await runUnitOfWork(w.ctx, () => audits.close(w.ctx, { auditId: audit.id }));
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.bookings.recordThirdPartyCredit(w.ctx, report(partnerId, w.ports.newPartner()))),
        'PARTNER_NOT_IN_GOOD_STANDING',
        'partnerId',
      );
      const stranger = w.ports.newPartner();
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.bookings.recordThirdPartyCredit(w.ctx, report(stranger, w.ports.newPartner()))),
        'PARTNER_NOT_IN_GOOD_STANDING',
      );
      expect(await w.db.manager.count(Booking)).toBe(0);
    });
  });

  describe('PC-8 program years', () => {
    it('PC-8: performance points reset at the program-year edge; capability points carry over while valid', async () => {
      const partnerId = await enrolledPartner(w);
      await record(w, [booking(partnerId, { tcvMinor: 10_000_000, bookedAt: new Date('2026-03-02T10:00:00.000Z') })]);
      await runUnitOfWork(w.ctx, () =>
        w.module.services.credentials.record(w.ctx, {
          partnerId,
          kind: PartnerConnectCredentialKind.SOLUTION_COMPETENCY,
          name: 'Cloud Infrastructure',
          validFrom: w.clock.now(),
          validUntil: new Date('2028-01-01T00:00:00.000Z'),
        }),
      );
      const lastMs = new Date('2027-01-31T23:59:59.999Z');
      const before = await progression(w, partnerId, lastMs);
      expect([before.programYear, before.performancePointsThousandths, before.capabilityPointsThousandths]).toEqual([2026, 100_000, 20_000]);
      const after = await progression(w, partnerId, new Date(lastMs.getTime() + 1));
      expect([after.programYear, after.performancePointsThousandths, after.capabilityPointsThousandths]).toEqual([2027, 0, 20_000]);
    });

    it('PC-8: capability points do not carry over for a partner below Community when the year ends', async () => {
      const partnerId = await enrolledPartner(w, { feePaid: false });
      await runUnitOfWork(w.ctx, () =>
        w.module.services.credentials.record(w.ctx, {
          partnerId,
          kind: PartnerConnectCredentialKind.ACCREDITATION,
          name: 'VSO',
          validFrom: w.clock.now(),
          validUntil: new Date('2028-01-01T00:00:00.000Z'),
        }),
      );
      expect((await progression(w, partnerId, new Date('2027-01-31T23:59:59.999Z'))).capabilityPointsThousandths).toBe(10_000);
      expect((await progression(w, partnerId, new Date('2027-02-01T00:00:00.000Z'))).capabilityPointsThousandths).toBe(0);
    });
  });

  describe('PC-13 credentials', () => {
    it('PC-13: a credential expiring at midnight counts at midnight and stops 1 ms later, in the ledger and the dashboard', async () => {
      const partnerId = await enrolledPartner(w);
      const midnight = new Date('2026-07-01T00:00:00.000Z');
      const credential = await runUnitOfWork(w.ctx, () =>
        w.module.services.credentials.record(w.ctx, {
          partnerId,
          kind: PartnerConnectCredentialKind.SPECIALIZATION,
          name: 'Networking',
          validFrom: w.clock.now(),
          validUntil: midnight,
        }),
      );
      const atMidnight = await progression(w, partnerId, midnight);
      expect(atMidnight.capabilityPointsThousandths).toBe(100_000);
      expect(atMidnight.credentials.map((c) => c.status)).toEqual(['VALID']);
      expect(atMidnight.nextEvents).toContainEqual({ kind: 'CREDENTIAL_EXPIRES', at: midnight, subjectId: credential.id });
      const after = await progression(w, partnerId, new Date(midnight.getTime() + 1));
      expect(after.capabilityPointsThousandths).toBe(0);
      expect(after.credentials.map((c) => c.status)).toEqual(['EXPIRED']);
      expect(after.pointsBySource.filter((p) => p.kind === 'CAPABILITY')).toEqual([]);
    });

    it('PC-13: revoking a credential stops its points from that instant', async () => {
      const partnerId = await enrolledPartner(w);
      const credential = await runUnitOfWork(w.ctx, () =>
        w.module.services.credentials.record(w.ctx, {
          partnerId,
          kind: PartnerConnectCredentialKind.MASTER_SERVICES_COMPETENCY,
          name: 'Migration',
          validFrom: w.clock.now(),
          validUntil: new Date('2027-01-01T00:00:00.000Z'),
        }),
      );
      w.clock.set('2026-05-01T00:00:00.000Z');
      await runUnitOfWork(w.ctx, () => w.module.services.credentials.revoke(w.ctx, { credentialId: credential.id }));
      expect((await progression(w, partnerId, new Date('2026-04-30T23:59:59.999Z'))).capabilityPointsThousandths).toBe(50_000);
      expect((await progression(w, partnerId)).capabilityPointsThousandths).toBe(0);
      expect((await progression(w, partnerId)).credentials[0].status).toBe('REVOKED');
      await expectUserError(
        runUnitOfWork(w.ctx, () => w.module.services.credentials.revoke(w.ctx, { credentialId: credential.id })),
        'CREDENTIAL_ALREADY_REVOKED',
      );
    });
  });

  describe('PC-9 / PC-12 levels and the dashboard', () => {
    it('PC-9: points lift the partner to the level they earn; PC-12 shows the points by source and what the next level needs', async () => {
      const partnerId = await enrolledPartner(w);
      await runUnitOfWork(w.ctx, () =>
        w.module.services.credentials.record(w.ctx, {
          partnerId,
          kind: PartnerConnectCredentialKind.SPECIALIZATION,
          name: 'Security',
          validFrom: w.clock.now(),
          validUntil: new Date('2028-01-01T00:00:00.000Z'),
        }),
      );
      let view = await progression(w, partnerId);
      expect(view.level).toBe('COMMUNITY');
      expect(view.nextLevel).toEqual({
        level: 'PRINCIPAL',
        name: 'Principal',
        performancePointsNeededThousandths: 900_000,
        capabilityPointsNeededThousandths: 0,
        missingRequirements: [],
      });
      // 800 points + 160 bonus = 960 points, and 100 capability points: Principal at once.
      await record(w, [booking(partnerId, { tcvMinor: 80_000_000, bookingTypes: ['SAAS'] })]);
      view = await progression(w, partnerId);
      expect(view.level).toBe('PRINCIPAL');
      expect(view.pointsBySource).toEqual(
        expect.arrayContaining([
          { kind: 'PERFORMANCE', source: 'BOOKING', pointsThousandths: 800_000 },
          { kind: 'PERFORMANCE', source: 'MULTIPLIER_BONUS', pointsThousandths: 160_000 },
          { kind: 'CAPABILITY', source: 'CREDENTIAL', pointsThousandths: 100_000 },
        ]),
      );
      expect(view.nextLevel).toEqual(
        expect.objectContaining({ level: 'PINNACLE', performancePointsNeededThousandths: 8_040_000, capabilityPointsNeededThousandths: 900_000 }),
      );
      expect(w.bus.ofType(LEVEL_CHANGED).at(-1)?.payload).toEqual({ partnerId, from: 'COMMUNITY', to: 'PRINCIPAL', reason: 'points and requirements met' });
    });

    it('PC-12: the dashboard lists the next dated events soonest first', async () => {
      const partnerId = await enrolledPartner(w);
      const view = await progression(w, partnerId);
      expect(view.nextEvents.map((e) => [e.kind, e.at.toISOString()])).toEqual([
        ['PROGRAM_YEAR_ENDS', '2027-01-31T23:59:59.999Z'],
        ['AUDIT', '2027-02-01T00:00:00.000Z'],
        ['RENEWAL', '2027-03-02T10:00:00.000Z'],
      ]);
    });
  });
});
