import { Logger } from '@nestjs/common';
import { LlmAborted, LlmClient, LlmError, retryAfterOf } from '../../src/modules/assistant/llm/llm-client';
import { ConfigError, loadEnv } from '../../src/config/env';
import { FakeLlm } from './fake-llm';

describe('LlmClient against an OpenAI-compatible endpoint on 127.0.0.1', () => {
  let llm: FakeLlm;
  beforeAll(async () => {
    Logger.overrideLogger(false);
    llm = await FakeLlm.start();
  });
  afterAll(() => llm.close());
  beforeEach(() => llm.reset());

  const client = (env: Record<string, string> = {}) =>
    new LlmClient(loadEnv({ LLM_API_URL: llm.url, LLM_MODEL: 'local-model', LLM_TIMEOUT_MS: '1000', ...env }));
  const messages = [{ role: 'user' as const, content: 'hi' }];
  const signal = () => new AbortController().signal;

  it('sends no Authorization header without LLM_API_KEY, and the configured token limit and temperature', async () => {
    const answer = await client({ LLM_MAX_TOKENS_PARAM: 'max_completion_tokens', LLM_TEMPERATURE: '0.2' }).complete({
      messages,
      signal: signal(),
    });
    expect(answer).toEqual({
      content: llm.defaultAnswer,
      model: 'local-model',
      promptTokens: 321,
      completionTokens: 45,
    });
    expect(llm.last.headers.authorization).toBeUndefined();
    expect(llm.last.body).toMatchObject({ model: 'local-model', max_completion_tokens: 800, temperature: 0.2 });
    expect(llm.last.body.max_tokens).toBeUndefined();
  });

  it('streams pieces as they come and reads the usage chunk', async () => {
    llm.next({ kind: 'stream', pieces: ['a', 'b', 'c'], usage: { prompt_tokens: 5, completion_tokens: 3 } });
    const pieces: string[] = [];
    const answer = await client().complete({ messages, signal: signal(), onDelta: (p) => pieces.push(p) });
    expect(pieces).toEqual(['a', 'b', 'c']);
    expect(answer).toMatchObject({ content: 'abc', promptTokens: 5, completionTokens: 3 });
  });

  it('does not retry a stream that has started: a silence after the first piece is a 504', async () => {
    llm.next({ kind: 'stream-then-stall', pieces: ['partial'] });
    const pieces: string[] = [];
    const err = await client({ LLM_MAX_RETRIES: '3' })
      .complete({ messages, signal: signal(), onDelta: (p) => pieces.push(p) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect((err as LlmError).getStatus()).toBe(504);
    expect(pieces).toEqual(['partial']);
    expect(llm.requests).toHaveLength(1);
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    llm.next({ kind: 'status', status: 503, headers: { 'retry-after': '25' } });
    const controller = new AbortController();
    // The client logs the 503 right before it starts waiting: abort then.
    const waiting = new Promise<void>((resolve) =>
      Logger.overrideLogger({ log() {}, error() {}, warn: (m: string) => /HTTP 503/.test(m) && resolve() }),
    );
    const pending = client().complete({ messages, signal: controller.signal });
    await waiting;
    Logger.overrideLogger(false);
    controller.abort();
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmAborted);
    expect((err as LlmAborted).modelMayHaveWorked).toBe(false); // the prompt is given back
    expect(llm.requests).toHaveLength(1);

    // A client already gone is not asked for at all.
    const gone = new AbortController();
    gone.abort();
    await expect(client().complete({ messages, signal: gone.signal })).rejects.toBeInstanceOf(LlmAborted);
    expect(llm.requests).toHaveLength(1);
  });

  it('reads Retry-After in milliseconds, seconds or as a date', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(retryAfterOf(h({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterOf(h({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterOf(h({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), Date.UTC(2026, 0, 1))).toBe(10_000);
    expect(retryAfterOf(h({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterOf(undefined)).toBeUndefined();
  });

  it('validates the configuration: a model is required with an endpoint, URLs must be http(s)', () => {
    expect(() => loadEnv({ LLM_API_URL: 'http://127.0.0.1:11434/v1' })).toThrow(ConfigError);
    expect(() => loadEnv({ LLM_API_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL/);
    expect(() => loadEnv({ LLM_API_URL: 'ftp://x/v1', LLM_MODEL: 'm' })).toThrow(/LLM_API_URL/);
    expect(() => loadEnv({ LLM_MAX_TOKENS_PARAM: 'tokens' })).toThrow(/LLM_MAX_TOKENS_PARAM/);
    expect(new LlmClient(loadEnv({})).configured).toBe(false);
    expect(loadEnv({ LLM_API_URL: '', LLM_MODEL: '' }).LLM_API_URL).toBeUndefined();
  });
});
