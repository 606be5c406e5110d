export const MEMBERSHIP_ERROR_CODES = {
  PARTNER_NOT_FOUND: 'No partner with that id (or not visible to this key).',
  PROGRAM_NOT_FOUND: 'No program with that id.',
  ENROLLMENT_NOT_FOUND: 'No enrollment with that id (or not visible to this key).',
  PROGRAM_CODE_TAKEN: 'Another program already uses that code.',
  TAP_MEMBERSHIP_REQUIRED: 'MEM-1: the partner has no active TAP membership at that instant.',
  MEMBERSHIP_TERM_INVALID: 'The membership or agreement term ends before it starts.',
  MEMBERSHIP_OVERLAPS: 'The partner already has a membership of that kind covering part of that term.',
  MEMBERSHIP_NOT_ACTIVE: 'No active membership of that kind to end.',
  ALREADY_ENROLLED: 'MEM-10: the partner already has a live enrollment in that program.',
  REQUIREMENTS_UNMET: "MEM-5: the partner does not meet the program version's requirements.",
  AGREEMENT_NOT_REQUIRED: "MEM-2: that agreement is not one this enrollment needs (it depends on the partner's join date and the program's cutoff).",
  AGREEMENT_ALREADY_SIGNED: 'That agreement is already signed for this enrollment.',
  ENROLLMENT_STATE_INVALID: 'MEM-10: the enrollment cannot move to that state from its current one.',
  NOT_IN_UMBRELLA: 'MEM-7: the program is not part of that umbrella program.',
  UMBRELLA_INVALID: 'MEM-7: only an UMBRELLA program can contain programs, and an umbrella cannot be inside another.',
} as const;

export type MembershipErrorCode = keyof typeof MEMBERSHIP_ERROR_CODES;
