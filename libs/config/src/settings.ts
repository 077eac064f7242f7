import 'reflect-metadata';
import * as path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';
import { PlanLedgerError } from '@plan-ledger/domain';

/**
 * Typed settings from the environment (STYLE 11): validated once, cached, and the only reader of `process.env`.
 * Each scaled-capable port is embedded unless its URL is set (DESIGN, Configuration).
 */
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The raw variables, named as in the environment so a validation error names the variable itself. */
class EnvironmentVariables {
  @IsOptional() @Transform(blankToUndefined) @IsString()
  PLAN_LEDGER_DATA_DIR?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @Transform(blankToUndefined) @IsString()
  HOST?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_MAX_UPLOAD_BYTES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  PLAN_LEDGER_MAX_FILES_PER_UPLOAD?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_MAX_PAGES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_MAX_UNPACKED_BYTES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_TEXT_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_RATE_LIMIT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(100)
  PLAN_LEDGER_RATE_WINDOW_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  PLAN_LEDGER_LOGIN_RATE_LIMIT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(64)
  PLAN_LEDGER_JOB_CONCURRENCY?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(20)
  PLAN_LEDGER_JOB_ATTEMPTS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0)
  PLAN_LEDGER_JOB_BACKOFF_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(100)
  PLAN_LEDGER_JOB_LOCK_MS?: number;

  @IsOptional() @Transform(blankToUndefined) @IsUrl({ require_tld: false, require_protocol: true, protocols: ['esdb', 'esdb+discover'] })
  EVENTSTORE_URL?: string;

  @IsOptional() @Transform(blankToUndefined) @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  MEILI_URL?: string;

  @IsOptional() @Transform(blankToUndefined) @IsString()
  MEILI_MASTER_KEY?: string;

  @IsOptional() @Transform(blankToUndefined) @IsUrl({ require_tld: false, require_protocol: true, protocols: ['redis', 'rediss'] })
  REDIS_URL?: string;

  @IsOptional() @Transform(blankToUndefined) @Matches(/^[A-Z][A-Za-z]+:[1-9][0-9]*$/, {
    message: 'PLAN_LEDGER_CRASH_AFTER must look like EventType:N, e.g. TextExtracted:3',
  })
  PLAN_LEDGER_CRASH_AFTER?: string;
}

export type PortMode<Scaled> = { mode: 'embedded' } | ({ mode: 'scaled' } & Scaled);

export interface Limits {
  maxUploadBytes: number;
  maxFilesPerUpload: number;
  maxPages: number;
  maxUnpackedBytes: number;
  textTimeoutMs: number;
  /** Requests one client (IP address) may make per `rateWindowMs`; beyond it, 429. */
  rateLimit: number;
  rateWindowMs: number;
  /** Sign-in attempts one client may make per `rateWindowMs` (passwords are guessed one attempt at a time). */
  loginRateLimit: number;
}

export interface JobSettings {
  concurrency: number;
  attempts: number;
  backoffMs: number;
  /** Bull: how long a silent worker keeps its job before another worker takes it over (stalled-job recovery). */
  lockMs: number;
}

/** Test-only crash point: kill the process right after the `count`-th event of `eventType` is appended. */
export interface CrashPoint {
  eventType: string;
  count: number;
}

export interface Settings {
  /** Absolute path of the data directory (event log, read models, files). */
  dataDir: string;
  port: number;
  host: string;
  limits: Limits;
  jobs: JobSettings;
  eventStore: PortMode<{ url: string }>;
  search: PortMode<{ url: string; masterKey: string | null }>;
  jobQueue: PortMode<{ url: string }>;
  crashAfter: CrashPoint | null;
}

const MiB = 1024 * 1024;

export function loadSettings(env: Record<string, string | undefined>, cwd: string = process.cwd()): Settings {
  const vars = plainToInstance(EnvironmentVariables, pick(env), { enableImplicitConversion: false });
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const detail = Object.values(first.constraints ?? {}).join('; ');
    throw new PlanLedgerError('CONFIG.INVALID', `Invalid environment variable ${first.property}=${JSON.stringify(env[first.property])}: ${detail}`, {
      variable: first.property,
    });
  }
  const crash = vars.PLAN_LEDGER_CRASH_AFTER?.split(':');
  return {
    dataDir: path.resolve(cwd, vars.PLAN_LEDGER_DATA_DIR ?? 'data'),
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '0.0.0.0',
    limits: {
      maxUploadBytes: vars.PLAN_LEDGER_MAX_UPLOAD_BYTES ?? 50 * MiB,
      maxFilesPerUpload: vars.PLAN_LEDGER_MAX_FILES_PER_UPLOAD ?? 50,
      maxPages: vars.PLAN_LEDGER_MAX_PAGES ?? 500,
      maxUnpackedBytes: vars.PLAN_LEDGER_MAX_UNPACKED_BYTES ?? 200 * MiB,
      textTimeoutMs: vars.PLAN_LEDGER_TEXT_TIMEOUT_MS ?? 120_000,
      rateLimit: vars.PLAN_LEDGER_RATE_LIMIT ?? 3000,
      rateWindowMs: vars.PLAN_LEDGER_RATE_WINDOW_MS ?? 60_000,
      loginRateLimit: vars.PLAN_LEDGER_LOGIN_RATE_LIMIT ?? 10,
    },
    jobs: {
      concurrency: vars.PLAN_LEDGER_JOB_CONCURRENCY ?? 2,
      attempts: vars.PLAN_LEDGER_JOB_ATTEMPTS ?? 3,
      backoffMs: vars.PLAN_LEDGER_JOB_BACKOFF_MS ?? 500,
      lockMs: vars.PLAN_LEDGER_JOB_LOCK_MS ?? 30_000,
    },
    eventStore: vars.EVENTSTORE_URL ? { mode: 'scaled', url: vars.EVENTSTORE_URL } : { mode: 'embedded' },
    search: vars.MEILI_URL ? { mode: 'scaled', url: vars.MEILI_URL, masterKey: vars.MEILI_MASTER_KEY ?? null } : { mode: 'embedded' },
    jobQueue: vars.REDIS_URL ? { mode: 'scaled', url: vars.REDIS_URL } : { mode: 'embedded' },
    crashAfter: crash ? { eventType: crash[0], count: Number(crash[1]) } : null,
  };
}

/** Every variable the settings read (a deployment's environment names are checked against this). */
export const ALL_VARIABLES: readonly (keyof EnvironmentVariables)[] = [
  'PLAN_LEDGER_DATA_DIR', 'PORT', 'HOST', 'PLAN_LEDGER_MAX_UPLOAD_BYTES', 'PLAN_LEDGER_MAX_FILES_PER_UPLOAD',
  'PLAN_LEDGER_MAX_PAGES', 'PLAN_LEDGER_MAX_UNPACKED_BYTES', 'PLAN_LEDGER_TEXT_TIMEOUT_MS', 'PLAN_LEDGER_RATE_LIMIT',
  'PLAN_LEDGER_RATE_WINDOW_MS', 'PLAN_LEDGER_LOGIN_RATE_LIMIT', 'PLAN_LEDGER_JOB_CONCURRENCY',
  'PLAN_LEDGER_JOB_ATTEMPTS', 'PLAN_LEDGER_JOB_BACKOFF_MS', 'PLAN_LEDGER_JOB_LOCK_MS', 'EVENTSTORE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL',
  'PLAN_LEDGER_CRASH_AFTER',
];

/** Only the variables we know, so unrelated environment entries never reach validation. */
function pick(env: Record<string, string | undefined>): Record<string, string> {
  const known: Record<string, string> = {};
  for (const name of ALL_VARIABLES) {
    const value = env[name];
    if (value !== undefined) known[name] = value;
  }
  return known;
}

let cached: Settings | undefined;

/** The process's settings, read from `process.env` on first use. */
export function settings(): Settings {
  cached ??= loadSettings(process.env);
  return cached;
}

/** DI token for the process's Settings (bound once in the wiring factory). */
export const SETTINGS = Symbol('SETTINGS');
