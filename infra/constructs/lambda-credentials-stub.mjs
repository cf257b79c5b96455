// Stands in for the AWS SDK credential providers that Lambda never reaches: Lambda puts the
// function's credentials in the environment, which the first provider of the chain (fromEnv)
// reads. Leaving the others out (SSO, profiles, web identity, container and instance metadata,
// and the STS/SSO clients they pull in) takes about 90 KB off every bundle.
const unavailable = () => async () => {
  const error = new Error(
    'Only environment credentials are bundled: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
  );
  error.name = 'CredentialsProviderError';
  error.tryNextLink = true;
  throw error;
};

export const fromSSO = unavailable;
export const fromIni = unavailable;
export const fromProcess = unavailable;
export const fromTokenFile = unavailable;
export const fromHttp = unavailable;
export const fromContainerMetadata = unavailable;
export const fromInstanceMetadata = unavailable;
export const ENV_CMDS_FULL_URI = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
export const ENV_CMDS_RELATIVE_URI = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI';
