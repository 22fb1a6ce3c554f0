import { Injectable } from '@nestjs/common';
import { BuiltinEngine } from './builtin/builtin.engine';
import { NmapEngine } from './nmap/nmap.engine';
import type { EngineAppType, EngineVerification, ScanEngine } from './scan-engine';

export const ENGINE_APP_TYPES: readonly EngineAppType[] = ['builtin', 'nmap'];

export class UnknownEngineError extends Error {
  constructor(appType: string) {
    super(`No scan engine for app_type "${appType}" (known: ${ENGINE_APP_TYPES.join(', ')})`);
    this.name = 'UnknownEngineError';
  }
}

/** The engines by scanner `app_type`. */
@Injectable()
export class ScanEngineRegistry {
  private readonly engines: Map<EngineAppType, ScanEngine>;

  constructor(builtin: BuiltinEngine, nmap: NmapEngine) {
    this.engines = new Map<EngineAppType, ScanEngine>([
      [builtin.appType, builtin],
      [nmap.appType, nmap],
    ]);
  }

  get(appType: EngineAppType | string): ScanEngine {
    const engine = this.engines.get(appType as EngineAppType);
    if (!engine) throw new UnknownEngineError(appType);
    return engine;
  }

  verify(appType: EngineAppType | string): Promise<EngineVerification> {
    return this.get(appType).verify();
  }
}
