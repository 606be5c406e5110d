import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { EngineeringQuestion } from '../entities/engineering-question.entity';
import { AnswerEngineeringQuestionInput, AskEngineeringQuestionInput, EngineeringQuestionFilter } from '../inputs/engineering-question.input';
import { EngineeringQuestionService } from '../services/engineering-question.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType({ description: 'A page of engineering question items, in creation order.' })
export class EngineeringQuestionConnection extends Connection(EngineeringQuestion) {}

@ObjectType('EngineeringQuestionVolume', { description: "SUP-10: a partner's questions in [from, to) and response times." })
export class EngineeringQuestionVolume {
  @Field(() => ID, { description: 'Id of the `Partner` this `EngineeringQuestionVolume` belongs to (resolved by `partner`).' })
  partnerId: string;

  @Field(() => Int, { description: 'Questions asked in the period.' })
  asked: number;

  @Field(() => Int, { description: 'Questions asked in the period that are answered.' })
  answered: number;

  @Field(() => Int, { description: 'Questions asked in the period that are still OPEN.' })
  open: number;

  @Field(() => Int, { nullable: true, description: 'Average minutes from question to answer over the answered questions; null when none is answered.' })
  averageResponseMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest minutes from question to answer; null when none is answered.' })
  longestResponseMinutes: number | null;
}

@ObjectType({
  description:
    'The result of `answerEngineeringQuestion` or `askEngineeringQuestion`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class EngineeringQuestionPayload extends MutationPayload {
  @Field(() => EngineeringQuestion, {
    nullable: true,
    description: 'The EngineeringQuestion as the mutation left it; null when userErrors rejected the input.',
  })
  question?: EngineeringQuestion | null;
}

@Resolver(() => EngineeringQuestion)
export class EngineeringQuestionResolver {
  constructor(private readonly questions: EngineeringQuestionService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => EngineeringQuestionConnection, { description: 'Pages through engineering question items visible to the key, in creation order.' })
  engineeringQuestions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EngineeringQuestionFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: EngineeringQuestionFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<EngineeringQuestion>> {
    return this.questions.list(ctx, filter ?? {}, args);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => EngineeringQuestionVolume, {
    description: 'SUP-10: how many engineering questions a partner asked in [from, to), how many are answered, and the response times.',
  })
  engineeringQuestionVolume(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose questions to count.' }) partnerId: string,
    @Arg('from', { description: 'Start of the period, inclusive (UTC).' }) from: Date,
    @Arg('to', { description: 'End of the period, exclusive (UTC).' }) to: Date,
  ): Promise<EngineeringQuestionVolume> {
    return this.questions.volume(ctx, partnerId, from, to);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => EngineeringQuestionPayload, { description: 'SUP-10: post a question with the internal assessment and logs.' })
  askEngineeringQuestion(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AskEngineeringQuestionInput`.' }) input: AskEngineeringQuestionInput,
  ): Promise<EngineeringQuestionPayload> {
    return runMutation(ctx, async () => ({ question: await this.questions.ask(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER)
  @Mutation(() => EngineeringQuestionPayload, { description: 'SUP-10: a vendor engineer answers.' })
  answerEngineeringQuestion(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AnswerEngineeringQuestionInput`.' }) input: AnswerEngineeringQuestionInput,
  ): Promise<EngineeringQuestionPayload> {
    return runMutation(ctx, async () => ({ question: await this.questions.answer(ctx, input) }));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes from asking to the answer.' })
  responseMinutes(@Root() question: EngineeringQuestion): number | null {
    return question.answeredAt ? Math.round((question.answeredAt.getTime() - question.askedAt.getTime()) / 60_000) : null;
  }
}
