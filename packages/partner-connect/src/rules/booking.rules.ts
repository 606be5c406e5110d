import { isId } from '@alliance/kernel';
import { BookingTypeDefinition } from '../config';

/** One booking as it arrives: from the `recordBookings` mutation, a file row or an OEM report. */
export interface BookingRow {
  bookingId: string;
  partnerId: string;
  customerId: string;
  opportunityId: string;
  solution: string;
  tcvMinor: number;
  currency: string;
  bookedAt: Date;
  bookingTypes: string[];
}

export interface RowError {
  /** 1-based line of the file, for imports; null for the mutation. */
  line: number | null;
  /** 0-based position in the batch. */
  index: number;
  field: string;
  code: string;
  message: string;
}

const TEXT_FIELDS = ['bookingId', 'customerId', 'opportunityId', 'solution'] as const;

/** PC-2/PC-3: checks one booking row; returns what is wrong with it, field by field. */
export function checkBookingRow(row: BookingRow, types: Map<string, BookingTypeDefinition>, now: Date): { field: string; code: string; message: string }[] {
  const errors: { field: string; code: string; message: string }[] = [];
  for (const field of TEXT_FIELDS) {
    const value = row[field];
    if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
      errors.push({ field, code: 'BOOKING_INVALID', message: `${field} must be 1 to 100 characters` });
    }
  }
  if (!isId(row.partnerId)) errors.push({ field: 'partnerId', code: 'BOOKING_INVALID', message: 'partnerId must be an id issued by this API' });
  if (typeof row.tcvMinor !== 'number' || !Number.isSafeInteger(row.tcvMinor) || row.tcvMinor < 0) {
    errors.push({ field: 'tcvMinor', code: 'BOOKING_INVALID', message: 'tcvMinor must be a whole number of cents, zero or more' });
  }
  if (row.currency !== 'USD') {
    errors.push({ field: 'currency', code: 'BOOKING_CURRENCY_UNSUPPORTED', message: 'PC-2: points are computed from TCV in USD cents; currency must be USD' });
  }
  if (!(row.bookedAt instanceof Date) || Number.isNaN(row.bookedAt.getTime())) {
    errors.push({ field: 'bookedAt', code: 'BOOKING_INVALID', message: 'bookedAt must be an ISO-8601 date-time' });
  } else if (row.bookedAt.getTime() > now.getTime()) {
    errors.push({ field: 'bookedAt', code: 'BOOKING_IN_FUTURE', message: 'bookedAt must not be after now' });
  }
  if (!Array.isArray(row.bookingTypes)) {
    errors.push({ field: 'bookingTypes', code: 'BOOKING_INVALID', message: 'bookingTypes must be a list of booking type codes' });
  } else {
    const unknown = row.bookingTypes.filter((code) => !types.has(code));
    if (unknown.length > 0) {
      errors.push({
        field: 'bookingTypes',
        code: 'BOOKING_TYPE_UNKNOWN',
        message: `PC-3: unknown booking type ${unknown.join(', ')}; known: ${[...types.keys()].join(', ')}`,
      });
    }
  }
  return errors;
}
