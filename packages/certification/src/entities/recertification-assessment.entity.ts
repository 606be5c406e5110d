import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationQuestionnaireKind } from '../enums';

@ObjectType('RecertificationAnswer')
export class RecertificationAnswer {
  @Field()
  questionId: string;

  @Field()
  answer: boolean;
}

/** CERT-9: the re-certification questionnaire as answered for a new version. */
@ObjectType('RecertificationAssessment')
@Entity('cert_recertification_assessment')
export class RecertificationAssessment extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID)
  @IdColumn()
  softwareId: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'The earlier version the changes are measured against.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  comparedToVersionId: string | null;

  @Field(() => CertificationQuestionnaireKind)
  @EnumColumn()
  questionnaireKind: CertificationQuestionnaireKind;

  @Field(() => [String], { description: 'CLI commands and API calls used (CLI/API questionnaire, question 1).' })
  @Column({ type: 'simple-json' })
  interfaces: string[];

  @Field(() => [RecertificationAnswer])
  @Column({ type: 'simple-json' })
  answers: RecertificationAnswer[];

  @Field({ description: 'Any YES answer: re-certification is required.' })
  @Column({ type: 'boolean' })
  required: boolean;

  @Field()
  @InstantColumn()
  answeredAt: Date;
}
