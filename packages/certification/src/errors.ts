/** The certification error-code catalogue: code -> meaning. */
export const CERTIFICATION_ERROR_CODES = {
  PROGRAM_POLICY_MISSING: 'CERT-1: the program has no certification policy (acceptance level) yet; an admin or program manager sets it first.',
  RELEASE_SIGNATURE_NOT_UNIQUE:
    'CERT-13: the version would not be unique: its date and at least one version node must differ from every other released version of the software.',
  SOFTWARE_VERSION_KIND_MISMATCH: 'A hot fix notification must name a version registered with the HOT_FIX release kind.',
  SLOT_STARTED: 'CERT-2: the review slot has already started; reserve a later slot.',
  SLOT_FULL: 'CERT-2: the review slot has no capacity left.',
  SLOT_RESERVATION_REQUIRED: 'CERT-2: a submission must name an unused review slot reservation of the same partner.',
  RELEASE_NOT_CERTIFIABLE: 'CERT-3: the vendor release does not allow certification now (only RC and GA do).',
  ENROLLMENT_NOT_ACTIVE: "CERT-3: the partner's enrollment in the software's program is not active.",
  ENTITLEMENT_EXHAUSTED: 'CERT-3/FEE-2: no certification submission entitlement is left (returned by the fees domain).',
  SUBMISSION_ALREADY_DECIDED: 'CERT-4: the submission was already certified or denied.',
  JUSTIFICATION_REQUIRED: 'CERT-4/CERT-12: a denial needs a written justification.',
  LISTING_REMOVED: 'CERT-8: the listing was removed; it cannot be changed or extended.',
  LISTING_NOT_PUBLISHABLE: 'CERT-6/CERT-7: the listing cannot be published yet; the missing items are named.',
  FOOTNOTE_ALREADY_RESOLVED: 'CERT-7: the footnote already records a technical fix.',
  QUESTIONNAIRE_ANSWERS_INVALID: 'CERT-9: every question of the program questionnaire must be answered exactly once, yes or no.',
  HOT_FIX_DISTRIBUTION_INVALID: 'CERT-10: a hot fix distribution names a customer and a date not before the hot fix was released.',
  REQUEST_ALREADY_DECIDED: 'CERT-11/CERT-12: the waiver or equivalency request was already decided.',
  EQUIVALENCY_NOT_APPLICABLE: 'CERT-12: an equivalency extends a certified, not removed listing to a later version of the same software.',
  ARTIFACT_MISSING: 'CERT-12/CERT-14: the version has no artifact with declared sums to compare.',
  ARTIFACT_SUMS_MISMATCH:
    'CERT-12/CERT-14: the uploaded artifact does not match its declared MD5, SHA1 or size; upload the right file (or declare its sums) before approval.',
  CHECKLIST_ITEM_UNKNOWN: 'CERT-15: no such item on that checklist for the program.',
} as const;

export type CertificationErrorCode = keyof typeof CERTIFICATION_ERROR_CODES;
