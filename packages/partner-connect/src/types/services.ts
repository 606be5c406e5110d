import type { PartnerConnectConfig } from '../config';
import type {
  AccessService,
  AuditService,
  BookingService,
  ClaimService,
  CredentialService,
  LedgerService,
  ParticipantService,
  ProgressionService,
} from '../services';

/** The services one module instance is built from. */
export interface PartnerConnectServices {
  config: PartnerConnectConfig;
  ledger: LedgerService;
  participants: ParticipantService;
  bookings: BookingService;
  claims: ClaimService;
  credentials: CredentialService;
  audits: AuditService;
  access: AccessService;
  progression: ProgressionService;
}
