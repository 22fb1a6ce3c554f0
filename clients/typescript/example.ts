/**
 * A short, type-checked use of the client (run by test/contract/typescript-client.spec.ts, and against a live server
 * by test/foundation/typescript-client.e2e-spec.ts): sign in, read the caller, create a target and list targets.
 */
import { type CgClientOptions, signIn } from './index';

export async function example(options: Omit<CgClientOptions, 'credential'>, username: string, password: string) {
  const api = await signIn(options, username, password);

  const me = await api.GET('/v2/user/me', { params: { query: { details: 'true' } } });
  if (!me.data) throw new Error(`GET /v2/user/me: HTTP ${me.response.status}`);
  const { username: who, role } = me.data.data.attributes;

  const created = await api.POST('/v2/targets', {
    body: { target: { name: 'Client example', hosts: ['192.0.2.10', '192.0.2.0/30'] } },
  });
  if (!created.data) throw new Error(`POST /v2/targets: ${created.error?.errors[0]?.message}`);

  const listed = await api.GET('/v2/targets', {
    params: { query: { 'q[name]': 'Client*', sort_by: 'created_at:desc', per_page: 10 } },
  });
  if (!listed.data) throw new Error(`GET /v2/targets: ${listed.error?.errors[0]?.message}`);

  return {
    user: { username: who, role },
    target: { id: created.data.data.id, hostCount: created.data.data.attributes.host_count },
    listed: listed.data.data.map((t) => t.attributes.name),
    total: listed.data.meta.total,
  };
}
