/**
 * Stands in for EventBridge's PutEvents endpoint in front of the local bus: it refuses what AWS
 * refuses (a bad SigV4 signature, a request over 256 KB) with the service's error shapes.
 */
import type { LocalEventBus } from './event-bus';
import { parseJsonBody } from './http-gateway';
import { type Credentials, type SignedRequest, signatureProblem } from './signature-check';

/** EventBridge refuses a request whose entries add up to more than 256 KB. */
const MAX_REQUEST_BYTES = 256 * 1024;

export function putEventsEndpoint(bus: LocalEventBus, credentials: Credentials) {
  return async (request: SignedRequest): Promise<{ status: number; body: unknown }> => {
    const refused = await signatureProblem(request, credentials, {
      service: 'events',
      now: new Date(),
      uriEscapePath: true,
    });
    if (refused) {
      const type = refused.code === 'InvalidAccessKeyId' ? 'UnrecognizedClientException' : refused.code;
      return { status: 403, body: { __type: type, message: refused.message } };
    }
    const body = request.body ?? Buffer.alloc(0);
    if (body.length > MAX_REQUEST_BYTES)
      return {
        status: 400,
        body: {
          __type: 'ValidationException',
          message: 'Total size of the entries in the request is over the limit.',
        },
      };
    const { Entries = [] } = parseJsonBody(body) as { Entries?: [] };
    return { status: 200, body: bus.putEvents(Entries) };
  };
}
