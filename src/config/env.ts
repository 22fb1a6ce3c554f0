import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsNumber,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every environment variable the process reads. Validated once at start: a bad value stops the process with a
 * message naming the variable. `.env.example` documents each of them.
 */
export class Env {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV: 'development' | 'production' | 'test' =
    'development';
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @IsString() HOST = '127.0.0.1';
  @Transform(emptyToUndefined) @IsOptional() @IsString() DATABASE_URL?: string;
  @IsString() DATA_DIR = './data';
  @IsString() @MinLength(1) BOOTSTRAP_ADMIN_USERNAME = 'admin';
  @Transform(emptyToUndefined) @IsOptional() @IsEmail({ require_tld: false }) BOOTSTRAP_ADMIN_EMAIL?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(8) BOOTSTRAP_ADMIN_PASSWORD?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(24) BOOTSTRAP_API_KEY?: string;
  @IsUrl({ require_tld: false, require_protocol: true }) APP_BASE_URL = 'http://127.0.0.1:3000';
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(32) ENCRYPTION_KEY?: string;
  /** Session absolute lifetime is fixed at 24 h; the idle timeout is configurable. */
  @Transform(toInt) @IsInt() @Min(60) @Max(86400) SESSION_IDLE_TIMEOUT_SECONDS = 3600;
  /**
   * Step-up "sudo mode": for this long after a session proved a second factor (sign-in with a code,
   * verify_installation, a step-up), `/v2` routes that need a step-up accept it without x-mfa-step-up-token.
   * 0 turns it off (every such route then needs the header). At most one hour.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(3600) STEP_UP_WINDOW_SECONDS = 600;
  @Transform(emptyToUndefined) @IsOptional() @IsString() SMTP_URL?: string;
  @IsString() MAIL_FROM = 'CG Scanning <no-reply@localhost>';
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  SMS_API_URL?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() SMS_ACCOUNT_SID?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() SMS_AUTH_TOKEN?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() SMS_FROM?: string;
  /** SMS codes per hour to one phone number, and from one client IP, whatever the account (SMS pumping, mfa.md B-33). */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000) SMS_MAX_PER_PHONE_PER_HOUR = 5;
  @Transform(toInt) @IsInt() @Min(1) @Max(10000) SMS_MAX_PER_IP_PER_HOUR = 10;
  /** WebAuthn relying party: id (a registrable domain, no scheme or port), display name, and the exact origins allowed. */
  @IsString() @MinLength(1) WEBAUTHN_RP_ID = 'localhost';
  @IsString() @MinLength(1) WEBAUTHN_RP_NAME = 'CG Scanning';
  /** Comma-separated origins (`https://app.example.com,https://admin.example.com`). */
  @IsString() @MinLength(1) WEBAUTHN_ORIGINS = 'http://localhost:3000';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  /** Log lines: `auto` = human-readable on a terminal, JSON otherwise; `json` or `pretty` to force one. */
  @IsIn(['auto', 'json', 'pretty']) LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';
  /** Run pg-boss workers inside the API process (default). Set to false when `npm run worker` runs them. */
  @Transform(toBool) @IsBoolean() RUN_WORKERS_IN_API = true;
  /** Builtin engine: threads a port sweep is spread over (default one per core, at most 4; 0 = in the worker's own thread). */
  @Transform(toInt) @IsOptional() @IsInt() @Min(0) @Max(64) BUILTIN_ENGINE_SWEEP_THREADS?: number;
  /** Builtin engine: false = probe with net.Socket instead of libuv TCP handles (slower; see tcp-connect.ts). */
  @Transform(toBool) @IsBoolean() BUILTIN_ENGINE_RAW_CONNECT = true;
  /** Run the schedule dispatcher and other periodic tasks in this process. */
  @Transform(toBool) @IsBoolean() RUN_PERIODIC_TASKS = true;
  /** Sign-in throttling: failures per account before delays start, and per IP per 15 minutes. */
  @Transform(toInt) @IsInt() @Min(1) SIGNIN_MAX_ACCOUNT_FAILURES = 5;
  @Transform(toInt) @IsInt() @Min(1) SIGNIN_MAX_IP_FAILURES = 50;
  /**
   * Networks that may never be scanned, comma-separated CIDRs (or single addresses). Targets touching one are refused
   * and scans skip them. Default: "this network", cloud metadata services (AWS/GCP/Azure/OpenStack, Alibaba, AWS IPv6),
   * multicast, reserved/broadcast and the unspecified IPv6 address. Loopback stays scannable on purpose.
   */
  @IsString()
  SCAN_DENY_NETWORKS =
    '0.0.0.0/8,169.254.169.254/32,100.100.100.200/32,224.0.0.0/4,240.0.0.0/4,::/128,fd00:ec2::254/128,ff00::/8';
  /** Domain events: how long relayed events and their delivery receipts are kept (days). */
  @Transform(toInt) @IsInt() @Min(1) @Max(3650) EVENTS_RETENTION_DAYS = 7;
  /** In-app notifications older than this many days are deleted, read or not. */
  @Transform(toInt) @IsInt() @Min(1) @Max(3650) NOTIFICATIONS_RETENTION_DAYS = 180;
  /**
   * Serve the HTML pages the account emails link to (APP_BASE_URL/users/confirmation, /users/invitation/accept,
   * /users/password/edit). Turn off when a portal at APP_BASE_URL serves those paths itself.
   */
  @Transform(toBool) @IsBoolean() ACCOUNT_PAGES = true;
  /** Reports: where files are kept, `postgres` (default: chunked rows in the database) or `s3` (the REPORTS_S3_* below). */
  @IsIn(['postgres', 's3']) REPORTS_STORAGE: 'postgres' | 's3' = 'postgres';
  /** S3-compatible endpoint (MinIO, Ceph, ...); unset: AWS S3 of REPORTS_S3_REGION. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  REPORTS_S3_ENDPOINT?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() REPORTS_S3_BUCKET?: string;
  @IsString() REPORTS_S3_REGION = 'us-east-1';
  /** Credentials; unset: the AWS SDK's default chain (environment, instance role, ...). */
  @Transform(emptyToUndefined) @IsOptional() @IsString() REPORTS_S3_ACCESS_KEY_ID?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() REPORTS_S3_SECRET_ACCESS_KEY?: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most self-hosted stores need. */
  @Transform(toBool) @IsBoolean() REPORTS_S3_FORCE_PATH_STYLE = false;
  @IsString() REPORTS_S3_PREFIX = 'reports/';
  /** Days a report file is kept after it is generated (PCI ASV: 3 years); then a periodic task removes it. */
  @Transform(toInt) @IsInt() @Min(1) @Max(36500) REPORTS_RETENTION_DAYS = 1095;
  /** Largest file `POST /v2/reports/{id}/verify` accepts (bytes; it is hashed as it streams, never stored). */
  @Transform(toInt) @IsInt() @Min(1024) REPORTS_VERIFY_MAX_BYTES = 512 * 1024 * 1024;
  /** Hours a download link emailed to a recurring report's recipients stays valid. */
  @Transform(toInt) @IsInt() @Min(1) @Max(2160) REPORTS_LINK_TTL_HOURS = 168;
  /**
   * AI assistant: an OpenAI-compatible chat-completions endpoint (OpenAI, Azure-style gateways, Ollama, vLLM,
   * llama.cpp's server ...). Unset LLM_API_URL = offline answers from the check catalogue. LLM_MODEL is required with it.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  LLM_API_URL?: string;
  @Transform(emptyToUndefined) @IsOptional() @IsString() LLM_API_KEY?: string;
  @Transform(emptyToUndefined)
  @ValidateIf((env: Env) => env.LLM_API_URL !== undefined || env.LLM_MODEL !== undefined)
  @IsString({ message: 'LLM_MODEL is required when LLM_API_URL is set' })
  @MinLength(1)
  LLM_MODEL?: string;
  /** Per attempt: the whole answer (JSON), or the longest silence between two streamed pieces (SSE). */
  @Transform(toInt) @IsInt() @Min(100) @Max(600_000) LLM_TIMEOUT_MS = 60_000;
  /** Retries after a 429, a 5xx or a connection failure (with backoff; Retry-After is respected up to 30 s). */
  @Transform(toInt) @IsInt() @Min(0) @Max(5) LLM_MAX_RETRIES = 2;
  @Transform(toInt) @IsInt() @Min(16) @Max(32_768) LLM_MAX_OUTPUT_TOKENS = 800;
  /** `max_tokens` (most servers) or `max_completion_tokens` (OpenAI reasoning models refuse `max_tokens`). */
  @IsIn(['max_tokens', 'max_completion_tokens']) LLM_MAX_TOKENS_PARAM: 'max_tokens' | 'max_completion_tokens' =
    'max_tokens';
  /** Sampling temperature; unset = the model's default (some models accept only their default). */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(2)
  LLM_TEMPERATURE?: number;
  /** Longest question accepted (characters; 422 beyond). */
  @Transform(toInt) @IsInt() @Min(100) @Max(100_000) LLM_MAX_PROMPT_CHARS = 4000;
  /** Earlier questions and answers of the conversation sent with a new question (the newest ones). */
  @Transform(toInt) @IsInt() @Min(0) @Max(50) LLM_MAX_HISTORY_TURNS = 6;
  /**
   * Webhooks. Receivers on loopback, private, link-local, metadata and other non-public addresses are refused (at save
   * and at every connection) unless WEBHOOK_ALLOW_PRIVATE; `http:` URLs only with WEBHOOK_ALLOW_HTTP (payloads carry
   * scan results: https by default).
   */
  @Transform(toBool) @IsBoolean() WEBHOOK_ALLOW_PRIVATE = false;
  @Transform(toBool) @IsBoolean() WEBHOOK_ALLOW_HTTP = false;
  /** One try: resolve, connect, send and the answer's headers (and first 4 KB) within this many milliseconds. */
  @Transform(toInt) @IsInt() @Min(50) @Max(60_000) WEBHOOK_TIMEOUT_MS = 10_000;
  /** Tries per delivery (the first and its retries; at least 4 = 3 retries). */
  @Transform(toInt) @IsInt() @Min(4) @Max(20) WEBHOOK_MAX_ATTEMPTS = 6;
  /** Delay before the first retry; each next one is 4 times longer, ±25% jitter (30 s, 2 min, 8 min, 32 min, 2 h). */
  @Transform(toInt) @IsInt() @Min(10) @Max(3_600_000) WEBHOOK_RETRY_BASE_MS = 30_000;
  /** After a secret rotation, the old secret keeps signing (X-CG-Hook-Signature-Previous) this many hours; 0 = none. */
  @Transform(toInt) @IsInt() @Min(0) @Max(720) WEBHOOK_SECRET_GRACE_HOURS = 24;
  /** An active webhook is disabled after this many deliveries in a row failed every try, ... */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000) WEBHOOK_DISABLE_AFTER_FAILURES = 20;
  /** ... or when every try has failed for this many hours. Its creator and the organization's Admins are mailed. */
  @Transform(toInt) @IsInt() @Min(1) @Max(8760) WEBHOOK_DISABLE_AFTER_HOURS = 24;
  /** Trust X-Forwarded-For from a reverse proxy (only behind one). */
  @Transform(toBool) @IsBoolean() TRUST_PROXY = false;
  /**
   * HTTP hygiene. CORS: exact origins (comma-separated `scheme://host[:port]`) whose browsers may call the API, besides
   * `https://<portal_domain>` of every whitelabel portal (cached this many seconds). HSTS: max-age sent on answers to
   * requests that came over TLS (directly, or `X-Forwarded-Proto: https` with TRUST_PROXY); 0 = never.
   */
  @Matches(/^\s*$|^\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\s*(,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\s*)*$/, {
    message: 'CORS_ORIGINS must be comma-separated origins such as https://app.example.com,http://localhost:5173',
  })
  CORS_ORIGINS = '';
  @Transform(toInt) @IsInt() @Min(0) @Max(3600) CORS_PORTAL_CACHE_SECONDS = 60;
  @Transform(toInt) @IsInt() @Min(0) @Max(63072000) HSTS_MAX_AGE_SECONDS = 31536000;
}

export class ConfigError extends Error {}

/** Parses and validates the environment; throws ConfigError naming each bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(Env, '', true, false)
      .map((m) => m.propertyName),
  );
  const picked = Object.fromEntries(Object.entries(source).filter(([key]) => known.has(key)));
  const env = plainToInstance(Env, picked, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
