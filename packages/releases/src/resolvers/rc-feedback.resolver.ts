import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { RcFeedbackState } from '../enums';
import { RcFeedback } from '../entities/rc-feedback.entity';
import { RcInstall } from '../entities/rc-install.entity';
import { RecordRcInstallInput, SubmitRcFeedbackInput } from '../inputs/rc-feedback.input';
import { RcFeedbackService } from '../services/rc-feedback.service';
import { rcFeedbackState } from '../rules/rc-feedback.rules';
import { RELEASES_READ } from './product.resolver';

@ObjectType('RcInstallConnection', { description: 'A page of RC install items, in creation order.' })
export class RcInstallConnection extends Connection(RcInstall) {}

@ObjectType('RecordRcInstallPayload', {
  description: 'The result of `recordRcInstall`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordRcInstallPayload extends MutationPayload {
  @Field(() => RcInstall, { nullable: true, description: 'The RcInstall as `recordRcInstall` left it; null when userErrors rejected the input.' })
  rcInstall?: RcInstall | null;
}

@ObjectType('SubmitRcFeedbackPayload', {
  description: 'The result of `submitRcFeedback`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SubmitRcFeedbackPayload extends MutationPayload {
  @Field(() => RcFeedback, { nullable: true, description: 'The RcFeedback as `submitRcFeedback` left it; null when userErrors rejected the input.' })
  rcFeedback?: RcFeedback | null;
}

@Resolver(() => RcInstall)
export class RcFeedbackResolver {
  constructor(private readonly service: RcFeedbackService) {}

  @Authorized(...readers(RELEASES_READ))
  @Query(() => RcInstallConnection, {
    description: 'REL-3: partners that installed the RC build, when their feedback is due and who is late. A partner key sees only its own row.',
  })
  rcFeedbackStatus(
    @Ctx() ctx: RequestContext,
    @Arg('releaseId', () => ID, { description: 'Id of the `Release` whose RC installs and feedback state to return (REL-3).' }) releaseId: string,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<RcInstall>> {
    return this.service.status(ctx, releaseId, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => RecordRcInstallPayload, {
    description: 'REL-3: records that a partner installed the RC build; feedback is due 21 days after its availability.',
  })
  recordRcInstall(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordRcInstallInput`.' }) input: RecordRcInstallInput,
  ): Promise<RecordRcInstallPayload> {
    return runMutation(ctx, async () => ({ rcInstall: await this.service.recordInstall(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => SubmitRcFeedbackPayload, { description: 'REL-3: submits feedback on an RC build; after the due instant it is recorded and marked late.' })
  submitRcFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SubmitRcFeedbackInput`.' }) input: SubmitRcFeedbackInput,
  ): Promise<SubmitRcFeedbackPayload> {
    return runMutation(ctx, async () => ({ rcFeedback: await this.service.submitFeedback(ctx, input) }));
  }

  @FieldResolver(() => RcFeedbackState, { description: 'OWED, OVERDUE (nothing submitted past the due instant), ON_TIME or LATE.' })
  feedbackState(@Ctx() ctx: RequestContext, @Root() install: RcInstall): RcFeedbackState {
    return rcFeedbackState(install.firstFeedbackAt, install.feedbackDueAt, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: 'Still owes feedback: nothing submitted yet.' })
  owesFeedback(@Root() install: RcInstall): boolean {
    return !install.firstFeedbackAt;
  }

  @FieldResolver(() => [RcFeedback], { description: 'Feedback submitted, oldest first.' })
  feedback(@Ctx() ctx: RequestContext, @Root() install: RcInstall): Promise<RcFeedback[]> {
    return this.service.feedbackOf(ctx, install.id);
  }
}
