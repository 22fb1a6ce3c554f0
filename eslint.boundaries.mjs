import boundaries from 'eslint-plugin-boundaries';

/**
 * Module boundaries (docs/CONVENTIONS.md): src/common imports no domain module, and a domain module never imports
 * another module's entities or repositories (type-only imports included): it uses that module's exported service,
 * its events, or a port. Element order matters: a file gets the first type whose pattern matches.
 */
export const moduleBoundaries = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.json' } },
    'boundaries/include': ['src/**/*.ts'],
    'boundaries/elements': [
      { type: 'entity', pattern: 'src/modules/*/**/*.{entity,repository}.ts', mode: 'full', capture: ['module'] },
      { type: 'module', pattern: 'src/modules/*', mode: 'folder', capture: ['module'] },
      { type: 'common', pattern: 'src/common', mode: 'folder' },
    ],
  },
  rules: {
    'boundaries/element-types': [
      'error',
      {
        default: 'allow',
        rules: [
          {
            from: ['common'],
            disallow: ['module', 'entity'],
            message: 'src/common must not import from src/modules (bind a port in src/app-ports.module.ts instead)',
          },
          {
            from: ['module', 'entity'],
            disallow: [['entity', { module: '!${module}' }]],
            message:
              "A module must not import another module's entity or repository (${dependency.module}): use its exported service, its events, or an entity relation by name",
          },
        ],
      },
    ],
  },
};
