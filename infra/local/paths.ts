import { join } from 'node:path';

/** Where the local stack keeps its state; everything under .data/ is git-ignored. */
export function localPaths(dataDir = process.env.DATA_DIR ?? '.data') {
  return {
    dataDir,
    dynamoDir: join(dataDir, 'dynamodb'),
    /** The local S3 server's buckets (the visits' dossiers). */
    s3Dir: join(dataDir, 's3'),
    /** The local token-signing key, shared by the server and `npm run token`. */
    authKeyFile: join(dataDir, 'local-auth.json'),
    /** Deliveries the local bus accepted and has not finished, and its dead letters. */
    queueDir: join(dataDir, 'queues'),
  };
}
