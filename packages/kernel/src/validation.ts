import { registerDecorator, ValidationOptions } from 'class-validator';
import { isId } from './ids';
import { isDateOnly } from './time';

/** The field holds an id issued by this API. */
export function IsEntityId(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEntityId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an id issued by this API`, ...options },
      validator: { validate: (value: unknown) => isId(value) },
    });
}

/** The field holds a calendar date `YYYY-MM-DD`. */
export function IsDateOnly(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a calendar date YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isDateOnly(value) },
    });
}
