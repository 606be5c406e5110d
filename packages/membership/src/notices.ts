import { NoticeRule } from '@alliance/kernel';
import { Enrollment, EnrollmentState } from './entities/enrollment.entity';

export const MembershipNoticeKinds = {
  AGREEMENT_TERM_ENDS: 'membership.agreement_term_ends',
} as const;

/**
 * NOT-1 for membership: an active enrollment's agreement term ends (MEM-4); the notice is
 * due at the term's last instant, so the program manager can renew before it expires.
 */
export const membershipNoticeRules: NoticeRule[] = [
  {
    kinds: [MembershipNoticeKinds.AGREEMENT_TERM_ENDS],
    async due(em, from, to) {
      const rows = await em
        .createQueryBuilder(Enrollment, 'e')
        .where('e.recordedState = :active', { active: EnrollmentState.ACTIVE })
        .andWhere('e.termEndsAt >= :from AND e.termEndsAt <= :to', { from: from.toISOString(), to: to.toISOString() })
        .getMany();
      return rows.map((e) => ({
        kind: MembershipNoticeKinds.AGREEMENT_TERM_ENDS,
        subjectId: e.id,
        partnerId: e.partnerId,
        dueAt: e.termEndsAt as Date,
        message: `The agreement term of enrollment ${e.id} ends at ${(e.termEndsAt as Date).toISOString()}.`,
        data: { programId: e.programId },
      }));
    },
  },
];
