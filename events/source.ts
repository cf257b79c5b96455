/**
 * The EventBridge source of every event this backend publishes. Its own module, free of schemas, so
 * that the manifest (in every bundle) does not build the envelope's and the delegation's schemas.
 */
export const EVENT_SOURCE = 'vn.hungyen.dost.delegations';
