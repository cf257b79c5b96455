/** Where the local stack keeps its state; everything under .data/ is git-ignored. */
export const localPaths = {
  dataDir: process.env.DATA_DIR ?? '.data',
  get dynamoDir() {
    return `${this.dataDir}/dynamodb`;
  },
  get authKeyFile() {
    return `${this.dataDir}/local-auth.json`;
  },
};
