import { Test } from '@nestjs/testing';
import { ScanEngineRegistry, UnknownEngineError } from '../../src/modules/scan-engines/scan-engine.registry';
import { ScanEnginesModule } from '../../src/modules/scan-engines/scan-engines.module';

describe('ScanEngineRegistry', () => {
  let registry: ScanEngineRegistry;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ScanEnginesModule] }).compile();
    registry = moduleRef.get(ScanEngineRegistry);
  });

  it('gives the engine for each app_type', () => {
    expect(registry.get('builtin').appType).toBe('builtin');
    expect(registry.get('nmap').appType).toBe('nmap');
  });

  it('rejects an unknown app_type', () => {
    expect(() => registry.get('openvas')).toThrow(UnknownEngineError);
  });

  it('verifies the builtin engine', async () => {
    await expect(registry.verify('builtin')).resolves.toMatchObject({ ok: true, appType: 'builtin' });
  });
});
