/** The attachments bucket (ATTACHMENTS_BUCKET), where the dossier's files live. */
import { requiredEnv } from '../adapters/environment';
import { S3FileStore } from '../adapters/s3-file-store';
import { S3Requests } from '../adapters/s3-requests';
import { S3UrlSigner } from '../adapters/s3-url-signer';
import { onFirstUse } from '../on-first-use';

/** Signed requests to the bucket, made once per cold start and shared by links and file checks. */
const bucket = onFirstUse(
  () =>
    new S3Requests({
      bucket: requiredEnv('ATTACHMENTS_BUCKET'),
      region: requiredEnv('AWS_REGION'),
      endpoint: process.env.AWS_ENDPOINT_URL_S3,
      pathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
    }),
);

/** The uploaded objects: checked, read and removed with signed requests, without the S3 client. */
export const storedFiles = () => new S3FileStore(bucket());

/** Presigned links to the bucket. */
export const fileLinks = () => new S3UrlSigner(bucket());
