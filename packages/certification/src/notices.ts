import { EntityManager, In } from 'typeorm';
import { DueNotice, fromDateOnly, NoticeRule, toDateOnly } from '@alliance/kernel';
import { HotFix, ReviewSlot, SlotReservation, Submission } from './entities';
import { ReviewSlotReservationStatus } from './enums';

export const CERTIFICATION_NOTICE_KINDS = {
  /** CERT-2: a reserved review slot starts (the partner's results are due for review). */
  REVIEW_SLOT_STARTS: 'certification.review_slot_starts',
  /** CERT-10: the estimated date a hot fix rolls into an update, while it awaits re-certification. */
  HOT_FIX_UPDATE_DUE: 'certification.hot_fix_update_due',
} as const;

const inWindow = (at: Date, from: Date, to: Date) => at.getTime() >= from.getTime() && at.getTime() <= to.getTime();

/**
 * CERT-2: a reservation whose slot starts: still reserved then. A submission made after the
 * start (which uses the reservation) does not take the notice back; one made before it does.
 */
export const reviewSlotNoticeRule: NoticeRule = {
  kinds: [CERTIFICATION_NOTICE_KINDS.REVIEW_SLOT_STARTS],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const slots = await em
      .createQueryBuilder(ReviewSlot, 'slot')
      .where('slot.startsAt >= :from AND slot.startsAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .getMany();
    if (slots.length === 0) return [];
    const reservations = await em.findBy(SlotReservation, { slotId: In(slots.map((slot) => slot.id)) });
    const usedBy = reservations.map((r) => r.submissionId).filter((id): id is string => Boolean(id));
    const submissions = usedBy.length ? await em.find(Submission, { select: { id: true, submittedAt: true }, where: { id: In(usedBy) } }) : [];
    const submittedAt = new Map(submissions.map((s) => [s.id, s.submittedAt]));
    const byId = new Map(slots.map((slot) => [slot.id, slot]));
    return reservations
      .filter((reservation) => {
        if (reservation.status === ReviewSlotReservationStatus.RESERVED) return true;
        const used = reservation.submissionId ? submittedAt.get(reservation.submissionId) : undefined;
        return used !== undefined && used.getTime() > byId.get(reservation.slotId)!.startsAt.getTime();
      })
      .map((reservation) => {
        const slot = byId.get(reservation.slotId)!;
        return {
          kind: CERTIFICATION_NOTICE_KINDS.REVIEW_SLOT_STARTS,
          subjectId: reservation.id,
          partnerId: reservation.partnerId,
          dueAt: slot.startsAt,
          message: `Your certification review slot starts at ${slot.startsAt.toISOString()}; submit the test results against an RC or GA release.`,
          data: { slotId: slot.id, reservationId: reservation.id },
        };
      });
  },
};

/** CERT-10: still awaiting re-certification at 00:00 UTC of the estimated update date. */
function hotFixNotices(hotFixes: HotFix[], keep: (at: Date) => boolean): DueNotice[] {
  return hotFixes
    .map((hotFix) => ({ hotFix, dueAt: fromDateOnly(hotFix.estimatedUpdateOn) }))
    .filter(({ hotFix, dueAt }) => keep(dueAt) && (hotFix.settledAt === null || hotFix.settledAt.getTime() > dueAt.getTime()))
    .map(({ hotFix, dueAt }) => ({
      kind: CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE,
      subjectId: hotFix.id,
      partnerId: hotFix.partnerId,
      dueAt,
      message: `Hot fix ${hotFix.id} was estimated to roll into an update on ${hotFix.estimatedUpdateOn}; it still needs re-certification or a re-test waiver.`,
      data: { hotFixId: hotFix.id, versionId: hotFix.versionId, estimatedUpdateOn: hotFix.estimatedUpdateOn },
    }));
}

export const hotFixNoticeRule: NoticeRule = {
  kinds: [CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const hotFixes = await em
      .createQueryBuilder(HotFix, 'hotFix')
      .where('hotFix.estimatedUpdateOn >= :from AND hotFix.estimatedUpdateOn <= :to', { from: toDateOnly(from), to: toDateOnly(to) })
      .getMany();
    return hotFixNotices(hotFixes, (at) => inWindow(at, from, to));
  },
  /** A hot fix filed with its estimated update date already reached. */
  async writtenSince(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]> {
    const hotFixes = await em
      .createQueryBuilder(HotFix, 'hotFix')
      .where('hotFix.filedAt >= :since', { since: since.toISOString() })
      .andWhere('hotFix.estimatedUpdateOn <= :to', { to: toDateOnly(to) })
      .getMany();
    return hotFixNotices(hotFixes, (at) => at.getTime() <= to.getTime());
  },
};

export const CERTIFICATION_NOTICE_RULES: NoticeRule[] = [reviewSlotNoticeRule, hotFixNoticeRule];
