/** The attachments bucket (ATTACHMENTS_BUCKET), where the dossier's files live. */
import { requiredEnv } from '../adapters/environment';
import { S3FileStore, s3Client } from '../adapters/s3-file-store';
import { S3UrlSigner } from '../adapters/s3-url-signer';

/** The uploaded objects (checking and removing them needs the S3 client). */
export const storedFiles = () => new S3FileStore(s3Client, requiredEnv('ATTACHMENTS_BUCKET'));

/** Presigned links to the bucket, signed without the S3 client. */
export const fileLinks = () =>
  new S3UrlSigner({
    bucket: requiredEnv('ATTACHMENTS_BUCKET'),
    region: requiredEnv('AWS_REGION'),
    endpoint: process.env.AWS_ENDPOINT_URL_S3,
    pathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
  });
