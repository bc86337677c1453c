import type { Plugin } from 'vite'

/**
 * Drops the top-level `_comment` of the app's JSON data files (the lexicons, the ranking weights) from
 * the build: they explain the data to whoever edits it, and a reader's browser has no use for them.
 */
export function stripJsonComments(): Plugin {
  return {
    name: 'parallax:strip-json-comments',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.json$/.test(id.split('?')[0]!)) return null
      const data: unknown = JSON.parse(code)
      if (!data || typeof data !== 'object' || Array.isArray(data) || !('_comment' in data)) {
        return null
      }
      const rest: Record<string, unknown> = { ...data }
      delete rest._comment
      return { code: JSON.stringify(rest), map: null }
    },
  }
}
