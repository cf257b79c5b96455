// The email composer as the two email functions bundle it (see tests/infra/mail-bundle.test.ts).
export { composeMime } from '../../shared/notifications/mime';
