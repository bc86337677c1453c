/**
 * A small static host on a free localhost port, for the browser tests (a second build, a page that
 * embeds the app) and the bench (the built app beside the bench page). GET and HEAD only, no caching
 * rules a test or a benchmark would have to reason about.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

export interface LocalServer {
  origin: string
  close: () => Promise<void>
}

/** A server on a free local port, answering with `handle`. */
export async function serve(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LocalServer> {
  const server = createServer(handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Serves directories by path prefix: `{ '/app/': dist }`. A root given as a function is read at each
 * request, so a test can swap the build it serves. Paths outside a root are refused. */
export function serveStatic(routes: Record<string, string | (() => string)>): Promise<LocalServer> {
  return serve((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return void res.writeHead(400).end()
    }
    const prefix = Object.keys(routes).find((p) => path.startsWith(p))
    if (!prefix) return void res.writeHead(404).end()
    const route = routes[prefix]!
    const root = resolve(typeof route === 'function' ? route() : route)
    let file = normalize(join(root, path.slice(prefix.length)))
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end()
    if (path.endsWith('/')) file = join(file, 'index.html')
    let size: number
    try {
      const stat = statSync(file)
      if (!stat.isFile()) throw new Error('not a file')
      size = stat.size
    } catch {
      return void res.writeHead(404).end()
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-cache',
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  })
}
