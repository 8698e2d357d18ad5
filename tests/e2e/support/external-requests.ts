// The site must work fully offline from its own origin: no CDNs, web fonts,
// analytics or other hosts. This records every request a browser context makes
// to anywhere but the site's origin.
import { expect, type BrowserContext, type Request } from '@playwright/test';

// Schemes that never leave the browser.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:']);

/** True when `url` would be fetched from somewhere other than `siteOrigin`. */
export function isExternalUrl(url: string, siteOrigin: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== siteOrigin;
}

export interface ExternalRequestRecorder {
  /** URLs of external requests seen so far, in order. */
  readonly urls: readonly string[];
  /** Fail the test if any external request was seen, other than to `allowedOrigins`. */
  expectNone(allowedOrigins?: readonly string[]): void;
  /** Stop recording. */
  dispose(): void;
}

/**
 * Start recording requests from every page (and worker) in `context` whose
 * origin differs from `siteOrigin`. Attach it before navigating.
 */
export function recordExternalRequests(context: BrowserContext, siteOrigin: string): ExternalRequestRecorder {
  const urls: string[] = [];
  const onRequest = (request: Request): void => {
    if (isExternalUrl(request.url(), siteOrigin)) urls.push(request.url());
  };
  context.on('request', onRequest);
  return {
    urls,
    expectNone(allowedOrigins = []) {
      const outside = urls.filter((url) => !allowedOrigins.includes(new URL(url).origin));
      expect(outside, `requests outside ${siteOrigin}:\n${outside.map((url) => `  - ${url}`).join('\n')}`).toEqual([]);
    },
    dispose() {
      context.off('request', onRequest);
    },
  };
}
