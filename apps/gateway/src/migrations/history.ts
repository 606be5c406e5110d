import type { QueryRunner } from 'typeorm';

/**
 * Before each package shipped its own migrations, the gateway applied one combined migration
 * per change. A database migrated then records those names; each maps to the per-package
 * migrations that now hold the same statements, so such a database re-runs nothing.
 */
export const COMBINED_MIGRATIONS: Readonly<Record<string, readonly string[]>> = {
  Initial1767225600000: [
    'MembershipInitial1767225600000',
    'FeesInitial1767225600000',
    'ReleasesInitial1767225600000',
    'CertificationInitial1767225600000',
    'SupportInitial1767225600000',
    'PartnerConnectInitial1767225600000',
    'NoticesInitial1767225600000',
    'GatewayInitial1767225600000',
  ],
  ApiKeyLastUsed1796220581746: ['GatewayApiKeyLastUsed1796220581746'],
  DerivedWebhookSecrets1796220613381: ['NoticesDerivedWebhookSecrets1796220613381'],
  NoticeObligations1796221495937: [
    'MembershipNoticeObligations1796221495937',
    'FeesNoticeObligations1796221495937',
    'ReleasesNoticeObligations1796221495937',
    'CertificationNoticeObligations1796221495937',
    'SupportNoticeObligations1796221495937',
    'PartnerConnectNoticeObligations1796221495937',
    'NoticesNoticeObligations1796221495937',
  ],
};

/**
 * Rewrites the migrations table of a database migrated with the combined migrations: each
 * combined name is replaced by its per-package parts, with the same timestamp, in one
 * transaction. A database without the table, or without combined names, is left alone.
 * Returns the combined names it replaced.
 */
export async function adoptCombinedMigrations(queryRunner: QueryRunner, table = 'migrations'): Promise<string[]> {
  if (!(await queryRunner.hasTable(table))) return [];
  const postgres = queryRunner.connection.options.type === 'postgres';
  const param = (n: number) => (postgres ? `$${n}` : '?');
  const rows: { name: string; timestamp: string | number }[] = await queryRunner.query(`SELECT "name", "timestamp" FROM "${table}"`);
  const recorded = new Set(rows.map((row) => row.name));
  const combined = rows.filter((row) => COMBINED_MIGRATIONS[row.name]);
  if (!combined.length) return [];
  await queryRunner.startTransaction();
  try {
    for (const row of combined) {
      for (const part of COMBINED_MIGRATIONS[row.name]) {
        if (recorded.has(part)) continue;
        await queryRunner.query(`INSERT INTO "${table}" ("timestamp", "name") VALUES (${param(1)}, ${param(2)})`, [Number(row.timestamp), part]);
      }
      await queryRunner.query(`DELETE FROM "${table}" WHERE "name" = ${param(1)}`, [row.name]);
    }
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  }
  return combined.map((row) => row.name);
}
