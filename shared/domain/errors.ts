/** Domain errors say what went wrong in the users' terms; the HTTP layer maps each to a status in one place. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

/** The caller's copy is older than the stored one (optimistic concurrency). */
export class StaleVersionError extends DomainError {
  readonly code = 'version_mismatch';
}

export class IllegalTransitionError extends DomainError {
  readonly code = 'illegal_transition';
}

/** The route is open to the caller's roles, but this step of it is another role's (a news item's approval). */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

/** A pagination cursor that this API did not issue, or issued for another list. */
export class InvalidCursorError extends DomainError {
  readonly code = 'invalid_cursor';
}

/** The room or an official is already booked then; details list the conflicting meetings. */
export class ScheduleConflictError extends DomainError {
  readonly code = 'schedule_conflict';
}

/** Well-formed but impossible: a meeting outside working hours, a delegation not ready for meetings. */
export class UnprocessableError extends DomainError {
  readonly code = 'unprocessable';
}

/** A change that is valid on its own but leaves the whole registration invalid (details.issues). */
export class InvalidChangeError extends DomainError {
  readonly code = 'validation_failed';
}

/** Too large to store or announce, however well-formed. */
export class TooLargeError extends DomainError {
  readonly code = 'payload_too_large';
}
