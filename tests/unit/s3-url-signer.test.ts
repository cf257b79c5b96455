import { afterEach, describe, expect, it } from 'vitest';
import { S3Requests } from '../../shared/adapters/s3-requests';
import { S3UrlSigner } from '../../shared/adapters/s3-url-signer';
import { DEFAULT_TODAY, setToday } from '../support/frozen-clock';

// The example credentials of AWS's own documentation of query-string authentication.
const credentials = async () => ({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
});

describe('Presigned links to the dossier bucket', () => {
  afterEach(() => setToday(process.env.TEST_TODAY ?? DEFAULT_TODAY));

  it("sign a download exactly as AWS's documented example (Signature Version 4, query parameters)", async () => {
    setToday('2013-05-24T00:00:00Z');
    const signer = new S3UrlSigner(
      new S3Requests(
        {
          bucket: 'examplebucket',
          region: 'us-east-1',
          endpoint: 'https://s3.amazonaws.com',
          pathStyle: false,
        },
        credentials,
      ),
    );
    const url = new URL(await signer.presign('GET', 'test.txt', {}, {}, 86_400));
    expect(url.origin + url.pathname).toBe('https://examplebucket.s3.amazonaws.com/test.txt');
    expect(url.searchParams.get('X-Amz-Credential')).toBe(
      'AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request',
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(url.searchParams.get('X-Amz-Signature')).toBe(
      'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    );
  });

  it('bind an upload to its declared type and length, at the bucket’s regional address', async () => {
    const signer = new S3UrlSigner(
      new S3Requests({ bucket: 'dossier', region: 'ap-southeast-1', pathStyle: false }, credentials),
    );
    const url = new URL(await signer.uploadUrl('delegations/01J/01K', 'application/pdf', 1234, 900));
    expect(url.origin + url.pathname).toBe(
      'https://dossier.s3.ap-southeast-1.amazonaws.com/delegations/01J/01K',
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host;if-none-match',
    );
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('name the file of a download in Vietnamese, for that version, on the local server’s paths', async () => {
    const signer = new S3UrlSigner(
      new S3Requests(
        { bucket: 'dossier', region: 'ap-southeast-1', endpoint: 'http://127.0.0.1:4568', pathStyle: true },
        credentials,
      ),
    );
    const url = new URL(await signer.downloadUrl('delegations/01J/01K', 'v2', 'Công văn số 12.pdf', 300));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4568/dossier/delegations/01J/01K');
    expect(url.searchParams.get('versionId')).toBe('v2');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="Cong van so 12.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012.pdf`,
    );
  });
});
