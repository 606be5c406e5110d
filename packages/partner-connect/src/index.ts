import 'reflect-metadata';

export type * from './contracts';
export * from './config';
export * from './entities';
export * from './enums';
export * from './errors';
export * from './events';
export * from './ports';
export * from './module';
export * from './services';
export * from './types/progression.types';
export type { PartnerConnectServices } from './types/services';
export { importBookings, checkBookingFile, BookingFileError, BOOKING_FILE_EXTENSIONS } from './import/booking-import';
export type { BookingFileFormat, ImportOptions, ImportProgress, ImportReport } from './import/booking-import';
export { basePointsThousandths, multiplierBonusThousandths, awardBooking, formatPoints } from './rules/points.rules';
export { programYearOf, programYear } from './rules/program-year.rules';
export { PARTNER_CONNECT_MIGRATIONS } from './migrations';
