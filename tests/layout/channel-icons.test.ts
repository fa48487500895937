import { describe, expect, it } from 'vitest';
import { channelIcon, drawChannelIcon } from '../../src/layout/channel-icons.js';
import type { ChannelIcon } from '../../src/layout/channel-icons.js';

describe('channel icons', () => {
  it('match channels by the words of their id and label', () => {
    const cases: [string, string | undefined, ChannelIcon][] = [
      ['instagram', undefined, 'camera'],
      ['ig-ad', undefined, 'camera'],
      ['youtube', undefined, 'video'],
      ['video-call', undefined, 'video'],
      ['e-mail', undefined, 'mail'],
      ['newsletter', undefined, 'mail'],
      ['line', 'LINE 官方帳號', 'chat'],
      ['live-chat', undefined, 'chat'],
      ['g2', 'G2 reviews', 'star'],
      ['google-forms', 'Google 表單', 'document'],
      ['web-app', undefined, 'window'],
      ['mobile-app', undefined, 'device'],
      ['hotel-app', undefined, 'window'],
      ['website', '品牌官網', 'globe'],
      ['google-search', undefined, 'globe'],
      ['store', '門市', 'store'],
      ['front-desk', undefined, 'store'],
      ['word-of-mouth', undefined, 'person'],
      ['shop', undefined, 'store'],
      ['x1', 'Call centre', 'device'],
      ['banana', undefined, 'dot'],
      ['門市', undefined, 'dot'],
    ];
    for (const [id, label, icon] of cases) expect(channelIcon(id, label), `${id} / ${label}`).toBe(icon);
  });

  it('draws every icon inside its 10 px box, in the channel colour', () => {
    const icons: ChannelIcon[] = ['camera', 'chat', 'globe', 'mail', 'device', 'window', 'store', 'video', 'person', 'document', 'star', 'dot'];
    for (const icon of icons) {
      const nodes = drawChannelIcon(icon, 100, 50, '#123456');
      expect(nodes.length, icon).toBeGreaterThan(0);
      for (const n of nodes) {
        expect(n.role).toBe('channel-icon');
        const paints = ['fill' in n ? n.fill : undefined, 'stroke' in n ? n.stroke : undefined].filter(Boolean);
        expect(paints.length, icon).toBeGreaterThan(0);
        for (const p of paints) expect(p).toBe('#123456');
        const xs: number[] = [];
        const ys: number[] = [];
        if (n.kind === 'rect') {
          xs.push(n.x, n.x + n.width);
          ys.push(n.y, n.y + n.height);
        }
        if (n.kind === 'circle') {
          xs.push(n.cx - n.r, n.cx + n.r);
          ys.push(n.cy - n.r, n.cy + n.r);
        }
        if (n.kind === 'line') {
          xs.push(n.x1, n.x2);
          ys.push(n.y1, n.y2);
        }
        if (n.kind === 'path')
          for (const s of n.segments)
            if (s.op !== 'Z') {
              xs.push(s.x);
              ys.push(s.y);
            }
        for (const x of xs) expect(Math.abs(x - 100), icon).toBeLessThanOrEqual(5.6);
        for (const y of ys) expect(Math.abs(y - 50), icon).toBeLessThanOrEqual(5.6);
      }
    }
  });
});
