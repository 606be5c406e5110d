import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  CalendarDateScalar,
  Connection,
  ConnectionArgs,
  ConnectionResult,
  MutationPayload,
  readers,
  RequestContext,
  Role,
  runMutation,
} from '@alliance/kernel';
import { SupportEndOfSupport } from '../entities/end-of-support.entity';
import { SetSupportEndOfSupportInput } from '../inputs/obsolescence.input';
import { ObsolescenceService } from '../services/obsolescence.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType('SupportVersionObsolescence', { description: "SUP-7: a software version's support schedule." })
export class SupportVersionObsolescence {
  @Field(() => ID, { description: 'Id of the `Software` this `SupportVersionObsolescence` refers to (look it up with `software(id:)`).' })
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `String` this `SupportVersionObsolescence` refers to (resolved by `version`).' })
  versionId: string;

  @Field({ description: 'The partner software version.' })
  version: string;

  @Field({ description: 'MAJOR, MINOR, UPDATE, PATCH or HOT_FIX; only MAJOR starts the clock.' })
  releaseKind: string;

  @Field(() => CalendarDateScalar, { description: 'Calendar date the version was released.' })
  releasedOn: string;

  @Field(() => ID, { nullable: true, description: 'The next major version, released after this one.' })
  supersededByVersionId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The next major version, whose release starts the 6-month clock of full support (SUP-7); null when none was released yet.',
  })
  supersededByVersion: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Earliest allowed last day of support: 6 months after the next major release.' })
  earliestEndOfSupportOn: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The scheduled last day of support, or the earliest allowed one when none was scheduled.' })
  endOfSupportOn: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Customers must be notified by this date (3 months before the end).' })
  customerNoticeOn: string | null;

  @Field({ description: 'True when the end of support was scheduled with setEndOfSupport.' })
  scheduled: boolean;

  @Field({ description: 'True after the scheduled last day of support.' })
  obsolete: boolean;
}

@ObjectType({ description: 'A page of support end of support items, in creation order.' })
export class SupportEndOfSupportConnection extends Connection(SupportEndOfSupport) {}

@ObjectType({
  description: 'The result of `setEndOfSupport`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetEndOfSupportPayload extends MutationPayload {
  @Field(() => SupportEndOfSupport, {
    nullable: true,
    description: 'The SupportEndOfSupport as `setEndOfSupport` left it; null when userErrors rejected the input.',
  })
  endOfSupport?: SupportEndOfSupport | null;
}

@Resolver(() => SupportEndOfSupport)
export class ObsolescenceResolver {
  constructor(private readonly lifecycle: ObsolescenceService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => [SupportVersionObsolescence], {
    description: "SUP-7: each version's end of support and customer notice date. A bounded list, not paged: one entry per version of one software.",
  })
  obsolescence(
    @Ctx() ctx: RequestContext,
    @Arg('softwareId', () => ID, { description: "Id of the partner `Software` whose versions' support schedule to return (SUP-7)." }) softwareId: string,
  ): Promise<SupportVersionObsolescence[]> {
    return this.lifecycle.forSoftware(ctx, softwareId);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportEndOfSupportConnection, { description: 'SUP-7: obsolete (unsupported) products: versions past their last day of support.' })
  obsoleteProducts(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<ConnectionResult<SupportEndOfSupport>> {
    return this.lifecycle.obsoleteProducts(ctx, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER)
  @Mutation(() => SetEndOfSupportPayload, { description: 'SUP-7: schedule the last day of support; refused when it breaks the 6-month or 3-month rule.' })
  setEndOfSupport(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SetSupportEndOfSupportInput`.' }) input: SetSupportEndOfSupportInput,
  ): Promise<SetEndOfSupportPayload> {
    return runMutation(ctx, async () => ({ endOfSupport: await this.lifecycle.setEndOfSupport(ctx, input) }));
  }
}
