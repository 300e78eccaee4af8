// The log-in page: after a wrong password the page comes back empty (the server keeps nothing of a
// failed attempt), so the address typed is kept in this tab only and put back, and only the password
// needs typing again.
(function () {
	'use strict';
	var form = document.getElementById('login-form');
	if (!form || !window.sessionStorage) {
		return;
	}
	var email = form.querySelector('input[name=username]');
	var key = 'backstride.login.email';
	var failed = /[?&](error|locked)(=|&|$)/.test(window.location.search);
	if (failed && !email.value) {
		email.value = sessionStorage.getItem(key) || '';
		if (email.value) {
			form.querySelector('input[name=password]').focus();
		}
	}
	sessionStorage.removeItem(key);
	form.addEventListener('submit', function () {
		sessionStorage.setItem(key, email.value);
	});
})();
