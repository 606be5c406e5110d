import { DomainEvent, DomainModule, RequestContext } from '@alliance/kernel';
import { SUPPORT_ENTITIES } from './entities';
import { SUPPORT_ERROR_CODES } from './errors';
import { FEES_PAYMENT_RECEIVED, PaymentReceivedPayload } from './events';
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
import { TsanetGroupSnapshot, TsanetService } from './services/tsanet.service';

export interface SupportServices {
  policies: SeverityPolicyService;
  cases: SupportCaseService;
  readiness: ReadinessService;
  obsolescence: ObsolescenceService;
  tsanet: TsanetService;
  questions: EngineeringQuestionService;
}

/** What other domains call through their ports. */
export interface SupportService {
  /** SUP-6, for certification's listing publication. */
  supportReadiness(ctx: RequestContext, partnerId: string): Promise<{ ready: boolean; missing: string[] }>;
  /** FEE-5, for fees' host-pay billing. */
  tsanetGroup(ctx: RequestContext, groupId: string, at: Date): Promise<TsanetGroupSnapshot>;
}

export type SupportModule = DomainModule & { service: SupportService; services: SupportServices };

export function createSupportModule(ports: SupportPorts): SupportModule {
  const policies = new SeverityPolicyService();
  const services: SupportServices = {
    policies,
    cases: new SupportCaseService(ports.certification, policies),
    readiness: new ReadinessService(),
    obsolescence: new ObsolescenceService(ports.certification),
    tsanet: new TsanetService(ports.fees),
    questions: new EngineeringQuestionService(ports.fees),
  };
  const service: SupportService = {
    supportReadiness: async (ctx, partnerId) => {
      const { ready, missing } = await services.readiness.readiness(ctx, partnerId);
      return { ready, missing: [...missing] };
    },
    tsanetGroup: (ctx, groupId, at) => services.tsanet.snapshot(ctx, groupId, at),
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
    scopes: { [SUPPORT_SCOPE]: 'Read support cases, severity policies, readiness, obsolescence, TSANet groups and engineering questions.' },
    reactions: {
      [FEES_PAYMENT_RECEIVED]: (ctx: RequestContext, event: DomainEvent) => services.tsanet.paymentReceived(ctx, event.payload as unknown as PaymentReceivedPayload),
    },
    noticeRules: SUPPORT_NOTICE_RULES,
    service,
    services,
  };
}
