import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationAcceptanceLevel, CertificationQuestionnaireKind } from '../enums';
import { acceptanceLevelTerms } from '../rules/acceptance-levels.rules';

/** CERT-1: each program has one acceptance level; set by admins and program managers. */
@ObjectType('CertificationProgramPolicy', { description: 'How a program certifies partner software (CERT-1).' })
@Entity('cert_program_policy')
export class CertificationProgramPolicy extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Program` this `CertificationProgramPolicy` refers to (look it up with `program(id:)`).' })
  @Index({ unique: true })
  @IdColumn()
  programId: string;

  @Field(() => CertificationAcceptanceLevel, {
    description: "The program's acceptance level: who supports customers and what testing certification needs (CERT-1).",
  })
  @EnumColumn()
  acceptanceLevel: CertificationAcceptanceLevel;

  @Field(() => CertificationQuestionnaireKind, { description: 'Re-certification questionnaire and TOI checklist used (000 CLI/API, 001 plug-in).' })
  @EnumColumn()
  questionnaireKind: CertificationQuestionnaireKind;

  @Field({ description: 'CERT-5: the vendor digitally signs certified software of this program.' })
  @Column({ type: 'boolean', default: false })
  signsSoftware: boolean;

  @Field({ description: 'CERT-16: certified software of this program may use the program logo.' })
  @Column({ type: 'boolean', default: true })
  hasReadyLogo: boolean;

  @Field({ description: 'When it was updated (instant, UTC).' })
  @InstantColumn()
  updatedAt: Date;

  @Field({ description: 'CERT-1: who supports customers at this level (VENDOR, PARTNER or NONE).' })
  get supportProvider(): string {
    return acceptanceLevelTerms(this.acceptanceLevel).supportProvider;
  }

  @Field({ description: 'CERT-1: the testing the level asks for.' })
  get testingProgram(): string {
    return acceptanceLevelTerms(this.acceptanceLevel).testing;
  }

  @Field({ description: 'CERT-1: VENDOR_FIRST, PARTNER_FIRST or NONE.' })
  get supportFlow(): string {
    return acceptanceLevelTerms(this.acceptanceLevel).supportFlow;
  }
}
