import { Field, ID, ObjectType } from 'type-graphql';
import { CertificationChecklistKind, CertificationQuestionnaireKind } from '../enums';

/** CERT-15: one checklist item with what is recorded for it. */
@ObjectType('CertificationChecklistItem', { description: 'CERT-15: one checklist item with what is recorded for it.' })
export class CertificationChecklistItem {
  @Field({ description: 'Stable key of the item within its checklist; `updateChecklistItem` takes it.' })
  key: string;

  @Field({ description: 'Section of the source checklist, such as `2.a` or `Release notes`.' })
  section: string;

  @Field({ description: "What the item asks for, in the program guide's words (CERT-15)." })
  text: string;

  @Field({ description: 'Whether the item is met; a TOI checklist with every item done is needed to publish (CERT-6, CERT-15).' })
  done: boolean;

  @Field(() => String, { nullable: true, description: 'Where the evidence for the item is, such as the release notes URL; null when none was recorded.' })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was updated (instant, UTC); null until then.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the actor that last updated the item; null until it is updated.' })
  updatedBy: string | null;
}

@ObjectType('CertificationChecklist', { description: 'One of the two checklists of a software version, item by item (CERT-15).' })
export class CertificationChecklist {
  @Field(() => CertificationChecklistKind, { description: 'Download bundle documentation or transfer of information (CERT-15).' })
  kind: CertificationChecklistKind;

  @Field(() => ID, { description: 'Id of the `SoftwareVersion` the checklist is tracked for (CERT-15).' })
  versionId: string;

  @Field({ description: 'Every item is done.' })
  complete: boolean;

  @Field(() => [CertificationChecklistItem], { description: "The checklist's items, in the order of the program guide's appendix (CERT-15)." })
  items: CertificationChecklistItem[];
}

@ObjectType('RecertificationQuestion', { description: "One question of a re-certification questionnaire, as in the program guide's Appendix A (CERT-9)." })
export class RecertificationQuestionView {
  @Field(() => ID, { description: 'Unique id of this recertification question.' })
  id: string;

  @Field({ description: 'The question\'s number in the program guide, such as "2.a".' })
  number: string;

  @Field({ description: 'What the question is about, such as "CLI command" or "API call".' })
  area: string;

  @Field({ description: "The question, in the program guide's words." })
  text: string;
}

@ObjectType('RecertificationQuestionnaire', {
  description: "A program's re-certification questionnaire (000 or 001 Appendix A): any YES answer means re-certification is required (CERT-9).",
})
export class RecertificationQuestionnaireView {
  @Field(() => CertificationQuestionnaireKind, { description: 'CLI/API or plug-in.' })
  kind: CertificationQuestionnaireKind;

  @Field({ description: "The questionnaire's title in the program guide." })
  title: string;

  @Field({ description: 'The program guide and appendix the questions come from.' })
  source: string;

  @Field(() => String, {
    nullable: true,
    description: 'Asked first and answered with a list rather than yes/no (CLI/API questionnaire only); null for the plug-in questionnaire.',
  })
  interfacesPrompt: string | null;

  @Field(() => [RecertificationQuestionView], { description: "The yes/no questions, in the guide's order." })
  questions: RecertificationQuestionView[];

  @Field({ description: 'What the guide advises when every answer is NO: re-certification is not required, but a sanity run is.' })
  sanityAdvice: string;
}

@ObjectType('RecertificationReason', { description: 'One reason a version must be certified again (CERT-9, CERT-10).' })
export class RecertificationReason {
  @Field({ description: 'QUESTIONNAIRE_YES, MAJOR_PLATFORM_RELEASE or HOT_FIX_PENDING.' })
  code: string;

  @Field({ description: 'The reason in words, such as a YES answer or a hot fix without a waiver.' })
  message: string;
}

/** CERT-9/CERT-10: whether a version must be certified again, and why. */
@ObjectType('RecertificationVerdict', { description: 'CERT-9/CERT-10: whether a version must be certified again, and why.' })
export class RecertificationVerdict {
  @Field(() => ID, { description: 'Id of the `SoftwareVersion` judged.' })
  versionId: string;

  @Field(() => Boolean, { nullable: true, description: 'null: no questionnaire answered and no trigger known yet.' })
  required: boolean | null;

  @Field({ description: 'A full re-certification (new major vendor release), not a subset.' })
  fullRecertification: boolean;

  @Field(() => [RecertificationReason], { description: 'Why re-certification is required; empty when it is not.' })
  reasons: RecertificationReason[];

  @Field(() => String, { nullable: true, description: 'Advice when the questionnaire answers are all NO.' })
  advice: string | null;
}
