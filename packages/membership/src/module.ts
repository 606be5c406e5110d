import { DomainModule, nodeType, readers, Role, scope, STAFF, visibleThroughParent, whereVisiblePartner } from '@alliance/kernel';
import { MEMBERSHIP_MIGRATIONS } from './migrations';
import { Agreement } from './entities/agreement.entity';
import { Enrollment } from './entities/enrollment.entity';
import { EnrollmentStateChange } from './entities/enrollment-state-change.entity';
import { Partner } from './entities/partner.entity';
import { PartnerContact } from './entities/partner-contact.entity';
import { Program } from './entities/program.entity';
import { ProgramVersion } from './entities/program-version.entity';
import { NetworkMembership } from './entities/tap-membership.entity';
import { MEMBERSHIP_ERROR_CODES } from './errors';
import { EnrollmentResolver } from './resolvers/enrollment.resolver';
import { PartnerResolver } from './resolvers/partner.resolver';
import { ProgramResolver } from './resolvers/program.resolver';
import { EnrollmentService } from './services/enrollment.service';
import { PartnerService } from './services/partner.service';
import { ProgramService } from './services/program.service';
import { membershipNoticeRules } from './notices';
import type { MembershipApi } from './contracts';
import { NetworkMembershipKind } from './entities/tap-membership.entity';

export const MEMBERSHIP_ENTITIES = [Partner, NetworkMembership, Program, ProgramVersion, Enrollment, EnrollmentStateChange, Agreement, PartnerContact];

export interface MembershipModule extends DomainModule {
  /** What other domains and package users call (see `contracts.ts`). */
  api: MembershipApi;
  partners: PartnerService;
  programs: ProgramService;
  enrollments: EnrollmentService;
}

/** Membership needs nothing from other domains, so it takes no ports. */
export function createMembershipModule(): MembershipModule {
  const partners = new PartnerService();
  const programs = new ProgramService();
  const enrollments = new EnrollmentService(partners, programs);
  const api: MembershipApi = {
    partnerExists: (ctx, partnerId) => partners.exists(ctx, partnerId),
    enrollmentStatus: (ctx, { partnerId, programId, at }) => enrollments.status(ctx, partnerId, programId, at),
    activeProgramIds: (ctx, partnerId, at) => enrollments.activeProgramIds(ctx, partnerId, at),
    activeMembers: (ctx, programIds, at) => enrollments.activeMembers(ctx, programIds, at),
    tapMembershipActive: (ctx, { partnerId, at }) => partners.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TAP, at),
  };
  return {
    name: 'membership',
    entities: MEMBERSHIP_ENTITIES,
    resolvers: [PartnerResolver, ProgramResolver, EnrollmentResolver],
    resolverInstances: [new PartnerResolver(partners, enrollments), new ProgramResolver(programs, enrollments), new EnrollmentResolver(enrollments, partners)],
    errorCodes: MEMBERSHIP_ERROR_CODES,
    // Read by id as their own queries read them: a PARTNER key sees only its own partner's rows.
    nodes: [
      nodeType(Partner, { readers: readers('partners:read'), visible: (query, ctx) => whereVisiblePartner(query, ctx, 'node.id') }),
      nodeType(Enrollment, { readers: readers('partners:read') }),
      nodeType(EnrollmentStateChange, { readers: readers('partners:read'), visible: visibleThroughParent('enrollmentId', 'mem_enrollment') }),
      nodeType(Agreement, { readers: readers('partners:read') }),
      nodeType(NetworkMembership, { readers: readers('partners:read') }),
      // MEM-8: contacts are confidential, as `Partner.contacts` reads them.
      nodeType(PartnerContact, { readers: [...STAFF, Role.PARTNER, scope('contacts:read')] }),
      nodeType(Program, { readers: readers('programs:read'), visible: 'everyone' }),
      nodeType(ProgramVersion, { readers: readers('programs:read'), visible: 'everyone' }),
    ],
    scopes: {
      'partners:read': 'Partners, their memberships and enrollments (not contacts).',
      'contacts:read': 'Partner contacts (confidential, MEM-8).',
      'programs:read': 'Programs, versions and requirements.',
    },
    noticeRules: membershipNoticeRules,
    migrations: MEMBERSHIP_MIGRATIONS,
    // MEM-4: the expiries the clock has made are recorded (after the notice sweep).
    jobs: [{ name: 'membership.expiries', stage: 'lifecycle', run: (ctx) => enrollments.recordExpiries(ctx) }],
    api,
    partners,
    programs,
    enrollments,
  };
}
