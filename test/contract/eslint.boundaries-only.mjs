// The boundary rule alone, without type information: what test/contract/boundaries.spec.ts lints planted files with.
import tseslint from 'typescript-eslint';
import { moduleBoundaries } from '../../eslint.boundaries.mjs';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, moduleBoundaries];
