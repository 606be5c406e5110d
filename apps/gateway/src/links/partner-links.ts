import { Ctx, FieldResolver, getMetadataStorage, Resolver, Root } from 'type-graphql';
import { ClassRef, DomainModule, RequestContext } from '@alliance/kernel';
import { Partner, PartnerService } from '@alliance/membership';

/**
 * Domains refer to partners by id only (they never import membership). The gateway links
 * them: every object type with a `partnerId` field gains `partner: Partner`, loaded through
 * one DataLoader per request, and null when the key may not see that partner.
 */
export function partnerLinks(partners: PartnerService): DomainModule {
  const storage = getMetadataStorage();
  const withPartnerId = new Set(storage.fields.filter((field) => field.name === 'partnerId').map((field) => field.target));
  const alreadyLinked = new Set([
    ...storage.fields.filter((field) => field.name === 'partner').map((field) => field.target),
    ...storage.fieldResolvers.filter((resolver) => resolver.schemaName === 'partner').map((resolver) => resolver.getObjectType?.()),
  ]);
  const objectTypes = storage.objectTypes.filter((type) => withPartnerId.has(type.target) && !alreadyLinked.has(type.target) && type.target !== Partner);

  const resolvers = objectTypes.map((type) => {
    @Resolver(() => type.target)
    class PartnerLink {
      @FieldResolver(() => Partner, { nullable: true, description: 'The partner this belongs to (null when this key may not see it).' })
      partner(@Root() row: { partnerId?: string | null }, @Ctx() ctx: RequestContext): Promise<Partner | null> | null {
        if (!row.partnerId || !ctx.canSeePartner(row.partnerId)) return null;
        return partners.load(ctx, row.partnerId);
      }
    }
    Object.defineProperty(PartnerLink, 'name', { value: `${type.name}PartnerLink` });
    return PartnerLink as ClassRef;
  });

  return { name: 'links', entities: [], resolvers, errorCodes: {} };
}
