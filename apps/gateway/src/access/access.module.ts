import { DomainModule, nodeTypes, Role } from '@alliance/kernel';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService, PartnerDirectory } from './api-key.service';
import { AuditEventResolver } from '../hardening/audit.resolver';
import { AuditEvent, IdempotencyRecord, RateWindow } from '../hardening/hardening.entities';

/** The scope an INTEGRATION key needs for /metrics when METRICS_REQUIRE_KEY=true. */
export const METRICS_SCOPE = 'metrics:read';

export const ACCESS_ERROR_CODES = {
  PARTNER_REQUIRED: 'A PARTNER key must name the partner it is bound to.',
  PARTNER_NOT_ALLOWED: 'Only PARTNER keys are bound to a partner.',
  SCOPES_NOT_ALLOWED: 'Only INTEGRATION keys carry scopes.',
  UNKNOWN_SCOPE: 'A scope that no module defines.',
  API_KEY_NOT_FOUND: 'No API key with that id.',
} as const;

export interface AccessModule extends DomainModule {
  keys: ApiKeyService;
}

export function createAccessModule(partners: PartnerDirectory, knownScopes: () => string[]): AccessModule {
  const keys = new ApiKeyService(partners, knownScopes);
  return {
    name: 'access',
    entities: [ApiKey, RateWindow, IdempotencyRecord, AuditEvent],
    resolvers: [ApiKeyResolver, AuditEventResolver],
    resolverInstances: [new ApiKeyResolver(keys)],
    errorCodes: ACCESS_ERROR_CODES,
    // Read by id as `apiKeys` and `auditEvents` read them: admins only.
    nodes: nodeTypes([ApiKey, AuditEvent], { readers: [Role.ADMIN], visible: 'everyone' }),
    scopes: { [METRICS_SCOPE]: 'Prometheus metrics at /metrics, when METRICS_REQUIRE_KEY=true' },
    keys,
  };
}
