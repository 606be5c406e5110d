import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';

/** CERT-9: a new major vendor release already applied to listings (one row per release: idempotent). */
@Entity('cert_platform_release')
export class PlatformRelease extends Identified {
  @Index({ unique: true })
  @IdColumn()
  releaseId: string;

  @IdColumn()
  productId: string;

  @Column({ type: 'varchar', length: 60 })
  version: string;

  @InstantColumn()
  appliedAt: Date;

  @Column({ type: 'integer' })
  listingsMarked: number;
}
