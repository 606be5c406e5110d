import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateOnlyColumn, EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum ProgramKind {
  PROGRAM = 'PROGRAM',
  /** Contains programs, such as SDDC Foundation and Integration (MEM-7). */
  UMBRELLA = 'UMBRELLA',
}

registerEnumType(ProgramKind, { name: 'ProgramKind' });

@ObjectType('Program', { description: 'A partner program, versioned, optionally inside an umbrella program.' })
@Entity('mem_program')
export class Program extends Identified {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProgramKind)
  @EnumColumn()
  kind: ProgramKind;

  @Field(() => ID, { nullable: true, description: 'The umbrella program this program belongs to.' })
  @IdColumn({ nullable: true })
  umbrellaId: string | null;

  @Field({ description: 'Partners who joined before this date need the program addendum; on or after it, the umbrella addendum (MEM-2).' })
  @DateOnlyColumn()
  agreementCutoffDate: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  currentVersion: number;

  @Field()
  @InstantColumn()
  createdAt: Date;
}
