import { ParameterError } from '../errors/app-error';

/** `?limit=` of top-N endpoints (widgets, most vulnerable hosts): 1..max, `fallback` when absent, else a 422. */
export function parseLimit(raw: string | undefined, fallback = 10, max = 100): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new ParameterError([`limit must be an integer from 1 to ${max}`]);
  return Number(raw);
}
