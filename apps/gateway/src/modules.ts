import { DomainModule, EventBus, NotFoundError, RequestContext } from '@alliance/kernel';
import { CertificationModule, createCertificationModule } from '@alliance/certification';
import { createFeesModule, EntitlementKind, FeeKind, FeesModule } from '@alliance/fees';
import { createMembershipModule, MembershipModule, NetworkMembershipKind } from '@alliance/membership';
import { createNoticesModule, newWebhookKey, NoticesModule } from '@alliance/notices';
import { createPartnerConnectModule, PartnerConnectModule } from '@alliance/partner-connect';
import { createReleasesModule, ReleasesModule } from '@alliance/releases';
import { createSupportModule, SupportModule } from '@alliance/support';
import { AccessModule, createAccessModule } from './access/access.module';
import { partnerLinks } from './links/partner-links';

/**
 * Every domain module, wired: each package's ports are answered by adapters over the
 * other packages' services. Adapters take the caller's context, so one request's work
 * across domains shares one transaction. Adapters refer to modules created later through
 * closures: they are only called at request time, when every module exists.
 */
export interface Modules {
  all: DomainModule[];
  access: AccessModule;
  membership: MembershipModule;
  fees: FeesModule;
  releases: ReleasesModule;
  certification: CertificationModule;
  support: SupportModule;
  partnerConnect: PartnerConnectModule;
  notices: NoticesModule;
}

/** Settings the gateway's configuration passes to modules. */
export interface ModuleSettings {
  webhookLeaseMs?: number;
  /** The webhook key signing secrets are derived from; tools that never sign get a random one. */
  webhookKey?: string;
  webhookAllowPrivateTargets?: boolean;
}

export function createModules(settings: ModuleSettings = {}): Modules {
  const membership = createMembershipModule();
  const partnerExists = (ctx: RequestContext, partnerId: string) => membership.partners.exists(ctx, partnerId);

  const fees: FeesModule = createFeesModule({
    membership: { partnerExists },
    tsanetDirectory: {
      tsanetGroup: async (ctx, groupId, at) => {
        try {
          return await support.service.tsanetGroup(ctx, groupId, at);
        } catch (error) {
          if (error instanceof NotFoundError) return null;
          throw error;
        }
      },
    },
  });

  const releases = createReleasesModule({
    membership: {
      activeProgramIds: (ctx, partnerId, at) => membership.enrollments.activeProgramIds(ctx, partnerId, at),
      activeMembers: (ctx, programIds, at) => membership.enrollments.activeMembers(ctx, programIds, at),
    },
    // REL-4: member notices go into the one notice outbox, in the milestone's transaction.
    notices: {
      record: async (ctx, due) => {
        await notices.notices.record(ctx, due);
      },
    },
  });

  const certification: CertificationModule = createCertificationModule({
    releases: {
      activityAllowed: async (ctx, query) => {
        const answer = await releases.service.activityAllowed(ctx, query);
        return { ...answer, productId: answer.productId ?? '', version: answer.version ?? '' };
      },
      productReleases: (ctx, productIds) => releases.service.productReleases(ctx, productIds),
    },
    membership: {
      enrollmentStatus: (ctx, { partnerId, programId, at }) => membership.enrollments.status(ctx, partnerId, programId, at),
    },
    fees: {
      consumeEntitlement: (ctx, request) => fees.service.consumeEntitlement(ctx, { ...request, kind: EntitlementKind[request.kind] }),
      chargeFee: (ctx, request) => fees.service.chargeFee(ctx, { ...request, feeKind: FeeKind[request.feeKind] }),
    },
    support: { supportReadiness: (ctx, partnerId) => support.service.supportReadiness(ctx, partnerId) },
  });

  const support: SupportModule = createSupportModule({
    certification: {
      isListed: (ctx, query) => certification.service.isListed(ctx, query),
      softwareVersions: (ctx, softwareId) => certification.service.softwareVersions(ctx, softwareId),
    },
    fees: {
      chargeFee: (ctx, request) => fees.service.chargeFee(ctx, { ...request, feeKind: FeeKind[request.feeKind] }),
      isInvoicePaid: (ctx, invoiceId) => fees.service.isInvoicePaid(ctx, invoiceId),
      hasCurrentTerm: (ctx, query) => fees.service.hasCurrentTerm(ctx, { ...query, feeKind: FeeKind[query.feeKind] }),
    },
  });

  const partnerConnect = createPartnerConnectModule({
    membership: {
      tapMembershipActive: (ctx, { partnerId, at }) => membership.partners.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TAP, at),
      partnerExists,
    },
    fees: {
      chargeFee: (ctx, request) => fees.service.chargeFee(ctx, { ...request, feeKind: FeeKind[request.feeKind] }),
      isInvoicePaid: (ctx, invoiceId) => fees.service.isInvoicePaid(ctx, invoiceId),
    },
  });

  const domains: DomainModule[] = [membership, fees, releases, certification, support, partnerConnect];
  // NOT-1: every domain's dated obligations, swept into one outbox and delivered to webhooks.
  const notices = createNoticesModule({
    rules: () => domains.flatMap((module) => module.noticeRules ?? []),
    webhookKey: settings.webhookKey ?? newWebhookKey(),
    options: {
      ...(settings.webhookLeaseMs ? { leaseMs: settings.webhookLeaseMs } : {}),
      allowPrivateTargets: settings.webhookAllowPrivateTargets ?? false,
    },
  });
  domains.push(notices);
  const knownScopes = () => [...domains, access].flatMap((module) => Object.keys(module.scopes ?? {})).sort();
  const access = createAccessModule({ partnerExists }, knownScopes);
  return { all: [...domains, access, partnerLinks(membership.partners)], access, membership, fees, releases, certification, support, partnerConnect, notices };
}

/** Subscribes each module's reactions to other domains' events; each runs in its own transaction. */
export function subscribeReactions(modules: DomainModule[], bus: EventBus, contextFor: () => RequestContext): void {
  for (const module of modules) {
    for (const [type, reaction] of Object.entries(module.reactions ?? {})) {
      bus.subscribe(type, async (event) => {
        const ctx = contextFor();
        await ctx.transaction(() => reaction(ctx, event));
      });
    }
  }
}

export function errorCatalogue(modules: DomainModule[]): Record<string, { module: string; meaning: string }> {
  const out: Record<string, { module: string; meaning: string }> = {};
  for (const module of modules) {
    for (const [code, meaning] of Object.entries(module.errorCodes)) {
      out[code] ??= { module: module.name, meaning };
    }
  }
  return out;
}
