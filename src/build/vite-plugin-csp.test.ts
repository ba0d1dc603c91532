import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADER_POLICY, META_POLICY, cspPlugin } from './vite-plugin-csp';

describe('the Content-Security-Policy', () => {
  it('allows only the app itself: no inline script, no eval, no remote origin', () => {
    for (const [directive, sources] of Object.entries(CSP_DIRECTIVES)) {
      for (const source of sources) expect(source, directive).toMatch(/^('self'|'none'|data:)$/);
    }
    expect(META_POLICY).toContain("script-src 'self'");
    expect(META_POLICY).toContain("object-src 'none'");
  });
  it('keeps header-only directives out of the meta tag (browsers ignore them there) and in the header', () => {
    expect(META_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_POLICY).toBe(`${META_POLICY}; frame-ancestors 'none'`);
  });
  it('is injected first in <head>, for the production build only', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: () => unknown };
    expect(hook.handler()).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }]);
  });
});
