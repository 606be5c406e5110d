import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { RequestContext, Role } from '@alliance/kernel';
import { testContext } from '@alliance/testing';
import { Artifact, CertificationChecklistKind, digestStream, SoftwareReleaseKind, SoftwareVersion } from '../src';
import { setup, userError } from './support';

const MiB = 1024 * 1024;

/** A deterministic byte stream made on demand, 64 KiB at a time (never held whole). */
function generated(totalBytes: number, seed = 7, onProduce?: (produced: number) => void): Readable {
  let produced = 0;
  return new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (produced >= totalBytes) return this.push(null);
      const size = Math.min(64 * 1024, totalBytes - produced);
      const chunk = Buffer.alloc(size);
      for (let i = 0; i < size; i++) chunk[i] = (Math.imul(produced + i, 2654435761) >>> 24) ^ seed;
      produced += size;
      onProduce?.(produced);
      this.push(chunk);
    },
  });
}

async function sumsOf(totalBytes: number, seed = 7) {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  for await (const chunk of generated(totalBytes, seed)) {
    md5.update(chunk as Buffer);
    sha1.update(chunk as Buffer);
  }
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex') };
}

describe('software, versions and artifacts', () => {
  it('CERT-13: a version whose date or version nodes repeat a released version is rejected, naming the field, and nothing is saved', async () => {
    const f = await setup();
    const { software } = await f.softwareWithVersion(f.partnerA, { version: '2.1.0.4', releasedOn: '2026-02-01' });
    const ctx = f.ctxFor(f.partnerA);
    const sameDate = await userError(
      f.tx(ctx, () =>
        f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.5', releasedOn: '2026-02-01', releaseKind: SoftwareReleaseKind.PATCH }),
      ),
    );
    expect(sameDate).toMatchObject({ code: 'RELEASE_SIGNATURE_NOT_UNIQUE', field: 'releasedOn' });
    const sameNodes = await userError(
      f.tx(ctx, () =>
        f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.4.0', releasedOn: '2026-02-02', releaseKind: SoftwareReleaseKind.PATCH }),
      ),
    );
    expect(sameNodes).toMatchObject({ code: 'RELEASE_SIGNATURE_NOT_UNIQUE', field: 'version' });
    expect(await f.db.manager.countBy(SoftwareVersion, { softwareId: software.id })).toBe(1);
    const ok = await f.tx(ctx, () =>
      f.catalog.registerVersion(ctx, { softwareId: software.id, version: '2.1.0.5', releasedOn: '2026-02-02', releaseKind: SoftwareReleaseKind.PATCH }),
    );
    expect(ok.releaseSignature).toBe('2.1.0.5 (2026-02-02)');
  });

  it("CERT-13: another partner's software is not found, and its versions are not listed", async () => {
    const f = await setup();
    const { software } = await f.softwareWithVersion(f.partnerA);
    const ctxB = f.ctxFor(f.partnerB);
    await expect(
      f.tx(ctxB, () =>
        f.catalog.registerVersion(ctxB, { softwareId: software.id, version: '3.0', releasedOn: '2026-03-01', releaseKind: SoftwareReleaseKind.MAJOR }),
      ),
    ).rejects.toThrow(/not found/);
    await expect(f.catalog.versions(ctxB, software.id, {})).rejects.toThrow(/not found/);
  });

  it('CERT-13: support reads the versions oldest first with kind and release date', async () => {
    const f = await setup();
    const { software } = await f.softwareWithVersion(f.partnerA, { version: '2.1.0.4', releasedOn: '2026-02-01' });
    const ctx = f.ctxFor(f.partnerA);
    await f.tx(ctx, () =>
      f.catalog.registerVersion(ctx, { softwareId: software.id, version: '1.9', releasedOn: '2025-06-01', releaseKind: SoftwareReleaseKind.MAJOR }),
    );
    const versions = await f.module.service.softwareVersions(f.admin, software.id);
    expect(versions.map(({ version, releaseKind, releasedOn }) => ({ version, releaseKind, releasedOn }))).toEqual([
      { version: '1.9', releaseKind: 'MAJOR', releasedOn: '2025-06-01' },
      { version: '2.1.0.4', releaseKind: 'MINOR', releasedOn: '2026-02-01' },
    ]);
  });

  describe('CERT-14 artifact upload', () => {
    async function withArtifact(bytes: number, declared?: { md5: string; sha1: string; sizeBytes?: number }, options: { artifactStorageDir?: string } = {}) {
      const f = await setup(options);
      const { version } = await f.softwareWithVersion(f.partnerA);
      const sums = declared ?? (await sumsOf(bytes));
      const ctx = f.ctxFor(f.partnerA);
      const artifact = await f.tx(ctx, () =>
        f.catalog.registerArtifact(ctx, {
          versionId: version.id,
          fileName: 'adapter.zip',
          md5: sums.md5.toUpperCase(),
          sha1: sums.sha1,
          sizeBytes: declared?.sizeBytes ?? bytes,
        }),
      );
      return { f, artifact, version, ctx };
    }

    /** What `PUT /artifacts/:id/file` does: streams outside a unit of work, then records in one. */
    async function upload(f: Awaited<ReturnType<typeof withArtifact>>['f'], ctx: RequestContext, artifactId: string, stream: NodeJS.ReadableStream) {
      const received = await f.module.service.receiveArtifactFile(ctx, artifactId, stream);
      return f.tx(ctx, () => f.module.service.recordArtifactFile(ctx, received));
    }

    it('CERT-14: an artifact records version, release date, MD5, SHA1 and size', async () => {
      const { artifact, version } = await withArtifact(10, { md5: 'A'.repeat(32), sha1: 'b'.repeat(40), sizeBytes: 10 });
      expect(artifact).toMatchObject({
        version: version.version,
        releasedOn: version.releasedOn,
        md5: 'a'.repeat(32),
        sha1: 'b'.repeat(40),
        sizeBytes: 10,
        verified: null,
      });
    });

    it('CERT-14: a streamed 5 MiB upload is hashed and matches every declared sum', async () => {
      const bytes = 5 * MiB + 3;
      const { f, artifact, ctx } = await withArtifact(bytes);
      const received = await upload(f, ctx, artifact.id, generated(bytes));
      const expected = await sumsOf(bytes);
      expect(received).toMatchObject({
        receivedMd5: expected.md5,
        receivedSha1: expected.sha1,
        receivedSizeBytes: bytes,
        md5Matches: true,
        sha1Matches: true,
        sizeMatches: true,
        storedPath: null,
      });
      expect(received.verified).toBe(true);
      expect((await f.db.manager.findOneByOrFail(Artifact, { id: artifact.id })).receivedAt).toEqual(f.clock.now());
    });

    it('CERT-14: a different file is recorded with each mismatch named', async () => {
      const bytes = 2 * MiB;
      const { f, artifact, ctx } = await withArtifact(bytes);
      const received = await upload(f, ctx, artifact.id, generated(bytes, 99));
      expect(received).toMatchObject({ md5Matches: false, sha1Matches: false, sizeMatches: true, receivedSizeBytes: bytes });
      expect(received.verified).toBe(false);
      const shorter = await upload(f, ctx, artifact.id, generated(bytes - 1));
      expect(shorter).toMatchObject({ sizeMatches: false, verified: false });
    });

    it("CERT-14: another partner's key cannot upload to the artifact and nothing is recorded", async () => {
      const { f, artifact } = await withArtifact(1024);
      const other = f.ctxFor(f.partnerB);
      await expect(f.module.service.receiveArtifactFile(other, artifact.id, generated(1024))).rejects.toThrow(/not found/);
      const integration = testContext(f.db, { clock: f.clock, role: Role.INTEGRATION, scopes: ['certification:read'], name: 'crm' });
      await expect(f.module.service.receiveArtifactFile(integration, artifact.id, generated(1024))).rejects.toThrow(/read-only/);
      expect((await f.db.manager.findOneByOrFail(Artifact, { id: artifact.id })).receivedAt).toBeNull();
    });

    it('CERT-14: with a storage directory the file is kept under the artifact id, with no partial file left', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cert-artifacts-'));
      const bytes = MiB + 17;
      const { f, artifact, ctx } = await withArtifact(bytes, undefined, { artifactStorageDir: dir });
      const received = await upload(f, ctx, artifact.id, generated(bytes));
      expect(received.storedPath).toBe(join(dir, artifact.id));
      const stored = await readFile(join(dir, artifact.id));
      expect(createHash('md5').update(stored).digest('hex')).toBe(received.receivedMd5);
      expect(await readdir(dir)).toEqual([artifact.id]);
    });

    it('CERT-14: hashing respects backpressure: a slow sink keeps the bytes in flight bounded', async () => {
      const total = 8 * MiB;
      let received = 0;
      let maxInFlight = 0;
      const source = generated(total, 7, (produced) => {
        maxInFlight = Math.max(maxInFlight, produced - received);
      });
      const slowSink = new Writable({
        highWaterMark: 64 * 1024,
        write(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          setImmediate(done);
        },
      });
      const digest = await digestStream(source, slowSink);
      expect(digest.sizeBytes).toBe(total);
      expect(received).toBe(total);
      expect(maxInFlight).toBeLessThanOrEqual(MiB);
    });
  });

  describe('CERT-15 checklists', () => {
    it('CERT-15: both checklists are tracked per version, item by item', async () => {
      const f = await setup();
      await f.givePolicy();
      const { version } = await f.softwareWithVersion(f.partnerA);
      const ctx = f.ctxFor(f.partnerA);
      const before = await f.catalog.checklist(ctx, version, CertificationChecklistKind.DOWNLOAD_BUNDLE);
      expect(before.complete).toBe(false);
      expect(before.items.filter((item) => item.done)).toHaveLength(0);
      const after = await f.tx(ctx, () =>
        f.catalog.updateChecklistItem(ctx, {
          versionId: version.id,
          checklist: CertificationChecklistKind.DOWNLOAD_BUNDLE,
          itemKey: 'RELEASE_NOTES_KNOWN_BUGS',
          done: true,
          evidenceUrl: 'https://partner.example/rn',
        }),
      );
      expect(after.items.find((item) => item.key === 'RELEASE_NOTES_KNOWN_BUGS')).toMatchObject({
        done: true,
        evidenceUrl: 'https://partner.example/rn',
        updatedBy: expect.stringContaining('partner'),
      });
      expect(after.items.filter((item) => item.done)).toHaveLength(1);
      const toi = await f.catalog.checklist(ctx, version, CertificationChecklistKind.TOI);
      expect(toi.items.every((item) => !item.done)).toBe(true);
    });

    it('CERT-15: an item not on the checklist is refused, naming the field', async () => {
      const f = await setup();
      await f.givePolicy();
      const { version } = await f.softwareWithVersion(f.partnerA);
      const ctx = f.ctxFor(f.partnerA);
      const error = await userError(
        f.tx(ctx, () =>
          f.catalog.updateChecklistItem(ctx, { versionId: version.id, checklist: CertificationChecklistKind.TOI, itemKey: 'RELEASE_NOTES_FIXED', done: true }),
        ),
      );
      expect(error).toMatchObject({ code: 'CHECKLIST_ITEM_UNKNOWN', field: 'itemKey' });
    });
  });
});
