/** The attachments bucket (ATTACHMENTS_BUCKET), where the dossier's files live. */
import { requiredEnv } from '../adapters/environment';
import { S3FileStore, s3Client } from '../adapters/s3-file-store';

export const fileStore = () => new S3FileStore(s3Client, requiredEnv('ATTACHMENTS_BUCKET'));
