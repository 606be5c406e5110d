import { ConnectionArgs, ConnectionResult, ForbiddenError, NotFoundError, paginate, RequestContext, UserError, whereVisiblePartner } from '@alliance/kernel';
import { EngineeringQuestion } from '../entities/engineering-question.entity';
import { EngineeringQuestionStatus } from '../enums';
import { AnswerEngineeringQuestionInput, AskEngineeringQuestionInput, EngineeringQuestionFilter } from '../inputs/engineering-question.input';
import type { FeesPort } from '../ports';

export interface EngineeringQuestionVolume {
  partnerId: string;
  asked: number;
  answered: number;
  open: number;
  averageResponseMinutes: number | null;
  longestResponseMinutes: number | null;
}

const MS_PER_MINUTE = 60_000;

/** SUP-10: engineering questions under a development consulting term. */
export class EngineeringQuestionService {
  constructor(private readonly fees: FeesPort) {}

  async get(ctx: RequestContext, id: string): Promise<EngineeringQuestion> {
    const question = await ctx.em.findOne(EngineeringQuestion, { where: { id } });
    if (!question) throw new NotFoundError('EngineeringQuestion', id);
    ctx.assertCanSeePartner(question.partnerId, 'EngineeringQuestion', id);
    return question;
  }

  list(ctx: RequestContext, filter: EngineeringQuestionFilter = {}, args: ConnectionArgs = {}): Promise<ConnectionResult<EngineeringQuestion>> {
    const query = ctx.em.getRepository(EngineeringQuestion).createQueryBuilder('q');
    whereVisiblePartner(query, ctx, 'q.partnerId');
    if (filter.partnerId) query.andWhere('q.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.status) query.andWhere('q.status = :status', { status: filter.status });
    return paginate(query, args);
  }

  /**
   * SUP-10: accepted only from a partner with a current development consulting term, and only
   * with its internal assessment (the engineering lead's triage, who did it) and logs.
   */
  async ask(ctx: RequestContext, input: AskEngineeringQuestionInput): Promise<EngineeringQuestion> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    const assessment = input.internalAssessment?.trim() ?? '';
    if (!assessment) {
      throw new UserError(
        'ENGINEERING_ASSESSMENT_REQUIRED',
        "SUP-10: the question needs the partner's internal assessment (its engineering lead's triage) before it is accepted",
        'internalAssessment',
      );
    }
    const assessedBy = input.assessedBy?.trim() ?? '';
    if (!assessedBy) {
      throw new UserError('ENGINEERING_ASSESSMENT_REQUIRED', 'SUP-10: name the engineering manager or technical lead who reviewed the issue', 'assessedBy');
    }
    const logs = input.logs.map((log) => log.trim()).filter(Boolean);
    if (logs.length === 0) throw new UserError('ENGINEERING_LOGS_REQUIRED', 'SUP-10: the internal assessment carries its logs; attach at least one', 'logs');
    const now = ctx.now();
    if (!(await this.fees.hasCurrentTerm(ctx, { partnerId: input.partnerId, feeKind: 'DEVELOPMENT_CONSULTING', at: now }))) {
      throw new UserError('ENGINEERING_NO_CONSULTING_TERM', 'SUP-10: the partner has no current development consulting term', 'partnerId');
    }
    return ctx.em.save(
      Object.assign(new EngineeringQuestion(), {
        partnerId: input.partnerId,
        title: input.title,
        question: input.question,
        internalAssessment: assessment,
        assessedBy,
        logs,
        status: EngineeringQuestionStatus.OPEN,
        askedBy: ctx.actor.name,
        askedAt: now,
        answer: null,
        answeredBy: null,
        answeredAt: null,
      }),
    );
  }

  /** SUP-10: vendor engineers answer. */
  async answer(ctx: RequestContext, input: AnswerEngineeringQuestionInput): Promise<EngineeringQuestion> {
    if (!ctx.isStaff) throw new ForbiddenError('vendor engineers answer engineering questions');
    const question = await this.get(ctx, input.questionId);
    if (question.status === EngineeringQuestionStatus.ANSWERED) {
      throw new UserError('ENGINEERING_QUESTION_ANSWERED', `SUP-10: answered by ${question.answeredBy} at ${question.answeredAt?.toISOString()}`, 'questionId');
    }
    question.status = EngineeringQuestionStatus.ANSWERED;
    question.answer = input.answer;
    question.answeredBy = ctx.actor.name;
    question.answeredAt = ctx.now();
    return ctx.em.save(question);
  }

  /** SUP-10: questions asked in [from, to) by a partner, how many are answered, and response times. */
  async volume(ctx: RequestContext, partnerId: string, from: Date, to: Date): Promise<EngineeringQuestionVolume> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    if (to.getTime() <= from.getTime()) throw new UserError('SUPPORT_PERIOD_INVALID', 'SUP-10: the period must end after it starts', 'to');
    const questions = await ctx.em
      .getRepository(EngineeringQuestion)
      .createQueryBuilder('q')
      .where('q.partnerId = :partnerId', { partnerId })
      .andWhere('q.askedAt >= :from AND q.askedAt < :to', { from: from.toISOString(), to: to.toISOString() })
      .getMany();
    const minutes = questions.filter((q) => q.answeredAt).map((q) => (q.answeredAt!.getTime() - q.askedAt.getTime()) / MS_PER_MINUTE);
    return {
      partnerId,
      asked: questions.length,
      answered: minutes.length,
      open: questions.length - minutes.length,
      averageResponseMinutes: minutes.length ? Math.round(minutes.reduce((a, b) => a + b, 0) / minutes.length) : null,
      longestResponseMinutes: minutes.length ? Math.round(Math.max(...minutes)) : null,
    };
  }
}
