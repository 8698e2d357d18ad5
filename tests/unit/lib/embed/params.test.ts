import { describe, expect, it } from 'vitest';
import { parseEmbedParams, parseOrigin, parseTheme } from '@lib/embed/params';

const VOCABULARY = { competencyIds: ['technical-mastery', 'system-design', 'english'], levelCodes: ['L1', 'L2', 'L3'] };
const parse = (search: string) => parseEmbedParams(search, VOCABULARY);

describe('embed parameters', () => {
  it('defaults to the private, quiet embed', () => {
    expect(parse('')).toEqual({ theme: 'auto', storage: 'memory', postResults: false, messages: [] });
  });

  it('reads every documented option', () => {
    const options = parse(
      '?theme=dark&storage=local&competencies=system-design,technical-mastery&level=l3&postResults=1&parentOrigin=https://wiki.example.com',
    );
    expect(options).toEqual({
      theme: 'dark',
      storage: 'local',
      competencies: ['system-design', 'technical-mastery'],
      level: 'L3',
      postResults: true,
      parentOrigin: 'https://wiki.example.com',
      messages: [],
    });
  });

  it('names an unknown level and falls back to all levels', () => {
    const options = parse('?level=L9');
    expect(options.level).toBeUndefined();
    expect(options.messages).toEqual(["Unknown level 'L9' — showing all levels."]);
  });

  it('drops unknown competencies, keeps the known ones, and shows all when none is known', () => {
    const some = parse('?competencies=english,nope,english');
    expect(some.competencies).toEqual(['english']);
    expect(some.messages).toEqual(["Unknown competency 'nope' — it is left out."]);
    const none = parse('?competencies=nope');
    expect(none.competencies).toBeUndefined();
    expect(none.messages).toContain('None of the requested competencies exists — showing all competencies.');
  });

  it('never posts results without a valid parentOrigin', () => {
    expect(parse('?postResults=1').postResults).toBe(false);
    expect(parse('?postResults=1').messages[0]).toMatch(/needs a valid parentOrigin/);
    const bad = parse('?postResults=1&parentOrigin=*');
    expect(bad.postResults).toBe(false);
    expect(bad.parentOrigin).toBeUndefined();
    expect(bad.messages).toHaveLength(2);
  });

  it('falls back on unknown theme, storage and postResults values with a message each', () => {
    const options = parse('?theme=neon&storage=cloud&postResults=maybe&parentOrigin=https://w.example');
    expect(options).toMatchObject({ theme: 'auto', storage: 'memory', postResults: false });
    expect(options.messages).toHaveLength(3);
  });

  it('reads parameters whose ampersands a wiki escaped once more (&amp;) as meant', () => {
    const search = '?theme=dark&amp;parentOrigin=https://wiki.example.com&amp;postResults=1&AMP;level=l3';
    const options = parse(search);
    expect(options).toMatchObject({ theme: 'dark', parentOrigin: 'https://wiki.example.com', postResults: true });
    expect(options.level).toBe('L3');
    expect(options.messages).toEqual([]);
    expect(parseTheme('?level=L2&amp;theme=light')).toBe('light');
  });

  it('shortens very long values in messages', () => {
    const [message] = parse(`?level=${'x'.repeat(500)}`).messages;
    expect(message!.length).toBeLessThan(120);
  });
});

describe('origins', () => {
  it('accepts exactly an http(s) origin', () => {
    expect(parseOrigin('https://wiki.example.com')).toBe('https://wiki.example.com');
    expect(parseOrigin('https://wiki.example.com/')).toBe('https://wiki.example.com');
    expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseOrigin('HTTPS://Wiki.Example.com')).toBe('https://wiki.example.com');
  });

  it('rejects paths, wildcards, credentials and other schemes', () => {
    for (const value of [
      '*',
      'wiki.example.com',
      'https://wiki.example.com/page',
      'https://a:b@wiki.example.com',
      'javascript:alert(1)',
      'file:///etc',
      'https://wiki.example.com?x=1',
      '',
    ]) {
      expect(parseOrigin(value), value).toBeUndefined();
    }
  });

  it('reads the theme alone for the layout script', () => {
    expect(parseTheme('?theme=light')).toBe('light');
    expect(parseTheme('?theme=purple')).toBe('auto');
  });
});
