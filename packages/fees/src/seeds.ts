import { EntitlementKind, FeeKind } from './enums';

/** Entitlements a fee buys per unit charged (FEE-2). */
export interface EntitlementGrant {
  kind: EntitlementKind;
  quantity: number;
}

/** One band of TSANet host-pay pricing (FEE-5): counts up to `upToMembers` pay `perMemberMinor` each. */
export interface HostPayBand {
  upToMembers: number;
  perMemberMinor: number;
}

export interface FeeSeed {
  kind: FeeKind;
  amountMinor: number;
  currency: string;
  refundable: boolean;
  grants: EntitlementGrant[];
  termMonths: number | null;
  hostPayBands: HostPayBand[] | null;
  description: string;
}

/**
 * The default fee schedule from the source documents (programId null). Amounts are data:
 * an admin overrides any kind with `setFee` (for every program or one), and every invoice
 * line keeps the amount it was charged at. Kinds the documents give no amount for
 * (program entrance, development consulting) have no default: charging them before an
 * admin sets them is refused with FEE_NOT_SCHEDULED.
 */
export const DEFAULT_FEE_SCHEDULE: FeeSeed[] = [
  {
    kind: FeeKind.CERTIFICATION,
    amountMinor: 100_000,
    currency: 'USD',
    refundable: true,
    grants: [
      { kind: EntitlementKind.CERTIFICATION_SUBMISSION, quantity: 1 },
      { kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, quantity: 3 },
    ],
    termMonths: null,
    hostPayBands: null,
    description: 'Certification fee: 1 certification submission and 3 certification support incidents (001 §3.1.2.3).',
  },
  {
    kind: FeeKind.EQUIVALENCY,
    amountMinor: 12_500,
    currency: 'USD',
    refundable: true,
    grants: [],
    termMonths: null,
    hostPayBands: null,
    description: 'Equivalency fee, charged for each approved equivalency request (001 §3.1.2.3).',
  },
  {
    kind: FeeKind.PARTNER_CONNECT_ENROLLMENT,
    amountMinor: 99_500,
    currency: 'USD',
    refundable: false,
    grants: [],
    termMonths: null,
    hostPayBands: null,
    description: 'Partner Connect one-time enrollment fee, non-refundable (002).',
  },
  {
    kind: FeeKind.PARTNER_CONNECT_REENROLLMENT,
    amountMinor: 99_500,
    currency: 'USD',
    refundable: false,
    grants: [],
    termMonths: null,
    hostPayBands: null,
    description: 'Partner Connect re-enrollment fee, non-refundable (002).',
  },
  {
    kind: FeeKind.TSANET_MEMBER_DUES,
    amountMinor: 50_000,
    currency: 'USD',
    refundable: false,
    grants: [],
    termMonths: 12,
    hostPayBands: null,
    description: 'TSANet member-pay dues, $500 a year (003).',
  },
  {
    kind: FeeKind.TSANET_HOST_DUES,
    amountMinor: 0,
    currency: 'USD',
    refundable: false,
    grants: [],
    termMonths: null,
    hostPayBands: [
      { upToMembers: 25, perMemberMinor: 20_000 },
      { upToMembers: 50, perMemberMinor: 15_000 },
      { upToMembers: 100, perMemberMinor: 10_000 },
      { upToMembers: 200, perMemberMinor: 7_500 },
      { upToMembers: 400, perMemberMinor: 5_000 },
    ],
    description: 'TSANet host-pay dues, billed yearly per Limited member by band (003).',
  },
];
