// Every HTTP error is one JSON shape, {error:{code,message}}, with a status that fits the code.
// Routes throw ApiError for expected failures; the app's one error handler turns it into a response.

export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 405 | 408 | 409 | 413 | 415 | 416 | 422 | 429 | 431 | 500 | 503, readonly code: string, message: string,
    /** Seconds a client should wait before trying again: 429 and 503 answers carry it as Retry-After. */
    readonly retryAfter?: number) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Status for a pipeline failure code (src/types.ts Failure): the input was wrong, not the server. */
export function statusForFailure(code: string): 413 | 422 | 503 {
  if (code === 'E_BUSY') return 503;
  return code === 'E_TOO_LARGE' ? 413 : 422;
}
