import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built app. Nothing the reader pastes or opens may run: no inline
 * script, no eval, no plugins, no <base> or form tricks, workers only from the app's own files. Only the
 * built index.html carries it, because Vite's dev server injects inline styles and scripts.
 * docs/security.md lists the same policy as headers for static hosts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'parallax:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}
