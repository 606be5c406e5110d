import { ListingStatus } from '../enums';

/** Items CERT-6 requires before a listing goes on the guide. */
export const PUBLICATION_REQUIREMENTS = {
  TOI: 'TOI',
  SUPPORT_READINESS: 'SUPPORT_READINESS',
  SUPPORT_POLICY: 'SUPPORT_POLICY',
} as const;

export interface PublicationFacts {
  /** TOI checklist items still open for the version. */
  openToiItems: string[];
  supportReady: boolean;
  supportMissing: string[];
  hasSupportPolicy: boolean;
  /** Severe incompatibility footnotes without a technical fix (CERT-7). */
  unresolvedSevereFootnotes: number;
}

/** CERT-6: what is still missing, one entry per unmet requirement and item. */
export function missingPublicationItems(facts: PublicationFacts): string[] {
  const missing: string[] = [];
  for (const item of facts.openToiItems) missing.push(`${PUBLICATION_REQUIREMENTS.TOI}:${item}`);
  if (!facts.supportReady) {
    if (facts.supportMissing.length === 0) missing.push(PUBLICATION_REQUIREMENTS.SUPPORT_READINESS);
    for (const item of facts.supportMissing) missing.push(`${PUBLICATION_REQUIREMENTS.SUPPORT_READINESS}:${item}`);
  }
  if (!facts.hasSupportPolicy) missing.push(PUBLICATION_REQUIREMENTS.SUPPORT_POLICY);
  return missing;
}

/** CERT-6 and CERT-7: the guide state a certified, not removed listing should be in. */
export function publicationStatus(facts: PublicationFacts): { status: ListingStatus; missing: string[] } {
  const missing = missingPublicationItems(facts);
  if (missing.length > 0) return { status: ListingStatus.CERTIFIED_UNPUBLISHED, missing };
  if (facts.unresolvedSevereFootnotes > 0) return { status: ListingStatus.WITHHELD, missing };
  return { status: ListingStatus.PUBLISHED, missing };
}

/** CERT-16: the program's logo may be used while the listing is certified and not removed. */
export function logoEligible(programHasLogo: boolean, status: ListingStatus): boolean {
  return programHasLogo && status !== ListingStatus.REMOVED;
}
