import { RequestContext } from '@alliance/kernel';
import { Milestone, ReleaseBuildType, ReleaseKind } from '../src';
import { ids, World } from './helpers';

let productCount = 0;

export async function productWithRelease(world: World, kind: ReleaseKind = ReleaseKind.MAJOR, programIds: string[] = [ids()]) {
  const ctx = world.staff();
  const product = await world.module.service.createProduct(ctx, { name: `Hypervisor ${++productCount}`, programIds });
  const release = await world.module.service.createRelease(ctx, { productId: product.id, version: '9.0', kind });
  return { product, release, programId: programIds[0] };
}

export function advance(
  world: World,
  releaseId: string,
  milestone: Milestone,
  options: { availableAt?: Date; buildType?: ReleaseBuildType; announce?: boolean; ctx?: RequestContext } = {},
) {
  return world.module.service.advanceMilestone(options.ctx ?? world.staff(), {
    releaseId,
    milestone,
    availableAt: options.availableAt ?? null,
    buildType: options.buildType ?? ReleaseBuildType.RELEASE_TYPE,
    downloadUrl: `https://downloads.example.com/${releaseId}/${milestone.toLowerCase()}`,
    announce: options.announce ?? false,
  });
}
