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

registerEnumType(FeeKind, { name: 'FeeKind', description: 'What a fee is for (FEE-1).', valuesConfig: {
    PROGRAM_ENTRANCE: { description: 'Program entrance.' },
    DEVELOPMENT_CONSULTING: { description: 'Development consulting.' },
    CERTIFICATION: { description: 'Certification.' },
    EQUIVALENCY: { description: 'Equivalency.' },
    PARTNER_CONNECT_ENROLLMENT: { description: 'Partner connect enrollment.' },
    PARTNER_CONNECT_REENROLLMENT: { description: 'Partner connect reenrollment.' },
    TSANET_MEMBER_DUES: { description: 'TSANet member dues.' },
    TSANET_HOST_DUES: { description: 'TSANet host dues.' },
  } });
registerEnumType(EntitlementKind, { name: 'EntitlementKind', description: 'The kind of service request an entitlement allows (FEE-2).', valuesConfig: {
    CERTIFICATION_SUBMISSION: { description: 'Certification submission.' },
    CERTIFICATION_SUPPORT_INCIDENT: { description: 'Certification support incident.' },
  } });
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
registerEnumType(EntitlementEntryType, { name: 'EntitlementEntryType', description: 'A change in the entitlement ledger.', valuesConfig: {
    GRANT: { description: 'A settled bundle fee granted entitlements.' },
    CONSUME: { description: 'A service request was opened against one entitlement.' },
    REVOKE: { description: 'A refund took back the unconsumed entitlements an invoice had granted.' },
  } });
