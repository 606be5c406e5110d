import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticeSweep } from '../entities/notice-sweep.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

@ObjectType('UpcomingNotice', { description: 'A notice the rules compute as due in the horizon (NOT-1), recorded yet or not.' })
export class UpcomingNoticeType {
  @Field({ description: 'Stable key `kind:subjectId:dueAt`: the notice a sweep records under it, at most once.' })
  key: string;

  @Field({ description: 'What kind of obligation, such as `membership.agreement_term_ends`.' })
  kind: string;

  @Field(() => ID, { description: 'Id of what the notice is about (an enrollment, a case, a subscription).' })
  subjectId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Partner` this `UpcomingNotice` belongs to (resolved by `partner`); null when the upcoming notice has none.',
  })
  partnerId: string | null;

  @Field({ description: 'The instant the obligation falls due (UTC).' })
  dueAt: Date;

  @Field({ description: 'The notice in words, for people; integrations switch on `kind`.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Extra details from the rule, as a JSON object text.' })
  dataJson: string | null;

  @Field({ description: 'Whether a sweep has already recorded (and sent) it.' })
  recorded: boolean;
}

@ObjectType('NoticeConnection', { description: 'A page of notice items, in creation order.' })
export class NoticeConnection extends Connection(Notice, 'Notice') {}

@ObjectType('UpcomingNoticeConnection', { description: 'A page of upcoming notice items, in creation order.' })
export class UpcomingNoticeConnection extends Connection(UpcomingNoticeType, 'UpcomingNotice') {}

@ObjectType('NoticeSweepConnection', { description: 'A page of notice sweep items, in creation order.' })
export class NoticeSweepConnection extends Connection(NoticeSweep, 'NoticeSweep') {}

@ObjectType('WebhookSubscriptionConnection', { description: 'A page of webhook subscription items, in creation order.' })
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription, 'WebhookSubscription') {}

@ObjectType('WebhookDeliveryConnection', { description: 'A page of webhook delivery items, in creation order.' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType('RunNoticeSweepPayload', {
  description: 'The result of `runNoticeSweep`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RunNoticeSweepPayload extends MutationPayload {
  @Field(() => NoticeSweep, { nullable: true, description: 'The NoticeSweep as `runNoticeSweep` left it; null when userErrors rejected the input.' })
  sweep?: NoticeSweep;

  @Field(() => [Notice], { nullable: true, description: 'The notices this sweep recorded (empty when all were already recorded).' })
  recorded?: Notice[];
}

@ObjectType('CreateWebhookSubscriptionPayload', {
  description:
    'The result of `createWebhookSubscription`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, {
    nullable: true,
    description: 'The WebhookSubscription as `createWebhookSubscription` left it; null when userErrors rejected the input.',
  })
  subscription?: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The signing secret. Shown only here, once: store it now.' })
  secret?: string;
}

@ObjectType('RotateWebhookSecretPayload', {
  description: 'The result of `rotateWebhookSecret`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RotateWebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookSubscription, {
    nullable: true,
    description: 'The WebhookSubscription as `rotateWebhookSecret` left it; null when userErrors rejected the input.',
  })
  subscription?: WebhookSubscription;

  @Field(() => String, {
    nullable: true,
    description: 'The new signing secret. Shown only here, once: store it now. The previous one stays valid for 24 hours.',
  })
  secret?: string;
}

@ObjectType('WebhookSubscriptionPayload', {
  description:
    'The result of `disableWebhookSubscription` or `enableWebhookSubscription`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class WebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, {
    nullable: true,
    description: 'The WebhookSubscription as the mutation left it; null when userErrors rejected the input.',
  })
  subscription?: WebhookSubscription;
}

@ObjectType('RedeliverWebhookPayload', {
  description: 'The result of `redeliverWebhook`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RedeliverWebhookPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The WebhookDelivery as `redeliverWebhook` left it; null when userErrors rejected the input.' })
  delivery?: WebhookDelivery;
}
