import { In } from 'typeorm';
import { DueNotice, NoticeRule } from '@alliance/kernel';
import { Agreement, AgreementKind } from './entities/agreement.entity';
import { Enrollment } from './entities/enrollment.entity';
import { Partner } from './entities/partner.entity';
import { Program } from './entities/program.entity';
import { enrollmentTerm, requiredAgreements } from './rules/agreements.rules';

export const MembershipNoticeKinds = {
  AGREEMENT_TERM_ENDS: 'membership.agreement_term_ends',
} as const;

/**
 * MEM-4: the last instant of the term in force at `at`, from the agreements alone: for each
 * required kind the agreement signed by `at`, not terminated by then, that runs longest (as
 * signing does), and the term is where they overlap. Null when a required kind is missing.
 */
export function termEndAt(agreements: Agreement[], required: AgreementKind[], at: Date): Date | null {
  const t = at.getTime();
  const live = agreements.filter((a) => a.signedAt.getTime() <= t && (!a.terminatedAt || a.terminatedAt.getTime() > t));
  const longest = required.map((kind) => live.filter((a) => a.kind === kind).sort((a, b) => b.termEndsAt.getTime() - a.termEndsAt.getTime())[0]);
  if (!longest.every(Boolean)) return null;
  return enrollmentTerm(longest as Agreement[])?.endsAt ?? null;
}

/**
 * NOT-1 for membership: an enrollment's agreement term ends (MEM-4); the notice is due at the
 * term's last instant, so the program manager can renew before it expires. It is judged from the
 * agreements as they stood at that instant: recording the expiry afterwards (housekeeping), a
 * renewal signed after the term ended or a termination after it never takes the notice back; a
 * termination before it does.
 */
export const agreementTermEndsRule: NoticeRule = {
  kinds: [MembershipNoticeKinds.AGREEMENT_TERM_ENDS],
  async due(em, from, to) {
    const ending = await em
      .createQueryBuilder(Agreement, 'a')
      .select(['a.id', 'a.enrollmentId'])
      .where('a.termEndsAt >= :from AND a.termEndsAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .getMany();
    if (ending.length === 0) return [];
    const enrollmentIds = [...new Set(ending.map((a) => a.enrollmentId))];
    const [enrollments, agreements] = [await em.findBy(Enrollment, { id: In(enrollmentIds) }), await em.findBy(Agreement, { enrollmentId: In(enrollmentIds) })];
    const partners = new Map((await em.findBy(Partner, { id: In([...new Set(enrollments.map((e) => e.partnerId))]) })).map((p) => [p.id, p]));
    const programs = new Map((await em.findBy(Program, { id: In([...new Set(enrollments.map((e) => e.programId))]) })).map((p) => [p.id, p]));
    const notices: DueNotice[] = [];
    for (const enrollment of enrollments) {
      const partner = partners.get(enrollment.partnerId);
      const program = programs.get(enrollment.programId);
      if (!partner || !program) continue;
      const required = requiredAgreements(partner.joinedOn, program.agreementCutoffDate);
      const own = agreements.filter((a) => a.enrollmentId === enrollment.id);
      const ends = new Set(own.map((a) => a.termEndsAt.getTime()).filter((t) => t >= from.getTime() && t <= to.getTime()));
      for (const end of [...ends].sort((a, b) => a - b)) {
        const dueAt = new Date(end);
        if (termEndAt(own, required, dueAt)?.getTime() !== end) continue;
        notices.push({
          kind: MembershipNoticeKinds.AGREEMENT_TERM_ENDS,
          subjectId: enrollment.id,
          partnerId: enrollment.partnerId,
          dueAt,
          message: `The agreement term of enrollment ${enrollment.id} ends at ${dueAt.toISOString()}.`,
          data: { programId: enrollment.programId },
        });
      }
    }
    return notices;
  },
};

export const membershipNoticeRules: NoticeRule[] = [agreementTermEndsRule];
