import { Field, InputType, ObjectType } from 'type-graphql';
import { IsInt, Matches, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

/** Money is an integer count of minor units (cents) and an ISO 4217 currency. Never a float. */
@ObjectType('Money', { description: 'An amount of money in integer minor units (cents) of an ISO 4217 currency.' })
export class Money {
  @Field(() => GraphQLSafeInt, { description: 'Minor units (cents).' })
  amountMinor: number;

  @Field({ description: 'ISO 4217 code, such as USD.' })
  currency: string;

  constructor(amountMinor = 0, currency = 'USD') {
    if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`money must be a whole number of minor units: ${amountMinor}`);
    this.amountMinor = amountMinor;
    this.currency = currency;
  }

  static of(amountMinor: number, currency = 'USD'): Money {
    return new Money(amountMinor, currency);
  }

  static zero(currency = 'USD'): Money {
    return new Money(0, currency);
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amountMinor + other.amountMinor, this.currency);
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amountMinor - other.amountMinor, this.currency);
  }

  multiply(factor: number): Money {
    if (!Number.isInteger(factor)) throw new RangeError('money is multiplied by whole numbers only');
    return new Money(this.amountMinor * factor, this.currency);
  }

  equals(other: Money): boolean {
    return this.amountMinor === other.amountMinor && this.currency === other.currency;
  }

  toString(): string {
    const sign = this.amountMinor < 0 ? '-' : '';
    const abs = Math.abs(this.amountMinor);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${this.currency}`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}

@InputType('MoneyInput', { description: 'An amount of money in integer minor units of an ISO 4217 currency.' })
export class MoneyInput {
  @Field(() => GraphQLSafeInt, { description: 'Minor units (cents); zero or more.' })
  @IsInt()
  @Min(0)
  amountMinor: number;

  @Field({ defaultValue: 'USD', description: 'ISO 4217 code.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' })
  currency: string;
}
