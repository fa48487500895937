// A persona's `image:` is read by compile (before layout) and every problem with it is an error at
// the `image:` value: a missing file, a file that is not a PNG or JPEG, a path that leaves the
// repository, a file over the limit, an address. No map is prepared then.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, compileSvgSync, prepareWithBaseline } from '../../src/compile.js';
import { MAX_PHOTO_BYTES } from '../../src/model/limits.js';
import { tempDir } from '../helpers/temp.js';

const PNG = readFileSync(new URL('../../examples/photos/jonas.png', import.meta.url));
const top = tempDir('cjm-photo-spec-');
const dir = join(top, 'maps');
mkdirSync(join(dir, 'photos'), { recursive: true });
mkdirSync(join(dir, '.git'));
writeFileSync(join(dir, 'photos', 'mei.png'), PNG);
writeFileSync(join(dir, 'photos', 'mei.txt.png'), 'not a picture\n');
writeFileSync(join(dir, 'photos', 'big.png'), Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO_BYTES)]));
writeFileSync(join(dir, 'photos', 'wide.png'), Buffer.concat([PNG.subarray(0, 16), Buffer.from([0, 0, 0x27, 0x10, 0, 0, 0, 1]), PNG.subarray(24)]));
mkdirSync(join(dir, 'photos', 'folder.png'));
writeFileSync(join(top, 'secret.png'), PNG);
symlinkSync('../../secret.png', join(dir, 'photos', 'link.png'));

const STAGES = [
  'stages:',
  '  - id: s',
  '    touchpoints:',
  '      - id: a',
  '        name: A',
  '        emotion: 1',
  '      - id: b',
  '        name: B',
  '        emotion: 0',
];
const one = (image: string): string => ['title: Photo', 'persona:', '  name: Mei', `  image: ${image}`, ...STAGES, ''].join('\n');
const two = (image: string): string =>
  [
    'title: Photos',
    'personas:',
    '  - id: mom',
    '    name: Mom',
    '    image: photos/mei.png',
    '  - id: grandpa',
    '    name: Grandpa',
    `    image: ${image}`,
    ...STAGES,
    '',
  ].join('\n');
const file = join(dir, 'map.yaml');
const codes = async (text: string) =>
  (await prepareWithBaseline(text, { file })).diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column }));

describe('persona image:', () => {
  it('reads the photo relative to the spec and hands it on by persona id', async () => {
    const { prepared, diagnostics } = await prepareWithBaseline(one('./photos/mei.png'), { file });
    expect(diagnostics).toEqual([]);
    expect(prepared?.photos).toEqual({ mei: { type: 'image/png', base64: PNG.toString('base64') } });
    const pair = await prepareWithBaseline(two('photos/mei.png'), { file });
    expect(Object.keys(pair.prepared?.photos ?? {})).toEqual(['mom', 'grandpa']);
  });

  it('is an error at the image: value for a missing file, a non-image, a way out, an oversized file and an address', async () => {
    expect(await codes(one('./photos/gone.png'))).toEqual([{ code: 'image-missing', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('photos/mei.txt.png'))).toEqual([{ code: 'image-not-png-or-jpeg', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('../secret.png'))).toEqual([{ code: 'image-outside', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('photos/link.png'))).toEqual([{ code: 'image-outside', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('photos/big.png'))).toEqual([{ code: 'image-too-large', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('photos/wide.png'))).toEqual([{ code: 'image-too-large', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('https://example.com/mei.png'))).toEqual([{ code: 'image-not-local', severity: 'error', line: 4, column: 10 }]);
    expect(await codes(one('photos/folder.png'))).toEqual([{ code: 'image-unreadable', severity: 'error', line: 4, column: 10 }]);
  });

  it('points at the right entry of personas:', async () => {
    expect(await codes(two('photos/gone.png'))).toEqual([{ code: 'image-missing', severity: 'error', line: 8, column: 12 }]);
  });

  it('says what is wrong in words', async () => {
    const messages = async (text: string) => (await prepareWithBaseline(text, { file })).diagnostics.map((d) => d.message);
    expect(await messages(one('photos/link.png'))).toEqual([`image "photos/link.png" leads outside this map's git repository; not read`]);
    expect(await messages(one('photos/big.png'))).toEqual([
      `image "photos/big.png" is ${(PNG.length + MAX_PHOTO_BYTES).toLocaleString('en')} bytes, over the 1,048,576 bytes (1 MB) a photo may have`,
    ]);
    expect(await messages(one('photos/wide.png'))).toEqual([`image "photos/wide.png" is 10000 × 1 px, over the 4,096 px a side a photo may have`]);
  });

  it('fails compile() and compileSvgSync() alike, with no output', async () => {
    const result = await compile(one('photos/gone.png'), { file, format: ['svg', 'html'] });
    expect(result.ok).toBe(false);
    expect(result.outputs).toEqual({});
    const sync = compileSvgSync(one('photos/gone.png'), { file });
    expect(sync.ok).toBe(false);
    expect(sync.diagnostics.map((d) => d.code)).toEqual(['image-missing']);
    expect(compileSvgSync(one('photos/mei.png'), { file }).svg).toContain('href="data:image/png;base64,');
  });

  it('for standard input, is relative to the working folder', async () => {
    const { prepared, diagnostics } = await prepareWithBaseline(one('photos/mei.png'), { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(Object.keys(prepared?.photos ?? {})).toEqual(['mei']);
  });
});
