/**
 * The dossier's S3 calls without the S3 client: what the client did for them (a missing object is
 * no error, S3's error codes, retries on a failing or throttling S3) held against a small server
 * that answers as S3 does. The integration tests run the same calls against the local S3.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { S3FileStore } from '../../shared/adapters/s3-file-store';
import { S3Requests } from '../../shared/adapters/s3-requests';

const credentials = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
let server: Server | undefined;
afterEach(() => server?.close());

type Answer = { status: number; headers?: Record<string, string>; body?: string };

/** A store against a server that gives these answers in turn, and the requests it saw. */
async function storeAnswering(...answers: Answer[]) {
  const seen: IncomingMessage[] = [];
  server = createServer((request, response) => {
    seen.push(request);
    const answer = answers.shift() ?? { status: 500 };
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s3 = new S3Requests(
    { bucket: 'dossier', region: 'ap-southeast-1', endpoint, pathStyle: true },
    credentials,
    async () => {},
  );
  return { store: new S3FileStore(s3), seen };
}

const error = (code: string) =>
  `<?xml version="1.0"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;

describe('The dossier’s calls to S3', () => {
  it('read a missing object as nothing, not as an error', async () => {
    const { store } = await storeAnswering({ status: 404 }, { status: 404, body: error('NoSuchVersion') });
    expect(await store.head('delegations/a/b')).toBeUndefined();
    expect(await store.read('delegations/a/b', 'v1', { first: 8 })).toBeUndefined();
  });

  it('sign each request and ask for the bytes and the version wanted', async () => {
    const { store, seen } = await storeAnswering(
      { status: 200, headers: { 'content-length': '1234', 'x-amz-version-id': 'v7' } },
      { status: 206, body: '%PDF-1.7' },
    );
    expect(await store.head('delegations/a/b')).toEqual({ size: 1234, versionId: 'v7' });
    expect(new TextDecoder().decode(await store.read('delegations/a/b', 'v7', { first: 8 }))).toBe(
      '%PDF-1.7',
    );
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'HEAD /dossier/delegations/a/b',
      'GET /dossier/delegations/a/b?versionId=v7',
    ]);
    expect(seen[1]?.headers.range).toBe('bytes=0-7');
    expect(seen[1]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/ap-southeast-1\/s3\//,
    );
  });

  it('try again when S3 fails or throttles, and give up after three attempts', async () => {
    const ok = { status: 200, headers: { 'content-length': '5' } };
    const retried = await storeAnswering({ status: 503, body: error('SlowDown') }, { status: 500 }, ok);
    expect(await retried.store.head('k')).toEqual({ size: 5, versionId: undefined });
    expect(retried.seen).toHaveLength(3);
    server?.close();
    const failing = await storeAnswering(
      { status: 503 },
      { status: 503 },
      { status: 503, body: error('SlowDown') },
      ok,
    );
    await expect(failing.store.read('k', undefined, { last: 4 })).rejects.toThrow('S3 answered 503 SlowDown');
    expect(failing.seen).toHaveLength(3);
  });

  it('refuse at once what S3 refuses for good, with its code', async () => {
    const { store, seen } = await storeAnswering({ status: 403, body: error('AccessDenied') });
    await expect(store.head('k')).rejects.toThrow('S3 answered 403');
    expect(seen).toHaveLength(1);
  });

  it('remove every version and delete marker of the key but the one kept, page after page', async () => {
    const page = (truncated: boolean, versions: string) =>
      `<ListVersionsResult><IsTruncated>${truncated}</IsTruncated>${truncated ? '<NextKeyMarker>k</NextKeyMarker><NextVersionIdMarker>v2</NextVersionIdMarker>' : ''}${versions}</ListVersionsResult>`;
    const { store, seen } = await storeAnswering(
      {
        status: 200,
        body: page(
          true,
          '<Version><Key>k</Key><VersionId>v1</VersionId></Version><Version><Key>k</Key><VersionId>v2</VersionId></Version><Version><Key>k2</Key><VersionId>x</VersionId></Version>',
        ),
      },
      { status: 204 },
      { status: 204 },
      {
        status: 200,
        body: page(
          false,
          '<DeleteMarker><Key>k</Key><VersionId>v3</VersionId></DeleteMarker><Version><Key>k</Key><VersionId>kept</VersionId></Version>',
        ),
      },
      { status: 204 },
    );
    expect(await store.deleteEveryVersion('k', 'kept')).toBe(3);
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /dossier?versions&prefix=k',
      'DELETE /dossier/k?versionId=v1',
      'DELETE /dossier/k?versionId=v2',
      'GET /dossier?versions&prefix=k&key-marker=k&version-id-marker=v2',
      'DELETE /dossier/k?versionId=v3',
    ]);
  });
});
