/* Loaded by the service worker (scripts/vite/offline.ts). Versions of Parallax before its Workbox worker
 * kept their files in caches named "parallax-…"; once this worker takes over, they are dropped. */
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('parallax-')).map((k) => caches.delete(k))),
      ),
  )
})
