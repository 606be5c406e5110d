import { DomainModule, EventBus, RequestContext } from '@alliance/kernel';
import { createMembershipModule, MembershipModule } from '@alliance/membership';
import { AccessModule, createAccessModule } from './access/access.module';

/**
 * Every domain module, wired: each package's ports are answered by adapters over the
 * other packages' services. Adapters take the caller's context, so one request's work
 * across domains shares one transaction.
 */
export interface Modules {
  all: DomainModule[];
  access: AccessModule;
  membership: MembershipModule;
}

export function createModules(): Modules {
  const membership = createMembershipModule();
  const domains: DomainModule[] = [membership];
  const knownScopes = () => domains.flatMap((module) => Object.keys(module.scopes ?? {})).sort();
  const access = createAccessModule({ partnerExists: (ctx, id) => membership.partners.exists(ctx, id) }, knownScopes);
  return { all: [...domains, access], access, membership };
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
