// Finding 13: a spec named `x\n\nevent: reload\ndata: *\n.yaml` under `cjm serve` injected a
// server-sent event that reloaded every open page. Event data is JSON now: one line per event.
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CPU_SECONDS, MAX_RSS_MB, procUsage, tempFolder, tinyMap } from '../helpers/hostile.js';
import { spawnCli } from '../helpers/spawn-cli.js';

const tmp = tempFolder('13');
afterAll(() => tmp.remove());

const NAME = 'x\n\nevent: reload\ndata: *\n.yaml';

/** Opens the event stream; `text()` is everything received so far. */
function openEvents(origin: string): Promise<{ text(): string; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/__cjm/events`, (res: IncomingMessage) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      resolve({ text: () => text, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

const until = async (check: () => boolean, ms = 15_000): Promise<void> => {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('finding 13: a file name that spells server-sent events', () => {
  it('stays inside one data line of one event', async () => {
    const { dir } = tmp;
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'maps', NAME), tinyMap('Injected'));
    writeFileSync(join(dir, 'maps', 'good.yaml'), tinyMap('Good'));
    const cli = spawnCli(['serve', 'maps', '--port', '0'], { cwd: dir });
    let events: { text(): string; close(): void } | undefined;
    try {
      const [, origin] = await cli.waitFor(/serving 2 maps at (http:\/\/127\.0\.0\.1:\d+)/);
      events = await openEvents(origin!);
      await until(() => events!.text().includes('retry:'));
      writeFileSync(join(dir, 'maps', NAME), tinyMap('Injected again'));
      await until(() => events!.text().includes('event: reload'));
      writeFileSync(join(dir, 'maps', 'good.yaml'), tinyMap('Good again'));
      await until(() => events!.text().includes('good.html'));
      const blocks = events.text().split('\n\n').filter(Boolean).slice(1);
      const data = blocks.map((block) => {
        const lines = block.split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toBe('event: reload');
        expect(lines[1]).toMatch(/^data: /);
        return JSON.parse(lines[1]!.slice('data: '.length)) as string;
      });
      expect(data).toContain(`/${NAME.slice(0, -'.yaml'.length)}.html`);
      expect(data).toContain('/good.html');
      expect(data).not.toContain('*');
      const usage = procUsage(cli.child.pid!);
      expect(usage.cpuSeconds).toBeLessThan(MAX_CPU_SECONDS);
      expect(usage.maxRssMb).toBeLessThan(MAX_RSS_MB);
    } finally {
      events?.close();
      const stopped = await cli.stop();
      expect(stopped.code).not.toBe(70);
    }
  });
});
