import { Database, newId, RequestContext, Role } from '@alliance/kernel';
import { createTestDatabase, FixedClock, RecordingBus, testContext, commandsInUnits } from '@alliance/testing';
import { createFeesModule, FeesModule, MembershipPort, TsanetDirectoryPort, TsanetGroupSnapshot } from '../src';

/** Partners that exist, as membership would answer. */
export class InMemoryMembership implements MembershipPort {
  readonly partners = new Set<string>();

  async partnerExists(_ctx: RequestContext, partnerId: string): Promise<boolean> {
    return this.partners.has(partnerId);
  }

  add(): string {
    const id = newId();
    this.partners.add(id);
    return id;
  }
}

/** TSANet groups, as support would answer. */
export class InMemoryTsanetDirectory implements TsanetDirectoryPort {
  readonly groups = new Map<string, TsanetGroupSnapshot>();

  async tsanetGroup(_ctx: RequestContext, groupId: string): Promise<TsanetGroupSnapshot | null> {
    const group = this.groups.get(groupId);
    return group ? { ...group, limitedMemberIds: [...group.limitedMemberIds], excludedOpenGroupMemberIds: [...group.excludedOpenGroupMemberIds] } : null;
  }

  add(group: Omit<TsanetGroupSnapshot, 'groupId'>): string {
    const groupId = newId();
    this.groups.set(groupId, { groupId, ...group });
    return groupId;
  }
}

export const memberIds = (count: number): string[] => Array.from({ length: count }, () => newId());

export interface Harness {
  db: Database;
  clock: FixedClock;
  bus: RecordingBus;
  ctx: RequestContext;
  module: FeesModule;
  membership: InMemoryMembership;
  directory: InMemoryTsanetDirectory;
  /** A context for another actor on the same database, clock and bus. */
  as(role: Role, partnerId?: string | null, name?: string): RequestContext;
}

export async function harness(start = '2026-01-01T00:00:00.000Z'): Promise<Harness> {
  const membership = new InMemoryMembership();
  const directory = new InMemoryTsanetDirectory();
  const module = createFeesModule({ membership, tsanetDirectory: directory });
  const db = await createTestDatabase(module.entities);
  const clock = new FixedClock(start);
  const bus = new RecordingBus();
  const as = (role: Role, partnerId: string | null = null, name?: string) => testContext(db, { role, partnerId, clock, bus, name });
  return { db, clock, bus, ctx: as(Role.ADMIN, null, 'finance admin'), module: commandsInUnits(module), membership, directory, as };
}
