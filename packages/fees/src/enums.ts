import { registerEnumType } from 'type-graphql';

/** What a fee is for (FEE-1). The shared vocabulary of docs/domain-contracts.md. */
export enum FeeKind {
  PROGRAM_ENTRANCE = 'PROGRAM_ENTRANCE',
  DEVELOPMENT_CONSULTING = 'DEVELOPMENT_CONSULTING',
  CERTIFICATION = 'CERTIFICATION',
  EQUIVALENCY = 'EQUIVALENCY',
  PARTNER_CONNECT_ENROLLMENT = 'PARTNER_CONNECT_ENROLLMENT',
  PARTNER_CONNECT_REENROLLMENT = 'PARTNER_CONNECT_REENROLLMENT',
  TSANET_MEMBER_DUES = 'TSANET_MEMBER_DUES',
  TSANET_HOST_DUES = 'TSANET_HOST_DUES',
}

/** What a bundle fee buys: service requests of a kind (FEE-2). */
export enum EntitlementKind {
  CERTIFICATION_SUBMISSION = 'CERTIFICATION_SUBMISSION',
  CERTIFICATION_SUPPORT_INCIDENT = 'CERTIFICATION_SUPPORT_INCIDENT',
}

/** Derived from the ledger, never stored (FEE-8). */
export enum InvoiceStatus {
  OPEN = 'OPEN',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  WAIVED = 'WAIVED',
  REFUNDED = 'REFUNDED',
}

/** The kinds of entitlement ledger entry. */
export enum EntitlementEntryType {
  /** A settled bundle fee granted entitlements. */
  GRANT = 'GRANT',
  /** A service request was opened against one entitlement. */
  CONSUME = 'CONSUME',
  /** A refund took back the unconsumed entitlements an invoice had granted. */
  REVOKE = 'REVOKE',
}

registerEnumType(FeeKind, {
  name: 'FeeKind',
  description: 'What a fee is for (FEE-1).',
  valuesConfig: {
    PROGRAM_ENTRANCE: {
      description: 'Program entrance fee: one-time, non-refundable, non-transferable, tied to the program version it was bought for (FEE-1).',
    },
    DEVELOPMENT_CONSULTING: { description: 'Development consulting fee: buys a renewable service term of engineering questions (FEE-1, SUP-10).' },
    CERTIFICATION: { description: 'Certification fee, $1000: buys 1 submission and 3 support incidents (FEE-2).' },
    EQUIVALENCY: { description: 'Equivalency fee, $125: charged for each approved equivalency request only (FEE-3, CERT-12).' },
    PARTNER_CONNECT_ENROLLMENT: { description: 'Partner Connect enrollment fee, $995, one-time, non-refundable (FEE-1, FEE-6).' },
    PARTNER_CONNECT_REENROLLMENT: {
      description:
        'Partner Connect re-enrollment fee, $995, non-refundable: returns a partner to its previous level after a failed audit (FEE-1, FEE-6, PC-10).',
    },
    TSANET_MEMBER_DUES: { description: 'TSANet member-pay dues, $500 a year (FEE-1); paid before the member goes live (FEE-7).' },
    TSANET_HOST_DUES: { description: "TSANet host-pay dues: billed yearly per Limited member at its band's rate (FEE-5)." },
  },
});
registerEnumType(EntitlementKind, {
  name: 'EntitlementKind',
  description: 'The kind of service request an entitlement allows (FEE-2).',
  valuesConfig: {
    CERTIFICATION_SUBMISSION: { description: 'One certification submission; a submission consumes one (FEE-2, CERT-3). The $1000 certification fee buys 1.' },
    CERTIFICATION_SUPPORT_INCIDENT: {
      description: 'One certification support incident; opening a service request consumes one (FEE-2). The $1000 certification fee buys 3.',
    },
  },
});
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Derived from the invoice ledger (FEE-8).',
  valuesConfig: {
    OPEN: { description: 'Nothing paid or waived yet.' },
    PARTIALLY_PAID: { description: 'Some of the balance is paid or waived, some is still due.' },
    PAID: { description: 'Settled, at least partly by payment.' },
    WAIVED: { description: 'Settled entirely by waiver (FEE-4).' },
    REFUNDED: { description: 'Every payment was refunded; the balance is due again.' },
  },
});
registerEnumType(EntitlementEntryType, {
  name: 'EntitlementEntryType',
  description: 'A change in the entitlement ledger.',
  valuesConfig: {
    GRANT: { description: 'A settled bundle fee granted entitlements.' },
    CONSUME: { description: 'A service request was opened against one entitlement.' },
    REVOKE: { description: 'A refund took back the unconsumed entitlements an invoice had granted.' },
  },
});
