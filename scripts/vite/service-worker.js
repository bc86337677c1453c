/* The app's service worker, so a reader who visited once can open it, the built-in pair and shared
 * links without a network. The build (scripts/vite/service-worker.ts) fills in PRECACHE, the list of
 * every file it wrote, and VERSION, a hash of their contents: a new build installs a new cache and
 * drops the old one. Plain script, no imports: it runs as a classic worker in every browser. */
const PRECACHE = /* PRECACHE */ []
const VERSION = /* VERSION */ 'dev'
const CACHE = `parallax-${VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' skips the HTTP cache, so an old copy of a file never enters the new cache.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('parallax-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

/* Pages: the network first, so a new build shows up as soon as it is deployed; the cached page when
 * offline (every route lives in the fragment, so one page serves them all). Files: the cache first,
 * since their names change with their contents. Nothing from another origin passes through here. */
self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match('./', { cacheName: CACHE }).then((page) => page || Response.error()),
      ),
    )
    return
  }
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true })
      .then((hit) => hit || fetch(request)),
  )
})
