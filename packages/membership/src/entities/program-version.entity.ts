import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { Requirement } from '../rules/requirements.rules';

export type ClauseMap = Record<string, string>;

@ObjectType('ProgramVersion', { description: 'One version of a program: its enrollment requirements and program guide clauses (MEM-5).' })
@Entity('mem_program_version')
@Index(['programId', 'version'], { unique: true })
export class ProgramVersion extends Identified {
  @Field(() => ID)
  @IdColumn()
  programId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => [Requirement])
  @Column({ type: 'simple-json' })
  requirements: Requirement[];

  /** Program guide clauses by topic; the lowest-precedence document (MEM-3). */
  @Column({ type: 'simple-json' })
  guideClauses: ClauseMap;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @Field()
  @InstantColumn()
  publishedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  publishedBy: string;
}
