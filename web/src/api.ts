/**
 * The HTTP API through the typed client generated from the OpenAPI document: every path, parameter,
 * body and answer is checked against the backend's contracts at compile time.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../../shared/api/client/schema';

export type { paths };

export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
}

/** An error answer: the API's code, a Vietnamese message, and the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { issues?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

/** What each error code means to the person at the screen. */
const messages: Record<string, string> = {
  validation_failed: 'Một số thông tin chưa hợp lệ; xem các ô được đánh dấu.',
  version_mismatch: 'Hồ sơ đã được người khác thay đổi sau khi anh/chị mở.',
  precondition_required: 'Thiếu phiên bản hồ sơ; hãy tải lại trang.',
  not_found: 'Không tìm thấy hồ sơ.',
  forbidden: 'Vai trò của anh/chị không được thực hiện thao tác này.',
  unauthenticated: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.',
  schedule_conflict: 'Phòng họp hoặc thành phần dự họp đã có lịch trùng giờ.',
  unprocessable: 'Không thể thực hiện như yêu cầu.',
  illegal_transition: 'Trạng thái hiện tại của đoàn không cho phép thao tác này.',
  conflict: 'Thao tác xung đột với một thay đổi khác; hãy tải lại và thử lại.',
  payload_too_large: 'Hồ sơ quá lớn để lưu.',
  invalid_cursor: 'Trang kết quả không còn hợp lệ; hãy tìm lại.',
  dependency_unavailable: 'Dịch vụ tạm thời gián đoạn; vui lòng thử lại.',
  idempotency_key_in_use: 'Yêu cầu trước vẫn đang được xử lý; vui lòng chờ giây lát.',
};

export const vietnameseMessage = (error: ApiError) =>
  messages[error.code] ??
  (error.status >= 500 ? 'Hệ thống đang gặp sự cố; vui lòng thử lại.' : 'Yêu cầu không thực hiện được.');

type TokenSource = () => string | undefined;

export function createApi(baseUrl: string, token: TokenSource, onUnauthenticated: () => void) {
  const client = createClient<paths>({ baseUrl });
  client.use({
    onRequest({ request }) {
      const current = token();
      if (current) request.headers.set('authorization', `Bearer ${current}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthenticated();
      return response;
    },
  });
  return client;
}

export type Api = ReturnType<typeof createApi>;

/** The data of a typed call, or an ApiError with the API's code and details. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T & { etag?: string }> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as {
      error?: { code?: string; message?: string; details?: ApiError['details'] };
    };
    throw new ApiError(
      response.status,
      body.error?.code ?? 'http_error',
      body.error?.message ?? response.statusText,
      body.error?.details ?? {},
    );
  }
  const etag = response.headers.get('etag') ?? undefined;
  return Object.assign(data as T & object, etag ? { etag } : {}) as T & { etag?: string };
}

/** If-Match for the revision the user is looking at. */
export const ifMatch = (revision: number) => ({ 'If-Match': `"${revision}"` });
