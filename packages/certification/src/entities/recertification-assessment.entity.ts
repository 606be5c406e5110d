import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationQuestionnaireKind } from '../enums';

@ObjectType('RecertificationAnswer', { description: 'One answer of a re-certification questionnaire (CERT-9).' })
export class RecertificationAnswer {
  @Field(() => ID, { description: 'Id of the `RecertificationQuestion` answered, such as CLI_OUTPUT.' })
  questionId: string;

  @Field({ description: 'YES (true) or NO (false); any YES means re-certification is required (CERT-9).' })
  answer: boolean;
}

/** CERT-9: the re-certification questionnaire as answered for a new version. */
@ObjectType('RecertificationAssessment', { description: 'CERT-9: the re-certification questionnaire as answered for a new version.' })
@Entity('cert_recertification_assessment')
export class RecertificationAssessment extends CertificationNode {
  @Field(() => ID, { description: 'Id of the new `SoftwareVersion` assessed.' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `RecertificationAssessment` refers to (look it up with `software(id:)`).' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `RecertificationAssessment` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'The earlier version the changes are measured against.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  comparedToVersionId: string | null;

  @Field(() => CertificationQuestionnaireKind, { description: 'The questionnaire the program uses: CLI/API or plug-in (CERT-9).' })
  @EnumColumn()
  questionnaireKind: CertificationQuestionnaireKind;

  @Field(() => [String], { description: 'CLI commands and API calls used (CLI/API questionnaire, question 1).' })
  @Column({ type: 'simple-json' })
  interfaces: string[];

  @Field(() => [RecertificationAnswer], { description: 'The answers given; any YES means re-certification is required (CERT-9).' })
  @Column({ type: 'simple-json' })
  answers: RecertificationAnswer[];

  @Field({ description: 'Any YES answer: re-certification is required.' })
  @Column({ type: 'boolean' })
  required: boolean;

  @Field({ description: 'When it was answered (instant, UTC).' })
  @InstantColumn()
  answeredAt: Date;
}
