import { Milestone, ReleaseKind } from '../enums';
import { milestoneRank } from './milestones.rules';

/**
 * REL-5: a major release must be announced no later than its Beta. Reaching Beta or any
 * later milestone with no announcement recorded flags the release (once).
 */
export function announcementOverdue(kind: ReleaseKind, reached: Milestone, announced: boolean): boolean {
  return kind === ReleaseKind.MAJOR && !announced && milestoneRank(reached) >= milestoneRank(Milestone.BETA);
}
