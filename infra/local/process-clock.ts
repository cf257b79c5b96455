import type { Server } from 'node:http';

/**
 * Answers carry this process's Date, not the machine's: the SDK corrects its clock by the server's
 * Date header, while the local servers check request times against this process's clock (the tests
 * shift it). Koa clears headers on an error answer, so the date goes on as the head is written.
 */
export function dateFromProcessClock(server: Server): void {
  server.prependListener('request', (_request, response) => {
    response.sendDate = false;
    const writeHead = response.writeHead.bind(response);
    response.writeHead = ((...args: Parameters<typeof writeHead>) => {
      response.setHeader('date', new Date().toUTCString());
      return writeHead(...args);
    }) as typeof response.writeHead;
  });
}
