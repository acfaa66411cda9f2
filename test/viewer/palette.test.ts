// The viewer's palette (issue 14 item 12): a community colour can never be taken for a relationship
// type. Communities are saturated, relationship types muted greys, and every pair is far apart in
// CIE Lab (Delta-E 1976), computed here from sRGB by the textbook formulas.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLOURS, EDGE_COLOURS, UNANALYSED_COLOUR, labelFor, MAX_LABEL } from '../../src/viewer/client/style.js';

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const chroma = (hex: string) => Math.hypot(lab(hex)[1], lab(hex)[2]);
const deltaE = (p: string, q: string) => Math.hypot(...lab(p).map((v, i) => v - lab(q)[i]!));
const edgeColours = [...new Set(Object.values(EDGE_COLOURS))];

describe('viewer palette', () => {
  it('communities are saturated and relationship types muted', () => {
    for (const c of COMMUNITY_COLOURS) expect(chroma(c), c).toBeGreaterThanOrEqual(40);
    for (const e of edgeColours) expect(chroma(e), e).toBeLessThanOrEqual(15);
  });

  it('every community colour is at least 30 Delta-E from every relationship colour and 20 from every other community', () => {
    for (const c of COMMUNITY_COLOURS) for (const e of edgeColours) expect(deltaE(c, e), `${c} vs ${e}`).toBeGreaterThanOrEqual(30);
    for (const [i, a] of COMMUNITY_COLOURS.entries()) for (const b of COMMUNITY_COLOURS.slice(i + 1)) expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    expect(chroma(UNANALYSED_COLOUR)).toBeLessThan(15);
  });

  it('the checker itself tells the old palette apart: its RECRUITED red was a community red', () => {
    expect(deltaE('#d62728', '#d62728')).toBe(0);
    expect(chroma('#d62728')).toBeGreaterThan(15); // the old RECRUITED colour would fail the muted rule
  });

  it('labels longer than the cap are cut with an ellipsis', () => {
    expect(labelFor('Short Name')).toBe('Short Name');
    const long = labelFor('Abd al-Rahman ibn Yusuf al-Hollandi al-Antwerpi');
    expect(long.length).toBeLessThanOrEqual(MAX_LABEL);
    expect(long.endsWith('…')).toBe(true);
  });
});
