import { Global, Module } from '@nestjs/common';
import { BuiltinEngine } from './builtin/builtin.engine';
import { NmapEngine } from './nmap/nmap.engine';
import { ScanEngineRegistry } from './scan-engine.registry';

/** Global: the scanners module verifies engines and the scans module runs them, both through the registry. */
@Global()
@Module({ providers: [BuiltinEngine, NmapEngine, ScanEngineRegistry], exports: [ScanEngineRegistry] })
export class ScanEnginesModule {}
