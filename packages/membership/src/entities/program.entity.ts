import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum ProgramKind {
  PROGRAM = 'PROGRAM',
  /** Contains programs, such as SDDC Foundation and Integration (MEM-7). */
  UMBRELLA = 'UMBRELLA',
}

registerEnumType(ProgramKind, { name: 'ProgramKind', description: 'Program kind.', valuesConfig: {
    PROGRAM: { description: 'Program.' },
    UMBRELLA: { description: 'Contains programs, such as SDDC Foundation and Integration (MEM-7).' },
  } });

@ObjectType('Program', { description: 'A partner program, versioned, optionally inside an umbrella program.' })
@Entity('mem_program')
export class Program extends Identified {
  @Field({ description: 'The program\'s code.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Field({ description: 'Name of the program.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProgramKind, { description: 'The program\'s kind.' })
  @EnumColumn()
  kind: ProgramKind;

  @Field(() => ID, { nullable: true, description: 'The umbrella program this program belongs to.' })
  @IdColumn({ nullable: true })
  umbrellaId: string | null;

  @Field(() => CalendarDateScalar, { description: 'Partners who joined before this date need the program addendum; on or after it, the umbrella addendum (MEM-2).' })
  @DateOnlyColumn()
  agreementCutoffDate: string;

  @Field(() => Int, { description: 'The program\'s current version.' })
  @Column({ type: 'integer' })
  currentVersion: number;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
