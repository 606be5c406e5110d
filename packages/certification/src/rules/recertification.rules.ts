import { CertificationQuestionnaireKind } from '../enums';
import type { PlatformReleaseFact } from '../ports';

export interface RecertificationQuestion {
  id: string;
  /** Where the question sits in its source appendix, such as `2.a`. */
  number: string;
  /** The area it asks about (CLI command, API call, plug-in part). */
  area: string;
  text: string;
}

export interface RecertificationQuestionnaire {
  kind: CertificationQuestionnaireKind;
  title: string;
  source: string;
  /** Asked first and answered with a list rather than yes/no (CLI/API only). */
  interfacesPrompt: string | null;
  questions: RecertificationQuestion[];
  /** What the guide advises when every answer is NO. */
  sanityAdvice: string;
}

/** 000 Appendix A: re-certification questions for CLI commands and API calls. */
const CLI_API: RecertificationQuestionnaire = {
  kind: CertificationQuestionnaireKind.CLI_API,
  title: 'Questions to determine re-certification (CLI commands and API calls)',
  source: 'Storage Virtual Appliance program guide v2.0, Appendix A',
  interfacesPrompt: 'What are the CLI commands and/or API calls used in the Partner Software for communicating? List all, with the respective parameters.',
  questions: [
    {
      id: 'CLI_PARAMETERS',
      number: '2.a',
      area: 'CLI command',
      text: 'In the new array model or firmware/software version, is there any change with the commands or parameters? It is OK for the new model to have more parameters for the same command, but the parameters must be interpreted in the same way as previously.',
    },
    {
      id: 'CLI_OUTPUT',
      number: '2.b',
      area: 'CLI command',
      text: 'Does a command output differ from previous output, including content and format? Any slight change here might break the parsing code in the Partner Software.',
    },
    {
      id: 'CLI_BEHAVIOR',
      number: '2.c',
      area: 'CLI command',
      text: 'Does a command cause different behavior in the new setting? The command must behave exactly as before.',
    },
    {
      id: 'CLI_PRECONDITIONS',
      number: '2.d',
      area: 'CLI command',
      text: 'Does a command require different prerequisite conditions? Different prerequisite conditions might lead to different results, and so must be carefully considered.',
    },
    {
      id: 'CLI_POSTCONDITIONS',
      number: '2.e',
      area: 'CLI command',
      text: 'Does a command produce different post conditions? Different post conditions might need extra cleaning, or might create problems for other successive commands.',
    },
    {
      id: 'CLI_PRIVILEGE',
      number: '2.f',
      area: 'CLI command',
      text: "Does the privilege to run the command change? The Partner Software might fail due to changes in a command's required privilege level.",
    },
    {
      id: 'API_PARAMETERS',
      number: '3.a',
      area: 'API call',
      text: 'Is there any change in the parameters from the previous model or firmware/software version? Any change in the API signature is likely to break the code. The meaning of the parameters should also not change.',
    },
    {
      id: 'API_RETURN_VALUE',
      number: '3.b',
      area: 'API call',
      text: 'Does the returned value or dataset differ from the previous model or version? The meaning and data structure, if any, should be the same as before.',
    },
    {
      id: 'API_BEHAVIOR',
      number: '3.c',
      area: 'API call',
      text: 'Does an API call behave differently from the previous version? The same API call should display the same observable behavior in the new array.',
    },
    {
      id: 'API_PRECONDITIONS',
      number: '3.d',
      area: 'API call',
      text: 'Does an API require different prerequisite conditions? Different prerequisite conditions might lead to different results, and so must be scrutinized.',
    },
    {
      id: 'API_POSTCONDITIONS',
      number: '3.e',
      area: 'API call',
      text: 'Does a command produce different post conditions? Different post conditions might need extra cleaning or create problems for other successive API calls.',
    },
    {
      id: 'API_PRIVILEGE',
      number: '3.f',
      area: 'API call',
      text: "Does the privilege to call the API change? The Partner Software might fail due to changes in an API call's required privilege level.",
    },
  ],
  sanityAdvice:
    'Re-certification is not required; run the corresponding version of the Product Certification Suite (Stage 1) as a quick sanity check. If it fails, re-certification is required.',
};

/** 001 Appendix A: re-certification questions for orchestrator plug-ins. */
const PLUG_IN: RecertificationQuestionnaire = {
  kind: CertificationQuestionnaireKind.PLUG_IN,
  title: 'Questions to determine re-certification (plug-in changes)',
  source: 'Orchestrator plug-in certification program guide v1.8, Appendix A',
  interfacesPrompt: null,
  questions: [
    { id: 'PLUGIN_DESCRIPTOR', number: '1', area: 'plug-in', text: 'Have any changes been made to the vso.xml file?' },
    { id: 'PLUGIN_ADAPTER', number: '2', area: 'plug-in', text: 'Have any changes been made to the plug-in adapter implementation?' },
    { id: 'PLUGIN_FACTORY', number: '3', area: 'plug-in', text: 'Have any changes been made to the plug-in factory implementation?' },
    {
      id: 'PLUGIN_FACTORY_INTERFACE',
      number: '4',
      area: 'plug-in',
      text: 'Have any changes been made to the interface between the plugged-in technology and the plug-in factory implementation?',
    },
    {
      id: 'PLUGIN_EXPOSED_BEHAVIOR',
      number: '5',
      area: 'plug-in',
      text: 'Have any changes been made to the behavior of the plugged-in technology that is exposed to the orchestrator?',
    },
    {
      id: 'PLUGIN_THIRD_PARTY',
      number: '6',
      area: 'plug-in',
      text: 'Have any changes been made to the interfaces or behavior of third party libraries used in the implementation of the plugged-in technology?',
    },
  ],
  sanityAdvice:
    'Re-certification is not required; review the certification guidelines and make sure internal testing covers the new version of the plug-in against the targeted orchestrator version.',
};

export const RECERTIFICATION_QUESTIONNAIRES: Record<CertificationQuestionnaireKind, RecertificationQuestionnaire> = { CLI_API, PLUG_IN };

export interface QuestionnaireAnswer {
  questionId: string;
  answer: boolean;
}

export type AnswerProblem = { kind: 'UNKNOWN_QUESTION' | 'DUPLICATE_ANSWER' | 'MISSING_ANSWER'; questionId: string };

/** Every question answered exactly once, and nothing else. */
export function answerProblems(kind: CertificationQuestionnaireKind, answers: QuestionnaireAnswer[]): AnswerProblem[] {
  const questions = RECERTIFICATION_QUESTIONNAIRES[kind].questions;
  const known = new Set(questions.map((q) => q.id));
  const seen = new Set<string>();
  const problems: AnswerProblem[] = [];
  for (const a of answers) {
    if (!known.has(a.questionId)) problems.push({ kind: 'UNKNOWN_QUESTION', questionId: a.questionId });
    else if (seen.has(a.questionId)) problems.push({ kind: 'DUPLICATE_ANSWER', questionId: a.questionId });
    seen.add(a.questionId);
  }
  for (const q of questions) if (!seen.has(q.id)) problems.push({ kind: 'MISSING_ANSWER', questionId: q.id });
  return problems;
}

/** CERT-9: any YES means re-certification is required; all NO means it is not. */
export function recertificationDecision(answers: QuestionnaireAnswer[]): { required: boolean; yesQuestionIds: string[] } {
  const yesQuestionIds = answers.filter((a) => a.answer).map((a) => a.questionId);
  return { required: yesQuestionIds.length > 0, yesQuestionIds };
}

/**
 * Vendor versions in natural order, node by node: `9.0` < `9.1` < `10.0`, `8.0 U3` < `9.0`.
 */
export function compareProductVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * CERT-9 / REL-5: the major vendor release a version of platform-dependent software must be fully
 * re-certified on, for one product: the newest major release of the product (by version) that has
 * reached a milestone, unless one of the version's live listings on the product is on it or on a
 * later version of the product. Null when no re-certification is owed. It follows from the facts
 * at the instant asked, so a listing certified on an older release after the major appeared owes
 * it too, and a listing on the new major settles it.
 */
export function majorReleaseOwed(listed: { releaseId: string; productVersion: string }[], releases: PlatformReleaseFact[]): PlatformReleaseFact | null {
  if (listed.length === 0) return null;
  const newest = releases
    .filter((release) => release.kind === 'MAJOR')
    .sort((a, b) => compareProductVersions(b.version, a.version) || b.firstMilestoneAt.getTime() - a.firstMilestoneAt.getTime())[0];
  if (!newest) return null;
  const settled = listed.some((listing) => listing.releaseId === newest.releaseId || compareProductVersions(listing.productVersion, newest.version) >= 0);
  return settled ? null : newest;
}
