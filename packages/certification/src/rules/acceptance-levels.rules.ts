import { CertificationAcceptanceLevel } from '../enums';

export type CustomerSupportProvider = 'VENDOR' | 'PARTNER' | 'NONE';
export type SupportFlow = 'VENDOR_FIRST' | 'PARTNER_FIRST' | 'NONE';

export interface AcceptanceLevelTerms {
  level: CertificationAcceptanceLevel;
  supportProvider: CustomerSupportProvider;
  testing: string;
  supportFlow: SupportFlow;
}

/** CERT-1: Table 1 of the program guides (000/001 §3.2.3). */
export const ACCEPTANCE_LEVELS: Record<CertificationAcceptanceLevel, AcceptanceLevelTerms> = {
  CERTIFIED: {
    level: CertificationAcceptanceLevel.CERTIFIED,
    supportProvider: 'VENDOR',
    testing: 'Certification (functional verification)',
    supportFlow: 'VENDOR_FIRST',
  },
  ACCEPTED: {
    level: CertificationAcceptanceLevel.ACCEPTED,
    supportProvider: 'PARTNER',
    testing: "Acceptance (provider doesn't misbehave)",
    supportFlow: 'PARTNER_FIRST',
  },
  PARTNER_SUPPORTED: {
    level: CertificationAcceptanceLevel.PARTNER_SUPPORTED,
    supportProvider: 'PARTNER',
    testing: 'Partner-defined',
    supportFlow: 'PARTNER_FIRST',
  },
  COMMUNITY_SUPPORTED: { level: CertificationAcceptanceLevel.COMMUNITY_SUPPORTED, supportProvider: 'NONE', testing: 'None', supportFlow: 'NONE' },
};

export function acceptanceLevelTerms(level: CertificationAcceptanceLevel): AcceptanceLevelTerms {
  return ACCEPTANCE_LEVELS[level];
}
