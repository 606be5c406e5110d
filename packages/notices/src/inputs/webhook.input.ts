import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs, IsEntityId } from '@alliance/kernel';
import { WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { EVENT_KIND_PATTERN } from '../rules/webhook.rules';

@InputType({ description: 'A new webhook endpoint. The signing secret is returned once, in the payload.' })
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'http(s) URL the deliveries are POSTed to.' })
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true },
    { message: 'url must be an http:// or https:// URL' },
  )
  url: string;

  @Field(() => [String], { description: 'Event types: exact (`certification.listing_removed`), prefix wildcard (`notice.*`), or `*`.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'eventKinds must name at least one event type' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(EVENT_KIND_PATTERN, {
    each: true,
    message: 'each of eventKinds must be an event type such as certification.listing_removed, a prefix wildcard such as notice.*, or *',
  })
  eventKinds: string[];

  @Field(() => ID, { nullable: true, description: 'Deliver only events and notices of this partner.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text description of the create webhook subscription.' })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;
}

@InputType({ description: 'Input of `disableWebhookSubscription`: stops deliveries to a subscription; pending ones wait until it is enabled again.' })
export class DisableWebhookSubscriptionInput {
  @Field(() => ID, { description: 'Id of the ACTIVE `WebhookSubscription` to disable.' })
  @IsEntityId()
  subscriptionId: string;

  @Field({ description: 'Why: shown on the subscription.' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

@InputType({ description: 'Re-enables a subscription; its pending deliveries resume and its failure count restarts.' })
export class EnableWebhookSubscriptionInput {
  @Field(() => ID, { description: 'Id of the DISABLED `WebhookSubscription` to enable.' })
  @IsEntityId()
  subscriptionId: string;
}

@InputType({ description: 'Gives a subscription a new signing secret.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The subscription whose signing secret is replaced.' })
  @IsEntityId()
  subscriptionId: string;
}

@InputType({ description: 'Sends a DELIVERED or FAILED delivery again, with the same event id and body and a fresh set of attempts.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'Id of the DELIVERED or FAILED `WebhookDelivery` to send again.' })
  @IsEntityId()
  deliveryId: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the deliveries of this `WebhookSubscription`; every subscription the key may see when omitted.' })
  @IsOptional()
  @IsEntityId()
  subscriptionId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Where the webhook deliveries stands in its life cycle.' })
  @IsOptional()
  status?: WebhookDeliveryStatus | null;
}
