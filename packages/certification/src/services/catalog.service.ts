import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ConnectionResult,
  LoaderDefinition,
  loadById,
  loadByParent,
  Maybe,
  NotFoundError,
  paginate,
  RequestContext,
  rowsById,
  UserError,
} from '@alliance/kernel';
import { Artifact, CertificationProgramPolicy, ChecklistItemState, Software, SoftwareVersion } from '../entities';
import { CertificationChecklistKind, CertificationQuestionnaireKind, SoftwareReleaseKind } from '../enums';
import {
  RegisterArtifactInput,
  RegisterSoftwareInput,
  RegisterSoftwareVersionInput,
  SetProgramCertificationPolicyInput,
  SetSoftwareSupportPolicyInput,
  UpdateChecklistItemInput,
} from '../inputs/catalog.input';
import { checklistItems } from '../rules/checklists.rules';
import { findSignatureConflict, signatureText } from '../rules/release-signature.rules';
import { actorName, findActable, findVisible } from './access';
import { digestStream, StreamDigest } from './artifact-stream';
import { ListingService } from './listing.service';
import { CertificationChecklist, CertificationChecklistItem } from './views';

/** A file received for an artifact: its sums, and where it is stored (null when files are not kept). */
export interface ReceivedArtifactFile extends StreamDigest {
  artifactId: string;
  storedPath: string | null;
}

export interface CatalogOptions {
  /** When set, uploaded artifact files are kept at `<dir>/<artifactId>`; otherwise bytes are dropped once hashed. */
  artifactStorageDir?: string;
}

/** One version of partner software as support sees it (for obsolescence, SUP-7). */
export interface SoftwareVersionSummary {
  versionId: string;
  version: string;
  releaseKind: SoftwareReleaseKind;
  releasedOn: string;
}

/** Programs' certification policies, partner software, versions, artifacts and checklists. */
const SOFTWARE = rowsById(Software);
const VERSIONS = rowsById(SoftwareVersion);

/** By-id readings of only some columns: one definition per entity and set of columns a page asked for. */
const narrowedReadings = new Map<string, LoaderDefinition<unknown>>();

function readingById<E extends Software | SoftwareVersion>(
  full: LoaderDefinition<E | null>,
  entity: new () => E,
  columns: readonly string[] | null,
): LoaderDefinition<E | null> {
  if (!columns) return full;
  const key = `${entity.name}:${[...columns].sort().join(',')}`;
  let definition = narrowedReadings.get(key) as LoaderDefinition<E | null> | undefined;
  if (!definition) {
    definition = rowsById(entity, { columns: [...columns] as (keyof E & string)[] });
    narrowedReadings.set(key, definition as LoaderDefinition<unknown>);
  }
  return definition;
}

/**
 * The readings a listed row's `software` and `version` fields answer from (the ones its page
 * preloaded, with only the columns the page's selection reads), kept on the row under symbols.
 */
const SOFTWARE_READING = Symbol('certification.softwareReading');
const VERSION_READING = Symbol('certification.versionReading');
type ListedRow = {
  softwareId: string;
  versionId: string;
  [SOFTWARE_READING]?: LoaderDefinition<Software | null>;
  [VERSION_READING]?: LoaderDefinition<SoftwareVersion | null>;
};

export class CatalogService {
  constructor(
    private readonly listings: ListingService,
    private readonly options: CatalogOptions = {},
  ) {}

  /** CERT-1: the acceptance level of a program (one per program). */
  async setProgramPolicy(ctx: RequestContext, input: SetProgramCertificationPolicyInput): Promise<CertificationProgramPolicy> {
    const policy =
      (await ctx.em.findOneBy(CertificationProgramPolicy, { programId: input.programId })) ??
      ctx.em.create(CertificationProgramPolicy, { programId: input.programId });
    Object.assign(policy, {
      acceptanceLevel: input.acceptanceLevel,
      questionnaireKind: input.questionnaireKind,
      signsSoftware: input.signsSoftware,
      hasReadyLogo: input.hasReadyLogo,
      updatedAt: ctx.now(),
    });
    return ctx.em.save(policy);
  }

  policy(ctx: RequestContext, programId: string): Promise<CertificationProgramPolicy | null> {
    return ctx.em.findOneBy(CertificationProgramPolicy, { programId });
  }

  async requirePolicy(ctx: RequestContext, programId: string, field: string | null): Promise<CertificationProgramPolicy> {
    const policy = await this.policy(ctx, programId);
    if (!policy) throw new UserError('PROGRAM_POLICY_MISSING', `CERT-1: program ${programId} has no certification policy (acceptance level) yet`, field);
    return policy;
  }

  async registerSoftware(ctx: RequestContext, input: RegisterSoftwareInput): Promise<Software> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return ctx.em.save(
      ctx.em.create(Software, {
        partnerId: input.partnerId,
        programId: input.programId,
        name: input.name.trim(),
        platformDependent: input.platformDependent,
        supportPolicyUrl: input.supportPolicyUrl ?? null,
        registeredAt: ctx.now(),
      }),
    );
  }

  /** CERT-6: the public support policy statement; publication is re-checked. */
  async setSupportPolicy(ctx: RequestContext, input: SetSoftwareSupportPolicyInput): Promise<Software> {
    const software = await findActable(ctx, Software, input.softwareId, 'Software');
    software.supportPolicyUrl = input.supportPolicyUrl;
    await ctx.em.save(software);
    await this.listings.refreshForSoftware(ctx, software.id);
    return software;
  }

  software(ctx: RequestContext, id: string): Promise<Software> {
    return findVisible(ctx, Software, id, 'Software');
  }

  /** Batched by id; at once when the request already loaded it. */
  softwareById(ctx: RequestContext, id: string): Maybe<Software | null> {
    return SOFTWARE.of(ctx).get(id);
  }

  /** A listed row's `software` field: from the reading its page preloaded, else every column. */
  softwareOf(ctx: RequestContext, row: { softwareId: string }): Maybe<Software | null> {
    return ((row as ListedRow)[SOFTWARE_READING] ?? SOFTWARE).of(ctx).get(row.softwareId);
  }

  /** A listed row's `version` field: from the reading its page preloaded, else every column. */
  versionOf(ctx: RequestContext, row: { versionId: string }): Maybe<SoftwareVersion | null> {
    return ((row as ListedRow)[VERSION_READING] ?? VERSIONS).of(ctx).get(row.versionId);
  }

  /** Batched by id; at once when the request already loaded it. */
  versionById(ctx: RequestContext, id: string): Maybe<SoftwareVersion | null> {
    return VERSIONS.of(ctx).get(id);
  }

  /**
   * Loads, for a page of listed rows, their software and versions in one statement each, with
   * only the given columns (null: every column; undefined: not asked), so `softwareOf` and
   * `versionOf` answer at once.
   */
  async preloadFor(
    ctx: RequestContext,
    rows: readonly { softwareId: string; versionId: string }[],
    columns: { software?: readonly string[] | null; version?: readonly string[] | null },
  ): Promise<void> {
    // Issued together: on PostgreSQL each is a round trip of its own on the pool.
    const reads: Promise<void>[] = [];
    if (columns.software !== undefined) {
      const reading = readingById(SOFTWARE, Software, columns.software);
      for (const row of rows) (row as ListedRow)[SOFTWARE_READING] = reading;
      reads.push(reading.of(ctx).preload([...new Set(rows.map((row) => row.softwareId))]));
    }
    if (columns.version !== undefined) {
      const reading = readingById(VERSIONS, SoftwareVersion, columns.version);
      for (const row of rows) (row as ListedRow)[VERSION_READING] = reading;
      reads.push(reading.of(ctx).preload([...new Set(rows.map((row) => row.versionId))]));
    }
    await Promise.all(reads);
  }

  /** CERT-13: a version is registered only with a unique, dated release signature. */
  async registerVersion(ctx: RequestContext, input: RegisterSoftwareVersionInput): Promise<SoftwareVersion> {
    const software = await findActable(ctx, Software, input.softwareId, 'Software');
    await ctx.db.lock(ctx.em, `cert:software-versions:${software.id}`);
    const released = await ctx.em.findBy(SoftwareVersion, { softwareId: software.id });
    const conflict = findSignatureConflict({ version: input.version, releasedOn: input.releasedOn }, released);
    if (conflict) throw new UserError('RELEASE_SIGNATURE_NOT_UNIQUE', conflict.message, `${conflict.field}`);
    return ctx.em.save(
      ctx.em.create(SoftwareVersion, {
        softwareId: software.id,
        partnerId: software.partnerId,
        programId: software.programId,
        version: input.version,
        releasedOn: input.releasedOn,
        releaseKind: input.releaseKind,
        releaseSignature: signatureText(input),
        registeredAt: ctx.now(),
      }),
    );
  }

  async versions(ctx: RequestContext, softwareId: string, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<SoftwareVersion>> {
    const software = await findVisible(ctx, Software, softwareId, 'Software');
    return paginate(ctx.em.createQueryBuilder(SoftwareVersion, 'version').where('version.softwareId = :id', { id: software.id }), args);
  }

  version(ctx: RequestContext, id: string): Promise<SoftwareVersion> {
    return findVisible(ctx, SoftwareVersion, id, 'SoftwareVersion');
  }

  /** Support's port: the versions of a software, oldest release first. */
  async softwareVersions(ctx: RequestContext, softwareId: string): Promise<SoftwareVersionSummary[]> {
    const rows = await ctx.em.find(SoftwareVersion, { where: { softwareId }, order: { releasedOn: 'ASC', id: 'ASC' } });
    return rows.map((row) => ({ versionId: row.id, version: row.version, releaseKind: row.releaseKind, releasedOn: row.releasedOn }));
  }

  /** CERT-14: a released artifact with its declared sums and size. */
  async registerArtifact(ctx: RequestContext, input: RegisterArtifactInput): Promise<Artifact> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    return ctx.em.save(
      ctx.em.create(Artifact, {
        versionId: version.id,
        softwareId: version.softwareId,
        partnerId: version.partnerId,
        fileName: input.fileName,
        version: version.version,
        releasedOn: input.releasedOn ?? version.releasedOn,
        md5: input.md5.toLowerCase(),
        sha1: input.sha1.toLowerCase(),
        sizeBytes: input.sizeBytes,
        registeredAt: ctx.now(),
        receivedMd5: null,
        receivedSha1: null,
        receivedSizeBytes: null,
        receivedAt: null,
        md5Matches: null,
        sha1Matches: null,
        sizeMatches: null,
        storedPath: null,
      }),
    );
  }

  /**
   * CERT-14: streams an uploaded file through MD5, SHA1 and a byte counter and stores it. The
   * file is never held in memory; call it outside a unit of work, so no transaction is open
   * (and SQLite's queue is not held) while bytes flow. Then record what was received with
   * `recordArtifactFile` in a unit of work. A PARTNER key may upload only its own artifacts.
   */
  async receiveArtifactFile(ctx: RequestContext, artifactId: string, stream: NodeJS.ReadableStream): Promise<ReceivedArtifactFile> {
    const artifact = await ctx.db.exclusive(() => ctx.em.findOneBy(Artifact, { id: artifactId }));
    if (!artifact) throw new NotFoundError('Artifact', artifactId);
    ctx.assertCanActForPartner(artifact.partnerId, 'Artifact', artifactId);

    const dir = this.options.artifactStorageDir;
    const finalPath = dir ? join(dir, artifact.id) : null;
    const partPath = finalPath ? `${finalPath}.${ctx.requestId}.part` : null;
    let digest;
    try {
      digest = await digestStream(stream, partPath ? createWriteStream(partPath) : undefined);
      if (partPath && finalPath) await rename(partPath, finalPath);
    } catch (error) {
      if (partPath) await unlink(partPath).catch(() => undefined);
      throw error;
    }
    return { artifactId: artifact.id, ...digest, storedPath: finalPath };
  }

  /** CERT-14: records the sums of a received file and whether each matches the declared one. */
  async recordArtifactFile(ctx: RequestContext, received: ReceivedArtifactFile): Promise<Artifact> {
    const em = ctx.em;
    const row = await em.findOneByOrFail(Artifact, { id: received.artifactId });
    row.receivedMd5 = received.md5;
    row.receivedSha1 = received.sha1;
    row.receivedSizeBytes = received.sizeBytes;
    row.receivedAt = ctx.now();
    row.md5Matches = received.md5 === row.md5;
    row.sha1Matches = received.sha1 === row.sha1;
    row.sizeMatches = received.sizeBytes === row.sizeBytes;
    row.storedPath = received.storedPath;
    return em.save(row);
  }

  /** CERT-15: a checklist of a version, item by item, with what is recorded for each (batched per request). */
  async checklist(ctx: RequestContext, version: SoftwareVersion, kind: CertificationChecklistKind): Promise<CertificationChecklist> {
    const [policy, states] = await Promise.all([
      loadById(ctx, CertificationProgramPolicy, { by: 'programId' }).load(version.programId),
      this.checklistStates(ctx).load(version.id),
    ]);
    const definitions = checklistItems(kind, policy?.questionnaireKind ?? CertificationQuestionnaireKind.CLI_API);
    const byKey = new Map(states.filter((state) => state.checklist === kind).map((state) => [state.itemKey, state]));
    const items = definitions.map((definition) => {
      const state = byKey.get(definition.key);
      const item = new CertificationChecklistItem();
      Object.assign(item, {
        key: definition.key,
        section: definition.section,
        text: definition.text,
        done: state?.done ?? false,
        evidenceUrl: state?.evidenceUrl ?? null,
        note: state?.note ?? null,
        updatedAt: state?.updatedAt ?? null,
        updatedBy: state?.updatedBy ?? null,
      });
      return item;
    });
    const checklist = new CertificationChecklist();
    checklist.kind = kind;
    checklist.versionId = version.id;
    checklist.items = items;
    checklist.complete = items.every((item) => item.done);
    return checklist;
  }

  private checklistStates(ctx: RequestContext) {
    return loadByParent(ctx, ChecklistItemState, 'versionId');
  }

  artifactsOf(ctx: RequestContext, versionId: string): Promise<Artifact[]> {
    return loadByParent(ctx, Artifact, 'versionId', { order: { id: 'ASC' } }).load(versionId);
  }

  /** CERT-15: records one item; a completed TOI checklist may publish the version's listings (CERT-6). */
  async updateChecklistItem(ctx: RequestContext, input: UpdateChecklistItemInput): Promise<CertificationChecklist> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    const policy = await this.policy(ctx, version.programId);
    const definitions = checklistItems(input.checklist, policy?.questionnaireKind ?? CertificationQuestionnaireKind.CLI_API);
    if (!definitions.some((item) => item.key === input.itemKey)) {
      throw new UserError(
        'CHECKLIST_ITEM_UNKNOWN',
        `CERT-15: ${input.itemKey} is not an item of the ${input.checklist} checklist; items are ${definitions.map((item) => item.key).join(', ')}`,
        'itemKey',
      );
    }
    const state =
      (await ctx.em.findOneBy(ChecklistItemState, { versionId: version.id, checklist: input.checklist, itemKey: input.itemKey })) ??
      ctx.em.create(ChecklistItemState, { versionId: version.id, partnerId: version.partnerId, checklist: input.checklist, itemKey: input.itemKey });
    Object.assign(state, {
      done: input.done,
      evidenceUrl: input.evidenceUrl ?? null,
      note: input.note ?? null,
      updatedAt: ctx.now(),
      updatedBy: actorName(ctx),
    });
    await ctx.em.save(state);
    if (input.checklist === CertificationChecklistKind.TOI) await this.listings.refreshForVersion(ctx, version.id);
    this.checklistStates(ctx).clear(version.id);
    return this.checklist(ctx, version, input.checklist);
  }
}
