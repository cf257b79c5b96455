import { DomainError } from '../../domain/errors';

/**
 * A service behind a port (the bus, a busy table) failed in a way the client can retry: an
 * infrastructure failure, answered 503, which is why it lives beside the ports, not in the domain.
 */
export class DependencyError extends DomainError {
  readonly code = 'dependency_unavailable';
}
