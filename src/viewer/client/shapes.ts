/// <reference lib="dom" />
// One shape per record type, so people, documents and travel legs are told apart at a glance while
// colour keeps saying "community". Shapes are drawn once on a 2D canvas into PNG data URLs: the
// image node program tints them with the node's colour, and the legend shows the same pictures.
// (PNG, not SVG: the image program fetches SVG sources, which the page's CSP rightly forbids.)

export const SHAPES: Record<string, string> = {
  Person: 'circle',
  Organisation: 'square',
  Document: 'diamond',
  Identifier: 'triangle',
  Travel: 'hexagon',
  Location: 'triangle-down',
  Watchlist: 'star',
  Agency: 'pentagon',
};

const SIZE = 64;

function polygon(ctx: CanvasRenderingContext2D, corners: number, rotation: number, radius = SIZE / 2 - 2): void {
  ctx.beginPath();
  for (let i = 0; i < corners; i += 1) {
    const a = rotation + (i * 2 * Math.PI) / corners;
    ctx.lineTo(SIZE / 2 + radius * Math.cos(a), SIZE / 2 + radius * Math.sin(a));
  }
  ctx.closePath();
}

function star(ctx: CanvasRenderingContext2D): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? SIZE / 2 - 1 : SIZE / 5;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(SIZE / 2 + r * Math.cos(a), SIZE / 2 + r * Math.sin(a));
  }
  ctx.closePath();
}

function trace(ctx: CanvasRenderingContext2D, shape: string): void {
  const c = SIZE / 2;
  switch (shape) {
    case 'square':
      ctx.beginPath();
      ctx.rect(6, 6, SIZE - 12, SIZE - 12);
      return;
    case 'diamond':
      return polygon(ctx, 4, 0);
    case 'triangle':
      return polygon(ctx, 3, -Math.PI / 2, SIZE / 2 - 1);
    case 'triangle-down':
      return polygon(ctx, 3, Math.PI / 2, SIZE / 2 - 1);
    case 'hexagon':
      return polygon(ctx, 6, 0);
    case 'pentagon':
      return polygon(ctx, 5, -Math.PI / 2);
    case 'star':
      return star(ctx);
    default:
      ctx.beginPath();
      ctx.arc(c, c, c - 3, 0, 2 * Math.PI);
  }
}

const cache = new Map<string, string>();

/** The PNG data URL of a type's shape on transparent: white for the node program (which tints it), dark for the legend. */
export function shapeImage(recordType: string, colour = '#ffffff'): string {
  const shape = SHAPES[recordType] ?? 'circle';
  let url = cache.get(`${shape}|${colour}`);
  if (!url) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = SIZE;
    const ctx = canvas.getContext('2d');
    if (!ctx) return '';
    ctx.fillStyle = colour;
    trace(ctx, shape);
    ctx.fill();
    url = canvas.toDataURL('image/png');
    cache.set(`${shape}|${colour}`, url);
  }
  return url;
}
