import { Field, ID, ObjectType } from 'type-graphql';
import { CertificationChecklistKind, CertificationQuestionnaireKind } from '../enums';

/** CERT-15: one checklist item with what is recorded for it. */
@ObjectType('CertificationChecklistItem')
export class CertificationChecklistItem {
  @Field()
  key: string;

  @Field({ description: 'Section of the source checklist, such as `2.a` or `Release notes`.' })
  section: string;

  @Field()
  text: string;

  @Field()
  done: boolean;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true })
  updatedBy: string | null;
}

@ObjectType('CertificationChecklist')
export class CertificationChecklist {
  @Field(() => CertificationChecklistKind)
  kind: CertificationChecklistKind;

  @Field(() => ID)
  versionId: string;

  @Field({ description: 'Every item is done.' })
  complete: boolean;

  @Field(() => [CertificationChecklistItem])
  items: CertificationChecklistItem[];
}

@ObjectType('RecertificationQuestion')
export class RecertificationQuestionView {
  @Field()
  id: string;

  @Field()
  number: string;

  @Field()
  area: string;

  @Field()
  text: string;
}

@ObjectType('RecertificationQuestionnaire')
export class RecertificationQuestionnaireView {
  @Field(() => CertificationQuestionnaireKind)
  kind: CertificationQuestionnaireKind;

  @Field()
  title: string;

  @Field()
  source: string;

  @Field(() => String, { nullable: true })
  interfacesPrompt: string | null;

  @Field(() => [RecertificationQuestionView])
  questions: RecertificationQuestionView[];

  @Field()
  sanityAdvice: string;
}

@ObjectType('RecertificationReason')
export class RecertificationReason {
  @Field({ description: 'QUESTIONNAIRE_YES, MAJOR_PLATFORM_RELEASE or HOT_FIX_PENDING.' })
  code: string;

  @Field()
  message: string;
}

/** CERT-9/CERT-10: whether a version must be certified again, and why. */
@ObjectType('RecertificationVerdict')
export class RecertificationVerdict {
  @Field(() => ID)
  versionId: string;

  @Field(() => Boolean, { nullable: true, description: 'null: no questionnaire answered and no trigger known yet.' })
  required: boolean | null;

  @Field({ description: 'A full re-certification (new major vendor release), not a subset.' })
  fullRecertification: boolean;

  @Field(() => [RecertificationReason])
  reasons: RecertificationReason[];

  @Field(() => String, { nullable: true, description: 'Advice when the questionnaire answers are all NO.' })
  advice: string | null;
}
