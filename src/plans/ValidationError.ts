/**
 * Raised by a use case before any write when the input does not validate; carries the field errors
 * so the form can show them next to their fields.
 */
import { FieldErrors } from '../model/validation';

export class ValidationError<T = unknown> extends Error {
  public constructor(public readonly errors: FieldErrors<T>) {
    super(`Invalid input: ${Object.keys(errors).join(', ')}`);
    this.name = 'ValidationError';
  }
}
