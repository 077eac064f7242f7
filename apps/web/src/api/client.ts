import type { components, paths } from './openapi';
import type {
  Account,
  CommandResult,
  ComplianceReport,
  DeadlineList,
  DirectiveSearchResult,
  DocumentDetail,
  DocumentPage,
  DocumentText,
} from './responses';

/** The bodies `get` returns, per route; every key must be a GET route of the API's OpenAPI document. */
interface GetBodies {
  '/api/v1/documents': DocumentPage;
  '/api/v1/documents/{id}': DocumentDetail;
  '/api/v1/documents/{id}/text': DocumentText;
  '/api/v1/directives': DirectiveSearchResult;
  '/api/v1/compliance': ComplianceReport;
  '/api/v1/compliance/deadlines': DeadlineList;
}

type GetRoute = keyof GetBodies & { [P in keyof paths]: paths[P]['get'] extends undefined ? never : P }[keyof paths];
type Parameters<P extends keyof paths, M extends 'get' | 'post'> = NonNullable<paths[P][M]> extends { parameters: infer A } ? A : never;
type QueryOf<P extends keyof paths> = NonNullable<Parameters<P, 'get'> extends { query?: infer Q } ? Q : never>;
type PathOf<P extends keyof paths, M extends 'get' | 'post'> = Parameters<P, M> extends { path: infer A } ? A : Record<string, never>;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Fills `{name}` placeholders and appends the defined, non-empty query values. */
export function urlOf(route: string, path: Record<string, string> = {}, query: object = {}): string {
  const pathname = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name]));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const qs = search.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Fired on the window when the API says the session is gone, so the app asks the person to sign in again. */
export const SIGNED_OUT_EVENT = 'plan-ledger:signed-out';

/** Every API answer goes through here: errors become ApiError, and "sign in" (401) signs the app out. */
export function apiError(status: number, body: unknown, statusText: string): ApiError {
  const error = body as { code?: string; message?: string } | null;
  if (status === 401 && error?.code === 'AUTH.REQUIRED') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  return new ApiError(status, error?.code ?? `HTTP.${status}`, error?.message ?? statusText);
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw apiError(res.status, body, res.statusText);
  return body as T;
}

const postJson = async <T>(route: keyof paths, path: Record<string, string>, body: unknown): Promise<T> =>
  parse(
    await fetch(urlOf(route, path), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );

export async function get<P extends GetRoute>(
  route: P,
  options: { path?: PathOf<P, 'get'>; query?: QueryOf<P>; signal?: AbortSignal } = {},
): Promise<GetBodies[P]> {
  return parse(await fetch(urlOf(route, options.path as Record<string, string>, options.query ?? {}), { signal: options.signal, headers: { Accept: 'application/json' } }));
}

export const correctDirective = (directiveId: string, body: components['schemas']['CorrectDto']): Promise<CommandResult> =>
  postJson('/api/v1/directives/{directiveId}/correct', { directiveId }, body);

/** Password sign-in: the API answers with the account and sets an HttpOnly session cookie the browser keeps. */
export const signIn = (body: components['schemas']['LoginDto']): Promise<Account> => postJson('/api/v1/auth/login', {}, body);

export const signOut = (): Promise<null> => postJson('/api/v1/auth/logout', {}, {});

/** The signed-in account, or null when there is no session. */
export async function currentAccount(): Promise<Account | null> {
  const route: keyof paths = '/api/v1/auth/me';
  const res = await fetch(route, { headers: { Accept: 'application/json' } });
  return res.status === 401 ? null : parse<Account>(res);
}

/** Links the browser follows itself (downloads), typed against the same routes. */
export const downloadUrl = {
  original: (id: string) => urlOf('/api/v1/documents/{id}/file' satisfies keyof paths, { id }),
  complianceCsv: (query: QueryOf<'/api/v1/compliance/export.csv'>) => urlOf('/api/v1/compliance/export.csv' satisfies keyof paths, {}, query),
  complianceXlsx: (query: QueryOf<'/api/v1/compliance/export.xlsx'>) => urlOf('/api/v1/compliance/export.xlsx' satisfies keyof paths, {}, query),
  unitIcs: (id: string, query: QueryOf<'/api/v1/units/{id}/deadlines.ics'>) => urlOf('/api/v1/units/{id}/deadlines.ics' satisfies keyof paths, { id }, query),
};
