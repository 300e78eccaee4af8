// What the runner finished while offline, kept in IndexedDB until the server has it. Used by the pages
// and by the service worker (sw.js), so both can send it: each entry carries its own id, and the server
// takes an id it already has as done, so sending twice stores it once.
(function (scope) {
	'use strict';
	const DB = 'backstride';
	const STORE = 'outbox';
	const LOCK = 'backstride-outbox';

	function open() {
		return new Promise(function (resolve, reject) {
			const request = indexedDB.open(DB, 1);
			request.onupgradeneeded = function () {
				request.result.createObjectStore(STORE, { keyPath: 'id' });
			};
			request.onsuccess = function () { resolve(request.result); };
			request.onerror = function () { reject(request.error); };
		});
	}

	function run(mode, work) {
		return open().then(function (db) {
			return new Promise(function (resolve, reject) {
				const tx = db.transaction(STORE, mode);
				const result = work(tx.objectStore(STORE));
				tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
				tx.onerror = function () { db.close(); reject(tx.error); };
			});
		});
	}

	function add(entry) {
		return run('readwrite', function (store) { return store.put(entry); });
	}

	function all() {
		return run('readonly', function (store) { return store.getAll(); });
	}

	function remove(id) {
		return run('readwrite', function (store) { return store.delete(id); });
	}

	// A date that is still today on this phone is left to the server, whose clock may be in another zone
	// (a session done at 00:30 here must not be "tomorrow" there); an earlier day is sent as it is.
	function bodyOf(entry) {
		const body = Object.assign({}, entry.body);
		const now = new Date();
		const today = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-'
			+ String(now.getDate()).padStart(2, '0');
		if (entry.todayDateless && body.date === today) {
			delete body.date;
		}
		return body;
	}

	// One answer per entry: 'sent' (the server has it), 'refused' (it never will: the entry is dropped and
	// its problem kept for the page to show), or 'waiting' (offline, signed out, or the server is busy).
	// The page's own CSRF token is used only for the entries of the runner signed in on that page; any
	// other entry goes with the token it was queued with, which only its own session accepts.
	async function send(entry, page) {
		const token = page && page.runner === entry.runner ? page.csrf : entry.csrf;
		const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': entry.id };
		headers[token.header] = token.value;
		let response;
		try {
			response = await fetch(entry.url, { method: 'POST', credentials: 'same-origin', redirect: 'manual',
				headers: headers, body: JSON.stringify(bodyOf(entry)) });
		}
		catch (offline) {
			return { entry: entry, outcome: 'waiting' };
		}
		const type = response.headers.get('Content-Type') || '';
		if (response.ok && type.indexOf('json') >= 0) {
			await remove(entry.id);
			return { entry: entry, outcome: 'sent', reply: await response.json() };
		}
		if (response.status === 400 || response.status === 422) {
			await remove(entry.id);
			const problem = type.indexOf('json') >= 0 ? await response.json() : {};
			return { entry: entry, outcome: 'refused', detail: problem.detail || 'The server could not take it.' };
		}
		return { entry: entry, outcome: 'waiting', status: response.status };
	}

	async function sendAll(page) {
		const entries = await all();
		const results = [];
		for (const entry of entries) {
			results.push(await send(entry, page));
		}
		return results;
	}

	// One sender at a time across this origin's tabs and its worker, where the browser offers locks.
	// page: {runner, csrf: {header, value}} on a page that knows who is signed in, else nothing.
	function flush(page) {
		if (scope.navigator && scope.navigator.locks) {
			return scope.navigator.locks.request(LOCK, function () { return sendAll(page); });
		}
		return sendAll(page);
	}

	function newId() {
		if (scope.crypto && scope.crypto.randomUUID) {
			return scope.crypto.randomUUID();
		}
		const bytes = scope.crypto.getRandomValues(new Uint8Array(16));
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		const hex = Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
		return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
	}

	scope.Outbox = { add: add, all: all, flush: flush, newId: newId, SYNC_TAG: 'backstride-outbox' };
})(self);
