import { Injectable, Logger } from '@nestjs/common';
import type OpenAI from 'openai';
import { AppError } from '../../../common/errors/app-error';
import { lazyModule } from '../../../common/runtime/lazy-module';
import { Env } from '../../../config/env';

/** The SDK, loaded by the first client built (installations without LLM_API_URL never load it). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const openai = lazyModule(() => require('openai') as typeof import('openai'));

/** One message sent to the model (OpenAI chat format). */
export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  messages: LlmMessage[];
  /** Aborted when the client that asked goes away: the upstream request is aborted too. */
  signal: AbortSignal;
  /** Given: the answer is streamed and each piece is passed here as it arrives. */
  onDelta?: (text: string) => void;
}

export interface LlmAnswer {
  content: string;
  /** The model the endpoint says answered (falls back to LLM_MODEL). */
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
}

/** The longest wait a Retry-After may ask for before the assistant gives up and passes the wait on to its client. */
export const MAX_RETRY_AFTER_MS = 30_000;
/** A stream that goes on past this many characters (an endpoint ignoring max_tokens) is cut off. */
const MAX_ANSWER_CHARS = 100_000;

/**
 * Why a call failed, in terms a client can act on. Messages never carry the upstream's text, URL or key (those go
 * to the log only as a status code and an error class).
 */
export class LlmError extends AppError {
  constructor(
    status: 502 | 503 | 504,
    type: string,
    message: string,
    /** true when the model may have done work (timeouts): the prompt stays counted. */
    readonly modelMayHaveWorked: boolean,
    retryAfterSeconds?: number,
  ) {
    super(status, [{ type, message }], retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {});
  }
}

/** The client went away: nothing to answer. */
export class LlmAborted extends Error {
  constructor(
    /** false when no request was in flight (before the first, or while waiting to retry). */
    readonly modelMayHaveWorked: boolean,
  ) {
    super('The client disconnected');
  }
}

interface Failure {
  retryable: boolean;
  retryAfterMs?: number;
  error: LlmError;
}

/**
 * The one client for an OpenAI-compatible chat-completions endpoint (`LLM_API_URL`, `LLM_API_KEY`, `LLM_MODEL`),
 * through the official `openai` package. Retries, backoff and timeouts are done here rather than by the SDK, because
 * the SDK waits for any Retry-After however long, does not stop waiting when the caller aborts, and times only the
 * response headers (a body that stalls would hang).
 */
@Injectable()
export class LlmClient {
  private readonly logger = new Logger('LlmClient');
  private readonly sdk: OpenAI | null;

  constructor(private readonly env: Env) {
    this.sdk = env.LLM_API_URL
      ? new (openai().default)({
          baseURL: env.LLM_API_URL,
          // Local servers (Ollama, llama.cpp) need no key: then no Authorization header is sent at all (the SDK
          // insists on a key value, the null header removes it).
          apiKey: env.LLM_API_KEY ?? 'unused',
          ...(env.LLM_API_KEY ? {} : { defaultHeaders: { Authorization: null } }),
          // Only what LLM_* says goes to the endpoint, never an OPENAI_* credential the process happens to have.
          adminAPIKey: null,
          organization: null,
          project: null,
          maxRetries: 0,
          // A backstop only: `attempt` times each try itself.
          timeout: env.LLM_TIMEOUT_MS + 5_000,
          logLevel: 'off',
        })
      : null;
  }

  get configured(): boolean {
    return this.sdk !== null;
  }

  get model(): string {
    return this.env.LLM_MODEL ?? '';
  }

  /** Asks the model; streams when `onDelta` is given. Throws `LlmError` (502/503/504) or `LlmAborted`. */
  async complete(request: LlmRequest): Promise<LlmAnswer> {
    if (!this.sdk) throw new Error('LlmClient.complete without LLM_API_URL');
    for (let attempt = 0; ; attempt++) {
      if (request.signal.aborted) throw new LlmAborted(false);
      let started = false;
      try {
        return await this.attempt(this.sdk, request, () => (started = true));
      } catch (err) {
        if (err instanceof LlmAborted || request.signal.aborted) throw new LlmAborted(true);
        const failure = this.classify(err);
        const retriesLeft = this.env.LLM_MAX_RETRIES - attempt;
        // A stream that has sent text to the client cannot be restarted without the client seeing it twice.
        if (!failure.retryable || started || retriesLeft <= 0) throw failure.error;
        const wait = failure.retryAfterMs ?? backoffMs(attempt);
        if (wait > MAX_RETRY_AFTER_MS) throw failure.error;
        await sleep(wait, request.signal);
      }
    }
  }

  private async attempt(sdk: OpenAI, request: LlmRequest, markStarted: () => void): Promise<LlmAnswer> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    request.signal.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.env.LLM_TIMEOUT_MS);
    };
    arm();
    const body = {
      model: this.model,
      messages: request.messages,
      [this.env.LLM_MAX_TOKENS_PARAM]: this.env.LLM_MAX_OUTPUT_TOKENS,
      ...(this.env.LLM_TEMPERATURE !== undefined ? { temperature: this.env.LLM_TEMPERATURE } : {}),
    };
    try {
      if (!request.onDelta) {
        const res = await sdk.chat.completions.create({ ...body, stream: false }, { signal: controller.signal });
        const content = res.choices?.[0]?.message?.content;
        if (typeof content !== 'string' || !content.trim()) throw emptyAnswer();
        return {
          content: content.slice(0, MAX_ANSWER_CHARS),
          model: typeof res.model === 'string' && res.model ? res.model.slice(0, 200) : this.model,
          promptTokens: tokenCount(res.usage?.prompt_tokens),
          completionTokens: tokenCount(res.usage?.completion_tokens),
        };
      }
      const stream = await sdk.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        { signal: controller.signal },
      );
      let content = '';
      let cutOff = false;
      let model = this.model;
      let usage: { prompt_tokens?: number; completion_tokens?: number } | undefined;
      for await (const chunk of stream) {
        arm();
        if (typeof chunk.model === 'string' && chunk.model) model = chunk.model.slice(0, 200);
        if (chunk.usage) usage = chunk.usage;
        const piece = chunk.choices?.[0]?.delta?.content;
        if (typeof piece !== 'string' || !piece) continue;
        const room = MAX_ANSWER_CHARS - content.length;
        const text = piece.slice(0, room);
        content += text;
        markStarted();
        request.onDelta(text);
        if (room <= piece.length) {
          cutOff = true;
          controller.abort();
          break;
        }
      }
      // The SDK ends the iteration quietly when the request is aborted: a timeout or a disconnect is not an answer.
      if (controller.signal.aborted && !cutOff) throw request.signal.aborted ? new LlmAborted(true) : new TimedOut();
      if (!content.trim()) throw emptyAnswer();
      return {
        content,
        model,
        promptTokens: tokenCount(usage?.prompt_tokens),
        completionTokens: tokenCount(usage?.completion_tokens),
      };
    } catch (err) {
      throw timedOut ? new TimedOut() : err;
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', abort);
    }
  }

  private classify(err: unknown): Failure {
    const seconds = Math.round(this.env.LLM_TIMEOUT_MS / 100) / 10;
    if (err instanceof TimedOut) {
      this.logger.warn(`language model call timed out after ${this.env.LLM_TIMEOUT_MS} ms`);
      return {
        retryable: false,
        error: new LlmError(504, 'ai.model_timeout', `The language model did not answer within ${seconds} s`, true),
      };
    }
    if (err instanceof LlmError) return { retryable: false, error: err };
    const { APIError, APIConnectionError, APIConnectionTimeoutError } = openai();
    if (err instanceof APIError && typeof err.status === 'number') {
      const status = err.status;
      this.logger.warn(`language model endpoint answered HTTP ${status}`);
      if (status === 429) {
        const retryAfterMs = retryAfterOf(err.headers);
        return {
          retryable: true,
          retryAfterMs,
          error: new LlmError(
            503,
            'ai.model_busy',
            'The language model endpoint is rate-limiting requests: try again later',
            false,
            retryAfterMs !== undefined ? Math.max(1, Math.ceil(retryAfterMs / 1000)) : undefined,
          ),
        };
      }
      if (status >= 500 || status === 408)
        return {
          retryable: true,
          retryAfterMs: retryAfterOf(err.headers),
          error: new LlmError(502, 'ai.model_error', `The language model endpoint failed (HTTP ${status})`, false),
        };
      const why =
        status === 401 || status === 403
          ? 'refused the configured credentials (check LLM_API_KEY)'
          : status === 404
            ? 'does not know the model or the path (check LLM_API_URL and LLM_MODEL)'
            : 'rejected the request';
      return {
        retryable: false,
        error: new LlmError(502, 'ai.model_error', `The language model endpoint ${why} (HTTP ${status})`, false),
      };
    }
    if (err instanceof APIConnectionError && !(err instanceof APIConnectionTimeoutError)) {
      this.logger.warn('language model endpoint could not be reached');
      return {
        retryable: true,
        error: new LlmError(503, 'ai.model_unavailable', 'The language model endpoint could not be reached', false),
      };
    }
    // A broken stream, an answer that is not JSON, a timeout the SDK saw first: the endpoint misbehaved.
    this.logger.warn(`language model call failed: ${err instanceof Error ? err.constructor.name : typeof err}`);
    return {
      retryable: false,
      error: new LlmError(
        502,
        'ai.model_error',
        'The language model endpoint sent an answer that cannot be used',
        true,
      ),
    };
  }
}

class TimedOut extends Error {}

const emptyAnswer = () => new LlmError(502, 'ai.model_error', 'The language model endpoint sent an empty answer', true);

/** 0.5 s, 1 s, 2 s ... at most 8 s, minus up to a quarter of jitter (the SDK's own schedule). */
export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8_000) * (1 - Math.random() * 0.25);
}

/** `retry-after-ms` (OpenAI), else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterOf(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const tokenCount = (n: unknown): number | null =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n < 2 ** 31 ? n : null;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
