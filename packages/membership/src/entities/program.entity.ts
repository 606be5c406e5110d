import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum ProgramKind {
  PROGRAM = 'PROGRAM',
  /** Contains programs, such as SDDC Foundation and Integration (MEM-7). */
  UMBRELLA = 'UMBRELLA',
}

registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'A program partners enroll in, or an umbrella that contains programs (MEM-7).',
  valuesConfig: {
    PROGRAM: { description: 'A program partners enroll in, with its own versions, fees and certification policy.' },
    UMBRELLA: { description: 'Contains programs, such as SDDC Foundation and Integration (MEM-7).' },
  },
});

@ObjectType('Program', { description: 'A partner program, versioned, optionally inside an umbrella program.' })
@Entity('mem_program')
export class Program extends Identified {
  @Field({ description: 'Stable short code of the program, unique; notices and integrations may key on it.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Field({ description: 'The program\'s name as partners see it, such as "Storage Virtual Appliance".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProgramKind, { description: 'A program, or an umbrella that contains programs (MEM-7).' })
  @EnumColumn()
  kind: ProgramKind;

  @Field(() => ID, { nullable: true, description: 'The umbrella program this program belongs to.' })
  @IdColumn({ nullable: true })
  umbrellaId: string | null;

  @Field(() => CalendarDateScalar, {
    description: 'Partners who joined before this date need the program addendum; on or after it, the umbrella addendum (MEM-2).',
  })
  @DateOnlyColumn()
  agreementCutoffDate: string;

  @Field(() => Int, { description: 'The program version in force; members must meet its requirements (MEM-5).' })
  @Column({ type: 'integer' })
  currentVersion: number;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
