import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticeSweep } from '../entities/notice-sweep.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

@ObjectType('UpcomingNotice', { description: 'A notice the rules compute as due in the horizon (NOT-1), recorded yet or not.' })
export class UpcomingNoticeType {
  @Field({ description: 'The upcoming notice\'s key.' })
  key: string;

  @Field({ description: 'The upcoming notice\'s kind.' })
  kind: string;

  @Field(() => ID, { description: 'Id of the subject.' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  partnerId: string | null;

  @Field({ description: 'Instant (UTC) of the due.' })
  dueAt: Date;

  @Field({ description: 'The upcoming notice\'s message.' })
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

@ObjectType('RunNoticeSweepPayload', { description: 'The result of run notice sweep: the changed record, or the userErrors that rejected the input.' })
export class RunNoticeSweepPayload extends MutationPayload {
  @Field(() => NoticeSweep, { nullable: true, description: 'The run notice sweep\'s sweep; null when there is none.' })
  sweep?: NoticeSweep;

  @Field(() => [Notice], { nullable: true, description: 'The notices this sweep recorded (empty when all were already recorded).' })
  recorded?: Notice[];
}

@ObjectType('CreateWebhookSubscriptionPayload', { description: 'The result of create webhook subscription: the changed record, or the userErrors that rejected the input.' })
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The create webhook subscription\'s subscription; null when there is none.' })
  subscription?: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The signing secret. Shown only here, once: store it now.' })
  secret?: string;
}

@ObjectType('RotateWebhookSecretPayload', { description: 'The result of rotate webhook secret: the changed record, or the userErrors that rejected the input.' })
export class RotateWebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The rotate webhook secret\'s subscription; null when there is none.' })
  subscription?: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The new signing secret. Shown only here, once: store it now. The previous one stays valid for 24 hours.' })
  secret?: string;
}

@ObjectType('WebhookSubscriptionPayload', { description: 'The result of webhook subscription: the changed record, or the userErrors that rejected the input.' })
export class WebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The webhook subscription\'s subscription; null when there is none.' })
  subscription?: WebhookSubscription;
}

@ObjectType('RedeliverWebhookPayload', { description: 'The result of redeliver webhook: the changed record, or the userErrors that rejected the input.' })
export class RedeliverWebhookPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The redeliver webhook\'s delivery; null when there is none.' })
  delivery?: WebhookDelivery;
}
