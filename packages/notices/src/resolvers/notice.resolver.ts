import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticesArgs, RunNoticeSweepInput, UpcomingNoticesArgs } from '../inputs/notice.input';
import { NoticeService } from '../services/notice.service';
import { NoticeConnection, NoticeSweepConnection, RunNoticeSweepPayload, UpcomingNoticeConnection } from './payloads';

export const NOTICES_READ_SCOPE = 'notices:read';

@Resolver(() => Notice)
export class NoticeResolver {
  constructor(private readonly noticeService: NoticeService) {}

  @Authorized(...readers(NOTICES_READ_SCOPE))
  @Query(() => NoticeConnection, { description: 'Recorded notices (NOT-1), filtered by partner, due window and kind. A PARTNER key sees only its own.' })
  notices(@Args() args: NoticesArgs, @Ctx() ctx: RequestContext): Promise<NoticeConnection> {
    return this.noticeService.list(ctx, args);
  }

  @Authorized(...readers(NOTICES_READ_SCOPE))
  @Query(() => UpcomingNoticeConnection, {
    description: "Notices falling due in [asOf, asOf + days], computed now from every domain's rules (NOT-1). A PARTNER key sees only its own.",
  })
  async upcomingNotices(@Args() args: UpcomingNoticesArgs, @Ctx() ctx: RequestContext): Promise<UpcomingNoticeConnection> {
    const items = await this.noticeService.upcoming(ctx, args);
    return this.noticeService.upcomingConnection(items, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Query(() => NoticeSweepConnection, { description: 'Sweeps run so far, oldest first, with the window each covered.' })
  noticeSweeps(@Args() args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<NoticeSweepConnection> {
    return this.noticeService.sweeps(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RunNoticeSweepPayload, { description: 'Records every notice due since the last sweep, once, and queues its webhook deliveries (NOT-1).' })
  runNoticeSweep(
    @Arg('input', () => RunNoticeSweepInput, { description: 'The input: see `RunNoticeSweepInput`; `{}` sweeps up to now.' }) input: RunNoticeSweepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RunNoticeSweepPayload> {
    return runMutation(ctx, () => this.noticeService.sweep(ctx, { at: input.at ?? null }));
  }
}
