import Database from 'better-sqlite3';
import { DASHBOARD_AS_OF } from './config';
import type { Dataset } from './dataset';

/**
 * The three realistic reads of issue 10, each as a GraphQL request to the gateway and as the
 * same question to the raw server. Each request of a run takes the next variant in turn (pages
 * of partners, product versions of the guide), so both servers read the same rows.
 */
export interface Variant {
  graphql: { query: string; variables: Record<string, unknown> };
  rawPath: string;
}

export interface BenchQuery {
  key: 'partners' | 'guide' | 'dashboard';
  title: string;
  variants: Variant[];
}

const PARTNERS = `query PartnerPage($after: String) {
  partners(first: 50, after: $after) { edges { node { id name tapActive enrollments { state program { code } } } } }
}`;

const GUIDE = `query GuidePage($filter: ListingFilterInput) {
  listings(first: 50, filter: $filter) {
    edges { node { id productVersion acceptanceLevel logoEligible software { name } version { version releasedOn } footnotes { text kbArticleUrl } kbLinks } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const DASHBOARD = `query Dashboard($partnerId: ID!, $asOf: DateTimeISO) {
  partnerProgression(partnerId: $partnerId, asOf: $asOf) {
    partnerId asOf level levelName earnedLevel enteredAt programYear programYearStartsAt programYearEndsAt
    businessModels performancePointsThousandths capabilityPointsThousandths
    pointsBySource { kind source pointsThousandths }
    nextLevel { level name performancePointsNeededThousandths capabilityPointsNeededThousandths missingRequirements }
    credentials { id kind name status validFrom validUntil pointsThousandths }
    openAudit { id status }
    nextEvents { kind at subjectId }
  }
}`;

const cursor = (id: string) => Buffer.from(`c:${id}`, 'utf8').toString('base64url');

export function benchQueries(dataset: Dataset, sqlitePath: string): BenchQuery[] {
  const db = new Database(sqlitePath, { readonly: true });
  try {
    // Every 50th partner id starts a page: the 200 pages of the partner list.
    const ids = (db.prepare('SELECT id FROM mem_partner ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const partnerVariants: Variant[] = [];
    for (let page = 0; page * 50 < ids.length; page++) {
      const after = page === 0 ? null : ids[page * 50 - 1];
      partnerVariants.push({
        graphql: { query: PARTNERS, variables: after ? { after: cursor(after) } : {} },
        rawPath: `/partners?first=50${after ? `&after=${after}` : ''}`,
      });
    }
    // The guide page of every product version with listings (the dataset's guide product first).
    const combos = db
      .prepare(
        `SELECT r.productId, r.version FROM rel_release r WHERE EXISTS (SELECT 1 FROM cert_listing l WHERE l.productId = r.productId AND l.productVersion = r.version AND l.status = 'PUBLISHED')
         ORDER BY r.productId = ? DESC, r.productId, r.createdAt`,
      )
      .all(dataset.guideProductId) as { productId: string; version: string }[];
    const guideVariants = combos.map((c) => ({
      graphql: { query: GUIDE, variables: { filter: { productId: c.productId, productVersion: c.version } } },
      rawPath: `/listings?first=50&productId=${c.productId}&productVersion=${encodeURIComponent(c.version)}`,
    }));
    const dashboard: Variant = {
      graphql: { query: DASHBOARD, variables: { partnerId: dataset.dashboardPartnerId, asOf: DASHBOARD_AS_OF } },
      rawPath: `/progression?partnerId=${dataset.dashboardPartnerId}&asOf=${encodeURIComponent(DASHBOARD_AS_OF)}`,
    };
    return [
      { key: 'partners', title: 'Partner page (50 partners, TAP status, enrollments)', variants: partnerVariants },
      { key: 'guide', title: 'Compatibility guide page (50 listings of a product version)', variants: guideVariants },
      { key: 'dashboard', title: 'Progression dashboard (partner with 100,000 bookings)', variants: [dashboard] },
    ];
  } finally {
    db.close();
  }
}
