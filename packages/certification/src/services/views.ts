import { Field, ID, ObjectType } from 'type-graphql';
import { CertificationChecklistKind, CertificationQuestionnaireKind } from '../enums';

/** CERT-15: one checklist item with what is recorded for it. */
@ObjectType('CertificationChecklistItem', { description: 'CERT-15: one checklist item with what is recorded for it.' })
export class CertificationChecklistItem {
  @Field({ description: 'The certification checklist item\'s key.' })
  key: string;

  @Field({ description: 'Section of the source checklist, such as `2.a` or `Release notes`.' })
  section: string;

  @Field({ description: 'The certification checklist item\'s text.' })
  text: string;

  @Field({ description: 'Whether done applies.' })
  done: boolean;

  @Field(() => String, { nullable: true, description: 'The certification checklist item\'s evidence URL; null when there is none.' })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was updated (instant, UTC); null until then.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The certification checklist item\'s updated by; null when there is none.' })
  updatedBy: string | null;
}

@ObjectType('CertificationChecklist', { description: 'Certification checklist.' })
export class CertificationChecklist {
  @Field(() => CertificationChecklistKind, { description: 'The certification checklist\'s kind.' })
  kind: CertificationChecklistKind;

  @Field(() => ID, { description: 'Id of the version.' })
  versionId: string;

  @Field({ description: 'Every item is done.' })
  complete: boolean;

  @Field(() => [CertificationChecklistItem], { description: 'The certification checklist\'s items.' })
  items: CertificationChecklistItem[];
}

@ObjectType('RecertificationQuestion', { description: 'Recertification question.' })
export class RecertificationQuestionView {
  @Field(() => ID, { description: 'Unique id of this recertification question.' })
  id: string;

  @Field({ description: 'The recertification question\'s number.' })
  number: string;

  @Field({ description: 'The recertification question\'s area.' })
  area: string;

  @Field({ description: 'The recertification question\'s text.' })
  text: string;
}

@ObjectType('RecertificationQuestionnaire', { description: 'Recertification questionnaire.' })
export class RecertificationQuestionnaireView {
  @Field(() => CertificationQuestionnaireKind, { description: 'The recertification questionnaire\'s kind.' })
  kind: CertificationQuestionnaireKind;

  @Field({ description: 'Title of the recertification questionnaire.' })
  title: string;

  @Field({ description: 'The recertification questionnaire\'s source.' })
  source: string;

  @Field(() => String, { nullable: true, description: 'The recertification questionnaire\'s interfaces prompt; null when there is none.' })
  interfacesPrompt: string | null;

  @Field(() => [RecertificationQuestionView], { description: 'The recertification questionnaire\'s questions.' })
  questions: RecertificationQuestionView[];

  @Field({ description: 'The recertification questionnaire\'s sanity advice.' })
  sanityAdvice: string;
}

@ObjectType('RecertificationReason', { description: 'Recertification reason.' })
export class RecertificationReason {
  @Field({ description: 'QUESTIONNAIRE_YES, MAJOR_PLATFORM_RELEASE or HOT_FIX_PENDING.' })
  code: string;

  @Field({ description: 'The recertification reason\'s message.' })
  message: string;
}

/** CERT-9/CERT-10: whether a version must be certified again, and why. */
@ObjectType('RecertificationVerdict', { description: 'CERT-9/CERT-10: whether a version must be certified again, and why.' })
export class RecertificationVerdict {
  @Field(() => ID, { description: 'Id of the version.' })
  versionId: string;

  @Field(() => Boolean, { nullable: true, description: 'null: no questionnaire answered and no trigger known yet.' })
  required: boolean | null;

  @Field({ description: 'A full re-certification (new major vendor release), not a subset.' })
  fullRecertification: boolean;

  @Field(() => [RecertificationReason], { description: 'The recertification verdict\'s reasons.' })
  reasons: RecertificationReason[];

  @Field(() => String, { nullable: true, description: 'Advice when the questionnaire answers are all NO.' })
  advice: string | null;
}
