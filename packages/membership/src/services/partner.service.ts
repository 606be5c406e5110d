import { In } from 'typeorm';
import {
  ConnectionResult,
  loadById,
  loadByParent,
  LoaderDefinition,
  Maybe,
  NotFoundError,
  paginateRows,
  RequestContext,
  RowQuery,
  rowsByParent,
  toDateOnly,
  UserError,
  visiblePartnerRows,
} from '@alliance/kernel';
import { Partner } from '../entities/partner.entity';
import { PartnerContact } from '../entities/partner-contact.entity';
import { NetworkMembership, NetworkMembershipKind } from '../entities/tap-membership.entity';
import { MembershipEvents, membershipEvent, NetworkMembershipEndedPayload } from '../events';
import { CreatePartnerInput, EndNetworkMembershipInput, PartnerFilter, RecordNetworkMembershipInput, SetPartnerContactInput } from '../inputs/partner.input';
import { isMembershipActive, PartnerStanding } from '../rules/requirements.rules';

/** A partner's memberships of one kind, oldest first: the loaders behind `tapActive`, `tsanetActive` and each enrollment's state. */
const MEMBERSHIPS: Record<NetworkMembershipKind, LoaderDefinition<NetworkMembership[]>> = {
  [NetworkMembershipKind.TAP]: rowsByParent(NetworkMembership, 'partnerId', { where: { kind: NetworkMembershipKind.TAP }, order: { startsAt: 'ASC' } }),
  [NetworkMembershipKind.TSANET]: rowsByParent(NetworkMembership, 'partnerId', { where: { kind: NetworkMembershipKind.TSANET }, order: { startsAt: 'ASC' } }),
};

/** A membership's term: what `tapActive`, `tsanetActive` and each enrollment's state read of it. */
export type MembershipTerm = Pick<NetworkMembership, 'partnerId' | 'startsAt' | 'endsAt' | 'endedAt'>;

const TERM_COLUMNS: (keyof NetworkMembership & string)[] = ['startsAt', 'endsAt', 'endedAt'];

/** The terms alone, oldest first: a page of partners reads three columns of each membership, not all ten. */
const TERMS: Record<NetworkMembershipKind, LoaderDefinition<MembershipTerm[]>> = {
  [NetworkMembershipKind.TAP]: rowsByParent(NetworkMembership, 'partnerId', {
    where: { kind: NetworkMembershipKind.TAP },
    order: { startsAt: 'ASC' },
    columns: TERM_COLUMNS,
  }),
  [NetworkMembershipKind.TSANET]: rowsByParent(NetworkMembership, 'partnerId', {
    where: { kind: NetworkMembershipKind.TSANET },
    order: { startsAt: 'ASC' },
    columns: TERM_COLUMNS,
  }),
};

function membershipLoader(ctx: RequestContext, kind: NetworkMembershipKind) {
  return MEMBERSHIPS[kind].of(ctx);
}

export class PartnerService {
  async create(ctx: RequestContext, input: CreatePartnerInput): Promise<Partner> {
    return ctx.em.save(
      ctx.em.create(Partner, {
        name: input.name.trim(),
        website: input.website ?? null,
        country: input.country ?? null,
        joinedOn: input.joinedOn ?? toDateOnly(ctx.now()),
        createdAt: ctx.now(),
      }),
    );
  }

  /** A partner this key may see, or NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<Partner> {
    ctx.assertCanSeePartner(id, 'Partner', id);
    const partner = await ctx.em.findOneBy(Partner, { id });
    if (!partner) throw new NotFoundError('Partner', id);
    return partner;
  }

  /** For mutations: a missing partner is a user error on the named field. */
  async require(ctx: RequestContext, id: string, field = 'partnerId'): Promise<Partner> {
    const partner = ctx.canSeePartner(id) ? await ctx.em.findOneBy(Partner, { id }) : null;
    if (!partner) throw new UserError('PARTNER_NOT_FOUND', `no partner ${id}`, field);
    return partner;
  }

  async exists(ctx: RequestContext, id: string): Promise<boolean> {
    return (await ctx.em.countBy(Partner, { id })) > 0;
  }

  /** A page of the partners this key may see, read as plain rows (the partner list is a hot read). */
  /** `columns`: only these (see `columnsForSelection`); omitted, every column. */
  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: PartnerFilter | null },
    columns: (keyof Partner & string)[] | null = null,
  ): Promise<ConnectionResult<Partner>> {
    const query = visiblePartnerRows(new RowQuery(ctx.em, Partner), ctx, 'id').only(columns);
    const nameContains = args.filter?.nameContains?.trim();
    if (nameContains) query.whereSql(`LOWER(${query.column('name')}) LIKE ?`, `%${nameContains.toLowerCase().replace(/[%_]/g, '')}%`);
    return paginateRows(query, args);
  }

  /** Loads partners by id in one statement per request tick (for nested fields). */
  load(ctx: RequestContext, id: string): Promise<Partner | null> {
    return loadById(ctx, Partner).load(id);
  }

  async recordNetworkMembership(ctx: RequestContext, kind: NetworkMembershipKind, input: RecordNetworkMembershipInput): Promise<NetworkMembership> {
    await this.require(ctx, input.partnerId);
    if (input.endsAt.getTime() < input.startsAt.getTime()) {
      throw new UserError('MEMBERSHIP_TERM_INVALID', 'endsAt must not be before startsAt', 'endsAt');
    }
    await ctx.db.lock(ctx.em, `membership:${input.partnerId}:${kind}`);
    const existing = await ctx.em.findBy(NetworkMembership, { partnerId: input.partnerId, kind });
    const overlapping = existing.find((m) => {
      const end = m.endedAt && m.endedAt.getTime() <= m.endsAt.getTime() ? m.endedAt.getTime() - 1 : m.endsAt.getTime();
      return m.startsAt.getTime() <= input.endsAt.getTime() && input.startsAt.getTime() <= end;
    });
    if (overlapping) {
      throw new UserError(
        'MEMBERSHIP_OVERLAPS',
        `the partner already has a ${kind} membership from ${overlapping.startsAt.toISOString()} to ${overlapping.endsAt.toISOString()}`,
        'startsAt',
      );
    }
    return ctx.em.save(
      ctx.em.create(NetworkMembership, {
        partnerId: input.partnerId,
        kind,
        reference: input.reference ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        endedAt: null,
        endReason: null,
        recordedAt: ctx.now(),
        recordedBy: ctx.actor.name,
      }),
    );
  }

  /** Ends the membership active now; losing TAP or TSANet flags certifications for review (MEM-9, CERT-8). */
  async endNetworkMembership(ctx: RequestContext, input: EndNetworkMembershipInput): Promise<NetworkMembership> {
    await this.require(ctx, input.partnerId);
    const now = ctx.now();
    const memberships = await ctx.em.findBy(NetworkMembership, { partnerId: input.partnerId, kind: input.kind });
    const active = memberships.find((m) => isMembershipActive(m, now));
    if (!active) throw new UserError('MEMBERSHIP_NOT_ACTIVE', `the partner has no active ${input.kind} membership`, 'kind');
    active.endedAt = now;
    active.endReason = input.reason;
    await ctx.em.save(active);
    const payload: NetworkMembershipEndedPayload = { partnerId: input.partnerId, endedAt: now.toISOString(), reason: input.reason };
    await ctx.publish(
      membershipEvent(
        input.kind === NetworkMembershipKind.TAP ? MembershipEvents.TAP_MEMBERSHIP_ENDED : MembershipEvents.TSANET_MEMBERSHIP_ENDED,
        now,
        payload,
        input.partnerId,
      ),
    );
    return active;
  }

  /** The partner's memberships of `kind`, oldest first; batched, and at once when already loaded. */
  memberships(ctx: RequestContext, partnerId: string, kind: NetworkMembershipKind): Maybe<NetworkMembership[]> {
    return membershipLoader(ctx, kind).get(partnerId);
  }

  /** Loads the memberships of `kind` of these partners in one statement (a page's, before its fields resolve). */
  preloadMemberships(ctx: RequestContext, partnerIds: readonly string[], kind: NetworkMembershipKind): Promise<void> {
    return membershipLoader(ctx, kind).preload(partnerIds);
  }

  /** The terms of the partner's memberships of `kind`, oldest first; batched, and at once when already loaded. */
  terms(ctx: RequestContext, partnerId: string, kind: NetworkMembershipKind): Maybe<MembershipTerm[]> {
    return TERMS[kind].of(ctx).get(partnerId);
  }

  /** Loads the membership terms of `kind` of these partners in one statement. */
  preloadTerms(ctx: RequestContext, partnerIds: readonly string[], kind: NetworkMembershipKind): Promise<void> {
    return TERMS[kind].of(ctx).preload(partnerIds);
  }

  async isNetworkMemberActive(ctx: RequestContext, partnerId: string, kind: NetworkMembershipKind, at: Date): Promise<boolean> {
    const memberships = await ctx.em.findBy(NetworkMembership, { partnerId, kind });
    return memberships.some((m) => isMembershipActive(m, at));
  }

  /** The partners among `partnerIds` with an active membership of `kind` at `at` (one statement per 500). */
  async activeNetworkMembers(ctx: RequestContext, partnerIds: string[], kind: NetworkMembershipKind, at: Date): Promise<Set<string>> {
    const active = new Set<string>();
    const unique = [...new Set(partnerIds)];
    for (let from = 0; from < unique.length; from += 500) {
      const rows = await ctx.em.findBy(NetworkMembership, { partnerId: In(unique.slice(from, from + 500)), kind });
      for (const row of rows) if (isMembershipActive(row, at)) active.add(row.partnerId);
    }
    return active;
  }

  async standing(ctx: RequestContext, partnerId: string, at: Date): Promise<PartnerStanding> {
    // One after another: inside a transaction all queries share one PostgreSQL client.
    const tapActive = await this.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TAP, at);
    const tsanetActive = await this.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TSANET, at);
    const contacts = await ctx.em.findBy(PartnerContact, { partnerId });
    return { tapActive, tsanetActive, contactRoles: contacts.map((c) => c.role) };
  }

  async setContact(ctx: RequestContext, input: SetPartnerContactInput): Promise<PartnerContact> {
    await this.require(ctx, input.partnerId);
    const existing = await ctx.em.findOneBy(PartnerContact, { partnerId: input.partnerId, role: input.role });
    const contact = existing ?? ctx.em.create(PartnerContact, { partnerId: input.partnerId, role: input.role });
    Object.assign(contact, {
      name: input.name,
      title: input.title ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      email: input.email,
      updatedAt: ctx.now(),
    });
    return ctx.em.save(contact);
  }

  contacts(ctx: RequestContext, partnerId: string): Promise<PartnerContact[]> {
    return loadByParent(ctx, PartnerContact, 'partnerId', { order: { role: 'ASC' } }).load(partnerId);
  }
}
