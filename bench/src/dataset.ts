import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BOOKING_TYPES,
  BOOKINGS_FROM,
  BOOKINGS_TO,
  CAP_GROUP,
  CREDENTIAL_POINTS,
  DATA_DIR,
  DATA_NOW,
  DATASET_VERSION,
  DAY,
  iso,
  PERPETUAL_CAP_THOUSANDTHS,
  programYearOf,
  ROOT,
  SEED,
  SIZES,
  TERM_END,
  TERM_START,
} from './config';
import { mintAdminKey, withGateway } from './gateway';
import { IdFactory, Rng } from './rng';
import { uploadContent, UPLOAD_BYTES } from './upload-content';

/**
 * The seeded dataset (issue 10): 10,000 partners with TAP memberships and enrollments, 25,000
 * partner software products with 100,000 versions and listings, 5,000 Partner Connect
 * participants with business models, paid enrollment invoices, level history and credentials,
 * and 1,000,000 bookings with the points ledger entries the importer would write for them.
 *
 * The gateway's own migrations create the schema (createGateway on an empty file); rows are then
 * written with better-sqlite3 prepared statements. The bookings go to a CSV file in the importer's
 * format; the raw ingest loop (ingest-bench.ts) writes them with their ledger entries into a copy
 * of the base, which becomes the dataset the HTTP benches read. Every id and instant comes from the seed and
 * fixed dates, so every run builds the same data. Certification workflow records (submissions,
 * review slots, checklists) are left out: listings are written in their end state.
 */

export interface Dataset {
  /** Partners, programs, software, listings and participants: no bookings (the ingest bench starts here). */
  basePath: string;
  /** The base plus 1,000,000 bookings and their ledger entries, written by the raw ingest loop (the HTTP benches read this). */
  fullPath: string;
  /** The bookings as the importer's CSV. */
  bookingsCsv: string;
  adminKey: string;
  /** A partner with many bookings (the progression dashboard). */
  dashboardPartnerId: string;
  /** The guide page filter: a product and one of its versions. */
  guideProductId: string;
  guideProductVersion: string;
  /** An artifact registered for the 1 GiB upload, with the declared sums of the upload content. */
  uploadArtifactId: string;
  counts: Record<string, number>;
}

interface Manifest extends Dataset {
  version: number;
  seed: number;
  /** The SQLite migrations (every package's and the gateway's) the dataset was built with: new migrations mean a new dataset. */
  schema: string;
}

function schemaFingerprint(): string {
  const dirs = [
    join(ROOT, 'apps', 'gateway', 'src', 'migrations', 'sqlite'),
    ...readdirSync(join(ROOT, 'packages'))
      .sort()
      .map((pkg) => join(ROOT, 'packages', pkg, 'src', 'migrations', 'sqlite')),
  ].filter((dir) => existsSync(dir));
  const hash = createHash('sha1');
  for (const dir of dirs) for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

const MANIFEST = join(DATA_DIR, 'manifest.json');

/** Returns the dataset, building it first when missing or made by another generator version. */
export async function ensureDataset(log: (line: string) => void = () => undefined): Promise<Dataset & { builtMs: number }> {
  if (existsSync(MANIFEST)) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    if (
      manifest.version === DATASET_VERSION &&
      manifest.seed === SEED &&
      manifest.schema === schemaFingerprint() &&
      existsSync(manifest.basePath) &&
      existsSync(manifest.bookingsCsv)
    ) {
      log(`dataset v${DATASET_VERSION} already built in ${DATA_DIR}`);
      return { ...manifest, builtMs: 0 };
    }
  }
  const started = Date.now();
  const dataset = await buildDataset(log);
  writeFileSync(MANIFEST, JSON.stringify({ ...dataset, version: DATASET_VERSION, seed: SEED, schema: schemaFingerprint() }, null, 2));
  return { ...dataset, builtMs: Date.now() - started };
}

type Row = Record<string, string | number | null>;

function inserter(db: Database.Database, table: string, columns: string[]): (row: Row) => void {
  const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  return (row) => void statement.run(row);
}

/** Opens a SQLite file for bulk writing (the gateway opens it again with its own settings). */
export function openForBulk(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  return db;
}

const PREFIXES = [
  'Acme',
  'Borealis',
  'Cirrus',
  'Delta',
  'Eon',
  'Fjord',
  'Granite',
  'Helix',
  'Ion',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orbit',
  'Polar',
  'Quartz',
  'Rift',
  'Summit',
  'Tidal',
  'Umbra',
  'Vertex',
  'Willow',
  'Xenon',
  'Yonder',
  'Zenith',
];
const SUFFIXES = ['Storage', 'Networks', 'Data', 'Systems', 'Cloud', 'Software', 'Labs', 'Analytics', 'Security', 'Backup'];
const COUNTRIES = ['US', 'CA', 'DE', 'GB', 'FR', 'JP', 'IN', 'BR', 'AU', 'NL', 'SE', 'SG'];
const PRODUCTS = ['vSphere', 'vSAN', 'NSX', 'VMware Cloud Foundation', 'Aria Operations', 'Horizon', 'Tanzu', 'HCX'];
const PRODUCT_VERSIONS: [string, string][] = [
  ['7.0', 'MAJOR'],
  ['7.0 U3', 'UPDATE'],
  ['8.0', 'MAJOR'],
  ['8.0 U1', 'UPDATE'],
  ['8.0 U2', 'UPDATE'],
  ['8.0 U3', 'UPDATE'],
];
const SOFTWARE_KINDS = ['Backup', 'Replicator', 'Monitor', 'Gateway', 'Orchestrator', 'Agent', 'Appliance', 'Connector', 'Plug-in', 'Array'];
const BOOKING_MIX: [string, number][] = [
  ['SUBSCRIPTION', 0.4],
  ['SAAS', 0.15],
  ['SUBSCRIPTION;NEW_LOGO', 0.1],
  ['SAAS;STRATEGIC_SOLUTION', 0.1],
  ['PERPETUAL_LICENSE', 0.15],
  ['SNS_RENEWAL', 0.1],
];
const SOLUTIONS = ['VCF', 'VSAN', 'NSX', 'ARIA', 'TANZU', 'HCX', 'HORIZON'];
const BUSINESS_MODELS = ['SOLUTION_RESELLER', 'CLOUD_SERVICES_PROVIDER', 'SOLUTION_SERVICES', 'SOLUTION_BUILDER'];

async function buildDataset(log: (line: string) => void): Promise<Dataset> {
  mkdirSync(DATA_DIR, { recursive: true });
  const basePath = join(DATA_DIR, 'base.sqlite');
  const fullPath = join(DATA_DIR, 'dataset.sqlite');
  const bookingsCsv = join(DATA_DIR, 'bookings.csv');
  for (const path of [basePath, fullPath]) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });

  log('creating the schema with the gateway migrations');
  const adminKey = await withGateway(basePath, (gateway) => mintAdminKey(gateway));

  const rng = new Rng(SEED);
  const ids = new IdFactory(rng);
  const db = openForBulk(basePath);
  const counts: Record<string, number> = {};
  const count = (table: string) => (counts[table] = (counts[table] ?? 0) + 1);

  log('writing programs, partners, memberships, enrollments');
  const base = db.transaction(() => writeBase(db, rng, ids, count));
  const world = base();

  log('writing Partner Connect participants, invoices, level history and credentials');
  const pc = db.transaction(() => writeParticipants(db, rng, ids, world, count));
  const participants = pc();
  const dashboardPartnerId = participants[0].partnerId;

  // The artifact of the 1 GiB upload, declared with the sums of the content the bench streams.
  log('hashing the 1 GiB upload content for the artifact declaration');
  const sums = digestUploadContent();
  const uploadArtifactId = ids.at(DATA_NOW - DAY);
  const version = world.versionsOfPartner.get(dashboardPartnerId)?.[0] ?? world.anyVersion;
  inserter(db, 'cert_artifact', [
    'id',
    'versionId',
    'softwareId',
    'partnerId',
    'fileName',
    'version',
    'releasedOn',
    'md5',
    'sha1',
    'sizeBytes',
    'registeredAt',
  ])({
    id: uploadArtifactId,
    versionId: version.id,
    softwareId: version.softwareId,
    partnerId: version.partnerId,
    fileName: 'appliance-1gib.ova',
    version: version.version,
    releasedOn: version.releasedOn,
    md5: sums.md5,
    sha1: sums.sha1,
    sizeBytes: UPLOAD_BYTES,
    registeredAt: iso(DATA_NOW - DAY),
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  log('writing the bookings file (1,000,000 rows)');
  writeBookingsCsv(bookingsCsv, planBookings(new Rng(SEED + 1), participants));
  counts.pc_booking = SIZES.bookings;

  return {
    basePath,
    fullPath,
    bookingsCsv,
    adminKey,
    dashboardPartnerId,
    guideProductId: world.guide.productId,
    guideProductVersion: world.guide.productVersion,
    uploadArtifactId,
    counts,
  };
}

interface VersionRef {
  id: string;
  softwareId: string;
  partnerId: string;
  version: string;
  releasedOn: string;
}

interface World {
  partnerIds: string[];
  versionsOfPartner: Map<string, VersionRef[]>;
  anyVersion: VersionRef;
  guide: { productId: string; productVersion: string };
}

function writeBase(db: Database.Database, rng: Rng, ids: IdFactory, count: (table: string) => void): World {
  const t0 = Date.UTC(2024, 0, 2);
  // Programs: an umbrella and four certification programs inside it.
  const program = inserter(db, 'mem_program', ['id', 'code', 'name', 'kind', 'umbrellaId', 'agreementCutoffDate', 'currentVersion', 'createdAt']);
  const programVersion = inserter(db, 'mem_program_version', [
    'id',
    'programId',
    'version',
    'requirements',
    'guideClauses',
    'notes',
    'publishedAt',
    'publishedBy',
  ]);
  const policy = inserter(db, 'cert_program_policy', ['id', 'programId', 'acceptanceLevel', 'questionnaireKind', 'signsSoftware', 'hasReadyLogo', 'updatedAt']);
  const umbrellaId = ids.at(t0);
  program({
    id: umbrellaId,
    code: 'SDDC',
    name: 'SDDC Foundation and Integration',
    kind: 'UMBRELLA',
    umbrellaId: null,
    agreementCutoffDate: '2015-08-31',
    currentVersion: 1,
    createdAt: iso(t0),
  });
  programVersion({
    id: ids.at(t0),
    programId: umbrellaId,
    version: 1,
    requirements: '[]',
    guideClauses: JSON.stringify({ collateral: 'Members may use the collateral of every program inside the umbrella.' }),
    notes: null,
    publishedAt: iso(t0),
    publishedBy: 'bench seed',
  });
  const specs = [
    { code: 'SVA', name: 'Storage Virtual Appliance', requirements: ['TSANET_MEMBERSHIP'], level: 'CERTIFIED', questionnaire: 'CLI_API' },
    { code: 'VRO', name: 'vRealize Orchestrator Plug-in Certification', requirements: [], level: 'PARTNER_SUPPORTED', questionnaire: 'PLUG_IN' },
    { code: 'NSX', name: 'NSX Network Integration', requirements: [], level: 'CERTIFIED', questionnaire: 'CLI_API' },
    { code: 'DP', name: 'Data Protection Integration', requirements: [], level: 'ACCEPTED', questionnaire: 'CLI_API' },
  ];
  const programs = specs.map((spec) => {
    const id = ids.at(t0);
    program({ id, code: spec.code, name: spec.name, kind: 'PROGRAM', umbrellaId, agreementCutoffDate: '2015-08-31', currentVersion: 1, createdAt: iso(t0) });
    programVersion({
      id: ids.at(t0),
      programId: id,
      version: 1,
      requirements: JSON.stringify(spec.requirements),
      guideClauses: '{}',
      notes: null,
      publishedAt: iso(t0),
      publishedBy: 'bench seed',
    });
    policy({
      id: ids.at(t0),
      programId: id,
      acceptanceLevel: spec.level,
      questionnaireKind: spec.questionnaire,
      signsSoftware: 0,
      hasReadyLogo: 1,
      updatedAt: iso(t0),
    });
    return { id, ...spec };
  });

  // Products and their GA releases.
  const product = inserter(db, 'rel_product', ['id', 'name', 'programIds', 'createdAt']);
  const release = inserter(db, 'rel_release', ['id', 'productId', 'version', 'kind', 'milestone', 'announcedAt', 'unannouncedFlaggedAt', 'createdAt']);
  const milestone = inserter(db, 'rel_release_milestone', ['id', 'releaseId', 'milestone', 'availableAt', 'buildType', 'downloadUrl', 'recordedAt']);
  const releases: { productId: string; releaseId: string; version: string }[][] = [];
  for (const name of PRODUCTS) {
    const productId = ids.at(t0 + DAY);
    product({ id: productId, name, programIds: JSON.stringify(programs.map((p) => p.id)), createdAt: iso(t0 + DAY) });
    const own: { productId: string; releaseId: string; version: string }[] = [];
    PRODUCT_VERSIONS.forEach(([version, kind], i) => {
      const at = t0 + (2 + i * 30) * DAY;
      const releaseId = ids.at(at);
      release({ id: releaseId, productId, version, kind, milestone: 'GA', announcedAt: iso(at), unannouncedFlaggedAt: null, createdAt: iso(at) });
      milestone({
        id: ids.at(at),
        releaseId,
        milestone: 'GA',
        availableAt: iso(at),
        buildType: 'RELEASE_TYPE',
        downloadUrl: `https://downloads.example.com/${encodeURIComponent(name)}/${encodeURIComponent(version)}`,
        recordedAt: iso(at),
      });
      own.push({ productId, releaseId, version });
    });
    releases.push(own);
  }

  // Partners, in the order they were created, with TAP and TSANet memberships, a business contact and enrollments.
  const partner = inserter(db, 'mem_partner', ['id', 'name', 'website', 'country', 'joinedOn', 'createdAt']);
  const membership = inserter(db, 'mem_network_membership', [
    'id',
    'partnerId',
    'kind',
    'reference',
    'startsAt',
    'endsAt',
    'endedAt',
    'endReason',
    'recordedAt',
    'recordedBy',
  ]);
  const contact = inserter(db, 'mem_partner_contact', ['id', 'partnerId', 'role', 'name', 'title', 'address', 'phone', 'email', 'updatedAt']);
  const enrollment = inserter(db, 'mem_enrollment', [
    'id',
    'partnerId',
    'programId',
    'programVersion',
    'recordedState',
    'termStartsAt',
    'termEndsAt',
    'createdAt',
  ]);
  const stateChange = inserter(db, 'mem_enrollment_state_change', ['id', 'enrollmentId', 'fromState', 'toState', 'at', 'actor', 'reason']);
  const agreement = inserter(db, 'mem_agreement', [
    'id',
    'enrollmentId',
    'partnerId',
    'kind',
    'documentVersion',
    'termStartsAt',
    'termEndsAt',
    'signedAt',
    'signedBy',
    'clauses',
    'terminatedAt',
  ]);
  const partnerIds: string[] = [];
  const activePrograms = new Map<string, typeof programs>();
  const createdFrom = Date.UTC(2024, 1, 1);
  for (let i = 0; i < SIZES.partners; i++) {
    const createdAt = createdFrom + Math.floor((i * 200 * DAY) / SIZES.partners);
    const id = ids.at(createdAt);
    partnerIds.push(id);
    const name = `${PREFIXES[i % PREFIXES.length]} ${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]} ${String(i + 1).padStart(5, '0')}`;
    const joinedOn = iso(Date.UTC(2008, 0, 1) + rng.int(0, 17 * 365) * DAY).slice(0, 10);
    partner({ id, name, website: `https://partner${i + 1}.example.com`, country: rng.pick(COUNTRIES), joinedOn, createdAt: iso(createdAt) });
    count('mem_partner');
    const tapActive = rng.chance(0.92);
    membership({
      id: ids.at(createdAt),
      partnerId: id,
      kind: 'TAP',
      reference: `TAP-${String(i + 1).padStart(5, '0')}`,
      startsAt: tapActive ? TERM_START : '2023-01-01T00:00:00.000Z',
      endsAt: tapActive ? TERM_END : '2024-12-31T23:59:59.999Z',
      endedAt: null,
      endReason: null,
      recordedAt: iso(createdAt),
      recordedBy: 'bench seed',
    });
    count('mem_network_membership');
    if (rng.chance(0.6)) {
      membership({
        id: ids.at(createdAt),
        partnerId: id,
        kind: 'TSANET',
        reference: `TSA-${String(i + 1).padStart(5, '0')}`,
        startsAt: TERM_START,
        endsAt: TERM_END,
        endedAt: null,
        endReason: null,
        recordedAt: iso(createdAt),
        recordedBy: 'bench seed',
      });
      count('mem_network_membership');
    }
    contact({
      id: ids.at(createdAt),
      partnerId: id,
      role: 'ALLIANCE_BUSINESS',
      name: `${name} Alliances`,
      title: 'Alliance Manager',
      address: null,
      phone: null,
      email: `alliances@partner${i + 1}.example.com`,
      updatedAt: iso(createdAt),
    });
    count('mem_partner_contact');
    const chosen = [...programs].sort(() => rng.next() - 0.5).slice(0, rng.int(1, 3));
    const active: typeof programs = [];
    for (const p of chosen) {
      const roll = rng.next();
      const state = !tapActive ? 'SUSPENDED' : roll < 0.85 ? 'ACTIVE' : roll < 0.92 ? 'PENDING' : roll < 0.95 ? 'SUSPENDED' : 'TERMINATED';
      const enrollmentId = ids.at(createdAt);
      const pending = state === 'PENDING';
      enrollment({
        id: enrollmentId,
        partnerId: id,
        programId: p.id,
        programVersion: 1,
        recordedState: state,
        termStartsAt: pending ? null : TERM_START,
        termEndsAt: pending ? null : TERM_END,
        createdAt: iso(createdAt),
      });
      count('mem_enrollment');
      stateChange({ id: ids.at(createdAt), enrollmentId, fromState: null, toState: 'PENDING', at: iso(createdAt), actor: 'bench seed', reason: 'enrolled' });
      count('mem_enrollment_state_change');
      if (!pending) {
        stateChange({
          id: ids.at(createdAt),
          enrollmentId,
          fromState: 'PENDING',
          toState: 'ACTIVE',
          at: iso(createdAt),
          actor: 'bench seed',
          reason: 'required agreements signed',
        });
        if (state !== 'ACTIVE')
          stateChange({
            id: ids.at(createdAt),
            enrollmentId,
            fromState: 'ACTIVE',
            toState: state,
            at: iso(createdAt),
            actor: 'bench seed',
            reason: state === 'SUSPENDED' ? 'MEM-1: TAP membership ended' : 'partner left the program',
          });
        for (const kind of joinedOn < '2015-08-31' ? ['PEPA', 'PROGRAM_ADDENDUM'] : ['PEPA', 'UMBRELLA_ADDENDUM']) {
          agreement({
            id: ids.at(createdAt),
            enrollmentId,
            partnerId: id,
            kind,
            documentVersion: kind === 'PEPA' ? 'PEPA 2015' : 'Addendum 2.0',
            termStartsAt: TERM_START,
            termEndsAt: TERM_END,
            signedAt: iso(createdAt),
            signedBy: `${name} Legal`,
            clauses: '{}',
            terminatedAt: null,
          });
          count('mem_agreement');
        }
      }
      if (state === 'ACTIVE') active.push(p);
    }
    activePrograms.set(id, active);
  }

  // Partner software: 25,000 products of partners with an active enrollment, 4 versions each, each version listed once.
  const software = inserter(db, 'cert_software', ['id', 'partnerId', 'programId', 'name', 'platformDependent', 'supportPolicyUrl', 'registeredAt']);
  const softwareVersion = inserter(db, 'cert_software_version', [
    'id',
    'softwareId',
    'partnerId',
    'programId',
    'version',
    'releasedOn',
    'releaseKind',
    'releaseSignature',
    'registeredAt',
  ]);
  const listing = inserter(db, 'cert_listing', [
    'id',
    'partnerId',
    'programId',
    'softwareId',
    'versionId',
    'submissionId',
    'extendedFromListingId',
    'productId',
    'releaseId',
    'productVersion',
    'acceptanceLevel',
    'certifiedAt',
    'vendorSigned',
    'signedArtifactId',
    'status',
    'missingItems',
    'publishedAt',
    'removedAt',
    'removalReason',
    'removalNote',
    'reviewFlaggedAt',
    'reviewFlagReason',
    'logoEligible',
    'logoEligibleUntil',
  ]);
  const footnote = inserter(db, 'cert_listing_footnote', ['id', 'listingId', 'text', 'kbArticleUrl', 'severe', 'addedAt', 'resolvedAt', 'resolution']);
  const history = inserter(db, 'cert_listing_history', ['id', 'listingId', 'at', 'action', 'reason', 'actor']);
  const eligible = partnerIds.filter((id) => (activePrograms.get(id) ?? []).length > 0);
  const softwareCount = SIZES.softwareVersions / SIZES.versionsPerSoftware;
  const versionsOfPartner = new Map<string, VersionRef[]>();
  let anyVersion: VersionRef | null = null;
  const softwareFrom = Date.UTC(2024, 8, 1);
  for (let s = 0; s < softwareCount; s++) {
    const partnerId = eligible[s % eligible.length];
    const p = rng.pick(activePrograms.get(partnerId) as typeof programs);
    const registered = softwareFrom + Math.floor((s * 240 * DAY) / softwareCount);
    const softwareId = ids.at(registered);
    const hasPolicy = rng.chance(0.96);
    software({
      id: softwareId,
      partnerId,
      programId: p.id,
      name: `${rng.pick(PREFIXES)} ${rng.pick(SOFTWARE_KINDS)} ${s + 1}`,
      platformDependent: rng.chance(0.7) ? 1 : 0,
      supportPolicyUrl: hasPolicy ? `https://partner.example.com/support/${s + 1}` : null,
      registeredAt: iso(registered),
    });
    count('cert_software');
    const productReleases = rng.pick(releases);
    // Successive versions are certified against successive releases of the product.
    const firstRelease = rng.int(0, productReleases.length - SIZES.versionsPerSoftware);
    for (let v = 0; v < SIZES.versionsPerSoftware; v++) {
      const at = registered + v * 20 * DAY;
      const version = `${1 + Math.floor(v / 2)}.${v % 2}.${rng.int(0, 9)}`;
      const releasedOn = iso(at).slice(0, 10);
      const versionId = ids.at(at);
      softwareVersion({
        id: versionId,
        softwareId,
        partnerId,
        programId: p.id,
        version,
        releasedOn,
        releaseKind: v === 0 ? 'MAJOR' : v % 2 === 0 ? 'MAJOR' : 'MINOR',
        releaseSignature: `${version} (${releasedOn})`,
        registeredAt: iso(at),
      });
      count('cert_software_version');
      const ref = { id: versionId, softwareId, partnerId, version, releasedOn };
      anyVersion ??= ref;
      const own = versionsOfPartner.get(partnerId) ?? [];
      own.push(ref);
      versionsOfPartner.set(partnerId, own);

      const target = productReleases[firstRelease + v];
      const certifiedAt = at + 10 * DAY;
      const roll = rng.next();
      const status = !hasPolicy ? 'CERTIFIED_UNPUBLISHED' : roll < 0.95 ? 'PUBLISHED' : 'REMOVED';
      const listingId = ids.at(certifiedAt);
      const published = status !== 'CERTIFIED_UNPUBLISHED';
      listing({
        id: listingId,
        partnerId,
        programId: p.id,
        softwareId,
        versionId,
        submissionId: null,
        extendedFromListingId: null,
        productId: target.productId,
        releaseId: target.releaseId,
        productVersion: target.version,
        acceptanceLevel: p.level,
        certifiedAt: iso(certifiedAt),
        vendorSigned: 0,
        signedArtifactId: null,
        status,
        missingItems: status === 'CERTIFIED_UNPUBLISHED' ? '["SUPPORT_POLICY"]' : '[]',
        publishedAt: published ? iso(certifiedAt) : null,
        removedAt: status === 'REMOVED' ? iso(certifiedAt + 60 * DAY) : null,
        removalReason: status === 'REMOVED' ? 'PARTNER_REQUEST' : null,
        removalNote: status === 'REMOVED' ? 'end of availability' : null,
        reviewFlaggedAt: null,
        reviewFlagReason: null,
        logoEligible: status === 'PUBLISHED' ? 1 : 0,
        logoEligibleUntil: status === 'REMOVED' ? iso(certifiedAt + 60 * DAY) : null,
      });
      count('cert_listing');
      history({ id: ids.at(certifiedAt), listingId, at: iso(certifiedAt), action: 'CERTIFIED', reason: 'submission certified', actor: 'bench seed' });
      count('cert_listing_history');
      if (published) {
        history({
          id: ids.at(certifiedAt),
          listingId,
          at: iso(certifiedAt),
          action: 'PUBLISHED',
          reason: 'TOI, support readiness and public support policy on record',
          actor: 'bench seed',
        });
        count('cert_listing_history');
      }
      if (status === 'REMOVED') {
        history({
          id: ids.at(certifiedAt),
          listingId,
          at: iso(certifiedAt + 60 * DAY),
          action: 'REMOVED',
          reason: 'PARTNER_REQUEST: end of availability',
          actor: 'bench seed',
        });
        count('cert_listing_history');
      }
      const notes = rng.chance(0.1) ? rng.int(1, 2) : 0;
      for (let n = 0; n < notes; n++) {
        footnote({
          id: ids.at(certifiedAt),
          listingId,
          text: `Known issue ${n + 1}: ${rng.pick(['snapshot consolidation', 'multipathing failover', 'vMotion of large VMs', 'encryption at rest', 'IPv6 only networks'])} needs the partner's patch`,
          kbArticleUrl: rng.chance(0.8) ? `https://kb.example.com/article/${rng.int(10000, 99999)}` : null,
          severe: 0,
          addedAt: iso(certifiedAt),
          resolvedAt: null,
          resolution: null,
        });
        count('cert_listing_footnote');
      }
    }
  }
  // The guide page: the most common product version of the first product.
  const guideRelease = releases[0][PRODUCT_VERSIONS.length - 1];
  return {
    partnerIds,
    versionsOfPartner,
    anyVersion: anyVersion as VersionRef,
    guide: { productId: guideRelease.productId, productVersion: guideRelease.version },
  };
}

export interface ParticipantRef {
  partnerId: string;
  enteredAt: number;
}

function writeParticipants(db: Database.Database, rng: Rng, ids: IdFactory, world: World, count: (table: string) => void): ParticipantRef[] {
  const participant = inserter(db, 'pc_participant', ['id', 'partnerId', 'enteredAt', 'level', 'status', 'enrollmentInvoiceId', 'terminatedAt']);
  const model = inserter(db, 'pc_business_model', ['id', 'partnerId', 'model', 'joinedAt', 'endedAt']);
  const levelChange = inserter(db, 'pc_level_change', ['id', 'partnerId', 'fromLevel', 'toLevel', 'reason', 'at']);
  const invoice = inserter(db, 'fee_invoice', [
    'id',
    'partnerId',
    'currency',
    'issuedAt',
    'dueAt',
    'issuedBy',
    'tsanetGroupId',
    'billingYear',
    'programStartDate',
    'snapshotMemberIds',
    'excludedMemberIds',
  ]);
  const line = inserter(db, 'fee_invoice_line', [
    'id',
    'invoiceId',
    'partnerId',
    'feeKind',
    'feeId',
    'description',
    'quantity',
    'unitAmountMinor',
    'amountMinor',
    'currency',
    'refundable',
    'grants',
    'programId',
    'programVersion',
    'reference',
    'termStart',
    'termEnd',
    'createdAt',
  ]);
  const payment = inserter(db, 'fee_payment', [
    'id',
    'invoiceId',
    'partnerId',
    'amountMinor',
    'currency',
    'receivedAt',
    'recordedAt',
    'recordedBy',
    'externalReference',
  ]);
  const credential = inserter(db, 'pc_credential', ['id', 'partnerId', 'kind', 'name', 'validFrom', 'validUntil', 'revokedAt', 'pointsThousandths']);
  const entry = ((insert, total) => (row: Row) => {
    insert(row);
    total(row);
  })(ledgerInserter(db), totalsUpserter(db));

  const out: ParticipantRef[] = [];
  const from = Date.UTC(2024, 6, 1);
  const candidates = world.partnerIds.filter((_, i) => i % SIZES.participantEvery === 0);
  candidates.forEach((partnerId, i) => {
    const enteredAt = from + Math.floor((i * 180 * DAY) / candidates.length);
    const participantId = ids.at(enteredAt);
    const invoiceId = ids.at(enteredAt);
    const paidAt = enteredAt + rng.int(3, 20) * DAY;
    const dashboard = i === 0;
    participant({
      id: participantId,
      partnerId,
      enteredAt: iso(enteredAt),
      level: dashboard ? 'PRINCIPAL' : 'COMMUNITY',
      status: 'ACTIVE',
      enrollmentInvoiceId: invoiceId,
      terminatedAt: null,
    });
    count('pc_participant');
    invoice({
      id: invoiceId,
      partnerId,
      currency: 'USD',
      issuedAt: iso(enteredAt),
      dueAt: iso(enteredAt + 30 * DAY),
      issuedBy: 'partner-connect',
      tsanetGroupId: null,
      billingYear: null,
      programStartDate: null,
      snapshotMemberIds: null,
      excludedMemberIds: null,
    });
    line({
      id: ids.at(enteredAt),
      invoiceId,
      partnerId,
      feeKind: 'PARTNER_CONNECT_ENROLLMENT',
      feeId: null,
      description: 'Partner Connect enrollment',
      quantity: 1,
      unitAmountMinor: 99_500,
      amountMinor: 99_500,
      currency: 'USD',
      refundable: 0,
      grants: '[]',
      programId: null,
      programVersion: null,
      reference: `partner-connect:${participantId}:enrollment`,
      termStart: null,
      termEnd: null,
      createdAt: iso(enteredAt),
    });
    payment({
      id: ids.at(paidAt),
      invoiceId,
      partnerId,
      amountMinor: 99_500,
      currency: 'USD',
      receivedAt: iso(paidAt),
      recordedAt: iso(paidAt),
      recordedBy: 'bench seed',
      externalReference: `WIRE-${i + 1}`,
    });
    count('fee_invoice');
    const models = dashboard
      ? ['SOLUTION_RESELLER', 'SOLUTION_SERVICES', 'CLOUD_SERVICES_PROVIDER']
      : [...BUSINESS_MODELS].sort(() => rng.next() - 0.5).slice(0, rng.int(1, 2));
    for (const m of models) {
      model({ id: ids.at(enteredAt), partnerId, model: m, joinedAt: iso(enteredAt), endedAt: null });
      count('pc_business_model');
    }
    levelChange({ id: ids.at(enteredAt), partnerId, fromLevel: null, toLevel: 'COMMUNITY_ENROLLED', reason: 'entered the program', at: iso(enteredAt) });
    levelChange({ id: ids.at(paidAt), partnerId, fromLevel: 'COMMUNITY_ENROLLED', toLevel: 'COMMUNITY', reason: 'enrollment fee paid', at: iso(paidAt) });
    count('pc_level_change');
    count('pc_level_change');
    if (dashboard) {
      const lifted = Date.UTC(2025, 5, 2);
      levelChange({ id: ids.at(lifted), partnerId, fromLevel: 'COMMUNITY', toLevel: 'PRINCIPAL', reason: 'points and requirements met', at: iso(lifted) });
      count('pc_level_change');
    }
    // PC-13: credentials with their CAPABILITY ledger entries (validity carried on the entry).
    const credentials: [string, string, number, number][] = dashboard
      ? [
          ['SPECIALIZATION', 'Data Protection Specialization', Date.UTC(2025, 2, 1), Date.UTC(2027, 1, 28, 23, 59, 59, 999)],
          ['SOLUTION_COMPETENCY', 'Cloud Infrastructure Competency', Date.UTC(2025, 3, 1), Date.UTC(2027, 2, 31, 23, 59, 59, 999)],
          ['MASTER_SERVICES_COMPETENCY', 'Migration Services', Date.UTC(2026, 0, 15), Date.UTC(2028, 0, 14, 23, 59, 59, 999)],
          ['ACCREDITATION', 'Sales Accreditation 2024', Date.UTC(2024, 9, 1), Date.UTC(2025, 8, 30, 23, 59, 59, 999)],
        ]
      : rng.chance(0.2)
        ? [['SOLUTION_COMPETENCY', 'Cloud Infrastructure Competency', Date.UTC(2025, 3, 1), Date.UTC(2027, 2, 31, 23, 59, 59, 999)]]
        : [];
    for (const [kind, name, validFrom, validUntil] of credentials) {
      const recorded = Math.max(validFrom, enteredAt + DAY);
      const credentialId = ids.at(recorded);
      credential({
        id: credentialId,
        partnerId,
        kind,
        name,
        validFrom: iso(validFrom),
        validUntil: iso(validUntil),
        revokedAt: null,
        pointsThousandths: CREDENTIAL_POINTS[kind],
      });
      count('pc_credential');
      entry({
        id: ids.at(recorded),
        partnerId,
        programYear: programYearOf(recorded),
        kind: 'CAPABILITY',
        source: 'CREDENTIAL',
        amount: CREDENTIAL_POINTS[kind],
        requestedAmount: null,
        capGroup: null,
        earnedAt: iso(recorded),
        bookingId: null,
        reference: credentialId,
        reversesEntryId: null,
        validFrom: iso(validFrom),
        validUntil: iso(validUntil),
        note: `${kind}: ${name}`,
      });
      count('pc_points_entry');
    }
    out.push({ partnerId, enteredAt });
  });
  return out;
}

/** PC-2/PC-12: adds one ledger entry to its monthly total, as LedgerService.append does. */
export function totalsUpserter(db: Database.Database): (row: Row) => void {
  const statement = db.prepare(
    'INSERT INTO pc_points_total (partnerId, programYear, kind, source, month, amount, lastEarnedAt) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (partnerId, programYear, kind, source, month) DO UPDATE SET amount = amount + excluded.amount, lastEarnedAt = MAX(lastEarnedAt, excluded.lastEarnedAt)',
  );
  return (row) => {
    const earnedAt = row.earnedAt as string;
    statement.run(row.partnerId, row.programYear, row.kind, row.source, earnedAt.slice(0, 7), row.amount, earnedAt);
  };
}

export function ledgerInserter(db: Database.Database): (row: Row) => void {
  return inserter(db, 'pc_points_entry', [
    'id',
    'partnerId',
    'programYear',
    'kind',
    'source',
    'amount',
    'requestedAmount',
    'capGroup',
    'earnedAt',
    'bookingId',
    'reference',
    'reversesEntryId',
    'validFrom',
    'validUntil',
    'note',
  ]);
}

export interface PlannedBooking {
  bookingId: string;
  partnerId: string;
  customerId: string;
  opportunityId: string;
  solution: string;
  tcvMinor: number;
  bookedAt: number;
  bookingTypes: string;
}

/** 1,000,000 bookings in booking-date order: 10% for the dashboard partner, 3,000 each for the next 99, the rest spread. */
function planBookings(rng: Rng, participants: ParticipantRef[]): PlannedBooking[] {
  const total = SIZES.bookings;
  const large = participants.slice(1, 1 + SIZES.largeParticipants);
  const rest = participants.slice(1 + SIZES.largeParticipants);
  const largeShare = (SIZES.largeParticipants * SIZES.largeParticipantBookings) / total;
  const dashboardShare = SIZES.dashboardPartnerBookings / total;
  const days = Math.floor((BOOKINGS_TO - BOOKINGS_FROM) / DAY) + 1;
  const out: PlannedBooking[] = new Array(total);
  const mixCut: [string, number][] = [];
  let cumulative = 0;
  for (const [types, share] of BOOKING_MIX) mixCut.push([types, (cumulative += share)]);
  let n = 0;
  for (let day = 0; day < days; day++) {
    const perDay = Math.floor(((day + 1) * total) / days) - Math.floor((day * total) / days);
    const times: number[] = [];
    for (let k = 0; k < perDay; k++) times.push(BOOKINGS_FROM + day * DAY + rng.int(0, DAY / 1000 - 1) * 1000);
    times.sort((a, b) => a - b);
    for (const bookedAt of times) {
      const roll = rng.next();
      const who = roll < dashboardShare ? participants[0] : roll < dashboardShare + largeShare ? rng.pick(large) : rng.pick(rest);
      const typeRoll = rng.next();
      const bookingTypes = (mixCut.find(([, cut]) => typeRoll < cut) ?? mixCut[mixCut.length - 1])[0];
      // TCV from $500 to about $50,000, most of them small.
      const tcvMinor = Math.round(50_000 * Math.pow(100, rng.next() * rng.next()));
      out[n] = {
        bookingId: `BK-${String(n + 1).padStart(8, '0')}`,
        partnerId: who.partnerId,
        customerId: `CUST-${rng.int(1, 250_000)}`,
        opportunityId: `OPP-${String(n + 1).padStart(8, '0')}`,
        solution: rng.pick(SOLUTIONS),
        tcvMinor,
        bookedAt,
        bookingTypes,
      };
      n += 1;
    }
  }
  return out;
}

function writeBookingsCsv(path: string, bookings: PlannedBooking[]): void {
  const lines = ['bookingId,partnerId,customerId,opportunityId,solution,tcvMinor,currency,bookedAt,bookingTypes'];
  for (const b of bookings)
    lines.push(`${b.bookingId},${b.partnerId},${b.customerId},${b.opportunityId},${b.solution},${b.tcvMinor},USD,${iso(b.bookedAt)},${b.bookingTypes}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/**
 * Writes bookings and the ledger entries the product's importer records for them (PC-2 base
 * points, PC-3 multiplier bonus and perpetual / SnS cap) with prepared statements, one
 * transaction per `write`. The cap is tracked in memory: the ledger starts with no booking entries.
 */
export function bookingWriter(db: Database.Database, ids: IdFactory, earnedAtOf: (row: PlannedBooking) => number): (rows: PlannedBooking[]) => void {
  const booking = inserter(db, 'pc_booking', [
    'id',
    'bookingId',
    'partnerId',
    'customerId',
    'opportunityId',
    'solution',
    'tcvMinor',
    'currency',
    'bookedAt',
    'bookingTypes',
    'source',
    'oemPartnerId',
    'withheldReason',
    'terminatedAt',
    'terminatedBy',
  ]);
  const entry = ledgerInserter(db);
  const total = totalsUpserter(db);
  const capUsed = new Map<string, number>();
  return db.transaction((rows: PlannedBooking[]) => {
    for (const row of rows) {
      const earnedAt = earnedAtOf(row);
      booking({
        id: ids.at(earnedAt),
        bookingId: row.bookingId,
        partnerId: row.partnerId,
        customerId: row.customerId,
        opportunityId: row.opportunityId,
        solution: row.solution,
        tcvMinor: row.tcvMinor,
        currency: 'USD',
        bookedAt: iso(row.bookedAt),
        bookingTypes: row.bookingTypes,
        source: 'BOOKING',
        oemPartnerId: null,
        withheldReason: null,
        terminatedAt: null,
        terminatedBy: null,
      });
      for (const e of award(row, capUsed)) {
        e.id = ids.at(earnedAt);
        e.earnedAt = iso(earnedAt);
        entry(e);
        total(e);
      }
    }
  });
}

/** The read dataset's ledger is recorded as if bookings were imported the day after they were booked. */
export function earnedAtOf(row: PlannedBooking): number {
  return Math.min(row.bookedAt + DAY, DATA_NOW);
}

/** Ids of the bookings and ledger entries written by the raw loop: seeded, so the read dataset is the same on every run. */
export function bookingIds(): IdFactory {
  return new IdFactory(new Rng(SEED + 2));
}

const CAP_NOTE = 'PC-3: cut to what was left of the perpetual / SnS cap';

interface TypeMix {
  capped: boolean;
  percent: number;
  /** The booking types with a multiplier, as the bonus entry's reference. */
  reference: string;
}

const mixes = new Map<string, TypeMix>();

function typeMix(bookingTypes: string): TypeMix {
  let mix = mixes.get(bookingTypes);
  if (!mix) {
    const types = bookingTypes.split(';');
    mix = {
      capped: types.some((t) => BOOKING_TYPES[t].countsTowardCap),
      percent: types.reduce((sum, t) => sum + BOOKING_TYPES[t].multiplierPercent, 0),
      reference: types.filter((t) => BOOKING_TYPES[t].multiplierPercent > 0).join(';'),
    };
    mixes.set(bookingTypes, mix);
  }
  return mix;
}

/** The ledger entries of one booking (PC-2, PC-3), as BookingService.recordBatch computes them. */
export function award(row: PlannedBooking, capUsed: Map<string, number>): Row[] {
  const { capped, percent, reference } = typeMix(row.bookingTypes);
  const base = Math.floor((row.tcvMinor + 50) / 100);
  const bonus = percent > 0 ? Math.floor((row.tcvMinor * percent + 5000) / 10_000) : 0;
  const year = programYearOf(row.bookedAt);
  let baseAwarded = base;
  let baseRequested: number | null = null;
  let bonusAwarded = bonus;
  let bonusRequested: number | null = null;
  if (capped) {
    const key = `${row.partnerId}|${year}`;
    const used = capUsed.get(key) ?? 0;
    const left = Math.max(PERPETUAL_CAP_THOUSANDTHS - used, 0);
    if (base > left) {
      baseAwarded = left;
      baseRequested = base;
    }
    const leftAfter = Math.max(left - baseAwarded, 0);
    if (percent > 0 && bonus > leftAfter) {
      bonusAwarded = leftAfter;
      bonusRequested = bonus;
    }
    capUsed.set(key, used + baseAwarded + (percent > 0 ? bonusAwarded : 0));
  }
  const capGroup = capped ? CAP_GROUP : null;
  const out: Row[] = [
    {
      partnerId: row.partnerId,
      programYear: year,
      kind: 'PERFORMANCE',
      source: 'BOOKING',
      amount: baseAwarded,
      requestedAmount: baseRequested,
      capGroup,
      bookingId: row.bookingId,
      reference: null,
      reversesEntryId: null,
      validFrom: null,
      validUntil: null,
      note: baseRequested === null ? null : CAP_NOTE,
    },
  ];
  if (percent > 0) {
    out.push({
      partnerId: row.partnerId,
      programYear: year,
      kind: 'PERFORMANCE',
      source: 'MULTIPLIER_BONUS',
      amount: bonusAwarded,
      requestedAmount: bonusRequested,
      capGroup,
      bookingId: row.bookingId,
      reference,
      reversesEntryId: null,
      validFrom: null,
      validUntil: null,
      note: bonusRequested === null ? null : CAP_NOTE,
    });
  }
  return out;
}

/** Reads the bookings CSV back (the raw ingest loop parses the same file as the importer). */
export function parseBookingLine(line: string): PlannedBooking {
  const [bookingId, partnerId, customerId, opportunityId, solution, tcv, , bookedAt, bookingTypes] = line.split(',');
  return { bookingId, partnerId, customerId, opportunityId, solution, tcvMinor: Number(tcv), bookedAt: Date.parse(bookedAt), bookingTypes };
}

function digestUploadContent(): { md5: string; sha1: string } {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  for (const chunk of uploadContent()) {
    md5.update(chunk);
    sha1.update(chunk);
  }
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex') };
}
