import { DueNotice, NoticeRule } from '@alliance/kernel';
import { EntityManager, In } from 'typeorm';
import { PartnerChangeNotice } from './entities/partner-change-notice.entity';
import { RcInstall } from './entities/rc-install.entity';
import { Release } from './entities/release.entity';

/** NOT-1 / REL-3: a partner that installed an RC build and has submitted no feedback; due at RC availability + 21 days. */
export const RC_FEEDBACK_DUE = 'releases.rc_feedback_due';
/** NOT-1 / REL-7: a change notice filed less than 14 days before the public release; due when filed. */
export const CHANGE_NOTICE_LATE = 'releases.change_notice_late';
/**
 * NOT-1 / REL-4: a release reached a milestone; one notice to each active member of the programs
 * tied to its product, with the download information, recorded when the milestone is.
 */
export const MILESTONE_REACHED_NOTICE = 'releases.milestone_reached';

/**
 * Feedback owed at the due instant: none given by then. Feedback given late does not take the
 * notice back; an install recorded after its feedback was already due is a notice at once.
 */
async function rcFeedbackNotices(em: EntityManager, installs: RcInstall[]): Promise<DueNotice[]> {
  const owed = installs.filter((install) => install.firstFeedbackAt === null || install.firstFeedbackAt.getTime() > install.feedbackDueAt.getTime());
  if (owed.length === 0) return [];
  const releases = await em.find(Release, { where: { id: In([...new Set(owed.map((row) => row.releaseId))]) } });
  const versions = new Map(releases.map((row) => [row.id, row.version]));
  return owed.map((install) => ({
    kind: RC_FEEDBACK_DUE,
    subjectId: install.id,
    partnerId: install.partnerId,
    dueAt: install.feedbackDueAt,
    message: `Feedback on the RC build of release ${versions.get(install.releaseId) ?? install.releaseId} is due by ${install.feedbackDueAt.toISOString()} (21 days after the build became available).`,
    data: { releaseId: install.releaseId, releaseVersion: versions.get(install.releaseId) ?? null, rcAvailableAt: install.rcAvailableAt.toISOString() },
  }));
}

export const rcFeedbackDueRule: NoticeRule = {
  kinds: [RC_FEEDBACK_DUE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const installs = await em
      .createQueryBuilder(RcInstall, 'install')
      .where('install.feedbackDueAt >= :from AND install.feedbackDueAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .orderBy('install.feedbackDueAt', 'ASC')
      .getMany();
    return rcFeedbackNotices(em, installs);
  },
  async writtenSince(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]> {
    const installs = await em
      .createQueryBuilder(RcInstall, 'install')
      .where('install.recordedAt >= :since', { since: since.toISOString() })
      .andWhere('install.feedbackDueAt <= :to', { to: to.toISOString() })
      .getMany();
    return rcFeedbackNotices(em, installs);
  },
};

export const changeNoticeLateRule: NoticeRule = {
  kinds: [CHANGE_NOTICE_LATE],
  async due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]> {
    const notices = await em
      .createQueryBuilder(PartnerChangeNotice, 'notice')
      .where('notice.late = :late', { late: true })
      .andWhere('notice.filedAt >= :from AND notice.filedAt <= :to', { from: from.toISOString(), to: to.toISOString() })
      .orderBy('notice.filedAt', 'ASC')
      .getMany();
    return notices.map((notice) => ({
      kind: CHANGE_NOTICE_LATE,
      subjectId: notice.id,
      partnerId: notice.partnerId,
      dueAt: notice.filedAt,
      message: `The ${notice.changeKind.toLowerCase()} notice for ${notice.softwareName} was filed less than 14 days before its public release (${notice.plannedReleaseAt.toISOString()}); it was due by ${notice.noticeDeadline.toISOString()}.`,
      data: {
        softwareName: notice.softwareName,
        changeKind: notice.changeKind,
        plannedReleaseAt: notice.plannedReleaseAt.toISOString(),
        noticeDeadline: notice.noticeDeadline.toISOString(),
      },
    }));
  },
};

export const RELEASES_NOTICE_RULES: NoticeRule[] = [rcFeedbackDueRule, changeNoticeLateRule];
