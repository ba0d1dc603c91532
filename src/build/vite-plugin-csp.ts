import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own scripts, styles, data and images; no inline script, no
 * eval, no remote origin, no plugins, no <base> or form hijack. Styles need no 'unsafe-inline': vis-timeline and
 * React position things through the CSSOM (element.style), which CSP does not govern.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

/** Directives a <meta> policy cannot carry (browsers ignore them there); hosts send them as a header. */
export const HEADER_ONLY_DIRECTIVES = { 'frame-ancestors': ["'none'"] } as const;

const serialize = (d: Record<string, readonly string[]>) => Object.entries(d).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');

export const META_POLICY = serialize(CSP_DIRECTIVES);
/** The `Content-Security-Policy` response header documented for hosts (docs/security.md). */
export const HEADER_POLICY = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Puts the policy first in <head> of the production build only (the dev server injects inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: 'dateline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
