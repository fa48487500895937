// Which links may become clickable (http and https only) and how links read on a map; footnote numbers.
import { describe, expect, it } from 'vitest';
import { citedNumbers, citedSources, sourceNumbers } from '../../src/model/evidence.js';
import { shortLink, webLink } from '../../src/model/links.js';

describe('webLink', () => {
  it('accepts absolute http and https addresses, normalised', () => {
    expect(webLink('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(webLink('HTTP://Example.COM')).toBe('http://example.com/');
    expect(webLink('https://example.com/"><script>')).toBe('https://example.com/%22%3E%3Cscript%3E');
  });

  it('refuses everything else', () => {
    for (const link of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative/path',
      'docs/report.pdf',
      ' https://example.com',
      'https://exa mple.com',
      'https://',
      'mailto:a@example.com',
      undefined,
    ])
      expect(webLink(link), String(link)).toBeUndefined();
  });
});

describe('shortLink', () => {
  it('drops the scheme, www. and a final slash of a web link', () => {
    expect(shortLink('https://www.example.com/')).toBe('example.com');
    expect(shortLink('http://tracker.example.com/CS-142')).toBe('tracker.example.com/CS-142');
  });

  it('leaves any other text as written', () => {
    expect(shortLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(shortLink('docs/report.pdf')).toBe('docs/report.pdf');
  });
});

describe('footnote numbers', () => {
  const journey = {
    sources: [
      { id: 'a', kind: 'survey' as const },
      { id: 'b', kind: 'interview' as const },
      { id: 'c', kind: 'other' as const },
    ],
  };

  it('numbers sources in declaration order', () => {
    expect([...sourceNumbers(journey)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('cites each source once, ascending, skipping ids no source declares', () => {
    expect(citedNumbers(['c', 'a', 'c', 'zz'], sourceNumbers(journey))).toEqual([1, 3]);
    expect(citedSources(['c', 'a'], journey).map((s) => s.id)).toEqual(['a', 'c']);
  });
});
