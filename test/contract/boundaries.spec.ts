import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { usingPostgres } from '../helpers/database';

const root = path.join(__dirname, '..', '..');

/** Lints files planted in the source tree (and removes them) with the project's own eslint config. */
function lintPlanted(files: Record<string, string>): { file: string; rule: string | null; message: string }[] {
  const paths = Object.keys(files).map((f) => path.join(root, f));
  Object.entries(files).forEach(([f, code]) => fs.writeFileSync(path.join(root, f), code));
  try {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules/eslint/bin/eslint.js'),
          '-c',
          path.join(__dirname, 'eslint.boundaries-only.mjs'),
          '-f',
          'json',
          ...paths,
        ],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    } catch (err) {
      out = (err as { stdout: string }).stdout; // eslint exits 1 when it reports errors
    }
    return (JSON.parse(out) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[]).flatMap(
      (r) => r.messages.map((m) => ({ file: path.relative(root, r.filePath), rule: m.ruleId, message: m.message })),
    );
  } finally {
    paths.forEach((p) => fs.rmSync(p, { force: true }));
  }
}

// The same tree on both databases: checked once, in the embedded run.
(usingPostgres() ? describe.skip : describe)('module boundaries (eslint)', () => {
  it('fails on planted violations and accepts the allowed imports', () => {
    const found = lintPlanted({
      'src/modules/targets/planted-violation.ts': [
        "import { Scan } from '../scans/scan.entity';",
        "import type { Vulnerability } from '../vulnerabilities/vulnerability.entity';",
        "import { ScansService } from '../scans/scans.service';",
        "import { Target } from './target.entity';",
        'export const planted = [Scan, ScansService, Target] as unknown as Vulnerability[];',
        '',
      ].join('\n'),
      'src/common/planted-violation.ts': [
        "import { TargetsService } from '../modules/targets/targets.service';",
        'export const planted = TargetsService;',
        '',
      ].join('\n'),
    });
    const boundaries = found.filter((m) => m.rule === 'boundaries/element-types');
    expect(boundaries.map((m) => [m.file, m.message.split(':')[0]])).toEqual([
      [
        'src/common/planted-violation.ts',
        'src/common must not import from src/modules (bind a port in src/app-ports.module.ts instead)',
      ],
      [
        'src/modules/targets/planted-violation.ts',
        "A module must not import another module's entity or repository (scans)",
      ],
      [
        'src/modules/targets/planted-violation.ts',
        "A module must not import another module's entity or repository (vulnerabilities)",
      ],
    ]);
    expect(found.filter((m) => m.rule !== 'boundaries/element-types')).toEqual([]);
  }, 120_000);
});
