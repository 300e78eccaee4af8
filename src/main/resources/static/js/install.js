// Every page: registers the app's service worker, and sends anything finished offline once the page
// loads or the connection comes back (where Background Sync is missing, this is the only sender).
(function () {
	'use strict';
	if (!('serviceWorker' in navigator)) {
		return;
	}
	navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { return undefined; });
	function flush() {
		if (window.Outbox && !document.getElementById('player')) {
			window.Outbox.flush().catch(function () { return undefined; });
		}
	}
	window.addEventListener('online', flush);
	window.addEventListener('load', flush);
})();
