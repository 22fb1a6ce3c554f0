import type { Spec } from 'vega';
import * as vega from 'vega';
import { SEVERITIES } from '../../../common/severity';

/** Severity colours used by every chart and label (critical → info). */
export const SEVERITY_COLORS: Record<string, string> = {
  critical: '#8E1B1B',
  high: '#D9480F',
  medium: '#E0A400',
  low: '#3B82C4',
  info: '#8A94A6',
};

const FONT = 'DejaVu Sans';
const config = {
  font: FONT,
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 10,
    titleFontSize: 10,
    labelColor: '#444',
    domainColor: '#999',
    tickColor: '#999',
    gridColor: '#E6E8EC',
  },
  legend: { labelFont: FONT, titleFont: FONT, labelFontSize: 10, labelColor: '#444' },
  title: { font: FONT },
  text: { font: FONT },
  view: { stroke: null },
};

/** Renders a Vega spec headless (no canvas) to SVG text. */
export async function toSvg(spec: Spec): Promise<string> {
  const view = new vega.View(vega.parse({ ...spec, config: { ...config, ...(spec.config ?? {}) } } as Spec), {
    renderer: 'none',
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Vertical bars, one per severity, with the count on each bar. */
export function severityBars(counts: Record<string, number>, width = 250, height = 150): Promise<string> {
  const values = [...SEVERITIES].reverse().map((s) => ({ severity: s, count: counts[s] ?? 0 }));
  return toSvg({
    width,
    height,
    padding: 4,
    data: [{ name: 't', values }],
    scales: [
      { name: 'x', type: 'band', domain: { data: 't', field: 'severity' }, range: 'width', padding: 0.25 },
      { name: 'y', type: 'linear', domain: { data: 't', field: 'count' }, range: 'height', nice: true, zero: true },
      {
        name: 'c',
        type: 'ordinal',
        domain: [...SEVERITIES].reverse(),
        range: [...SEVERITIES].reverse().map((s) => SEVERITY_COLORS[s]),
      },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', labelPadding: 4, ticks: false },
      { orient: 'left', scale: 'y', grid: true, tickCount: 4, format: 'd', domain: false },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 't' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'severity' },
            width: { scale: 'x', band: 1 },
            y: { scale: 'y', field: 'count' },
            y2: { scale: 'y', value: 0 },
            fill: { scale: 'c', field: 'severity' },
            cornerRadiusTopLeft: { value: 2 },
            cornerRadiusTopRight: { value: 2 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 't' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'severity', band: 0.5 },
            y: { scale: 'y', field: 'count', offset: -4 },
            text: { field: 'count' },
            align: { value: 'center' },
            baseline: { value: 'bottom' },
            fontSize: { value: 10 },
            fill: { value: '#222' },
          },
        },
      },
    ],
  });
}

/** Stacked bars of open findings by severity over runs (oldest left). */
export function trendBars(
  runs: { label: string; counts: Record<string, number> }[],
  width = 470,
  height = 170,
): Promise<string> {
  const order = [...SEVERITIES];
  const values = runs.flatMap((r, i) =>
    order.map((s, j) => ({ run: `${i + 1}. ${r.label}`, severity: s, rank: j, count: r.counts[s] ?? 0 })),
  );
  return toSvg({
    width,
    height,
    padding: 4,
    data: [
      {
        name: 't',
        values,
        transform: [{ type: 'stack', groupby: ['run'], sort: { field: 'rank' }, field: 'count' }],
      },
    ],
    scales: [
      { name: 'x', type: 'band', domain: { data: 't', field: 'run' }, range: 'width', padding: 0.3 },
      { name: 'y', type: 'linear', domain: { data: 't', field: 'y1' }, range: 'height', nice: true, zero: true },
      {
        name: 'c',
        type: 'ordinal',
        domain: [...order].reverse(),
        range: [...order].reverse().map((s) => SEVERITY_COLORS[s]),
      },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', ticks: false, labelAngle: 0, labelLimit: 90, labelFontSize: 8 },
      { orient: 'left', scale: 'y', grid: true, tickCount: 4, format: 'd', domain: false },
    ],
    legends: [{ fill: 'c', orient: 'right', symbolType: 'square', labelFontSize: 9 }],
    marks: [
      {
        type: 'rect',
        from: { data: 't' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'run' },
            width: { scale: 'x', band: 1 },
            y: { scale: 'y', field: 'y0' },
            y2: { scale: 'y', field: 'y1' },
            fill: { scale: 'c', field: 'severity' },
          },
        },
      },
    ],
  });
}

/** Horizontal bars with a label and value each (top fixes, delta changes). */
export function horizontalBars(
  items: { label: string; value: number; color: string }[],
  width = 470,
  barHeight = 18,
): Promise<string> {
  return toSvg({
    width,
    height: Math.max(1, items.length) * barHeight,
    padding: 4,
    data: [{ name: 't', values: items.map((d, i) => ({ ...d, key: `${i}` })) }],
    scales: [
      { name: 'y', type: 'band', domain: { data: 't', field: 'key' }, range: 'height', padding: 0.2 },
      {
        name: 'x',
        type: 'linear',
        domain: { data: 't', field: 'value' },
        range: [0, width * 0.45],
        nice: true,
        zero: true,
      },
    ],
    marks: [
      {
        type: 'text',
        from: { data: 't' },
        encode: {
          enter: {
            x: { value: width * 0.5 },
            y: { scale: 'y', field: 'key', band: 0.5 },
            text: { field: 'label' },
            align: { value: 'right' },
            baseline: { value: 'middle' },
            fontSize: { value: 9 },
            fill: { value: '#333' },
            limit: { value: width * 0.48 },
          },
        },
      },
      {
        type: 'rect',
        from: { data: 't' },
        encode: {
          enter: {
            x: { value: width * 0.52 },
            x2: { scale: 'x', field: 'value', offset: width * 0.52 },
            y: { scale: 'y', field: 'key' },
            height: { scale: 'y', band: 1 },
            fill: { field: 'color' },
            cornerRadiusTopRight: { value: 2 },
            cornerRadiusBottomRight: { value: 2 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 't' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'value', offset: width * 0.52 + 4 },
            y: { scale: 'y', field: 'key', band: 0.5 },
            text: { field: 'value' },
            baseline: { value: 'middle' },
            fontSize: { value: 9 },
            fill: { value: '#222' },
          },
        },
      },
    ],
  });
}

/** A ring with two or more parts and a caption in the middle (PCI pass/fail of components). */
export function donut(
  parts: { label: string; value: number; color: string }[],
  caption: string,
  size = 150,
): Promise<string> {
  const values = parts.filter((p) => p.value > 0);
  return toSvg({
    width: size,
    height: size,
    padding: 2,
    data: [
      {
        name: 't',
        values: values.length ? values : [{ label: 'none', value: 1, color: '#E6E8EC' }],
        transform: [{ type: 'pie', field: 'value' }],
      },
    ],
    marks: [
      {
        type: 'arc',
        from: { data: 't' },
        encode: {
          enter: {
            x: { signal: 'width / 2' },
            y: { signal: 'height / 2' },
            startAngle: { field: 'startAngle' },
            endAngle: { field: 'endAngle' },
            innerRadius: { signal: 'width * 0.3' },
            outerRadius: { signal: 'width / 2' },
            padAngle: { value: 0.015 },
            fill: { field: 'color' },
          },
        },
      },
      {
        type: 'text',
        encode: {
          enter: {
            x: { signal: 'width / 2' },
            y: { signal: 'height / 2' },
            text: { value: caption },
            align: { value: 'center' },
            baseline: { value: 'middle' },
            fontSize: { value: 16 },
            fontWeight: { value: 'bold' },
            fill: { value: '#222' },
          },
        },
      },
    ],
  });
}
