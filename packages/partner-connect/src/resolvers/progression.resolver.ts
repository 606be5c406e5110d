import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, RequestContext } from '@alliance/kernel';
import { levelRank } from '../rules/levels.rules';
import { PointsEntry } from '../entities';
import { LevelType, Progression } from '../types/progression.types';
import { PointsEntryConnection } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRESSION_READERS } from './roles';

@Resolver(() => Progression)
export class ProgressionResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...PROGRESSION_READERS)
  @Query(() => Progression, { description: "PC-12: a partner's progression dashboard (PC-14: contacts, added users, its business manager, staff)." })
  async partnerProgression(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose progression dashboard to return; only the keys PC-14 allows see it.' })
    partnerId: string,
    @Arg('asOf', () => Date, { nullable: true, description: 'The instant to compute the dashboard for (UTC); now when omitted.' }) asOf?: Date | null,
  ): Promise<Progression> {
    await this.services.access.assertCanSeeProgression(ctx, partnerId, 'Progression');
    return this.services.progression.progression(ctx, partnerId, asOf ?? ctx.now());
  }

  @Authorized(...PROGRESSION_READERS)
  @Query(() => PointsEntryConnection, { description: 'PC-2: the points ledger of a partner, oldest first, optionally of one program year.' })
  async pointsLedger(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose points ledger to page through (PC-2).' }) partnerId: string,
    @Arg('programYear', () => Int, { nullable: true, description: 'Only entries of this program year (PC-8); every year when omitted.' })
    programYear: number | null,
    @Args() args: ConnectionArgs,
  ): Promise<PointsEntryConnection> {
    await this.services.access.assertCanSeeProgression(ctx, partnerId, 'Progression');
    return this.services.ledger.list(ctx, partnerId, programYear ?? null, args);
  }

  @Authorized(...PROGRESSION_READERS)
  @Query(() => [LevelType], { description: 'PC-9: the program levels, lowest first. A bounded list, not paged: the levels are fixed by the program.' })
  levels(): LevelType[] {
    const levels = this.services.config.levels;
    return levels.map((level) =>
      Object.assign(new LevelType(), {
        code: level.code,
        name: level.name,
        rank: levelRank(levels, level.code),
        performancePointsThousandths: level.performanceThousandths,
        capabilityPointsThousandths: level.capabilityThousandths,
        requirements: level.requirements,
      }),
    );
  }
}

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(() => Boolean, { description: 'PC-13: a capability entry whose validity has ended (its points no longer count).' })
  expired(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): boolean {
    return entry.validUntil !== null && entry.validUntil.getTime() < ctx.now().getTime();
  }
}
