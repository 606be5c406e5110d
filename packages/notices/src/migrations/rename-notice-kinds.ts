import { QueryRunner } from 'typeorm';

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Renames stored notice kinds, the same statements on SQLite and PostgreSQL: the notices, the
 * webhook deliveries not yet delivered (their event type and JSON body: a delivered body stays
 * the record of what was sent) and subscriptions that name the kind.
 */
export async function renameStoredNoticeKinds(queryRunner: QueryRunner, renames: readonly (readonly [string, string])[]): Promise<void> {
  for (const [from, to] of renames) {
    const [f, t] = [quoted(from), quoted(to)];
    const [ef, et] = [quoted(`notice.${from}`), quoted(`notice.${to}`)];
    await queryRunner.query(`UPDATE "ntc_notice" SET "kind" = ${t} WHERE "kind" = ${f}`);
    await queryRunner.query(
      `UPDATE "ntc_webhook_delivery" SET "eventType" = ${et}, "body" = REPLACE(REPLACE(REPLACE("body", ${quoted(`"type":"notice.${from}"`)}, ${quoted(`"type":"notice.${to}"`)}), ${quoted(`"kind":"${from}"`)}, ${quoted(`"kind":"${to}"`)}), ${quoted(`"key":"${from}:`)}, ${quoted(`"key":"${to}:`)}) WHERE "eventType" = ${ef} AND "status" <> 'DELIVERED'`,
    );
    await queryRunner.query(`UPDATE "ntc_webhook_subscription" SET "eventKinds" = REPLACE("eventKinds", ${quoted(`"notice.${from}"`)}, ${quoted(`"notice.${to}"`)}) WHERE "eventKinds" LIKE ${quoted(`%"notice.${from}"%`)}`);
  }
}
