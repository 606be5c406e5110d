import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { PartnerChangeNotice } from '../entities/partner-change-notice.entity';
import { FileChangeNoticeInput } from '../inputs/change-notice.input';
import { ChangeNoticeService } from '../services/change-notice.service';
import { RELEASES_READ } from './product.resolver';

@ObjectType('PartnerChangeNoticeConnection', { description: 'A page of partner change notice items, in creation order.' })
export class PartnerChangeNoticeConnection extends Connection(PartnerChangeNotice) {}

@ObjectType('FileChangeNoticePayload', {
  description: 'The result of `fileChangeNotice`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class FileChangeNoticePayload extends MutationPayload {
  @Field(() => PartnerChangeNotice, {
    nullable: true,
    description: 'The PartnerChangeNotice as `fileChangeNotice` left it; null when userErrors rejected the input.',
  })
  changeNotice?: PartnerChangeNotice | null;
}

@Resolver(() => PartnerChangeNotice)
export class ChangeNoticeResolver {
  constructor(private readonly service: ChangeNoticeService) {}

  @Authorized(...readers(RELEASES_READ))
  @Query(() => PartnerChangeNoticeConnection, { description: 'REL-7: change notices partners filed, in filing order. A partner key sees only its own.' })
  partnerChangeNotices(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { nullable: true, description: 'Only the change notices of this `Partner`; every partner the key may see when omitted.' })
    partnerId: string | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<PartnerChangeNotice>> {
    return this.service.list(ctx, partnerId ?? null, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => FileChangeNoticePayload, {
    description: 'REL-7: tells the vendor of a change, update or patch; under 14 days ahead it is accepted and marked late.',
  })
  fileChangeNotice(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `FileChangeNoticeInput`.' }) input: FileChangeNoticeInput,
  ): Promise<FileChangeNoticePayload> {
    return runMutation(ctx, async () => ({ changeNotice: await this.service.file(ctx, input) }));
  }
}
