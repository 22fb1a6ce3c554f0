// What the AI assistant adds around the model: `POST /v2/vulnerabilities/{id}/prompt` (JSON and server-sent events)
// against an OpenAI-compatible endpoint on 127.0.0.1 that answers at once, next to `GET /v2/vulnerabilities/{id}`
// (the same finding, same auth) as the baseline, measured in the same run on the same server. Each prompt reads the
// finding, its host and the conversation, reserves the quota, calls the model, writes the question and answer, the
// tokens and an audit event. The history of the benchmark user grows by two rows per request (it stays bounded in
// the prompt). Medians of BENCH_RUNS runs.
// usage: npm run build && node bench/assistant-overhead.mjs          (embedded PGlite)
//        DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench node bench/assistant-overhead.mjs
import http from 'node:http';
import { median, run, signIn, startServer, summary } from './lib.mjs';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ANSWER = 'Send a generic Server header [evidence] as the solution says [solution].';

/** An OpenAI-compatible endpoint that answers every chat completion at once (JSON or a 6-piece stream). */
function fakeModel() {
  const server = http.createServer(async (req, res) => {
    let raw = '';
    for await (const c of req) raw += c;
    const body = JSON.parse(raw || '{}');
    const usage = { prompt_tokens: 300, completion_tokens: 20, total_tokens: 320 };
    if (!body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'c',
          object: 'chat.completion',
          created: 1,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: ANSWER }, finish_reason: 'stop' }],
          usage,
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const base = { id: 'c', object: 'chat.completion.chunk', created: 1, model: body.model };
    for (let i = 0; i < ANSWER.length; i += 12)
      res.write(
        `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: ANSWER.slice(i, i + 12) } }] })}\n\n`,
      );
    res.write(`data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A web server that discloses its version: the finding the benchmark asks about. */
function webServer() {
  const server = http.createServer((_req, res) => {
    res.setHeader('Server', 'Apache/2.4.49 (Unix)');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>hello</title></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const model = await fakeModel();
const web = await webServer();
const server = await startServer({
  env: { LLM_API_URL: `http://127.0.0.1:${model.address().port}/v1`, LLM_MODEL: 'bench-model' },
});
try {
  const token = await signIn(server.base, server.apiKey, 'admin', server.password);
  const auth = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const call = async (method, path, body) => {
    const headers = body ? auth : { 'x-api-key': auth['x-api-key'], authorization: auth.authorization };
    const res = await fetch(`${server.base}${path}`, { method, headers, body: body && JSON.stringify(body) });
    return res.json();
  };
  const port = web.address().port;
  const list = await call('POST', '/v2/port_lists', {
    port_list: { name: 'web', port_ranges: [{ protocol: 'tcp', start: port, end: port }] },
  });
  const target = await call('POST', '/v2/targets', { target: { name: 'web', hosts: ['127.0.0.1'] } });
  const scan = await call('POST', '/v2/scans', {
    scan: { name: 'web', target_id: target.data.id, port_list_id: list.data.id },
  });
  await call('POST', `/v2/scans/${scan.data.id}/start`);
  for (let i = 0; ; i++) {
    const s = await call('GET', `/v2/scans/${scan.data.id}`);
    if (s.data.attributes.status === 'completed') break;
    if (i > 600) throw new Error(`scan is ${s.data.attributes.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const found = await call('GET', '/v2/vulnerabilities?q[check_id]=http.server-version-disclosure');
  const id = found.data[0].id;
  const prompt = JSON.stringify({ prompt: 'How do I fix this?' });
  const cases = {
    'GET /v2/vulnerabilities/{id} (baseline)': {
      url: `/v2/vulnerabilities/${id}`,
      headers: { 'content-type': undefined },
    },
    'POST .../prompt (JSON)': { url: `/v2/vulnerabilities/${id}/prompt`, method: 'POST', body: prompt },
    'POST .../prompt (Accept: text/event-stream)': {
      url: `/v2/vulnerabilities/${id}/prompt`,
      method: 'POST',
      body: prompt,
      headers: { accept: 'text/event-stream' },
    },
  };
  for (const c of Object.values(cases))
    // warm-up
    await run(`${server.base}${c.url}`, { ...c, headers: { ...auth, ...c.headers }, duration: 2, connections });
  const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, c] of Object.entries(cases))
      results[name].push(
        summary(
          name,
          await run(`${server.base}${c.url}`, { ...c, headers: { ...auth, ...c.headers }, duration, connections }),
        ),
      );
  const rows = Object.entries(results).map(([name, rs]) => ({
    name,
    'req/s': median(rs.map((r) => r['req/s'])),
    'p50 ms': median(rs.map((r) => r['p50 ms'])),
    'p99 ms': median(rs.map((r) => r['p99 ms'])),
    'non-2xx/errors': rs.reduce((n, r) => n + r['non-2xx/errors'], 0),
  }));
  console.table(rows);
  console.log(
    `database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}; ${connections} connections, ${duration} s each, median of ${runs} runs`,
  );
  if (rows.some((r) => r['non-2xx/errors'] > 0)) {
    console.error('some requests failed');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
  model.close();
  web.close();
}
