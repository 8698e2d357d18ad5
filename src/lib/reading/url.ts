/** Links from pages: the base path of this build joined to a site-relative path from routes.ts. */
import { joinBase } from '../routes';

export const href = (path = '', hash?: string): string =>
  `${joinBase(import.meta.env.BASE_URL, path)}${hash ? `#${hash}` : ''}`;
