import type * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorSchema } from '../../shared/api/response-schemas';
import { type HttpFunctionKey, routeContracts } from '../../shared/api/routes';
import type { RouteContract } from '../../shared/http/contract';
import { type FunctionSpec, functions, type HttpTrigger } from '../../shared/manifest';

const errors = {
  '400': 'Malformed JSON, invalid fields (details.issues), a foreign cursor',
  '401': 'Missing, expired or invalid token',
  '403': 'The role may not do this',
  '404': 'Unknown delegation or meeting',
  '409': 'Conflict: a booked slot, a forbidden status change, a key still in use',
  '412': 'If-Match names an older version',
  '413': 'Body over 256 KiB',
  '415': 'Body is not JSON',
  '422': 'Well-formed but impossible (a meeting outside working hours, a reused key)',
  '428': 'If-Match is required',
  '500': 'An unexpected failure, logged with the correlation id; retry as for 503',
  '503': 'An AWS service failed; retry (with the same Idempotency-Key where the route takes one)',
} as const;
type ErrorStatus = keyof typeof errors;

/** The errors a route can answer, from what its contract reads. */
export function errorsOf(spec: FunctionSpec<HttpTrigger>, contract: RouteContract): ErrorStatus[] {
  const statuses: ErrorStatus[] = ['401', '403', '500', '503'];
  if (contract.params || contract.query || contract.body) statuses.push('400');
  if (contract.params) statuses.push('404');
  if (contract.body) statuses.push('413', '415');
  if (spec.trigger.method !== 'GET') statuses.push('409', '422');
  else for (const status of contract.refuses ?? []) statuses.push(String(status) as ErrorStatus);
  if (contract.ifMatch !== 'none') statuses.push('412');
  if (contract.ifMatch === 'required') statuses.push('428');
  return statuses.sort();
}

function headersOf(contract: RouteContract) {
  const headers = [];
  if (contract.ifMatch !== 'none') {
    headers.push({
      in: 'header' as const,
      name: 'If-Match',
      required: contract.ifMatch === 'required',
      description: 'The ETag of the version the change was made on, e.g. "3"',
      schema: { type: 'string' as const },
    });
  }
  if (contract.idempotencyKey !== 'none') {
    headers.push({
      in: 'header' as const,
      name: 'Idempotency-Key',
      required: false,
      description: 'One key per intended change: a retry with it returns the first answer',
      schema: { type: 'string' as const, maxLength: 128 },
    });
  }
  return headers;
}

function successOf(contract: RouteContract) {
  const json = contract.ok.fileOnly ? {} : { 'application/json': { schema: contract.ok.schema } };
  const files = Object.fromEntries(
    (contract.ok.files ?? []).map((type) => [
      type,
      { schema: { type: 'string' as const, format: 'binary' } },
    ]),
  );
  const headers = {
    ...(contract.etag
      ? { ETag: { description: 'The version, for If-Match', schema: { type: 'string' as const } } }
      : {}),
    ...(contract.location
      ? { Location: { description: 'Where the new resource is read', schema: { type: 'string' as const } } }
      : {}),
  };
  return { description: contract.ok.description, content: { ...json, ...files }, headers };
}

/** Each stage's API; the local stack (`npm start`) answers the same paths at http://localhost:3000. */
const servers = [
  {
    url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
    description: 'A deployed stage (dev, prod): the stack output ApiUrl',
    variables: {
      apiId: { default: 'apiId', description: 'The id in the stack output ApiUrl' },
      region: { default: 'ap-southeast-1', description: 'The region the stage is deployed in' },
    },
  },
];

/** The operations' groups (the first segment of their paths), in Vietnamese and English. */
export const tags: Record<string, string> = {
  delegations:
    'Đoàn vào: đăng ký, kiểm tra, quyết định, lịch làm việc, hồ sơ / Visits: registration, checks, decisions, meetings, dossier',
  decisions: 'Việc chờ Ban Giám đốc quyết định / Visits waiting for leadership',
  worklist: 'Việc cần làm của Văn phòng / The Office’s worklist',
  schedule: 'Lịch làm việc với các đoàn / The meetings calendar',
  availability: 'Phòng họp và cán bộ còn trống / Free rooms and officials',
  calendar: 'Ngày nghỉ lễ, ngày làm bù / Public holidays and make-up working days',
  reports: 'Tra cứu và báo cáo định kỳ / History and periodic reports',
  news: 'Tin bài đã duyệt để đăng trên Cổng thông tin / News items approved for the portal',
  'external-plan':
    'Kế hoạch thông tin đối ngoại: lãnh đạo phụ trách, đầu mối, tập huấn, sự kiện, kinh phí / The external-information plan: leader, focal official, training, events, budget',
  rules: 'Quy định áp dụng khi kiểm tra / The rules the check applies',
  agencies: 'Danh bạ cơ quan nhận thông báo / Directory of the agencies notified',
  divisions: 'Danh bạ phòng, đơn vị chủ trì / Directory of host divisions',
  officials: 'Danh bạ cán bộ dự họp / Directory of officials',
  rooms: 'Danh mục phòng họp / Meeting rooms',
};

/** The OpenAPI 3.1 document, generated from the manifest (who may call) and the route contracts (how). */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const [key, contract] of Object.entries(routeContracts) as [HttpFunctionKey, RouteContract][]) {
    const spec = functions[key] as FunctionSpec<HttpTrigger>;
    const operation: ZodOpenApiOperationObject = {
      operationId: spec.name,
      summary: contract.summary,
      description: `${spec.description}. Roles: ${spec.trigger.roles.join(', ')}.`,
      tags: [spec.trigger.path.split('/')[1] ?? 'api'],
      security: [{ bearer: [] }],
      'x-roles': spec.trigger.roles,
      requestParams: {
        ...(contract.params ? { path: contract.params as z.ZodObject } : {}),
        ...(contract.query ? { query: contract.query as z.ZodObject } : {}),
      },
      parameters: headersOf(contract),
      requestBody: contract.body
        ? { required: true, content: { 'application/json': { schema: contract.body } } }
        : undefined,
      responses: {
        [String(contract.ok.status)]: successOf(contract),
        ...Object.fromEntries(
          errorsOf(spec, contract).map((status) => [
            status,
            { description: errors[status], content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      },
    };
    const path = spec.trigger.path;
    paths[path] = { ...paths[path], [spec.trigger.method.toLowerCase()]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Foreign delegations API — Sở KH&CN Hưng Yên',
      version: '1.0.0',
      contact: {
        name: 'Văn phòng Sở Khoa học và Công nghệ Hưng Yên',
        email: 'vanphong@sokhcn.hungyen.gov.vn',
      },
      license: {
        name: 'Internal software of Sở KH&CN Hưng Yên, not for reuse',
        identifier: 'LicenseRef-Proprietary',
      },
      description:
        'Registers incoming foreign delegations, checks them against the regulations on external affairs, ' +
        'schedules meetings and notifies the agencies concerned. Every request needs a Cognito JWT whose ' +
        '`cognito:groups` include one of the roles named on the operation.',
    },
    servers,
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}
