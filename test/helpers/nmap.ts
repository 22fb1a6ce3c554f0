import { execFileSync } from 'node:child_process';

/** Whether an `nmap` binary is on the PATH (the nmap engine's tests are skipped, with a note, without it). */
export function nmapInstalled(): boolean {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
