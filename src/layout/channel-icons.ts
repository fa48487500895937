// Small line icons for common channels, drawn from circles, lines and paths in a 10 px box (never
// emoji or icon fonts, which differ by platform and are missing from PDFs). A channel is matched by
// the words of its id and label; anything unknown keeps a plain dot.
import type { Paint, PathSegment, SceneNode } from './scene.js';

export type ChannelIcon = 'camera' | 'chat' | 'globe' | 'mail' | 'device' | 'window' | 'store' | 'video' | 'person' | 'document' | 'star' | 'dot';

/** First match wins, so "web-app" is a window and "live-chat" a chat. */
const WORDS: readonly (readonly [ChannelIcon, readonly string[]])[] = [
  ['camera', ['instagram', 'ig', 'photo', 'camera']],
  ['video', ['youtube', 'video', 'tiktok', 'tv', 'webinar', 'vimeo']],
  ['mail', ['mail', 'email', 'e', 'newsletter', 'edm']],
  ['chat', ['line', 'chat', 'messenger', 'whatsapp', 'wechat', 'slack', 'sms', 'community', 'forum', 'discord', 'telegram', 'facebook', 'fb']],
  ['star', ['review', 'reviews', 'rating', 'ratings', 'g2', 'trustpilot', 'yelp', 'capterra']],
  ['document', ['form', 'forms', 'survey', 'document', 'contract', 'invoice', 'pdf', 'brochure', 'catalogue', 'catalog']],
  ['window', ['app', 'product', 'dashboard', 'portal', 'platform', 'saas', 'tool', 'software']],
  ['device', ['mobile', 'phone', 'call', 'hotline', 'ivr', 'kiosk']],
  ['globe', ['web', 'website', 'site', 'online', 'search', 'google', 'seo', 'blog', 'ads', 'ad']],
  ['store', ['store', 'shop', 'retail', 'desk', 'counter', 'branch', 'restaurant', 'hotel', 'room', 'venue', 'event', 'booth', 'showroom', 'pharmacy']],
  ['person', ['word', 'mouth', 'friend', 'friends', 'referral', 'peer', 'sales', 'agent', 'staff', 'consultant', 'rep', 'advisor']],
];

// "mobile-app" should read as a phone, "web-app" as a window: device words beat window words when both appear.
const PREFER: readonly (readonly [ChannelIcon, ChannelIcon])[] = [['device', 'window']];

export function channelIcon(id: string, label?: string): ChannelIcon {
  const words = new Set(
    `${id} ${label ?? ''}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const matches = WORDS.filter(([, list]) => list.some((w) => words.has(w))).map(([icon]) => icon);
  for (const [winner, loser] of PREFER) if (matches[0] === loser && matches.includes(winner)) return winner;
  return matches[0] ?? 'dot';
}

const path = (segments: PathSegment[], colour: Paint, filled = false): SceneNode =>
  filled
    ? { kind: 'path', role: 'channel-icon', segments, fill: colour }
    : { kind: 'path', role: 'channel-icon', segments, stroke: colour, strokeWidth: 1.1, lineCap: 'round', lineJoin: 'round' };

/** A closed polygon through (dx, dy) offsets from the centre. */
const poly = (cx: number, cy: number, pts: readonly (readonly [number, number])[]): PathSegment[] => [
  ...pts.map(([dx, dy], i): PathSegment => ({ op: i === 0 ? 'M' : 'L', x: cx + dx, y: cy + dy })),
  { op: 'Z' },
];

const box = (cx: number, cy: number, dx: number, dy: number, w: number, h: number, r: number, colour: Paint): SceneNode => ({
  kind: 'rect',
  role: 'channel-icon',
  x: cx + dx,
  y: cy + dy,
  width: w,
  height: h,
  radius: r,
  stroke: colour,
  strokeWidth: 1.1,
});

const line = (cx: number, cy: number, x1: number, y1: number, x2: number, y2: number, colour: Paint): SceneNode => ({
  kind: 'line',
  role: 'channel-icon',
  x1: cx + x1,
  y1: cy + y1,
  x2: cx + x2,
  y2: cy + y2,
  stroke: colour,
  strokeWidth: 1.1,
});

/** A five-pointed star's corners, as offsets from its centre. */
function star(): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 5.2 : 2.2;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([Math.round(r * Math.cos(a) * 100) / 100, Math.round(r * Math.sin(a) * 100) / 100]);
  }
  return pts;
}

/** The icon centred on (cx, cy), about 10 px square, in `colour`. */
export function drawChannelIcon(icon: ChannelIcon, cx: number, cy: number, colour: Paint): SceneNode[] {
  switch (icon) {
    case 'camera':
      return [
        box(cx, cy, -5, -4.5, 10, 9, 2.6, colour),
        { kind: 'circle', role: 'channel-icon', cx, cy, r: 2.2, stroke: colour, strokeWidth: 1.1 },
        { kind: 'circle', role: 'channel-icon', cx: cx + 2.9, cy: cy - 2.5, r: 0.7, fill: colour },
      ];
    case 'chat':
      return [
        box(cx, cy, -5, -4.5, 10, 7, 2.5, colour),
        path(
          poly(cx, cy, [
            [-2.5, 2.5],
            [-3.5, 5],
            [0.5, 2.5],
          ]),
          colour,
          true,
        ),
      ];
    case 'globe':
      return [
        { kind: 'circle', role: 'channel-icon', cx, cy, r: 5, stroke: colour, strokeWidth: 1.1 },
        path(
          [
            { op: 'M', x: cx, y: cy - 5 },
            { op: 'C', x1: cx + 2.8, y1: cy - 5, x2: cx + 2.8, y2: cy + 5, x: cx, y: cy + 5 },
            { op: 'C', x1: cx - 2.8, y1: cy + 5, x2: cx - 2.8, y2: cy - 5, x: cx, y: cy - 5 },
          ],
          colour,
        ),
        line(cx, cy, -5, 0, 5, 0, colour),
      ];
    case 'mail':
      return [
        box(cx, cy, -5, -3.5, 10, 7, 1, colour),
        path(
          [
            { op: 'M', x: cx - 5, y: cy - 3.5 },
            { op: 'L', x: cx, y: cy + 0.8 },
            { op: 'L', x: cx + 5, y: cy - 3.5 },
          ],
          colour,
        ),
      ];
    case 'device':
      return [box(cx, cy, -3.2, -5, 6.4, 10, 1.5, colour), line(cx, cy, -1, 3.2, 1, 3.2, colour)];
    case 'window':
      return [box(cx, cy, -5, -4.2, 10, 8.4, 1.4, colour), line(cx, cy, -5, -1.5, 5, -1.5, colour)];
    case 'store':
      return [
        path(
          poly(cx, cy, [
            [-5, -1],
            [-4, -4.8],
            [4, -4.8],
            [5, -1],
          ]),
          colour,
        ),
        box(cx, cy, -4, -1, 8, 5.6, 0, colour),
        box(cx, cy, -1.1, 1.5, 2.2, 3.1, 0, colour),
      ];
    case 'video':
      return [
        box(cx, cy, -5, -3.8, 10, 7.6, 2.2, colour),
        path(
          poly(cx, cy, [
            [-1.3, -2],
            [2.2, 0],
            [-1.3, 2],
          ]),
          colour,
          true,
        ),
      ];
    case 'person':
      return [
        { kind: 'circle', role: 'channel-icon', cx, cy: cy - 2.4, r: 2.2, stroke: colour, strokeWidth: 1.1 },
        path(
          [
            { op: 'M', x: cx - 4.2, y: cy + 5 },
            { op: 'C', x1: cx - 4.2, y1: cy + 0.8, x2: cx + 4.2, y2: cy + 0.8, x: cx + 4.2, y: cy + 5 },
          ],
          colour,
        ),
      ];
    case 'document':
      return [
        path(
          poly(cx, cy, [
            [-3.6, -5],
            [1.4, -5],
            [3.6, -2.8],
            [3.6, 5],
            [-3.6, 5],
          ]),
          colour,
        ),
        line(cx, cy, -1.8, -0.6, 1.8, -0.6, colour),
        line(cx, cy, -1.8, 1.9, 1.8, 1.9, colour),
      ];
    case 'star':
      return [path(poly(cx, cy + 0.4, star()), colour, true)];
    case 'dot':
      return [{ kind: 'circle', role: 'channel-icon', cx, cy, r: 3.5, fill: colour }];
  }
}
