/**
 * A static file server on a free localhost port: /app/ serves the built app, /bench/ the bench page.
 * Small on purpose: two directories, GET only, no caching rules a benchmark would have to reason about.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export interface Server {
  url: string
  close(): Promise<void>
}

/** `routes` maps a path prefix ("/app/") to the directory it serves. */
export function serveStatic(routes: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const prefix = Object.keys(routes).find((p) => path.startsWith(p))
    if (!prefix) return void res.writeHead(404).end()
    const root = routes[prefix]!
    let file = normalize(join(root, path.slice(prefix.length)))
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end()
    if (path.endsWith('/')) file = join(file, 'index.html')
    try {
      if (!statSync(file).isFile()) throw new Error('not a file')
    } catch {
      return void res.writeHead(404).end()
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
