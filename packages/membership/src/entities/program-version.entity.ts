import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { Requirement } from '../rules/requirements.rules';

export type ClauseMap = Record<string, string>;

@ObjectType('ProgramVersion', { description: 'One version of a program: its enrollment requirements and program guide clauses (MEM-5).' })
@Entity('mem_program_version')
@Index(['programId', 'version'], { unique: true })
export class ProgramVersion extends Identified {
  @Field(() => ID, { description: 'Id of the `Program` this `ProgramVersion` refers to (look it up with `program(id:)`).' })
  @IdColumn()
  programId: string;

  @Field(() => Int, { description: 'The version number, from 1.' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => [Requirement], { description: 'What a partner must meet to enroll in this version and stay a member (MEM-5).' })
  @Column({ type: 'simple-json' })
  requirements: Requirement[];

  /** Program guide clauses by topic; the lowest-precedence document (MEM-3). */
  @Column({ type: 'simple-json' })
  guideClauses: ClauseMap;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @Field({ description: 'When it was published (instant, UTC).' })
  @InstantColumn()
  publishedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  publishedBy: string;
}
