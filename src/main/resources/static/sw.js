// Backstride's one service worker, for the whole app (scope /). It keeps the player and its files so
// that a session can be done with no connection, shows the offline page for any other page, and sends
// what was finished offline (js/outbox.js) when the connection returns.
importScripts('/js/outbox.js');

const VERSION = 'v3'; // v3: run charts read their units from the page's data
const SHELL = 'backstride-shell-' + VERSION;
// The runner's own player pages: kept apart from the shell, and emptied on logging out.
const PAGES = 'backstride-pages';
const OFFLINE = '/offline.html';
const SHELL_FILES = [OFFLINE, '/css/app.css', '/css/player.css', '/js/player.js', '/js/outbox.js', '/js/install.js',
	'/icons/icon.svg', '/icons/icon-192.png', '/manifest.webmanifest'];
const PLAYER_PAGES = ['/program/session', '/program/pre-run'];
// Pages link their files by content hash (/css/app-<hash>.css): any file under these folders is kept
// when fetched, and a kept player page's files are fetched with it, so that it opens offline whole.
const FILE_FOLDERS = ['/css/', '/js/', '/img/', '/icons/', '/webjars/'];

self.addEventListener('install', function (event) {
	event.waitUntil(caches.open(SHELL)
		.then(function (cache) { return cache.addAll(SHELL_FILES); })
		.then(keepPlayerPages)
		.then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
	event.waitUntil(caches.keys()
		.then(function (names) {
			return Promise.all(names.filter(function (name) { return name.startsWith('backstride-shell-') && name !== SHELL; })
				.map(function (name) { return caches.delete(name); }));
		})
		.then(function () { return self.clients.claim(); }));
});

// Signed in: the player pages go into the cache at once, so the player opens offline even if the runner
// never opened it online on this phone. Signed out, they answer with the login page, which is not kept;
// marked as a script's request, so that the login does not lead back to them afterwards. One at a time:
// requests of one session in parallel collide on its stored attributes.
async function keepPlayerPages() {
	const cache = await caches.open(PAGES);
	for (const path of PLAYER_PAGES) {
		try {
			const response = await fetch(path, { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
			if (keepable(response)) {
				await keepFilesOf(await response.clone().text());
				await cache.put(path, response);
			}
		}
		catch (offline) {
			// nothing kept this time; the page is kept when it is next opened
		}
	}
}

function isFile(pathname) {
	return SHELL_FILES.indexOf(pathname) >= 0 || FILE_FOLDERS.some(function (folder) { return pathname.startsWith(folder); });
}

// The same-origin files a page links (stylesheets, scripts, icons), put into the shell cache.
async function keepFilesOf(html) {
	const paths = new Set();
	const linked = /(?:href|src)="(\/[^"#?]+)"/g;
	let match;
	while ((match = linked.exec(html)) !== null) {
		if (isFile(match[1])) {
			paths.add(match[1]);
		}
	}
	const cache = await caches.open(SHELL);
	for (const path of paths) {
		if (!(await cache.match(path))) {
			try {
				await cache.add(path);
			}
			catch (offline) {
				// kept when it is next fetched
			}
		}
	}
}

function keepable(response) {
	return response.ok && !response.redirected && response.type === 'basic';
}

self.addEventListener('fetch', function (event) {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
		return;
	}
	if (request.mode === 'navigate') {
		event.respondWith(page(request, url));
	}
	else if (isFile(url.pathname)) {
		event.respondWith(file(request));
	}
});

// Pages: the network first; offline, the kept player page or else the offline page.
async function page(request, url) {
	const player = PLAYER_PAGES.indexOf(url.pathname) >= 0;
	try {
		const response = await fetch(request);
		if (player && keepable(response)) {
			const cache = await caches.open(PAGES);
			await cache.put(url.pathname, response.clone());
			// not awaited: the page shows at once, its files are kept meanwhile
			response.clone().text().then(keepFilesOf).catch(function () { return undefined; });
		}
		if (url.pathname === '/login' && url.searchParams.has('logout')) {
			await caches.delete(PAGES);
		}
		return response;
	}
	catch (offline) {
		const kept = player ? await caches.match(url.pathname, { cacheName: PAGES }) : undefined;
		return kept || caches.match(OFFLINE, { cacheName: SHELL });
	}
}

// Static files: the kept copy at once, refreshed in the background for next time.
async function file(request) {
	const cache = await caches.open(SHELL);
	const kept = await cache.match(request, { ignoreSearch: true });
	const fresh = fetch(request).then(function (response) {
		if (response.ok) {
			cache.put(request, response.clone());
		}
		return response;
	});
	if (kept) {
		fresh.catch(function () { return undefined; });
		return kept;
	}
	return fresh;
}

function tell(results) {
	const sent = results.filter(function (r) { return r.outcome !== 'waiting'; });
	if (sent.length === 0) {
		return undefined;
	}
	return self.clients.matchAll({ type: 'window' }).then(function (clients) {
		clients.forEach(function (client) { client.postMessage({ type: 'outbox', results: sent }); });
	});
}

// Background Sync, where the browser has it: a rejected promise asks the browser to try again later.
self.addEventListener('sync', function (event) {
	if (event.tag === Outbox.SYNC_TAG) {
		event.waitUntil(Outbox.flush().then(function (results) {
			return tell(results).then(function () {
				if (results.some(function (r) { return r.outcome === 'waiting'; })) {
					throw new Error('still waiting for the connection');
				}
			});
		}));
	}
});
