// Offline support for the officer page. On install it caches the files listed in precache.json (written by
// the build: the page, its styles and icons, the CDN file and every chunk it may load, including the PDF
// renderer). Requests go to the network first so a new version is picked up at once, and fall back to the
// cache when there is no connection or the network is too slow to wait for.
const CACHE = 'hhsrs-toolkit';
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch('./precache.json', { cache: 'no-store' });
      const { files } = response.ok ? await response.json() : { files: ['./'] };
      const cache = await caches.open(CACHE);
      await cache.addAll(files.map((file) => new Request(file, { cache: 'reload' })));
      // Chunk names change with their content; drop the ones this version no longer loads.
      const current = new Set(files.map((file) => new URL(file, self.location.href).href));
      for (const request of await cache.keys()) {
        if (request.url.includes('/cdn/chunks/') && !current.has(request.url)) await cache.delete(request);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  });
  fromNetwork.catch(() => undefined); // a failure is answered from the cache below
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const response = await Promise.race([fromNetwork, timeout]);
    if (response) return response;
  } catch {
    // Offline: answer from the cache below.
  }
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  return cached ?? fromNetwork;
}
