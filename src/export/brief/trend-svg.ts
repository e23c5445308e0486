// One partner's check-in numbers as a small inline SVG line chart (1 to 10 upwards, the days
// along), with its text alternative in <title>. Never two partners on one chart: each number
// is its writer's own, not a score to set beside the other's.
import type { BriefTrend } from './model.js';
import { escapeHtml } from './escape-html.js';

const WIDTH = 320;
const HEIGHT = 90;
const PAD = 14;

export function trendSvg(trend: BriefTrend, label: string, alt: string, id: string): string {
  const n = trend.values.length;
  const x = (i: number) => (n <= 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (n - 1));
  const y = (v: number) => HEIGHT - PAD - ((v - 1) * (HEIGHT - 2 * PAD)) / 9;
  const points = trend.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v), v] as const]));
  const path = points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`);
  const dots = points
    .map(([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3"/>`)
    .join('');
  const labels = points
    .map(
      ([px, py, v]) =>
        `<text x="${px.toFixed(1)}" y="${(py - 6).toFixed(1)}" text-anchor="middle">${v}</text>`,
    )
    .join('');
  return [
    `<svg class="trend" role="img" aria-labelledby="${id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">`,
    `<title id="${id}">${escapeHtml(`${label}. ${alt}`)}</title>`,
    `<line class="axis" x1="${PAD}" y1="${y(1)}" x2="${WIDTH - PAD}" y2="${y(1)}"/>`,
    `<line class="axis" x1="${PAD}" y1="${y(10)}" x2="${WIDTH - PAD}" y2="${y(10)}"/>`,
    path.length > 1 ? `<path d="${path.join(' ')}"/>` : '',
    dots,
    labels,
    '</svg>',
  ].join('');
}
