import { Module } from '@nestjs/common';
import { BuiltinEngine } from './builtin/builtin.engine';
import { NmapEngine } from './nmap/nmap.engine';
import { ScanEngineRegistry } from './scan-engine.registry';

/** The engines, behind one registry: the scanners module verifies them and the scans module runs them. */
@Module({ providers: [BuiltinEngine, NmapEngine, ScanEngineRegistry], exports: [ScanEngineRegistry] })
export class ScanEnginesModule {}
