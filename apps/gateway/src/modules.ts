import { DomainModule } from '@alliance/kernel';
import { CertificationModule, createCertificationModule } from '@alliance/certification';
import { createFeesModule, FeesModule } from '@alliance/fees';
import { createMembershipModule, MembershipModule } from '@alliance/membership';
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
  // Ports are typed from the provider's API, so each is the provider's `api` itself. Modules
  // built later are reached through getters: ports are only called at request time.
  const membership = createMembershipModule();
  const fees: FeesModule = createFeesModule({
    membership: membership.api,
    tsanetDirectory: { tsanetGroup: (ctx, groupId, at) => support.api.tsanetGroup(ctx, groupId, at) },
  });
  const releases = createReleasesModule({
    membership: membership.api,
    // REL-4: member notices go into the one notice outbox, in the milestone's transaction.
    notices: { record: (ctx, due) => notices.api.record(ctx, due) },
  });
  const support: SupportModule = createSupportModule({
    certification: {
      isListed: (ctx, query) => certification.api.isListed(ctx, query),
      softwareVersions: (ctx, id) => certification.api.softwareVersions(ctx, id),
    },
    fees: fees.api,
  });
  const certification: CertificationModule = createCertificationModule({
    releases: releases.api,
    membership: membership.api,
    fees: fees.api,
    support: support.api,
  });
  const partnerConnect = createPartnerConnectModule({ membership: membership.api, fees: fees.api });
  const partnerExists = membership.api.partnerExists;

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

export function errorCatalogue(modules: DomainModule[]): Record<string, { module: string; meaning: string }> {
  const out: Record<string, { module: string; meaning: string }> = {};
  for (const module of modules) {
    for (const [code, meaning] of Object.entries(module.errorCodes)) {
      out[code] ??= { module: module.name, meaning };
    }
  }
  return out;
}
