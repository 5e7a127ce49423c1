// Calls to the gateway's HTTP/JSON API: every RPC is a POST of the request
// message as JSON to /quotetracker.v1.QuoteService/<Method>; server streams
// answer with one JSON object a line.

const base = '/quotetracker.v1.QuoteService/';
const tokenKey = 'quotetracker.token';

// gRPC status codes, as grpc-gateway reports them in error bodies.
const codeNames = ['OK', 'Cancelled', 'Unknown', 'Invalid argument', 'Deadline exceeded', 'Not found',
  'Already exists', 'Permission denied', 'Resource exhausted', 'Failed precondition', 'Aborted',
  'Out of range', 'Unimplemented', 'Internal', 'Unavailable', 'Data loss', 'Unauthenticated'];

export const Code = { NotFound: 5, InvalidArgument: 3, PermissionDenied: 7, ResourceExhausted: 8, Unimplemented: 12, Unavailable: 14, Unauthenticated: 16 };

// ApiError is a failed call: code is the gRPC code (undefined when the
// server could not be reached), status the HTTP status (0 likewise).
export class ApiError extends Error {
  constructor(message, { code, status = 0, method = '' } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.method = method;
  }

  // readable is a sentence for people.
  get readable() {
    const what = this.method ? `${this.method}: ` : '';
    switch (this.code) {
      case Code.Unimplemented:
        return `This server does not offer ${this.method || 'this feature'} yet (${this.status || 501} Not Implemented: ${this.message}).`;
      case Code.Unauthenticated:
        return 'This server needs an access token. Enter it above.';
      case Code.PermissionDenied:
        return 'The access token is not allowed to do this.';
      case Code.ResourceExhausted:
        return 'Too many requests: the server asks to slow down. Try again in a moment.';
      case Code.Unavailable:
        return `The service is unavailable right now (${this.message}).`;
      case Code.InvalidArgument:
        return `The request was not accepted: ${this.message}.`;
      case undefined:
        return `${what}${this.message}`;
      default:
        return `${what}${codeNames[this.code] || 'Error ' + this.code}${this.status ? ' (HTTP ' + this.status + ')' : ''}: ${this.message}`;
    }
  }
}

let authListener = () => {};

// onAuthNeeded registers fn, called when a call fails for want of a token.
export function onAuthNeeded(fn) { authListener = fn; }

export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(tokenKey, token); else sessionStorage.removeItem(tokenKey);
  } catch { /* storage off: the token lasts until reload */ }
  memoryToken = token;
}

let memoryToken = '';
function token() {
  try { return sessionStorage.getItem(tokenKey) || memoryToken; } catch { return memoryToken; }
}

function headers() {
  const h = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const t = token();
  if (t) h.Authorization = 'Bearer ' + t;
  return h;
}

async function post(method, body, signal) {
  let resp;
  try {
    resp = await fetch(base + method, { method: 'POST', headers: headers(), body: JSON.stringify(body || {}), signal, cache: 'no-store' });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError('cannot reach the server', { method });
  }
  if (!resp.ok) throw await errorFromResponse(resp, method);
  return resp;
}

async function errorFromResponse(resp, method) {
  let text = '';
  try { text = await resp.text(); } catch { /* body lost */ }
  let body = null;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  const err = fromStatus(body, method, resp.status) ||
    new ApiError(text.trim() || resp.statusText || 'request failed', { status: resp.status, method });
  if (err.code === Code.Unauthenticated || resp.status === 401) authListener();
  return err;
}

function fromStatus(body, method, status = 0) {
  if (!body || typeof body !== 'object' || body.code === undefined) return null;
  return new ApiError(body.message || codeNames[body.code] || 'error', { code: Number(body.code), status, method });
}

// call runs a unary RPC and returns the response message.
export async function call(method, body, { signal } = {}) {
  const resp = await post(method, body, signal);
  try {
    return await resp.json();
  } catch {
    throw new ApiError('the server sent an unreadable answer', { status: resp.status, method });
  }
}

// stream runs a server-streaming RPC, calling onMessage with each result
// message; it resolves when the server ends the stream and rejects on an
// error (in the HTTP status or in the stream).
export async function stream(method, body, onMessage, { signal, onOpen } = {}) {
  const resp = await post(method, body, signal);
  if (onOpen) onOpen();
  const reader = resp.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  const handle = (line) => {
    line = line.trim();
    if (!line) return;
    let msg;
    try { msg = JSON.parse(line); } catch { throw new ApiError('the server sent an unreadable line', { method }); }
    if (msg.error) {
      const err = fromStatus(msg.error, method) || new ApiError(String(msg.error.message || 'stream error'), { method });
      if (err.code === Code.Unauthenticated) authListener();
      throw err;
    }
    if (msg.result) onMessage(msg.result);
  };
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      throw new ApiError('the connection was cut', { method, code: Code.Unavailable });
    }
    if (chunk.done) break;
    buf += chunk.value;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      handle(line);
    }
  }
  handle(buf);
}
