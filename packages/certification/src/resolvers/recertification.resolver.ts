import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext, runMutation } from '@alliance/kernel';
import { EquivalencyRequest, HotFix, HotFixDistribution, RetestWaiver } from '../entities';
import { CertificationQuestionnaireKind } from '../enums';
import {
  AnswerRecertificationQuestionnaireInput,
  DecideEquivalencyInput,
  DecideRetestWaiverInput,
  FileHotFixInput,
  RecordHotFixDistributionInput,
  RequestEquivalencyInput,
  RequestRetestWaiverInput,
} from '../inputs/recertification.input';
import { RecertificationService } from '../services/recertification.service';
import { RecertificationQuestionnaireView, RecertificationVerdict } from '../services/views';
import {
  AnswerRecertificationQuestionnairePayload,
  DecideEquivalencyPayload,
  FileHotFixPayload,
  RecordHotFixDistributionPayload,
  RequestEquivalencyPayload,
  DecideRetestWaiverPayload,
  RequestRetestWaiverPayload,
} from './payloads';
import { CERTIFICATION_READERS, PARTNER_ACTORS, REVIEWERS } from './roles';

@Resolver()
export class RecertificationResolver {
  constructor(private readonly recertification: RecertificationService) {}

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => RecertificationVerdict, { description: 'CERT-9/10: must this version be certified again, and why.' })
  recertificationRequired(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID, { description: 'Id of the partner `SoftwareVersion` to judge (CERT-9, CERT-10).' }) versionId: string,
  ): Promise<RecertificationVerdict> {
    return this.recertification.verdict(ctx, versionId);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => RecertificationQuestionnaireView, { description: 'CERT-9: the questions of a re-certification questionnaire.' })
  recertificationQuestionnaire(
    @Arg('kind', () => CertificationQuestionnaireKind, { description: 'Which certification questionnaire kind: see the enum values.' })
    kind: CertificationQuestionnaireKind,
  ): RecertificationQuestionnaireView {
    return this.recertification.questionnaire(kind);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => HotFix, { description: 'The hot fix with this id, when the key may see it.' })
  certificationHotFix(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `CertificationHotFix` to return; an unknown id, or one the key may not see, is a not-found error.' })
    id: string,
  ): Promise<HotFix> {
    return this.recertification.hotFix(ctx, id);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => RetestWaiver, { description: 'The retest waiver with this id, when the key may see it.' })
  certificationRetestWaiver(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `CertificationRetestWaiver` to return; an unknown id, or one the key may not see, is a not-found error.' })
    id: string,
  ): Promise<RetestWaiver> {
    return this.recertification.waiver(ctx, id);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => EquivalencyRequest, { description: 'The equivalency request with this id, when the key may see it.' })
  certificationEquivalencyRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, {
      description: 'Id of the `CertificationEquivalencyRequest` to return; an unknown id, or one the key may not see, is a not-found error.',
    })
    id: string,
  ): Promise<EquivalencyRequest> {
    return this.recertification.equivalency(ctx, id);
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => AnswerRecertificationQuestionnairePayload, { description: "CERT-9: answer the program's questionnaire for a new version." })
  answerRecertificationQuestionnaire(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AnswerRecertificationQuestionnaireInput`.' }) input: AnswerRecertificationQuestionnaireInput,
  ): Promise<AnswerRecertificationQuestionnairePayload> {
    return runMutation(ctx, async () => ({ assessment: await this.recertification.answerQuestionnaire(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => FileHotFixPayload, { description: 'CERT-10: hot fix notification with its customer distributions.' })
  fileHotFix(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `FileHotFixInput`.' }) input: FileHotFixInput,
  ): Promise<FileHotFixPayload> {
    return runMutation(ctx, async () => ({ hotFix: await this.recertification.fileHotFix(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RecordHotFixDistributionPayload, { description: 'CERT-10: record one more customer the hot fix went to.' })
  recordHotFixDistribution(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordHotFixDistributionInput`.' }) input: RecordHotFixDistributionInput,
  ): Promise<RecordHotFixDistributionPayload> {
    return runMutation(ctx, async () => ({ distribution: await this.recertification.recordDistribution(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RequestRetestWaiverPayload, { description: 'CERT-11: re-test waiver form.' })
  requestRetestWaiver(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RequestRetestWaiverInput`.' }) input: RequestRetestWaiverInput,
  ): Promise<RequestRetestWaiverPayload> {
    return runMutation(ctx, async () => ({ waiver: await this.recertification.requestWaiver(ctx, input) }));
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => DecideRetestWaiverPayload, { description: 'CERT-11: approve or reject a re-test waiver.' })
  decideRetestWaiver(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideRetestWaiverInput`.' }) input: DecideRetestWaiverInput,
  ): Promise<DecideRetestWaiverPayload> {
    return runMutation(ctx, async () => ({ waiver: await this.recertification.decideWaiver(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RequestEquivalencyPayload, { description: 'CERT-12: ask to extend a certified listing to an update.' })
  requestEquivalency(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RequestEquivalencyInput`.' }) input: RequestEquivalencyInput,
  ): Promise<RequestEquivalencyPayload> {
    return runMutation(ctx, async () => ({ request: await this.recertification.requestEquivalency(ctx, input) }));
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => DecideEquivalencyPayload, { description: 'CERT-12: approve (extends the listing, charges the equivalency fee) or deny.' })
  decideEquivalency(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideEquivalencyInput`.' }) input: DecideEquivalencyInput,
  ): Promise<DecideEquivalencyPayload> {
    return runMutation(ctx, async () => {
      const { request, listing } = await this.recertification.decideEquivalency(ctx, input);
      return { request, listing: listing ?? undefined };
    });
  }
}

@Resolver(() => HotFix)
export class HotFixResolver {
  constructor(private readonly recertification: RecertificationService) {}

  @FieldResolver(() => [HotFixDistribution], { description: 'CERT-10: customers the hot fix was distributed to.' })
  distributions(@Ctx() ctx: RequestContext, @Root() hotFix: HotFix): Promise<HotFixDistribution[]> {
    return this.recertification.distributionsOf(ctx, hotFix.id);
  }
}
