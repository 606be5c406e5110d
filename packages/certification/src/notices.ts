import { EntityManager, In } from 'typeorm';
import { DueNotice, fromDateOnly, NoticeRule, toDateOnly } from '@alliance/kernel';
import { HotFix, ReviewSlot, SlotReservation } from './entities';
import { HotFixStatus, ReviewSlotReservationStatus } from './enums';

export const CERTIFICATION_NOTICE_KINDS = {
  /** CERT-2: a reserved review slot starts (the partner's results are due for review). */
  REVIEW_SLOT_STARTS: 'certification.review_slot_starts',
  /** CERT-10: the estimated date a hot fix rolls into an update, while it awaits re-certification. */
  HOT_FIX_UPDATE_DUE: 'certification.hot_fix_update_due',
} as const;

const inWindow = (at: Date, from: Date, to: Date) => at.getTime() >= from.getTime() && at.getTime() <= to.getTime();

export const reviewSlotNoticeRule: NoticeRule = {
  kinds: [CERTIFICATION_NOTICE_KINDS.REVIEW_SLOT_STARTS],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const slots = await em
      .createQueryBuilder(ReviewSlot, 'slot')
      .where('slot.startsAt >= :from AND slot.startsAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .getMany();
    if (slots.length === 0) return [];
    const reservations = await em.findBy(SlotReservation, { slotId: In(slots.map((slot) => slot.id)), status: ReviewSlotReservationStatus.RESERVED });
    const byId = new Map(slots.map((slot) => [slot.id, slot]));
    return reservations.map((reservation) => {
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

export const hotFixNoticeRule: NoticeRule = {
  kinds: [CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const hotFixes = await em
      .createQueryBuilder(HotFix, 'hotFix')
      .where('hotFix.estimatedUpdateOn >= :from AND hotFix.estimatedUpdateOn <= :to', { from: toDateOnly(from), to: toDateOnly(to) })
      .andWhere('hotFix.status = :status', { status: HotFixStatus.AWAITING_RECERTIFICATION })
      .getMany();
    return hotFixes
      .map((hotFix) => ({ hotFix, dueAt: fromDateOnly(hotFix.estimatedUpdateOn) }))
      .filter(({ dueAt }) => inWindow(dueAt, from, to))
      .map(({ hotFix, dueAt }) => ({
        kind: CERTIFICATION_NOTICE_KINDS.HOT_FIX_UPDATE_DUE,
        subjectId: hotFix.id,
        partnerId: hotFix.partnerId,
        dueAt,
        message: `Hot fix ${hotFix.id} was estimated to roll into an update on ${hotFix.estimatedUpdateOn}; it still needs re-certification or a re-test waiver.`,
        data: { hotFixId: hotFix.id, versionId: hotFix.versionId, estimatedUpdateOn: hotFix.estimatedUpdateOn },
      }));
  },
};

export const CERTIFICATION_NOTICE_RULES: NoticeRule[] = [reviewSlotNoticeRule, hotFixNoticeRule];
