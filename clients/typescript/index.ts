/**
 * A typed client of the CG Scanning API V2: `openapi-fetch` over the types generated from openapi.json
 * (schema.d.ts). Every request carries the API key and, once signed in, one credential — exactly what the spec's
 * security requirements say (`x-api-key` AND `Authorization`).
 *
 *   const api = createCgClient({ baseUrl, apiKey });
 *   const { data } = await api.POST('/auth/sign_in', { body: { username, password } });
 *   const me = await createCgClient({ baseUrl, apiKey, credential: { bearer: data!.token! } }).GET('/v2/user/me');
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/** A session JWT (`POST /auth/sign_in`) or a long-lived access token (`PUT /v2/user/generate_access_token`). */
export type CgCredential = { bearer: string } | { accessToken: string };

export interface CgClientOptions {
  /** Where the API is, e.g. `http://127.0.0.1:3000` (no trailing slash). */
  baseUrl: string;
  /** The client's API key, sent as `x-api-key` on every request. */
  apiKey: string;
  /** The user credential; leave it out for the routes that take the API key alone (sign-in, password reset...). */
  credential?: CgCredential;
  /** Another fetch (tests, proxies). */
  fetch?: ClientOptions['fetch'];
}

export type CgClient = Client<paths>;

export function authorizationOf(credential: CgCredential): string {
  return 'bearer' in credential ? `Bearer ${credential.bearer}` : `Basic ${credential.accessToken}`;
}

export function createCgClient(options: CgClientOptions): CgClient {
  const headers: Record<string, string> = { 'x-api-key': options.apiKey };
  if (options.credential) headers.authorization = authorizationOf(options.credential);
  return createClient<paths>({ baseUrl: options.baseUrl, headers, fetch: options.fetch });
}

/**
 * Signs in with a password (no second factor) and returns a client that carries the session. Throws with the API's
 * error message otherwise; accounts with 2FA on answer `{otp_session_state, methods}`: finish with
 * `POST /auth/mfa/check` and pass the token as `credential`.
 */
export async function signIn(
  options: Omit<CgClientOptions, 'credential'>,
  username: string,
  password: string,
): Promise<CgClient> {
  const { data, error, response } = await createCgClient(options).POST('/auth/sign_in', {
    body: { username, password },
  });
  if (!data?.token) {
    const reason = error?.errors?.[0]?.message ?? (data?.otp_session_state ? 'a second factor is required' : '');
    throw new Error(`sign-in failed (HTTP ${response.status}): ${reason}`);
  }
  return createCgClient({ ...options, credential: { bearer: data.token } });
}
