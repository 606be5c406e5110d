import { registerEnumType, AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

export enum Role {
  ADMIN = 'ADMIN',
  PROGRAM_MANAGER = 'PROGRAM_MANAGER',
  CERTIFICATION_REVIEWER = 'CERTIFICATION_REVIEWER',
  SUPPORT_ENGINEER = 'SUPPORT_ENGINEER',
  /** Bound to one partner: sees and changes only that partner's data. */
  PARTNER = 'PARTNER',
  /** A third-party integration: read access to the scopes its key carries. */
  INTEGRATION = 'INTEGRATION',
  /** The vendor's partner business manager: sees the progression of the partners assigned to it (PC-14). */
  PARTNER_BUSINESS_MANAGER = 'PARTNER_BUSINESS_MANAGER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do.',
  valuesConfig: {
    ADMIN: { description: 'Vendor administrator: may call every operation, including the management of API keys.' },
    PROGRAM_MANAGER: { description: 'Vendor program manager: runs programs, releases, fees and partner enrollments.' },
    CERTIFICATION_REVIEWER: { description: 'Vendor certification reviewer: reviews submissions, listings and certification requests.' },
    SUPPORT_ENGINEER: { description: 'Vendor support engineer: works support cases and TSANet groups.' },
    PARTNER: { description: "Bound to one partner: sees and changes only that partner's data." },
    INTEGRATION: { description: 'A third-party integration: read access to the scopes its key carries.' },
    PARTNER_BUSINESS_MANAGER: { description: "The vendor's partner business manager: sees the progression of the partners assigned to it (PC-14)." },
  },
});

/** The vendor's own people: they see every partner. */
export const STAFF: Role[] = [Role.ADMIN, Role.PROGRAM_MANAGER, Role.CERTIFICATION_REVIEWER, Role.SUPPORT_ENGINEER];

/** Who is calling: resolved from the API key for each request. */
export interface Actor {
  /** Id of the API key, or null for the system itself (CLI, sweeps). */
  keyId: string | null;
  name: string;
  role: Role;
  /** Set for PARTNER keys: the only partner this actor may see. */
  partnerId: string | null;
  /** Read scopes of an INTEGRATION key, such as `partners:read`. */
  scopes: string[];
}

export const SYSTEM_ACTOR: Actor = { keyId: null, name: 'system', role: Role.ADMIN, partnerId: null, scopes: [] };

/** `@Authorized(...)` entry granting an INTEGRATION key with that scope. */
export function scope(name: string): string {
  return `scope:${name}`;
}

/** Staff, the partner itself (filtered by its scope in the service), and integrations with `scopeName`. */
export function readers(scopeName: string): string[] {
  return [...STAFF, Role.PARTNER, scope(scopeName)];
}

/**
 * Whether an `@Authorized(...)` list admits the actor: an empty list admits any key; otherwise
 * its role is listed, or it is an INTEGRATION key with a listed `scope:` entry.
 */
export function admits(actor: Actor, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  return allowed.some((entry) =>
    entry.startsWith('scope:') ? actor.role === Role.INTEGRATION && actor.scopes.includes(entry.slice('scope:'.length)) : entry === actor.role,
  );
}

/**
 * type-graphql auth checker. `@Authorized()` with no entries admits any valid key;
 * otherwise the key's role must be listed, or it is an INTEGRATION key with a listed `scope:` entry.
 */
export const authChecker: AuthChecker<RequestContext, string> = ({ context, info }, allowed) => {
  const actor = context.actor;
  if (!actor) throw new UnauthenticatedError();
  if (!admits(actor, allowed)) {
    const scopes = allowed.filter((entry) => entry.startsWith('scope:')).map((entry) => entry.slice('scope:'.length));
    const roles = allowed.filter((entry) => !entry.startsWith('scope:'));
    throw new ForbiddenError(
      `${info.parentType.name}.${info.fieldName} needs a key with role ${roles.join(' or ')}` +
        (scopes.length ? ` or an integration key with scope ${scopes.join(' or ')}` : ''),
    );
  }
  return true;
};
