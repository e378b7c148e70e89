// The officer page: one tool shown at a time (chosen in the service navigation, kept in the address as
// #assessment, #overcrowding or #register), an offline notice, and the service worker that makes the
// page work without a connection once it has loaded.
const tools = [...document.querySelectorAll('[data-tool]')];
const links = [...document.querySelectorAll('.service-nav__link')];

function show(moveFocus) {
  const chosen = tools.find((tool) => `#${tool.id}` === location.hash);
  // Other fragments (such as an error summary's links inside a tool) leave the current tool in place.
  if (!chosen && location.hash && tools.some((tool) => !tool.hidden)) return;
  const current = chosen ?? tools[0];
  for (const tool of tools) tool.hidden = tool !== current;
  for (const link of links) {
    if (link.hash === `#${current.id}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (moveFocus && chosen) chosen.focus();
}

addEventListener('hashchange', () => show(true));
show(false);

const connection = document.querySelector('[data-connection]');
const showConnection = () => {
  if (connection) connection.hidden = navigator.onLine;
};
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
showConnection();

// Vite's dev server injects its client; under it, every request should reach the server, not a cache.
const devServer = document.querySelector('script[src^="/@vite/client"]');
if ('serviceWorker' in navigator && !devServer) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker the page still works online; only offline use is lost.
  });
}
