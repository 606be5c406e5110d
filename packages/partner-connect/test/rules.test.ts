import { DEFAULT_CONFIG, resolveConfig } from '../src/config';
import { checkApprovedBeforeWork, checkCompletionFiledInTime, bookedWithinWindow } from '../src/rules/influence.rules';
import { earnedLevel, levelAfterFailedAudit } from '../src/rules/levels.rules';
import { applyCap, awardBooking, basePointsThousandths, multiplierBonusThousandths } from '../src/rules/points.rules';
import { nextAuditDate, programYearOf } from '../src/rules/program-year.rules';
import { completionReinstates, remediationStateAt } from '../src/rules/remediation.rules';
import { nextRenewal } from '../src/rules/renewal.rules';
import { maySeeProgression, progressionAccessFactsNeeded, progressionAccessReason } from '../src/rules/access.rules';
import { ProgressionAccessReason, ProgressionAccessRole } from '../src/enums';
import { Role } from '@alliance/kernel';
import { DAY_MS } from './helpers';

const types = (...codes: string[]) => codes.map((code) => DEFAULT_CONFIG.bookingTypes.find((t) => t.code === code)!);
const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe('Partner Connect rules', () => {
  it('PC-2: $1,000 of TCV is one point, stored as 1,000 thousandths', () => {
    expect(basePointsThousandths(100_000)).toBe(1_000);
    expect(basePointsThousandths(123_456_78)).toBe(123_457);
  });

  it('PC-2: rounds half up to the thousandth and nowhere else', () => {
    expect(basePointsThousandths(149)).toBe(1);
    expect(basePointsThousandths(150)).toBe(2);
    expect(basePointsThousandths(49)).toBe(0);
    expect(basePointsThousandths(50)).toBe(1);
    expect(basePointsThousandths(0)).toBe(0);
    expect(() => basePointsThousandths(-1)).toThrow(RangeError);
  });

  it('PC-3: multipliers stack additively on the base points', () => {
    // SAAS 20% + NEW_LOGO 10% = 30% of 10 points = 3 points.
    const award = awardBooking(1_000_000, types('SAAS', 'NEW_LOGO'), 0);
    expect(award.base.awarded).toBe(10_000);
    expect(award.bonus?.awarded).toBe(3_000);
    expect(multiplierBonusThousandths(1_000_000, 0)).toBe(0);
    // $130 at 15% is 19.5 thousandths: rounded half up once, to 20.
    expect(multiplierBonusThousandths(13_000, 15)).toBe(20);
  });

  it('PC-3: an entry that would exceed the cap is cut to what is left of it', () => {
    expect(applyCap(500, 200)).toEqual({ awarded: 200, requested: 500, remaining: 0 });
    expect(applyCap(200, 200)).toEqual({ awarded: 200, requested: null, remaining: 0 });
    expect(applyCap(1, 0)).toEqual({ awarded: 0, requested: 1, remaining: 0 });
    const award = awardBooking(30_000_000, types('PERPETUAL_LICENSE'), 250_000);
    expect(award.capped).toBe(true);
    expect(award.base).toEqual({ awarded: 250_000, requested: 300_000, remaining: 0 });
    expect(awardBooking(30_000_000, types('SAAS'), 0).base.awarded).toBe(300_000);
  });

  it('PC-8: the program year runs from the configured fiscal month; its last millisecond belongs to it', () => {
    const start = at('2026-02-01T00:00:00.000Z');
    expect(programYearOf(start, 2).year).toBe(2026);
    expect(programYearOf(plus(start, -1), 2).year).toBe(2025);
    expect(programYearOf(at('2026-01-31T12:00:00Z'), 11).year).toBe(2025);
    expect(programYearOf(at('2026-11-01T00:00:00Z'), 11).year).toBe(2026);
    expect(() => resolveConfig({ fiscalYearStartMonth: 13 })).toThrow(RangeError);
  });

  it('PC-9: levels are climbed lowest first and need performance, capability and extra requirements', () => {
    const facts = { performanceThousandths: 900_000, capabilityThousandths: 100_000, enrollmentFeePaid: true, businessModels: [], credentialKinds: [] };
    expect(earnedLevel(DEFAULT_CONFIG.levels, facts).level.code).toBe('PRINCIPAL');
    expect(earnedLevel(DEFAULT_CONFIG.levels, { ...facts, capabilityThousandths: 99_999 }).level.code).toBe('COMMUNITY');
    expect(earnedLevel(DEFAULT_CONFIG.levels, { ...facts, enrollmentFeePaid: false }).level.code).toBe('COMMUNITY_ENROLLED');
    const top = { ...facts, performanceThousandths: 9_000_000, capabilityThousandths: 1_000_000 };
    const almost = earnedLevel(DEFAULT_CONFIG.levels, top);
    expect(almost.level.code).toBe('PRINCIPAL');
    expect(almost.next?.missingRequirements).toEqual(['CREDENTIAL:SPECIALIZATION']);
    expect(earnedLevel(DEFAULT_CONFIG.levels, { ...top, credentialKinds: ['SPECIALIZATION'] }).level.code).toBe('PINNACLE');
  });

  it('PC-10: failing re-levels to Community, and a partner below it stays below', () => {
    expect(levelAfterFailedAudit(DEFAULT_CONFIG.levels, 'PINNACLE')).toBe('COMMUNITY');
    expect(levelAfterFailedAudit(DEFAULT_CONFIG.levels, 'COMMUNITY_ENROLLED')).toBe('COMMUNITY_ENROLLED');
  });

  it('PC-10: day 90 is inside the first window, day 90 + 1 ms the second; day 90 + 120 inside it, + 1 ms terminated', () => {
    const failed = at('2026-03-01T09:00:00.000Z');
    const day90 = plus(failed, 90 * DAY_MS);
    const day210 = plus(day90, 120 * DAY_MS);
    expect(remediationStateAt(failed, day90).phase).toBe('FIRST_WINDOW');
    expect(remediationStateAt(failed, plus(day90, 1)).phase).toBe('SECOND_WINDOW');
    expect(remediationStateAt(failed, day210).phase).toBe('SECOND_WINDOW');
    expect(remediationStateAt(failed, plus(day210, 1)).phase).toBe('TERMINATED');
    expect(completionReinstates(failed, day90, true, false)).toBe(true);
    expect(completionReinstates(failed, plus(day90, 1), true, false)).toBe(false);
    expect(completionReinstates(failed, day210, true, true)).toBe(true);
    expect(completionReinstates(failed, plus(day210, 1), true, true)).toBe(false);
  });

  it('PC-5: the work starts at or after approval; the completion is filed within 30 days after it ends', () => {
    const approved = at('2026-03-01T00:00:00.000Z');
    expect(checkApprovedBeforeWork(approved, approved).ok).toBe(true);
    expect(checkApprovedBeforeWork(approved, plus(approved, -1)).ok).toBe(false);
    const ended = at('2026-04-01T00:00:00.000Z');
    expect(checkCompletionFiledInTime(ended, plus(ended, 30 * DAY_MS)).ok).toBe(true);
    expect(checkCompletionFiledInTime(ended, plus(ended, 30 * DAY_MS + 1)).ok).toBe(false);
  });

  it('PC-5: a deal books within two years after the approval, the instant two years on included', () => {
    const approved = at('2026-03-01T00:00:00.000Z');
    const twoYears = at('2028-03-01T00:00:00.000Z');
    expect(bookedWithinWindow(approved, twoYears)).toBe(true);
    expect(bookedWithinWindow(approved, plus(twoYears, 1))).toBe(false);
    expect(bookedWithinWindow(approved, plus(approved, -1))).toBe(false);
  });

  it('PC-11: renewal is 12 months after entry, whatever the program year', () => {
    const entered = at('2026-05-15T08:00:00.000Z');
    expect(nextRenewal(entered, entered).toISOString()).toBe('2027-05-15T08:00:00.000Z');
    expect(nextRenewal(entered, at('2027-05-15T08:00:00.000Z')).toISOString()).toBe('2027-05-15T08:00:00.000Z');
    expect(nextRenewal(entered, at('2027-05-15T08:00:00.001Z')).toISOString()).toBe('2028-05-15T08:00:00.000Z');
  });

  it('PC-10: the audit falls at the start of the next program year (plus the configured offset)', () => {
    expect(nextAuditDate(at('2026-03-01T00:00:00Z'), 2, 0).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(nextAuditDate(at('2027-02-01T00:00:00Z'), 2, 0).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(nextAuditDate(at('2027-02-01T00:00:00.001Z'), 2, 14).toISOString()).toBe('2027-02-15T00:00:00.000Z');
  });

  it('PC-14: contacts and added users of the partner, its assigned manager and staff see progression; no one else', () => {
    const partner = (partnerId: string, keyId: string | null) => ({ keyId, name: 'k', role: Role.PARTNER, partnerId, scopes: [] });
    const none = { grant: null, assignedManager: false };
    expect(maySeeProgression(partner('p1', 'k1'), 'p1', { grant: ProgressionAccessRole.ADDED_USER, assignedManager: false })).toBe(true);
    expect(maySeeProgression(partner('p1', 'k1'), 'p1', none)).toBe(false);
    expect(maySeeProgression(partner('p2', 'k2'), 'p1', { grant: ProgressionAccessRole.PRIMARY_CONTACT, assignedManager: false })).toBe(false);
    const pbm = { keyId: 'm1', name: 'pbm', role: Role.PARTNER_BUSINESS_MANAGER, partnerId: null, scopes: [] };
    expect(maySeeProgression(pbm, 'p1', { grant: null, assignedManager: true })).toBe(true);
    expect(maySeeProgression(pbm, 'p1', none)).toBe(false);
    expect(maySeeProgression({ ...pbm, role: Role.INTEGRATION, scopes: ['partners:read'] }, 'p1', none)).toBe(false);
    expect(maySeeProgression({ ...pbm, role: Role.PROGRAM_MANAGER }, 'p1', none)).toBe(true);
  });

  it('PC-14: the reason a key sees a progression or not names the case: named contact, added user, never named, access removed, another partner, unassigned manager, other role', () => {
    const partner = (partnerId: string, keyId: string | null) => ({ keyId, name: 'k', role: Role.PARTNER, partnerId, scopes: [] });
    const facts = (grant: ProgressionAccessRole | null, more: { assignedManager?: boolean; revokedGrant?: boolean } = {}) => ({
      grant,
      assignedManager: false,
      ...more,
    });
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(ProgressionAccessRole.PRIMARY_CONTACT))).toBe(ProgressionAccessReason.NAMED_CONTACT);
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(ProgressionAccessRole.ALTERNATE_CONTACT))).toBe(ProgressionAccessReason.NAMED_CONTACT);
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(ProgressionAccessRole.ADDED_USER))).toBe(ProgressionAccessReason.ADDED_BY_CONTACT);
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(null))).toBe(ProgressionAccessReason.NOT_NAMED);
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(null, { revokedGrant: true }))).toBe(ProgressionAccessReason.ACCESS_REVOKED);
    // A grant held now wins over an older one that was revoked.
    expect(progressionAccessReason(partner('p1', 'k1'), 'p1', facts(ProgressionAccessRole.ADDED_USER, { revokedGrant: true }))).toBe(
      ProgressionAccessReason.ADDED_BY_CONTACT,
    );
    expect(progressionAccessReason(partner('p1', null), 'p1', facts(ProgressionAccessRole.PRIMARY_CONTACT))).toBe(ProgressionAccessReason.NOT_NAMED);
    expect(progressionAccessReason(partner('p2', 'k2'), 'p1', facts(ProgressionAccessRole.PRIMARY_CONTACT))).toBe(ProgressionAccessReason.OTHER_PARTNER);
    const pbm = { keyId: 'm1', name: 'pbm', role: Role.PARTNER_BUSINESS_MANAGER, partnerId: null, scopes: [] };
    expect(progressionAccessReason(pbm, 'p1', facts(null, { assignedManager: true }))).toBe(ProgressionAccessReason.ASSIGNED_MANAGER);
    expect(progressionAccessReason(pbm, 'p1', facts(null))).toBe(ProgressionAccessReason.NOT_ASSIGNED);
    expect(progressionAccessReason({ ...pbm, role: Role.ADMIN }, 'p1', facts(null))).toBe(ProgressionAccessReason.STAFF);
    expect(progressionAccessReason({ ...pbm, role: Role.SUPPORT_ENGINEER }, 'p1', facts(null))).toBe(ProgressionAccessReason.ROLE_NOT_ALLOWED);
  });

  it('PC-14: the access decision depends only on the facts it is said to need: every role, own or other partner, with and without a key', () => {
    const grants = [null, ...Object.values(ProgressionAccessRole)];
    let cases = 0;
    for (const role of Object.values(Role)) {
      for (const partnerId of ['p1', 'p2', null]) {
        for (const keyId of ['k1', null]) {
          const actor = { keyId, name: 'k', role, partnerId, scopes: [] };
          const needed = progressionAccessFactsNeeded(actor, 'p1');
          for (const grant of grants) {
            for (const assignedManager of [false, true]) {
              // The facts the service reads, and the ones it leaves unread at their "none" value.
              const read = { grant: needed.grant ? grant : null, assignedManager: needed.assignedManager ? assignedManager : false };
              expect(maySeeProgression(actor, 'p1', { grant, assignedManager })).toBe(maySeeProgression(actor, 'p1', read));
              cases++;
            }
          }
        }
      }
    }
    expect(cases).toBe(Object.values(Role).length * 3 * 2 * grants.length * 2);
    // Staff and other roles need no read at all; a partner's own key its grant; a manager its assignment.
    expect(progressionAccessFactsNeeded({ keyId: 'k', name: 'a', role: Role.ADMIN, partnerId: null, scopes: [] }, 'p1')).toEqual({
      grant: false,
      assignedManager: false,
    });
    expect(progressionAccessFactsNeeded({ keyId: 'k', name: 'p', role: Role.PARTNER, partnerId: 'p1', scopes: [] }, 'p1')).toEqual({
      grant: true,
      assignedManager: false,
    });
    expect(progressionAccessFactsNeeded({ keyId: 'k', name: 'p', role: Role.PARTNER, partnerId: 'p2', scopes: [] }, 'p1')).toEqual({
      grant: false,
      assignedManager: false,
    });
    expect(progressionAccessFactsNeeded({ keyId: 'm', name: 'm', role: Role.PARTNER_BUSINESS_MANAGER, partnerId: null, scopes: [] }, 'p1')).toEqual({
      grant: false,
      assignedManager: true,
    });
  });
});

describe('bulk ids', () => {
  it('PC-2: ledger ids made in bulk are unique, UUID v7 and in creation order', () => {
    const { newIds } = jest.requireActual('../src/services/bulk-insert') as typeof import('../src/services/bulk-insert');
    const ids = [...newIds(5000), ...newIds(5000)];
    expect(new Set(ids).size).toBe(10_000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });
});
