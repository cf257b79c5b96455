// Stands in for nodemailer's extension table in the bundles (see bundling.ts): every attachment we
// send names its content type, so nodemailer never has to guess one from a file name.
export function detectMimeType() {
  return 'application/octet-stream';
}
export function detectExtension() {
  return 'bin';
}
export default { detectMimeType, detectExtension };
