import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, MutationPayload } from '@alliance/kernel';
import { Notice } from '../entities/notice.entity';
import { NoticeSweep } from '../entities/notice-sweep.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';

@ObjectType('UpcomingNotice', { description: 'A notice the rules compute as due in the horizon (NOT-1), recorded yet or not.' })
export class UpcomingNoticeType {
  @Field()
  key: string;

  @Field()
  kind: string;

  @Field()
  subjectId: string;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field()
  dueAt: Date;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'Extra details from the rule, as a JSON object text.' })
  dataJson: string | null;

  @Field({ description: 'Whether a sweep has already recorded (and sent) it.' })
  recorded: boolean;
}

@ObjectType('NoticeConnection')
export class NoticeConnection extends Connection(Notice, 'Notice') {}

@ObjectType('UpcomingNoticeConnection')
export class UpcomingNoticeConnection extends Connection(UpcomingNoticeType, 'UpcomingNotice') {}

@ObjectType('NoticeSweepConnection')
export class NoticeSweepConnection extends Connection(NoticeSweep, 'NoticeSweep') {}

@ObjectType('WebhookSubscriptionConnection')
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription, 'WebhookSubscription') {}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType('RunNoticeSweepPayload')
export class RunNoticeSweepPayload extends MutationPayload {
  @Field(() => NoticeSweep, { nullable: true })
  sweep?: NoticeSweep;

  @Field(() => [Notice], { nullable: true, description: 'The notices this sweep recorded (empty when all were already recorded).' })
  recorded?: Notice[];
}

@ObjectType('CreateWebhookSubscriptionPayload')
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription?: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The signing secret. Shown only here, once: store it now.' })
  secret?: string;
}

@ObjectType('RotateWebhookSecretPayload')
export class RotateWebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription?: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The new signing secret. Shown only here, once: store it now. The previous one stays valid for 24 hours.' })
  secret?: string;
}

@ObjectType('WebhookSubscriptionPayload')
export class WebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription?: WebhookSubscription;
}

@ObjectType('RedeliverWebhookPayload')
export class RedeliverWebhookPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  delivery?: WebhookDelivery;
}
