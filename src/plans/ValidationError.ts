/**
 * Raised by a use case before any write when the input does not validate; carries the field errors
 * (field → message key) so the form can show them next to their fields.
 */
import { MessageKey } from '../model/validation';

export class ValidationError<T = unknown, M extends string = MessageKey> extends Error {
  public constructor(public readonly errors: Partial<Record<keyof T, M>>) {
    super(`Invalid input: ${Object.keys(errors).join(', ')}`);
    this.name = 'ValidationError';
  }
}
