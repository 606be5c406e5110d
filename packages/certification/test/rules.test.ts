import type { ReleaseKindName } from '@alliance/releases/contracts';
import {
  ACCEPTANCE_LEVELS,
  CertificationAcceptanceLevel,
  CertificationQuestionnaireKind,
  DOWNLOAD_BUNDLE_ITEMS,
  findSignatureConflict,
  ListingStatus,
  RECERTIFICATION_QUESTIONNAIRES,
  recertificationDecision,
  TOI_ITEMS,
} from '../src';
import { answerProblems, compareProductVersions, majorReleaseOwed } from '../src/rules/recertification.rules';
import { slotRefusal } from '../src/rules/slots.rules';
import { logoEligible, publicationStatus } from '../src/rules/publication.rules';

describe('certification rules', () => {
  it('CERT-1: four acceptance levels, each with its support provider, testing and support flow', () => {
    expect(ACCEPTANCE_LEVELS[CertificationAcceptanceLevel.CERTIFIED]).toMatchObject({ supportProvider: 'VENDOR', supportFlow: 'VENDOR_FIRST' });
    expect(ACCEPTANCE_LEVELS[CertificationAcceptanceLevel.ACCEPTED]).toMatchObject({
      supportProvider: 'PARTNER',
      supportFlow: 'PARTNER_FIRST',
      testing: "Acceptance (provider doesn't misbehave)",
    });
    expect(ACCEPTANCE_LEVELS[CertificationAcceptanceLevel.PARTNER_SUPPORTED]).toMatchObject({
      supportProvider: 'PARTNER',
      supportFlow: 'PARTNER_FIRST',
      testing: 'Partner-defined',
    });
    expect(ACCEPTANCE_LEVELS[CertificationAcceptanceLevel.COMMUNITY_SUPPORTED]).toMatchObject({
      supportProvider: 'NONE',
      supportFlow: 'NONE',
      testing: 'None',
    });
  });

  describe('CERT-13 release signatures', () => {
    const released = [{ version: '2.1.0.4', releasedOn: '2026-02-01' }];

    it('CERT-13: a version differing in a node and in its date is unique', () => {
      expect(findSignatureConflict({ version: '2.1.0.5', releasedOn: '2026-02-02' }, released)).toBeNull();
    });

    it('CERT-13: the same date is rejected even when a node differs, naming releasedOn', () => {
      expect(findSignatureConflict({ version: '2.1.0.5', releasedOn: '2026-02-01' }, released)).toMatchObject({ field: 'releasedOn' });
    });

    it('CERT-13: the same version nodes are rejected even on another date, naming version', () => {
      expect(findSignatureConflict({ version: '2.1.0.4', releasedOn: '2026-03-01' }, released)).toMatchObject({ field: 'version' });
    });

    it('CERT-13: missing trailing nodes count as zero (2.1 and 2.1.0 share every node)', () => {
      const conflict = findSignatureConflict({ version: '2.1', releasedOn: '2026-03-01' }, [{ version: '2.1.0', releasedOn: '2026-01-01' }]);
      expect(conflict?.field).toBe('version');
      expect(findSignatureConflict({ version: '2.1.0.1', releasedOn: '2026-03-01' }, [{ version: '2.1.0', releasedOn: '2026-01-01' }])).toBeNull();
    });
  });

  it('CERT-2: a slot is reservable at its start instant, not 1 ms later, and not beyond its capacity', () => {
    const slot = { startsAt: new Date('2026-03-10T15:00:00.000Z'), capacity: 2 };
    expect(slotRefusal(slot, 1, new Date('2026-03-10T15:00:00.000Z'))).toBeNull();
    expect(slotRefusal(slot, 1, new Date('2026-03-10T15:00:00.001Z'))).toBe('SLOT_STARTED');
    expect(slotRefusal(slot, 2, new Date('2026-03-10T14:00:00.000Z'))).toBe('SLOT_FULL');
  });

  describe('CERT-9 questionnaires', () => {
    it('CERT-9: the CLI/API questionnaire holds the 12 questions of 000 Appendix A, the plug-in one the 6 of 001 Appendix A', () => {
      const cli = RECERTIFICATION_QUESTIONNAIRES[CertificationQuestionnaireKind.CLI_API];
      expect(cli.questions.map((q) => q.number)).toEqual(['2.a', '2.b', '2.c', '2.d', '2.e', '2.f', '3.a', '3.b', '3.c', '3.d', '3.e', '3.f']);
      expect(cli.interfacesPrompt).toMatch(/CLI commands and\/or API calls/);
      const plugIn = RECERTIFICATION_QUESTIONNAIRES[CertificationQuestionnaireKind.PLUG_IN];
      expect(plugIn.questions).toHaveLength(6);
      expect(plugIn.questions[0].text).toBe('Have any changes been made to the vso.xml file?');
    });

    it('CERT-9: one YES requires re-certification; all NO does not', () => {
      const questions = RECERTIFICATION_QUESTIONNAIRES[CertificationQuestionnaireKind.PLUG_IN].questions;
      const allNo = questions.map((q) => ({ questionId: q.id, answer: false }));
      expect(recertificationDecision(allNo)).toEqual({ required: false, yesQuestionIds: [] });
      const oneYes = allNo.map((a, i) => (i === 5 ? { ...a, answer: true } : a));
      expect(recertificationDecision(oneYes)).toEqual({ required: true, yesQuestionIds: ['PLUGIN_THIRD_PARTY'] });
    });

    it('CERT-9: missing, duplicate and unknown answers are named', () => {
      const questions = RECERTIFICATION_QUESTIONNAIRES[CertificationQuestionnaireKind.PLUG_IN].questions;
      const answers = questions.slice(1).map((q) => ({ questionId: q.id, answer: false }));
      answers.push({ questionId: 'PLUGIN_ADAPTER', answer: true }, { questionId: 'CLI_OUTPUT', answer: false });
      expect(answerProblems(CertificationQuestionnaireKind.PLUG_IN, answers)).toEqual([
        { kind: 'DUPLICATE_ANSWER', questionId: 'PLUGIN_ADAPTER' },
        { kind: 'UNKNOWN_QUESTION', questionId: 'CLI_OUTPUT' },
        { kind: 'MISSING_ANSWER', questionId: 'PLUGIN_DESCRIPTOR' },
      ]);
    });
  });

  it('CERT-15: the download bundle checklist has the 12 items of §3.3.1.1; the TOI checklists those of 000 Appendix C and 001 Appendix E', () => {
    expect(DOWNLOAD_BUNDLE_ITEMS).toHaveLength(12);
    expect(DOWNLOAD_BUNDLE_ITEMS.map((item) => item.section)).toEqual([
      ...Array(4).fill('Release notes'),
      ...Array(4).fill('Installation and configuration guide'),
      ...Array(4).fill('Support engagement process'),
    ]);
    expect(TOI_ITEMS.CLI_API).toHaveLength(15);
    expect(TOI_ITEMS.PLUG_IN).toHaveLength(14);
    for (const items of [DOWNLOAD_BUNDLE_ITEMS, TOI_ITEMS.CLI_API, TOI_ITEMS.PLUG_IN]) expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  describe('CERT-6/CERT-7 publication', () => {
    const met = { openToiItems: [], supportReady: true, supportMissing: [], hasSupportPolicy: true, unresolvedSevereFootnotes: 0 };

    it('CERT-6: published only when TOI, support readiness and the support policy are all on record', () => {
      expect(publicationStatus(met)).toEqual({ status: ListingStatus.PUBLISHED, missing: [] });
    });

    it('CERT-6: each missing item is listed and the listing stays certified-unpublished', () => {
      const result = publicationStatus({
        ...met,
        openToiItems: ['TOI_LICENSING'],
        supportReady: false,
        supportMissing: ['ESCALATION_MANAGER'],
        hasSupportPolicy: false,
      });
      expect(result.status).toBe(ListingStatus.CERTIFIED_UNPUBLISHED);
      expect(result.missing).toEqual(['TOI:TOI_LICENSING', 'SUPPORT_READINESS:ESCALATION_MANAGER', 'SUPPORT_POLICY']);
    });

    it('CERT-7: a severe incompatibility without a fix keeps an otherwise publishable listing off the guide', () => {
      expect(publicationStatus({ ...met, unresolvedSevereFootnotes: 1 }).status).toBe(ListingStatus.WITHHELD);
    });
  });

  it('CERT-16: logo eligibility holds for a certified listing of a logo program and ends with removal', () => {
    expect(logoEligible(true, ListingStatus.CERTIFIED_UNPUBLISHED)).toBe(true);
    expect(logoEligible(true, ListingStatus.PUBLISHED)).toBe(true);
    expect(logoEligible(true, ListingStatus.REMOVED)).toBe(false);
    expect(logoEligible(false, ListingStatus.PUBLISHED)).toBe(false);
  });

  it('CERT-9: vendor versions compare node by node: 9.0 < 9.1 < 10.0, 8.0 U3 < 9.0', () => {
    const sorted = ['10.0', '9.1', '8.0 U3', '9.0', '8.0'].sort(compareProductVersions);
    expect(sorted).toEqual(['8.0', '8.0 U3', '9.0', '9.1', '10.0']);
  });

  it('CERT-9: the major owed is the newest major of the product; a listing on it, or on a later version, settles it; minor releases owe nothing', () => {
    const at = new Date('2026-03-01T00:00:00.000Z');
    const release = (releaseId: string, kind: ReleaseKindName, version: string) => ({ releaseId, productId: 'p', kind, version, firstMilestoneAt: at });
    const releases = [release('r8', 'MAJOR', '8.0'), release('r81', 'MINOR', '8.1'), release('r9', 'MAJOR', '9.0'), release('r91', 'MINOR', '9.1')];
    expect(majorReleaseOwed([{ releaseId: 'r8', productVersion: '8.0' }], releases)?.releaseId).toBe('r9');
    expect(majorReleaseOwed([{ releaseId: 'r81', productVersion: '8.1' }], releases)?.releaseId).toBe('r9');
    expect(
      majorReleaseOwed(
        [
          { releaseId: 'r8', productVersion: '8.0' },
          { releaseId: 'r9', productVersion: '9.0' },
        ],
        releases,
      ),
    ).toBeNull();
    expect(majorReleaseOwed([{ releaseId: 'r91', productVersion: '9.1' }], releases)).toBeNull();
    expect(
      majorReleaseOwed(
        [{ releaseId: 'r8', productVersion: '8.0' }],
        releases.filter((r) => r.kind !== 'MAJOR' || r.releaseId === 'r8'),
      ),
    ).toBeNull();
    expect(majorReleaseOwed([], releases)).toBeNull();
  });
});
