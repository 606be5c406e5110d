import { RequestContext } from '@alliance/kernel';
import type { CertificationApi } from '../contracts';
import { Artifact } from '../entities';
import { CatalogService, ReceivedArtifactFile, SoftwareVersionSummary } from './catalog.service';
import { ListingService } from './listing.service';

/** What other domains and the gateway call: support's ports and the artifact upload route. */
export class CertificationService implements CertificationApi {
  constructor(
    private readonly catalog: CatalogService,
    private readonly listings: ListingService,
  ) {}

  /** Published and not removed at `at` (support's `isListed` port). */
  isListed(ctx: RequestContext, query: { softwareId?: string | null; versionId?: string | null; partnerId?: string | null; at: Date }): Promise<boolean> {
    return this.listings.isListed(ctx, query);
  }

  /** Versions of a software, oldest release first (support's `softwareVersions` port). */
  softwareVersions(ctx: RequestContext, softwareId: string): Promise<SoftwareVersionSummary[]> {
    return this.catalog.softwareVersions(ctx, softwareId);
  }

  /** CERT-14: streams an upload through MD5/SHA1/size and stores it, outside a unit of work (for `PUT /artifacts/:id/file`). */
  receiveArtifactFile(ctx: RequestContext, artifactId: string, stream: NodeJS.ReadableStream): Promise<ReceivedArtifactFile> {
    return this.catalog.receiveArtifactFile(ctx, artifactId, stream);
  }

  /** CERT-14: records a received file's sums and the comparison, in the caller's unit of work. */
  recordArtifactFile(ctx: RequestContext, received: ReceivedArtifactFile): Promise<Artifact> {
    return this.catalog.recordArtifactFile(ctx, received);
  }
}
