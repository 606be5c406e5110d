import {
  ACTIVITY_MATRIX,
  ActivityDenialReason,
  announcementOverdue,
  checkMilestoneStep,
  changeNoticeDeadline,
  consideredForRelease,
  countsForScalabilityQualification,
  decideActivity,
  isChangeNoticeLate,
  isRcFeedbackLate,
  Milestone,
  milestoneInForce,
  MILESTONES_BY_KIND,
  PartnerActivity,
  RcFeedbackClassification,
  rcFeedbackDueAt,
  rcFeedbackState,
  RcFeedbackState,
  ReleaseBuildType,
  ReleaseKind,
} from '../src';
import { days } from '@alliance/testing';

const at = (iso: string) => new Date(iso);

describe('milestone rules', () => {
  it('REL-1: Beta for major and minor only, RC for major, minor and update, GA for all', () => {
    expect(MILESTONES_BY_KIND[ReleaseKind.MAJOR]).toEqual(['EARLY_ACCESS', 'BETA', 'RC', 'RTM', 'GA']);
    expect(MILESTONES_BY_KIND[ReleaseKind.MINOR]).toContain(Milestone.BETA);
    expect(MILESTONES_BY_KIND[ReleaseKind.UPDATE]).not.toContain(Milestone.BETA);
    expect(MILESTONES_BY_KIND[ReleaseKind.UPDATE]).toContain(Milestone.RC);
    expect(MILESTONES_BY_KIND[ReleaseKind.PATCH]).toEqual([Milestone.GA]);
  });

  it('REL-1: a release starts at the first milestone its kind has and moves one step at a time', () => {
    expect(checkMilestoneStep(ReleaseKind.MAJOR, null, Milestone.EARLY_ACCESS)).toBeNull();
    expect(checkMilestoneStep(ReleaseKind.MAJOR, Milestone.EARLY_ACCESS, Milestone.BETA)).toBeNull();
    expect(checkMilestoneStep(ReleaseKind.MAJOR, null, Milestone.BETA)?.code).toBe('MILESTONE_SKIPPED');
    expect(checkMilestoneStep(ReleaseKind.MAJOR, Milestone.BETA, Milestone.RTM)?.code).toBe('MILESTONE_SKIPPED');
  });

  it('REL-1: milestones only move forward', () => {
    expect(checkMilestoneStep(ReleaseKind.MAJOR, Milestone.RC, Milestone.BETA)?.code).toBe('MILESTONE_NOT_FORWARD');
    expect(checkMilestoneStep(ReleaseKind.MAJOR, Milestone.RC, Milestone.RC)?.code).toBe('MILESTONE_NOT_FORWARD');
    expect(checkMilestoneStep(ReleaseKind.MAJOR, Milestone.GA, Milestone.GA)?.code).toBe('MILESTONE_NOT_FORWARD');
  });

  it('REL-1: skipping is allowed only where the kind has no such milestone', () => {
    expect(checkMilestoneStep(ReleaseKind.UPDATE, null, Milestone.RC)).toBeNull();
    expect(checkMilestoneStep(ReleaseKind.UPDATE, null, Milestone.BETA)?.code).toBe('MILESTONE_NOT_FOR_KIND');
    expect(checkMilestoneStep(ReleaseKind.PATCH, null, Milestone.GA)).toBeNull();
    expect(checkMilestoneStep(ReleaseKind.PATCH, null, Milestone.RC)?.code).toBe('MILESTONE_NOT_FOR_KIND');
    expect(checkMilestoneStep(ReleaseKind.UPDATE, null, Milestone.GA)?.code).toBe('MILESTONE_SKIPPED');
  });

  it('REL-1: the milestone in force is the latest whose build was available at or before the instant', () => {
    const records = [
      { milestone: Milestone.EARLY_ACCESS, availableAt: at('2026-01-01T00:00:00.000Z') },
      { milestone: Milestone.BETA, availableAt: at('2026-02-01T00:00:00.000Z') },
    ];
    expect(milestoneInForce(records, at('2025-12-31T23:59:59.999Z'))).toBeNull();
    expect(milestoneInForce(records, at('2026-02-01T00:00:00.000Z'))?.milestone).toBe(Milestone.BETA);
    expect(milestoneInForce(records, at('2026-01-31T23:59:59.999Z'))?.milestone).toBe(Milestone.EARLY_ACCESS);
  });

  it('REL-6: only release-type builds count for scalability and timing-sensitive qualification', () => {
    expect(countsForScalabilityQualification(ReleaseBuildType.RELEASE_TYPE)).toBe(true);
    expect(countsForScalabilityQualification(ReleaseBuildType.BETA_TYPE)).toBe(false);
  });
});

describe('activity matrix', () => {
  const ask = (milestone: Milestone | null, activity: string, member = true) => decideActivity({ releaseFound: true, activity, member, milestone });

  it('REL-2: Early Access allows early development and compatibility testing, not certification', () => {
    expect(ask(Milestone.EARLY_ACCESS, PartnerActivity.EARLY_DEVELOPMENT)).toBeNull();
    expect(ask(Milestone.EARLY_ACCESS, PartnerActivity.COMPATIBILITY_TESTING)).toBeNull();
    expect(ask(Milestone.EARLY_ACCESS, PartnerActivity.CERTIFICATION)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
    expect(ask(Milestone.EARLY_ACCESS, PartnerActivity.EARLY_CERTIFICATION_KIT)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
  });

  it('REL-2: Beta adds the early certification kit but still no certification or submission', () => {
    expect(ask(Milestone.BETA, PartnerActivity.EARLY_CERTIFICATION_KIT)).toBeNull();
    expect(ask(Milestone.BETA, PartnerActivity.COMPATIBILITY_TESTING)).toBeNull();
    expect(ask(Milestone.BETA, PartnerActivity.CERTIFICATION)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
    expect(ask(Milestone.BETA, PartnerActivity.SUBMISSION)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
  });

  it('REL-2: certification and submissions only at RC and GA', () => {
    for (const milestone of Object.values(Milestone)) {
      const allowed = ask(milestone, PartnerActivity.CERTIFICATION) === null;
      expect([milestone, allowed]).toEqual([milestone, milestone === Milestone.RC || milestone === Milestone.GA]);
      expect(ask(milestone, PartnerActivity.SUBMISSION) === null).toBe(allowed);
    }
  });

  it('REL-2: RTM allows nothing but OEM media kits', () => {
    expect(ACTIVITY_MATRIX[Milestone.RTM]).toEqual([PartnerActivity.OEM_MEDIA_KIT]);
    expect(ask(Milestone.RTM, PartnerActivity.EARLY_DEVELOPMENT)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
    expect(ask(Milestone.GA, PartnerActivity.OEM_MEDIA_KIT)).toBe(ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE);
  });

  it('REL-2: no milestone yet, not a member, unknown activity or release each have their reason', () => {
    expect(ask(null, PartnerActivity.EARLY_DEVELOPMENT)).toBe(ActivityDenialReason.MILESTONE_NOT_REACHED);
    expect(ask(Milestone.GA, PartnerActivity.CERTIFICATION, false)).toBe(ActivityDenialReason.NOT_A_MEMBER);
    expect(ask(Milestone.GA, 'DANCING')).toBe(ActivityDenialReason.UNKNOWN_ACTIVITY);
    expect(decideActivity({ releaseFound: false, activity: 'CERTIFICATION', member: true, milestone: null })).toBe(ActivityDenialReason.RELEASE_NOT_FOUND);
  });
});

describe('RC feedback rules', () => {
  const available = at('2026-04-01T12:00:00.000Z');
  const due = rcFeedbackDueAt(available);

  it('REL-3: feedback is due 21 days after the RC build became available', () => {
    expect(due.toISOString()).toBe('2026-04-22T12:00:00.000Z');
  });

  it('REL-3: feedback at day 21 exactly is on time; one millisecond later it is late', () => {
    expect(isRcFeedbackLate(new Date(available.getTime() + days(21)), due)).toBe(false);
    expect(isRcFeedbackLate(new Date(available.getTime() + days(21) + 1), due)).toBe(true);
  });

  it('REL-3: a partner with nothing submitted owes feedback until the due instant, then is overdue', () => {
    expect(rcFeedbackState(null, due, due)).toBe(RcFeedbackState.OWED);
    expect(rcFeedbackState(null, due, new Date(due.getTime() + 1))).toBe(RcFeedbackState.OVERDUE);
    expect(rcFeedbackState(due, due, new Date(due.getTime() + days(5)))).toBe(RcFeedbackState.ON_TIME);
    expect(rcFeedbackState(new Date(due.getTime() + 1), due, new Date(due.getTime() + 1))).toBe(RcFeedbackState.LATE);
  });

  it('REL-3: at RC only release-blocking is considered as it is; catastrophic and certification-blocking need a justification; OTHER is not', () => {
    expect(consideredForRelease(RcFeedbackClassification.RELEASE_BLOCKING, null)).toBe(true);
    expect(consideredForRelease(RcFeedbackClassification.CATASTROPHIC, null)).toBe(false);
    expect(consideredForRelease(RcFeedbackClassification.CATASTROPHIC, 'three banks blocked')).toBe(true);
    expect(consideredForRelease(RcFeedbackClassification.CERTIFICATION_BLOCKING, '  ')).toBe(false);
    expect(consideredForRelease(RcFeedbackClassification.OTHER, 'nice to have')).toBe(false);
  });
});

describe('change notice and announcement rules', () => {
  const planned = at('2026-06-15T00:00:00.000Z');

  it('REL-7: filed exactly 14 days before the public release is on time; one millisecond later is late', () => {
    expect(changeNoticeDeadline(planned).toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(isChangeNoticeLate(new Date(planned.getTime() - days(14)), planned)).toBe(false);
    expect(isChangeNoticeLate(new Date(planned.getTime() - days(14) + 1), planned)).toBe(true);
  });

  it('REL-5: a major release at Beta or later with no announcement is overdue; minor releases and Early Access are not', () => {
    expect(announcementOverdue(ReleaseKind.MAJOR, Milestone.EARLY_ACCESS, false)).toBe(false);
    expect(announcementOverdue(ReleaseKind.MAJOR, Milestone.BETA, false)).toBe(true);
    expect(announcementOverdue(ReleaseKind.MAJOR, Milestone.GA, false)).toBe(true);
    expect(announcementOverdue(ReleaseKind.MAJOR, Milestone.BETA, true)).toBe(false);
    expect(announcementOverdue(ReleaseKind.MINOR, Milestone.GA, false)).toBe(false);
  });
});
