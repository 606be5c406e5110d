import { DomainModule, nodeTypes, reactions } from '@alliance/kernel';
import { PARTNER_CONNECT_MIGRATIONS } from './migrations';
import type { FeesEventMap } from '@alliance/fees/contracts';
import type { PartnerConnectApi } from './contracts';
import { PartnerConnectConfig, resolveConfig } from './config';
import {
  Audit,
  Booking,
  BusinessModel,
  Credential,
  InfluenceClaim,
  LevelChange,
  LifecycleClaim,
  ManagerAssignment,
  Participant,
  PointsEntry,
  PointsTotal,
  ProgressionAccess,
} from './entities';
import { PARTNER_CONNECT_ERROR_CODES } from './errors';
import { PartnerConnectPorts } from './ports';
import { AccessResolver } from './resolvers/access.resolver';
import { PROGRESSION_READERS } from './resolvers/roles';
import { AuditResolver } from './resolvers/audit.resolver';
import { ClaimsResolver } from './resolvers/claims.resolver';
import { CredentialResolver } from './resolvers/credential.resolver';
import { ProgramResolver } from './resolvers/program.resolver';
import { PointsEntryResolver, ProgressionResolver } from './resolvers/progression.resolver';
import {
  AccessService,
  AuditService,
  auditNoticeRule,
  BookingService,
  ClaimService,
  CredentialService,
  LedgerService,
  ParticipantService,
  ProgressionService,
  remediationNoticeRule,
  renewalNoticeRule,
} from './services';
import type { PartnerConnectServices } from './types/services';

export const PARTNER_CONNECT_ENTITIES = [
  Participant,
  LevelChange,
  BusinessModel,
  Booking,
  PointsEntry,
  PointsTotal,
  LifecycleClaim,
  InfluenceClaim,
  Credential,
  Audit,
  ProgressionAccess,
  ManagerAssignment,
];

export type PartnerConnectModule = DomainModule & {
  /** What other domains and package users call (see `contracts.ts`). */
  api: PartnerConnectApi;
  services: PartnerConnectServices;
  config: PartnerConnectConfig;
};

/** Builds the services over the ports (and the program data, defaults in `DEFAULT_CONFIG`). */
export function createPartnerConnectServices(ports: PartnerConnectPorts, config: Partial<PartnerConnectConfig> = {}): PartnerConnectServices {
  const resolved = resolveConfig(config);
  const ledger = new LedgerService();
  const participants = new ParticipantService(resolved, ports, ledger);
  const bookings = new BookingService(resolved, ledger, participants);
  const claims = new ClaimService(resolved, ledger, participants, bookings);
  const credentials = new CredentialService(resolved, ledger, participants);
  const audits = new AuditService(resolved, ports, participants);
  const access = new AccessService();
  const progression = new ProgressionService(resolved, participants, credentials, audits);
  return { config: resolved, ledger, participants, bookings, claims, credentials, audits, access, progression };
}

/** The Partner Connect DomainModule: entities, resolvers, error codes, reactions and notice rules. */
export function createPartnerConnectModule(ports: PartnerConnectPorts, config: Partial<PartnerConnectConfig> = {}): PartnerConnectModule {
  const services = createPartnerConnectServices(ports, config);
  const resolvers = [ProgressionResolver, PointsEntryResolver, ProgramResolver, ClaimsResolver, AuditResolver, CredentialResolver, AccessResolver];
  return {
    name: 'partner-connect',
    entities: PARTNER_CONNECT_ENTITIES,
    resolvers,
    resolverInstances: [
      new ProgressionResolver(services),
      new PointsEntryResolver(),
      new ProgramResolver(services),
      new ClaimsResolver(services),
      new AuditResolver(services),
      new CredentialResolver(services),
      new AccessResolver(services),
    ],
    errorCodes: PARTNER_CONNECT_ERROR_CODES,
    // Read by id as the progression reads them (PC-14): only by keys that see the partner's progression.
    nodes: nodeTypes([Audit, Booking, BusinessModel, Credential, InfluenceClaim, LifecycleClaim, ManagerAssignment, PointsEntry, ProgressionAccess], {
      readers: PROGRESSION_READERS,
      keep: async (ctx, rows) => {
        const partners = [...new Set(rows.map((row) => row.partnerId as string))];
        const seen = new Set<string>();
        for (const partnerId of partners) if (await services.access.canSeeProgression(ctx, partnerId)) seen.add(partnerId);
        return rows.filter((row) => seen.has(row.partnerId));
      },
    }),
    reactions: reactions<FeesEventMap>({
      /** The enrollment fee paid may lift a new partner to Community; a paid re-enrollment fee may reinstate (PC-10). */
      'fees.payment_received': async (ctx, event) => {
        const { invoiceId } = event.payload;
        const participant = await ctx.em.findOneBy(Participant, { enrollmentInvoiceId: invoiceId });
        if (participant) await services.participants.reevaluate(ctx, participant.partnerId);
        await services.audits.onInvoicePaid(ctx, invoiceId);
      },
    }),
    noticeRules: [renewalNoticeRule(), auditNoticeRule(services.config), remediationNoticeRule()],
    migrations: PARTNER_CONNECT_MIGRATIONS,
    // PC-10: remediation deadlines that have passed end the partnership.
    jobs: [{ name: 'partner_connect.remediation_deadlines', stage: 'lifecycle', run: (ctx) => services.audits.applyRemediationDeadlines(ctx) }],
    api: { levelAt: (ctx, partnerId, at) => services.participants.levelAt(ctx, partnerId, at) },
    services,
    config: services.config,
  };
}
