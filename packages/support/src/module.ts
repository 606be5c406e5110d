import { asPorts, DomainModule, nodeType, nodeTypes, NotFoundError, reactions, readers, visibleThroughParent, whereVisiblePartner } from '@alliance/kernel';
import { SUPPORT_MIGRATIONS } from './migrations';
import type { FeesEventMap } from '@alliance/fees/contracts';
import type { SupportApi } from './contracts';
import {
  EngineeringQuestion,
  SeverityPolicy,
  SUPPORT_ENTITIES,
  SupportCase,
  SupportCaseEscalation,
  SupportChecklistEvidence,
  SupportEndOfSupport,
  SupportReadinessItem,
  TsanetGroup,
  TsanetMember,
} from './entities';
import { SUPPORT_ERROR_CODES } from './errors';
import { SUPPORT_NOTICE_RULES } from './notices';
import type { SupportPorts } from './ports';
import { EngineeringQuestionResolver } from './resolvers/engineering-question.resolver';
import { ObsolescenceResolver } from './resolvers/obsolescence.resolver';
import { ReadinessResolver } from './resolvers/readiness.resolver';
import { SeverityPolicyResolver } from './resolvers/severity-policy.resolver';
import { SUPPORT_SCOPE, SupportCaseResolver } from './resolvers/support-case.resolver';
import { TsanetGroupResolver, TsanetMemberResolver } from './resolvers/tsanet.resolver';
import { EngineeringQuestionService } from './services/engineering-question.service';
import { ObsolescenceService } from './services/obsolescence.service';
import { ReadinessService } from './services/readiness.service';
import { SeverityPolicyService } from './services/severity-policy.service';
import { SupportCaseService } from './services/support-case.service';
import { TsanetService } from './services/tsanet.service';

export interface SupportServices {
  policies: SeverityPolicyService;
  cases: SupportCaseService;
  readiness: ReadinessService;
  obsolescence: ObsolescenceService;
  tsanet: TsanetService;
  questions: EngineeringQuestionService;
}

/** What other domains call (kept under this name for existing callers). */
export type SupportService = SupportApi;

export type SupportModule = DomainModule & {
  /** What other domains and package users call (see `contracts.ts`). */
  api: SupportApi;
  /** The same object as `api`. */
  service: SupportApi;
  services: SupportServices;
};

export function createSupportModule(given: SupportPorts): SupportModule {
  // A rule broken behind another domain's API names that API's field, not one of this domain's inputs.
  const ports = asPorts(given);
  const policies = new SeverityPolicyService();
  const services: SupportServices = {
    policies,
    cases: new SupportCaseService(ports.certification, policies),
    readiness: new ReadinessService(),
    obsolescence: new ObsolescenceService(ports.certification),
    tsanet: new TsanetService(ports.fees),
    questions: new EngineeringQuestionService(ports.fees),
  };
  const api: SupportApi = {
    supportReadiness: async (ctx, partnerId) => {
      const { ready, missing } = await services.readiness.readiness(ctx, partnerId);
      return { ready, missing: [...missing] };
    },
    tsanetGroup: async (ctx, groupId, at) => {
      try {
        return await services.tsanet.snapshot(ctx, groupId, at);
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
  };
  const resolverInstances = [
    new SupportCaseResolver(services.cases),
    new SeverityPolicyResolver(policies),
    new ReadinessResolver(services.readiness),
    new ObsolescenceResolver(services.obsolescence),
    new TsanetGroupResolver(services.tsanet),
    new TsanetMemberResolver(services.tsanet),
    new EngineeringQuestionResolver(services.questions),
  ];
  return {
    name: 'support',
    entities: SUPPORT_ENTITIES,
    resolvers: resolverInstances.map((instance) => instance.constructor),
    resolverInstances,
    errorCodes: { ...SUPPORT_ERROR_CODES },
    // Read by id as their own queries read them: a PARTNER key sees only its own partner's rows.
    nodes: [
      ...nodeTypes([SupportCase, EngineeringQuestion, SupportReadinessItem, SupportChecklistEvidence], { readers: readers(SUPPORT_SCOPE) }),
      nodeType(SupportCaseEscalation, { readers: readers(SUPPORT_SCOPE), visible: visibleThroughParent('caseId', 'sup_case') }),
      // SUP-7: the support schedule is public.
      nodeType(SupportEndOfSupport, { readers: readers(SUPPORT_SCOPE), visible: 'everyone' }),
      // SUP-1: a partner's policy, or the policy of a TSANet group the partner hosts.
      nodeType(SeverityPolicy, {
        readers: readers(SUPPORT_SCOPE),
        visible: (query, ctx) =>
          whereVisiblePartner(
            query,
            ctx,
            (p) => `(node.partnerId IN (:...${p}) OR node.tsanetGroupId IN (SELECT g.id FROM sup_tsanet_group g WHERE g."hostPartnerId" IN (:...${p})))`,
          ),
      }),
      // SUP-9: a partner sees the groups it hosts or belongs to, and in them its own membership (all of them as host).
      nodeType(TsanetGroup, {
        readers: readers(SUPPORT_SCOPE),
        visible: (query, ctx) =>
          whereVisiblePartner(
            query,
            ctx,
            (p) => `(node.hostPartnerId IN (:...${p}) OR node.id IN (SELECT m."groupId" FROM sup_tsanet_member m WHERE m."partnerId" IN (:...${p})))`,
          ),
      }),
      nodeType(TsanetMember, {
        readers: readers(SUPPORT_SCOPE),
        visible: (query, ctx) =>
          whereVisiblePartner(
            query,
            ctx,
            (p) => `(node.partnerId IN (:...${p}) OR node.groupId IN (SELECT g.id FROM sup_tsanet_group g WHERE g."hostPartnerId" IN (:...${p})))`,
          ),
      }),
    ],
    scopes: { [SUPPORT_SCOPE]: 'Read support cases, severity policies, readiness, obsolescence, TSANet groups and engineering questions.' },
    reactions: reactions<FeesEventMap>({
      // SUP-9: a member-paid TSANet member goes live once its dues are paid.
      'fees.payment_received': (ctx, event) => services.tsanet.paymentReceived(ctx, event.payload),
    }),
    noticeRules: SUPPORT_NOTICE_RULES,
    migrations: SUPPORT_MIGRATIONS,
    api,
    service: api,
    services,
  };
}
