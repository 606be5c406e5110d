import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { EngineeringQuestion } from '../entities/engineering-question.entity';
import { AnswerEngineeringQuestionInput, AskEngineeringQuestionInput, EngineeringQuestionFilter } from '../inputs/engineering-question.input';
import { EngineeringQuestionService } from '../services/engineering-question.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType()
export class EngineeringQuestionConnection extends Connection(EngineeringQuestion) {}

@ObjectType('EngineeringQuestionVolume', { description: 'SUP-10: a partner\'s questions in [from, to) and response times.' })
export class EngineeringQuestionVolume {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Int)
  asked: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int, { nullable: true })
  averageResponseMinutes: number | null;

  @Field(() => Int, { nullable: true })
  longestResponseMinutes: number | null;
}

@ObjectType()
export class EngineeringQuestionPayload extends MutationPayload {
  @Field(() => EngineeringQuestion, { nullable: true })
  question?: EngineeringQuestion | null;
}

@Resolver(() => EngineeringQuestion)
export class EngineeringQuestionResolver {
  constructor(private readonly questions: EngineeringQuestionService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => EngineeringQuestionConnection)
  engineeringQuestions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EngineeringQuestionFilter, { nullable: true }) filter: EngineeringQuestionFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<EngineeringQuestion>> {
    return this.questions.list(ctx, filter ?? {}, args);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => EngineeringQuestionVolume)
  engineeringQuestionVolume(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
  ): Promise<EngineeringQuestionVolume> {
    return this.questions.volume(ctx, partnerId, from, to);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => EngineeringQuestionPayload, { description: 'SUP-10: post a question with the internal assessment and logs.' })
  askEngineeringQuestion(@Ctx() ctx: RequestContext, @Arg('input') input: AskEngineeringQuestionInput): Promise<EngineeringQuestionPayload> {
    return runMutation(ctx, async () => ({ question: await this.questions.ask(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER)
  @Mutation(() => EngineeringQuestionPayload, { description: 'SUP-10: a vendor engineer answers.' })
  answerEngineeringQuestion(@Ctx() ctx: RequestContext, @Arg('input') input: AnswerEngineeringQuestionInput): Promise<EngineeringQuestionPayload> {
    return runMutation(ctx, async () => ({ question: await this.questions.answer(ctx, input) }));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes from asking to the answer.' })
  responseMinutes(@Root() question: EngineeringQuestion): number | null {
    return question.answeredAt ? Math.round((question.answeredAt.getTime() - question.askedAt.getTime()) / 60_000) : null;
  }
}
