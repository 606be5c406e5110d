import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn, Role } from '@alliance/kernel';

/** An API key. Only a SHA-256 hash of its secret is stored; the secret is shown once. */
@ObjectType('ApiKey', { description: 'An API key. Only a SHA-256 hash of its secret is stored; the secret is shown once.' })
@Entity('gw_api_key')
export class ApiKey extends Identified {
  @Field({ description: "A label for the key, chosen at creation, such as the integration's name." })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Role, { description: 'What the key may do: its role decides which queries and mutations it may call.' })
  @EnumColumn()
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The partner a PARTNER key is bound to.' })
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @Field(() => [String], { description: 'Read scopes of an INTEGRATION key.' })
  @Column({ type: 'simple-json' })
  scopes: string[];

  @Field({ description: 'The first characters of the key, to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;

  @Field({ description: 'Name of the actor that created the key.' })
  @Column({ type: 'varchar', length: 200 })
  createdBy: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key last authenticated a request, to the minute; null if never.' })
  @InstantColumn({ nullable: true })
  lastUsedAt: Date | null;
}
