import { randomUUID } from 'node:crypto';
import { Answer, Connection, send } from './client';
import {
  ChargeFeeDocument,
  PartnersPageDocument,
  PartnersPageQuery,
  PublishedGuideDocument,
  PublishedGuideQuery,
  RecordPaymentDocument,
  SomeListingDocument,
  SubscribeDocument,
} from './generated/graphql';
import { WebhookReceiver } from './webhook-receiver';

/**
 * What an integration does with Alliance, end to end: read the published compatibility guide
 * for a product version, page through partners, charge a fee safely under retries, and receive
 * a verified webhook. Reads ALLIANCE_URL (such as http://127.0.0.1:4000/graphql) and
 * ALLIANCE_KEY (an ADMIN key, for the fee and the webhook subscription).
 */
function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${what}`);
}

async function main(): Promise<void> {
  const url = process.env.ALLIANCE_URL;
  const key = process.env.ALLIANCE_KEY;
  if (!url || !key) throw new Error('set ALLIANCE_URL and ALLIANCE_KEY');
  const alliance: Connection = { url, key };

  // 1. The published guide for a product version.
  const some = await send(alliance, SomeListingDocument, {});
  const sample = some.data.listings.edges[0]?.node;
  check(sample, 'the guide has a published listing');
  const guide = [];
  let after: string | null = null;
  do {
    const page: Answer<PublishedGuideQuery> = await send(alliance, PublishedGuideDocument, {
      productId: sample.productId,
      productVersion: sample.productVersion,
      after,
    });
    guide.push(...page.data.listings.edges.map((edge) => edge.node));
    after = page.data.listings.pageInfo.hasNextPage ? page.data.listings.pageInfo.endCursor : null;
  } while (after);
  check(guide.length > 0, 'the guide for the version lists software');
  check(
    guide.every((listing) => listing.productVersion === sample.productVersion && listing.status === 'PUBLISHED'),
    'every listing is published, for that version',
  );
  console.log(
    `guide for product ${sample.productId} ${sample.productVersion}: ${guide.map((listing) => `${listing.software?.name} ${listing.version?.version}`).join('; ')}`,
  );

  // 2. Every partner, two a page.
  const partners: { id: string; name: string; joinedOn: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Answer<PartnersPageQuery> = await send(alliance, PartnersPageDocument, { first: 2, after: cursor });
    partners.push(...page.data.partners.edges.map((edge) => edge.node));
    cursor = page.data.partners.pageInfo.hasNextPage ? page.data.partners.pageInfo.endCursor : null;
    pages += 1;
  } while (cursor);
  check(new Set(partners.map((partner) => partner.id)).size === partners.length, 'no partner appears twice');
  check(
    partners.every((partner) => /^\d{4}-\d{2}-\d{2}$/.test(partner.joinedOn)),
    'joinedOn is a calendar date',
  );
  console.log(`partners: ${partners.length} in ${pages} pages`);

  // 3. A webhook receiver, subscribed to payments.
  const receiver = new WebhookReceiver();
  try {
    const subscribed = await send(alliance, SubscribeDocument, {
      input: { url: await receiver.listen(), eventKinds: ['fees.*'], description: 'integration example' },
    });
    check(subscribed.data.createWebhookSubscription.userErrors.length === 0, 'the subscription is accepted');
    const secret = subscribed.data.createWebhookSubscription.secret;
    check(secret && secret.startsWith('whsec_'), 'a whsec_ signing secret is returned');
    receiver.useSecret(secret);

    // 4. Charge a fee under an Idempotency-Key: the retry replays the first answer.
    const idempotencyKey = randomUUID();
    const input = { partnerId: partners[0].id, feeKind: 'CERTIFICATION' as const };
    const charged = await send(alliance, ChargeFeeDocument, { input }, { idempotencyKey });
    const retried = await send(alliance, ChargeFeeDocument, { input }, { idempotencyKey });
    const { userErrors, invoice } = charged.data.chargeFee;
    check(userErrors.length === 0 && invoice, `the fee is charged (${userErrors.map((error) => error.code).join(', ')})`);
    check(retried.headers.get('idempotent-replayed') === 'true', 'the retry is a replay');
    check(retried.data.chargeFee.invoice?.id === invoice.id, 'the retry charged nothing more');
    console.log(`charged invoice ${invoice.id}: ${invoice.total.amountMinor} ${invoice.total.currency} minor units, retry replayed`);

    // 5. Paying it sends a signed webhook; the receiver verifies it with standardwebhooks.
    const paid = await send(alliance, RecordPaymentDocument, {
      input: { invoiceId: invoice.id, amount: { amountMinor: invoice.total.amountMinor, currency: invoice.total.currency } },
    });
    check(paid.data.recordPayment.userErrors.length === 0, 'the payment is recorded');
    const event = await receiver.waitFor('fees.payment_received', 60_000);
    check(event.payload.invoiceId === invoice.id, 'the webhook is about the paid invoice');
    check(receiver.rejected.length === 0, 'every delivery verified');
    console.log(`webhook ${event.type} ${event.id} verified (Standard Webhooks)`);
  } finally {
    await receiver.close();
  }
  console.log('integration example: all checks passed');
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
