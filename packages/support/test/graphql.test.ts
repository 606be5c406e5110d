import { GraphQLSchema } from 'graphql';
import { newId, Role } from '@alliance/kernel';
import { createTestSchema, runGraphql } from '@alliance/testing';
import { EngineeringQuestion, SeverityPolicy, SupportCase } from '../src';
import { createHarness, Harness, partnerA, partnerB } from './helpers';

const software = newId();

describe('support GraphQL', () => {
  let h: Harness;
  let schema: GraphQLSchema;
  beforeEach(async () => {
    h = await createHarness('2026-01-09T22:30:00.000Z');
    h.certification.listed.add(software);
    schema = await createTestSchema([h.module]);
  });

  const engineerCtx = () => h.ctx({ role: Role.SUPPORT_ENGINEER, name: 'Sam Support' });
  const partnerCtx = (partnerId: string) => h.ctx({ role: Role.PARTNER, partnerId });

  const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { supportCase { id dueAt breached lead } userErrors { code field message } } }`;
  const openCase = async (partnerId: string) => {
    const result = await runGraphql<{ openSupportCase: { supportCase: { id: string; dueAt: string } } }>(schema, engineerCtx(), OPEN, {
      input: { partnerId, softwareId: software, severity: 1, customerName: 'Acme', title: 'Down', description: 'Down hard' },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.openSupportCase.supportCase;
  };

  it('SUP-1: a severity 1 case opened Friday 23:30 is due an hour later under the 24x7 default', async () => {
    const opened = await openCase(partnerA);
    expect(opened.dueAt).toBe('2026-01-09T23:30:00.000Z');
  });

  it('SUP-4: an unlisted software report comes back as a user error with code and field, and nothing is saved', async () => {
    const result = await runGraphql<{ openSupportCase: { supportCase: null; userErrors: { code: string; field: string }[] } }>(schema, engineerCtx(), OPEN, {
      input: { partnerId: partnerA, softwareId: newId(), severity: 1, customerName: 'Acme', title: 'Down', description: 'x' },
    });
    expect(result.data!.openSupportCase.supportCase).toBeNull();
    expect(result.data!.openSupportCase.userErrors).toMatchObject([{ code: 'SUPPORT_SOFTWARE_NOT_LISTED', field: 'input.softwareId' }]);
    expect(await h.db.manager.count(SupportCase)).toBe(0);
  });

  it("SUP-2: a PARTNER key of partner A cannot see partner B's case (NOT_FOUND) nor list it", async () => {
    const mine = await openCase(partnerA);
    const theirs = await openCase(partnerB);
    const lookup = await runGraphql(schema, partnerCtx(partnerA), `query($id: ID!) { supportCase(id: $id) { id } }`, { id: theirs.id });
    expect(lookup.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const own = await runGraphql<{ supportCase: { id: string } }>(
      schema,
      partnerCtx(partnerA),
      `query($id: ID!) { supportCase(id: $id) { id escalations { kind } } }`,
      { id: mine.id },
    );
    expect(own.data?.supportCase.id).toBe(mine.id);
    const list = await runGraphql<{ supportCases: { edges: { node: { id: string } }[] } }>(
      schema,
      partnerCtx(partnerA),
      `{ supportCases(first: 10) { edges { node { id partnerId } } } }`,
    );
    expect(list.data!.supportCases.edges.map((e) => e.node.id)).toEqual([mine.id]);
    const volume = await runGraphql(
      schema,
      partnerCtx(partnerA),
      `{ supportVolume(partnerId: "${partnerB}", from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { opened } }`,
    );
    expect(volume.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('SUP-2: a partner key cannot open customer reports or escalate (FORBIDDEN); a bad severity raise changes nothing', async () => {
    const opened = await openCase(partnerA);
    const forbidden = await runGraphql(schema, partnerCtx(partnerA), OPEN, {
      input: { partnerId: partnerA, softwareId: software, severity: 1, customerName: 'A', title: 'T', description: 'D' },
    });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const raise = await runGraphql<{ raiseSeverity: { supportCase: null; userErrors: { code: string; field: string }[] } }>(
      schema,
      partnerCtx(partnerA),
      `mutation($input: RaiseSupportSeverityInput!) { raiseSeverity(input: $input) { supportCase { severity } userErrors { code field message } } }`,
      { input: { caseId: opened.id, severity: 2, requestedBy: 'Pat', reason: 'lower' } },
    );
    expect(raise.data!.raiseSeverity.userErrors).toMatchObject([{ code: 'SUPPORT_SEVERITY_NOT_RAISED', field: 'input.severity' }]);
    const row = await h.db.manager.findOneByOrFail(SupportCase, { id: opened.id });
    expect([row.severity, row.dueAt?.toISOString()]).toEqual([1, opened.dueAt]);
  });

  it("SUP-1: setSeverityPolicy refuses a bad time zone naming the field, stores nothing, and a partner cannot set another's policy", async () => {
    const SET = `mutation($input: SetSeverityPolicyInput!) { setSeverityPolicy(input: $input) { severityPolicy { isDefault coverage { kind timeZone } } userErrors { code field message } } }`;
    const levels = [{ severity: 1, name: 'Critical', responseMinutes: 60 }];
    const bad = await runGraphql<{ setSeverityPolicy: { userErrors: { code: string; field: string }[] } }>(schema, partnerCtx(partnerA), SET, {
      input: {
        partnerId: partnerA,
        levels,
        coverage: { kind: 'BUSINESS_HOURS', timeZone: 'Nowhere/Land', weeklyHours: [{ weekday: 'MONDAY', opens: '08:00', closes: '18:00' }] },
      },
    });
    expect(bad.data!.setSeverityPolicy.userErrors).toMatchObject([{ code: 'SUPPORT_CALENDAR_INVALID', field: 'input.coverage.timeZone' }]);
    expect(await h.db.manager.count(SeverityPolicy)).toBe(0);
    const other = await runGraphql(schema, partnerCtx(partnerA), SET, { input: { partnerId: partnerB, levels, coverage: { kind: 'TWENTY_FOUR_SEVEN' } } });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await runGraphql<{ setSeverityPolicy: { severityPolicy: { isDefault: boolean } } }>(schema, partnerCtx(partnerA), SET, {
      input: {
        partnerId: partnerA,
        levels,
        coverage: { kind: 'BUSINESS_HOURS', timeZone: 'Europe/Berlin', weeklyHours: [{ weekday: 'MONDAY', opens: '08:00', closes: '18:00' }] },
      },
    });
    expect(ok.data!.setSeverityPolicy.severityPolicy.isDefault).toBe(false);
    const read = await runGraphql<{ severityPolicy: { isDefault: boolean; levels: { severity: number; responseMinutes: number | null }[] } }>(
      schema,
      partnerCtx(partnerB),
      `{ severityPolicy(partnerId: "${partnerB}") { isDefault levels { severity responseMinutes } } }`,
    );
    expect(read.data!.severityPolicy).toEqual({
      isDefault: true,
      levels: [
        { severity: 1, responseMinutes: 60 },
        { severity: 2, responseMinutes: 120 },
        { severity: 3, responseMinutes: 240 },
        { severity: 4, responseMinutes: null },
      ],
    });
  });

  it('SUP-6/SUP-8: readiness and checklist of another partner are NOT_FOUND for a PARTNER key', async () => {
    for (const query of [`{ supportReadiness(partnerId: "${partnerB}") { ready } }`, `{ supportChecklist(partnerId: "${partnerB}") { passed } }`]) {
      const result = await runGraphql(schema, partnerCtx(partnerA), query);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const own = await runGraphql<{ supportChecklist: { passed: boolean; missing: string[] } }>(
      schema,
      partnerCtx(partnerA),
      `{ supportChecklist(partnerId: "${partnerA}") { passed missing } }`,
    );
    expect(own.data!.supportChecklist.passed).toBe(false);
    expect(own.data!.supportChecklist.missing).toHaveLength(16);
  });

  it('SUP-10: a question without the internal assessment is refused with a user error, and nothing is saved', async () => {
    h.fees.consultingTerms.set(partnerA, { from: new Date('2026-01-01T00:00:00.000Z'), to: new Date('2026-12-31T23:59:59.999Z') });
    const ASK = `mutation($input: AskEngineeringQuestionInput!) { askEngineeringQuestion(input: $input) { question { id status } userErrors { code field message } } }`;
    const input = {
      partnerId: partnerA,
      title: 'Datastore API',
      question: 'Why does the call time out?',
      assessedBy: 'Lee (tech lead)',
      logs: ['https://logs.example/1'],
    };
    const refused = await runGraphql<{ askEngineeringQuestion: { question: null; userErrors: { code: string; field: string }[] } }>(
      schema,
      partnerCtx(partnerA),
      ASK,
      { input },
    );
    expect(refused.data!.askEngineeringQuestion).toMatchObject({
      question: null,
      userErrors: [{ code: 'ENGINEERING_ASSESSMENT_REQUIRED', field: 'input.internalAssessment' }],
    });
    const blank = await runGraphql<{ askEngineeringQuestion: { userErrors: { code: string }[] } }>(schema, partnerCtx(partnerA), ASK, {
      input: { ...input, internalAssessment: '   ' },
    });
    expect(blank.data!.askEngineeringQuestion.userErrors[0].code).toBe('ENGINEERING_ASSESSMENT_REQUIRED');
    const noLogs = await runGraphql<{ askEngineeringQuestion: { userErrors: { code: string; field: string }[] } }>(schema, partnerCtx(partnerA), ASK, {
      input: { ...input, internalAssessment: 'Reproduced on 8.0', logs: [] },
    });
    expect(noLogs.data!.askEngineeringQuestion.userErrors).toMatchObject([{ code: 'ENGINEERING_LOGS_REQUIRED', field: 'input.logs' }]);
    expect(await h.db.manager.count(EngineeringQuestion)).toBe(0);
  });

  it('SUP-10: a partner without a current development consulting term cannot ask; with one it asks, an engineer answers, and volume shows the response time', async () => {
    const ASK = `mutation($input: AskEngineeringQuestionInput!) { askEngineeringQuestion(input: $input) { question { id status } userErrors { code field } } }`;
    const input = { partnerId: partnerA, title: 'T', question: 'Q', internalAssessment: 'Triage: reproducible', assessedBy: 'Lee', logs: ['log-1'] };
    const noTerm = await runGraphql<{ askEngineeringQuestion: { userErrors: { code: string; field: string }[] } }>(schema, partnerCtx(partnerA), ASK, {
      input,
    });
    expect(noTerm.data!.askEngineeringQuestion.userErrors).toMatchObject([{ code: 'ENGINEERING_NO_CONSULTING_TERM', field: 'input.partnerId' }]);
    // The term ends at this very instant: still current.
    h.fees.consultingTerms.set(partnerA, { from: new Date('2026-01-01T00:00:00.000Z'), to: h.clock.now() });
    const asked = await runGraphql<{ askEngineeringQuestion: { question: { id: string } } }>(schema, partnerCtx(partnerA), ASK, { input });
    const id = asked.data!.askEngineeringQuestion.question.id;
    h.clock.advance(90 * 60_000);
    const answered = await runGraphql<{ answerEngineeringQuestion: { question: { status: string; responseMinutes: number } } }>(
      schema,
      engineerCtx(),
      `mutation($input: AnswerEngineeringQuestionInput!) { answerEngineeringQuestion(input: $input) { question { status responseMinutes } userErrors { code } } }`,
      { input: { questionId: id, answer: 'Raise the timeout.' } },
    );
    expect(answered.data!.answerEngineeringQuestion.question).toEqual({ status: 'ANSWERED', responseMinutes: 90 });
    const forbidden = await runGraphql(
      schema,
      partnerCtx(partnerA),
      `mutation { answerEngineeringQuestion(input: { questionId: "${id}", answer: "self" }) { userErrors { code } } }`,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const volume = await runGraphql<{ engineeringQuestionVolume: Record<string, unknown> }>(
      schema,
      partnerCtx(partnerA),
      `{ engineeringQuestionVolume(partnerId: "${partnerA}", from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { asked answered open averageResponseMinutes } }`,
    );
    expect(volume.data!.engineeringQuestionVolume).toEqual({ asked: 1, answered: 1, open: 0, averageResponseMinutes: 90 });
    const otherList = await runGraphql<{ engineeringQuestions: { edges: unknown[] } }>(
      schema,
      partnerCtx(partnerB),
      `{ engineeringQuestions(first: 10) { edges { node { id } } } }`,
    );
    expect(otherList.data!.engineeringQuestions.edges).toEqual([]);
  });

  it('SUP-9: a PARTNER key sees the TSANet groups it hosts, not others (NOT_FOUND)', async () => {
    const create = await runGraphql<{ createTsanetGroup: { tsanetGroup: { id: string } } }>(
      schema,
      h.ctx({ role: Role.PROGRAM_MANAGER }),
      `mutation($input: CreateTsanetGroupInput!) { createTsanetGroup(input: $input) { tsanetGroup { id name } userErrors { code } } }`,
      {
        input: {
          name: 'Program',
          hostPartnerId: partnerB,
          primaryContact: 'Hana',
          groupType: 'PARTNER_PROGRAM',
          paymentModel: 'HOST_PAID',
          signUpNotificationEmail: 'a@example.com',
          processForm: 'form',
          communicationTemplate: 'hello',
          programStartDate: '2026-01-01',
        },
      },
    );
    const id = create.data!.createTsanetGroup.tsanetGroup.id;
    const hostView = await runGraphql<{ tsanetGroup: { id: string; members: unknown[] } }>(
      schema,
      partnerCtx(partnerB),
      `{ tsanetGroup(id: "${id}") { id members { id state } } }`,
    );
    expect(hostView.data!.tsanetGroup).toEqual({ id, members: [] });
    const outsider = await runGraphql(schema, partnerCtx(partnerA), `{ tsanetGroup(id: "${id}") { id } }`);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await runGraphql<{ tsanetGroups: { edges: unknown[] } }>(schema, partnerCtx(partnerA), `{ tsanetGroups(first: 5) { edges { node { id } } } }`);
    expect(list.data!.tsanetGroups.edges).toEqual([]);
  });

  it('SUP-7: setEndOfSupport refuses an early end through GraphQL with code and field; obsolescence lists the versions', async () => {
    h.certification.versions.set(software, [
      { versionId: 'a', version: '1.0', releaseKind: 'MAJOR', releasedOn: '2025-01-10' },
      { versionId: 'b', version: '2.0', releaseKind: 'MAJOR', releasedOn: '2026-01-09' },
    ]);
    const SET = `mutation($input: SetSupportEndOfSupportInput!) { setEndOfSupport(input: $input) { endOfSupport { endsOn } userErrors { code field } } }`;
    const early = await runGraphql<{ setEndOfSupport: { userErrors: unknown[] } }>(schema, engineerCtx(), SET, {
      input: { partnerId: partnerA, softwareId: software, versionId: 'a', endsOn: '2026-07-08' },
    });
    expect(early.data!.setEndOfSupport.userErrors).toEqual([{ code: 'SUPPORT_END_BEFORE_MINIMUM', field: 'input.endsOn' }]);
    const view = await runGraphql<{ obsolescence: unknown[] }>(
      schema,
      partnerCtx(partnerA),
      `{ obsolescence(softwareId: "${software}") { version earliestEndOfSupportOn customerNoticeOn obsolete } }`,
    );
    expect(view.data!.obsolescence).toEqual([
      { version: '1.0', earliestEndOfSupportOn: '2026-07-09', customerNoticeOn: '2026-04-09', obsolete: false },
      { version: '2.0', earliestEndOfSupportOn: null, customerNoticeOn: null, obsolete: false },
    ]);
    const partnerSet = await runGraphql(schema, partnerCtx(partnerA), SET, {
      input: { partnerId: partnerA, softwareId: software, versionId: 'a', endsOn: '2026-07-09' },
    });
    expect(partnerSet.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('SUP-2: first over 100 is refused by validation', async () => {
    const result = await runGraphql(schema, engineerCtx(), `{ supportCases(first: 101) { edges { cursor } } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
