import { CertificationProgramPolicy } from './program-policy.entity';
import { Software } from './software.entity';
import { SoftwareVersion } from './software-version.entity';
import { Artifact } from './artifact.entity';
import { ChecklistItemState } from './checklist-item-state.entity';
import { ReviewSlot } from './review-slot.entity';
import { SlotReservation } from './slot-reservation.entity';
import { Submission } from './submission.entity';
import { Listing } from './listing.entity';
import { ListingFootnote } from './listing-footnote.entity';
import { ListingHistoryEntry } from './listing-history.entity';
import { RecertificationAssessment } from './recertification-assessment.entity';
import { HotFix } from './hot-fix.entity';
import { HotFixDistribution } from './hot-fix-distribution.entity';
import { RetestWaiver } from './retest-waiver.entity';
import { EquivalencyRequest } from './equivalency-request.entity';

export {
  CertificationProgramPolicy,
  Software,
  SoftwareVersion,
  Artifact,
  ChecklistItemState,
  ReviewSlot,
  SlotReservation,
  Submission,
  Listing,
  ListingFootnote,
  ListingHistoryEntry,
  RecertificationAssessment,
  HotFix,
  HotFixDistribution,
  RetestWaiver,
  EquivalencyRequest,
};
export { CapabilityAnswer } from './slot-reservation.entity';
export { RecertificationAnswer } from './recertification-assessment.entity';

export const CERTIFICATION_ENTITIES = [
  CertificationProgramPolicy,
  Software,
  SoftwareVersion,
  Artifact,
  ChecklistItemState,
  ReviewSlot,
  SlotReservation,
  Submission,
  Listing,
  ListingFootnote,
  ListingHistoryEntry,
  RecertificationAssessment,
  HotFix,
  HotFixDistribution,
  RetestWaiver,
  EquivalencyRequest,
];
