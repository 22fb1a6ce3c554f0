import { Foundation1795621750857 } from './1795621750857-Foundation';

// Every migration, in order. `npm run cli -- migration:generate <Name>` writes a new file; add its class here.
export const migrations: Function[] = [Foundation1795621750857];
