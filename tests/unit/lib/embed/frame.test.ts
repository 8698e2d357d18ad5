import { describe, expect, it } from 'vitest';
import { framingOrigin, parentMismatch, type FrameContext } from '@lib/embed/frame';

/** A frame inside `parentOrigin`, as the browser describes it. */
function framed(options: { ancestorOrigins?: string[]; referrer?: string }): FrameContext {
  return {
    parent: {},
    location: options.ancestorOrigins ? { ancestorOrigins: options.ancestorOrigins } : {},
    document: { referrer: options.referrer ?? '' },
  };
}

describe('the page around the embed', () => {
  it('is the first ancestor origin where the browser lists them (Chromium, Safari)', () => {
    const context = framed({
      ancestorOrigins: ['https://wiki.example.com', 'https://portal.example.com'],
      referrer: 'https://elsewhere.example/',
    });
    expect(framingOrigin(context)).toBe('https://wiki.example.com');
  });

  it("is the referrer's origin where there is no such list (Firefox)", () => {
    expect(framingOrigin(framed({ referrer: 'https://wiki.example.com:8443/wiki/Ladder?x=1' }))).toBe(
      'https://wiki.example.com:8443',
    );
  });

  it('is unknown when the page is not framed or hides its referrer', () => {
    const top: FrameContext = { parent: undefined, location: {}, document: { referrer: 'https://a.example/' } };
    top.parent = top;
    expect(framingOrigin(top)).toBeUndefined();
    expect(framingOrigin(framed({ referrer: '' }))).toBeUndefined();
    expect(framingOrigin(framed({ ancestorOrigins: [] }))).toBeUndefined();
  });
});

describe('a parentOrigin that is not the page around the embed', () => {
  it('names both origins and the fix', () => {
    const line = parentMismatch('https://wiki.example.com', 'https://docs.example.org');
    expect(line).toContain('set up for a page at https://wiki.example.com');
    expect(line).toContain('inside a page at https://docs.example.org');
    expect(line).toContain('parentOrigin=https://docs.example.org');
    expect(line).toContain('Embed in your wiki');
  });

  it('says nothing when they agree or either is unknown', () => {
    expect(parentMismatch('https://wiki.example.com', 'https://wiki.example.com')).toBeUndefined();
    expect(parentMismatch(undefined, 'https://wiki.example.com')).toBeUndefined();
    expect(parentMismatch('https://wiki.example.com', undefined)).toBeUndefined();
  });
});
