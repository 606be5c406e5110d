import { Database, DueNotice, FixedClock, newId, noticeKey, RequestContext, Role } from '@alliance/kernel';
import { createTestDatabase, RecordingBus, testContext, commandsInUnits } from '@alliance/testing';
import { createReleasesModule, MembershipPort, NoticesPort, ReleasesModule } from '../src';

interface Enrollment {
  programId: string;
  from: Date;
  until: Date | null;
}

/** In-test membership: enrollments active from an instant, until another (exclusive). */
export class FakeMembership implements MembershipPort {
  private readonly enrollments = new Map<string, Enrollment[]>();
  calls = 0;

  enroll(partnerId: string, programId: string, from: Date | string = '2000-01-01T00:00:00.000Z', until: Date | string | null = null): void {
    const list = this.enrollments.get(partnerId) ?? [];
    list.push({ programId, from: new Date(from), until: until ? new Date(until) : null });
    this.enrollments.set(partnerId, list);
  }

  end(partnerId: string, programId: string, at: Date): void {
    for (const e of this.enrollments.get(partnerId) ?? []) if (e.programId === programId && !e.until) e.until = at;
  }

  async activeProgramIds(_ctx: RequestContext, partnerId: string, at: Date): Promise<string[]> {
    this.calls += 1;
    return (this.enrollments.get(partnerId) ?? [])
      .filter((e) => e.from.getTime() <= at.getTime() && (!e.until || at.getTime() < e.until.getTime()))
      .map((e) => e.programId);
  }

  async activeMembers(ctx: RequestContext, programIds: string[], at: Date): Promise<{ partnerId: string; programId: string }[]> {
    const out: { partnerId: string; programId: string }[] = [];
    for (const partnerId of this.enrollments.keys()) {
      for (const programId of await this.activeProgramIds(ctx, partnerId, at)) if (programIds.includes(programId)) out.push({ partnerId, programId });
    }
    return out;
  }
}

/** In-test notice outbox: keeps each key once, as the notices package does (its tests check the real one). */
export class KeptNotices implements NoticesPort {
  readonly byKey = new Map<string, DueNotice>();

  async record(_ctx: RequestContext, notices: DueNotice[]): Promise<void> {
    for (const notice of notices) if (!this.byKey.has(noticeKey(notice))) this.byKey.set(noticeKey(notice), notice);
  }

  get all(): DueNotice[] {
    return [...this.byKey.values()];
  }
}

export interface World {
  module: ReleasesModule;
  db: Database;
  clock: FixedClock;
  bus: RecordingBus;
  membership: FakeMembership;
  notices: KeptNotices;
  staff: () => RequestContext;
  manager: () => RequestContext;
  partner: (partnerId: string) => RequestContext;
  integration: (scopes?: string[]) => RequestContext;
}

export const T0 = new Date('2026-03-02T09:00:00.000Z');

export async function createWorld(): Promise<World> {
  const membership = new FakeMembership();
  const notices = new KeptNotices();
  const module = createReleasesModule({ membership, notices });
  const db = await createTestDatabase(module.entities);
  const clock = new FixedClock(T0);
  const bus = new RecordingBus();
  return {
    module: commandsInUnits(module),
    db,
    clock,
    bus,
    membership,
    notices,
    staff: () => testContext(db, { clock, bus }),
    manager: () => testContext(db, { clock, bus, role: Role.PROGRAM_MANAGER, name: 'pm' }),
    partner: (partnerId) => testContext(db, { clock, bus, role: Role.PARTNER, partnerId }),
    integration: (scopes = ['releases:read']) => testContext(db, { clock, bus, role: Role.INTEGRATION, scopes }),
  };
}

export const ids = () => newId();
