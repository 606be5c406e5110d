import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsEntityId, MoneyInput } from '@alliance/kernel';
import { FeeKind } from '../enums';

@InputType('ChargeFeeInput', { description: 'Charges a scheduled fee to a partner as a new invoice.' })
export class ChargeFeeInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `chargeFee` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => FeeKind, { description: "Which fee of the program's schedule to charge (FEE-1)." })
  feeKind: FeeKind;

  @Field(() => ID, { nullable: true, description: 'The program whose schedule applies (required for a program entrance fee).' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'The program version an entrance fee is bought for (FEE-1).' })
  @IsOptional()
  @MaxLength(50)
  programVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'What the charge is for, such as the approved equivalency request (FEE-3).' })
  @IsOptional()
  @MaxLength(200)
  reference?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units to charge, 1 to 100 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  quantity?: number | null;
}

@InputType('RecordPaymentInput', {
  description: 'Input of `recordPayment`: records money received against an invoice; announces fees.payment_received (FEE-7).',
})
export class RecordPaymentInput {
  @Field(() => ID, { description: 'Id of the `Invoice` that `recordPayment` acts on (`invoice(id:)` returns it).' })
  @IsEntityId()
  invoiceId: string;

  @Field(() => MoneyInput, { description: "The money received, in minor units with its currency; the invoice's currency." })
  @ValidateNested()
  amount: MoneyInput;

  @Field(() => Date, { nullable: true, description: 'When the money was received (default now; never later than now).' })
  @IsOptional()
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The payment processor or bank reference.' })
  @IsOptional()
  @MaxLength(200)
  externalReference?: string | null;
}

@InputType('WaiveFeeInput', { description: 'FEE-4: the vendor waives part or all of what an invoice still asks.' })
export class WaiveFeeInput {
  @Field(() => ID, { description: 'Id of the `Invoice` that `waiveFee` acts on (`invoice(id:)` returns it).' })
  @IsEntityId()
  invoiceId: string;

  @Field(() => MoneyInput, { nullable: true, description: 'How much to waive; the whole balance when left out.' })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput | null;

  @Field({ description: 'Why the fee is waived.' })
  @IsNotEmpty({ message: 'reason must say why the fee is waived (FEE-4)' })
  @MaxLength(1000)
  reason: string;
}

@InputType('RefundPaymentInput', {
  description: 'Input of `refundPayment`: refunds a payment of a refundable fee (never entrance, enrollment or renewal fees: FEE-1, FEE-6).',
})
export class RefundPaymentInput {
  @Field(() => ID, { description: 'Id of the `Payment` that `refundPayment` acts on.' })
  @IsEntityId()
  paymentId: string;

  @Field(() => MoneyInput, { nullable: true, description: 'How much to refund; what is left of the payment when left out.' })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput | null;

  @Field({ description: 'Why the money is given back; enrollment and renewal fees are non-refundable (FEE-6).' })
  @IsNotEmpty({ message: 'reason must say why the payment is refunded' })
  @MaxLength(1000)
  reason: string;
}
