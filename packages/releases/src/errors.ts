/** Codes this package returns in `userErrors`, with what each means. */
export const RELEASES_ERROR_CODES = {
  PRODUCT_NAME_TAKEN: 'Another product already has this name.',
  RELEASE_VERSION_TAKEN: 'The product already has a release with this version.',
  MILESTONE_NOT_FOR_KIND: 'REL-1: this kind of release has no such milestone (Beta: major and minor; RC and RTM: major, minor, update; GA: all).',
  MILESTONE_NOT_FORWARD: 'REL-1: milestones only move forward; the release is already at this milestone or a later one.',
  MILESTONE_SKIPPED: 'REL-1: a milestone this kind of release has may not be skipped.',
  AVAILABILITY_IN_FUTURE: 'A milestone is recorded when its build is available: availableAt may not be in the future.',
  AVAILABILITY_BEFORE_PREVIOUS: 'REL-1: a milestone build cannot be available before the previous milestone build.',
  ALREADY_ANNOUNCED: 'REL-5: the release has already been announced.',
  RELEASE_NOT_AT_RC: 'REL-3: the release has no RC build available at the install instant.',
  INSTALLED_IN_FUTURE: 'REL-3: installedAt may not be in the future.',
  NOT_A_MEMBER: 'The partner is not an active member of any program tied to the product (or of the program named).',
  RC_INSTALL_NOT_RECORDED: 'REL-3: feedback is given by a partner that recorded an install of the RC build.',
  BUSINESS_JUSTIFICATION_REQUIRED: 'REL-3: a catastrophic or certification-blocking item needs a business justification.',
  PROGRAM_NOT_TIED_TO_PRODUCT: "REL-8: the program is not one of the programs tied to the release's product.",
  OFFICIAL_MILESTONE_NEEDS_NO_REQUEST: 'REL-8: official milestone builds (Beta, RC, GA) reach every active member without a request.',
  JUSTIFICATION_REQUIRED: 'REL-8: a request for an unofficial-milestone build needs a justification.',
  BUILD_ACCESS_ALREADY_DECIDED: 'REL-8: the request was already approved, refused or ended.',
  DOWNLOAD_URL_REQUIRED: 'REL-8: an approval delivers a build: give its download URL.',
  DECISION_NOTE_REQUIRED: 'REL-8: a refusal needs a note telling the partner why.',
} as const;

export type ReleasesErrorCode = keyof typeof RELEASES_ERROR_CODES;
