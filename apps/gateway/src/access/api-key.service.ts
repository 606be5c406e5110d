import { createHash, randomBytes } from 'node:crypto';
import { IsNull, LessThan } from 'typeorm';
import { Database, NotFoundError, Role, RequestContext, UserError, Actor, Clock, readRows } from '@alliance/kernel';
import { ApiKey } from './api-key.entity';

const KEY_PREFIX = 'alk_';

/** How precisely `lastUsedAt` follows use: a key in constant use costs one UPDATE a minute per process, not one per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface MintKeyInput {
  name: string;
  role: Role;
  partnerId?: string | null;
  scopes?: string[] | null;
}

export interface PartnerDirectory {
  partnerExists(ctx: RequestContext, partnerId: string): Promise<boolean>;
}

/**
 * API keys: a random 256-bit secret, shown once; only its hash is kept. Keys are checked
 * against the database on every request, so a revoked key stops working at once on
 * every gateway process.
 */
export class ApiKeyService {
  /** When this process last recorded each key's use (only to skip needless writes; the database holds the truth). */
  private readonly useRecorded = new Map<string, number>();

  constructor(
    private readonly partners: PartnerDirectory,
    private readonly knownScopes: () => string[],
  ) {}

  async mint(ctx: RequestContext, input: MintKeyInput): Promise<{ key: ApiKey; secret: string }> {
    const scopes = [...new Set(input.scopes ?? [])].sort();
    if (input.role === Role.PARTNER) {
      if (!input.partnerId) throw new UserError('PARTNER_REQUIRED', 'a PARTNER key must be bound to a partner', 'partnerId');
      if (!(await this.partners.partnerExists(ctx, input.partnerId))) {
        throw new UserError('PARTNER_NOT_FOUND', `no partner ${input.partnerId}`, 'partnerId');
      }
    } else if (input.partnerId) {
      throw new UserError('PARTNER_NOT_ALLOWED', 'only PARTNER keys are bound to a partner', 'partnerId');
    }
    if (input.role !== Role.INTEGRATION && scopes.length) {
      throw new UserError('SCOPES_NOT_ALLOWED', 'only INTEGRATION keys carry scopes', 'scopes');
    }
    const known = this.knownScopes();
    const unknown = scopes.filter((scope) => !known.includes(scope));
    if (unknown.length) {
      throw new UserError('UNKNOWN_SCOPE', `unknown scopes ${unknown.join(', ')}; known: ${known.join(', ')}`, 'scopes');
    }
    const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
    const key = await ctx.em.save(
      ctx.em.create(ApiKey, {
        name: input.name,
        role: input.role,
        partnerId: input.partnerId ?? null,
        scopes,
        prefix: secret.slice(0, 12),
        secretHash: hashSecret(secret),
        createdAt: ctx.now(),
        createdBy: ctx.actor.name,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { key, secret: ctx.revealOnce(secret) };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = await ctx.em.findOneBy(ApiKey, { id });
    if (!key) throw new UserError('API_KEY_NOT_FOUND', `no API key ${id}`, 'id');
    if (!key.revokedAt) {
      key.revokedAt = ctx.now();
      await ctx.em.save(key);
    }
    return key;
  }

  async get(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = await ctx.em.findOneBy(ApiKey, { id });
    if (!key) throw new NotFoundError('ApiKey', id);
    return key;
  }

  list(ctx: RequestContext): Promise<ApiKey[]> {
    return ctx.em.find(ApiKey, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Records that the key was used, at most once a minute per key and process. The UPDATE only
   * moves `lastUsedAt` forward, so processes sharing one database never move it back.
   */
  private async recordUse(db: Database, key: { id: string; lastUsedAt: Date | null }, now: Date): Promise<void> {
    const last = Math.max(this.useRecorded.get(key.id) ?? 0, key.lastUsedAt?.getTime() ?? 0);
    if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.useRecorded.set(key.id, now.getTime());
    await db.manager.update(
      ApiKey,
      [
        { id: key.id, lastUsedAt: IsNull() },
        { id: key.id, lastUsedAt: LessThan(now) },
      ],
      { lastUsedAt: now },
    );
  }

  /**
   * The actor for a presented secret, or null when it is unknown or revoked: a plain-row read,
   * no entity hydration (this runs before every request).
   */
  async authenticate(db: Database, clock: Clock, secret: string): Promise<Actor | null> {
    if (!secret.startsWith(KEY_PREFIX) || secret.length > 200) return null;
    const now = clock.now();
    const row = (await readRows<KeyRow>(db.manager, `SELECT ${KEY_COLUMNS} FROM gw_api_key WHERE "secretHash" = ?`, [hashSecret(secret)]))[0];
    if (!row) return null;
    const revokedAt = row.revokedAt === null ? null : new Date(row.revokedAt);
    if (revokedAt && revokedAt.getTime() <= now.getTime()) return null;
    await this.recordUse(db, { id: row.id, lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt) }, now);
    return { keyId: row.id, name: row.name, role: row.role, partnerId: row.partnerId, scopes: JSON.parse(row.scopes) as string[] };
  }
}

/** The columns authentication reads, as stored (instants as ISO text, scopes as JSON text). */
interface KeyRow {
  id: string;
  name: string;
  role: Role;
  partnerId: string | null;
  scopes: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
const KEY_COLUMNS = `id, name, role, "partnerId", scopes, "revokedAt", "lastUsedAt"`;
