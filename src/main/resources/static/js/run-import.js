// Import page: names the files chosen in the picker (the page's security policy allows no inline
// handlers, so this lives here).
(function () {
	'use strict';
	const input = document.getElementById('import-files');
	const chosen = document.getElementById('import-chosen');
	if (!input || !chosen) {
		return;
	}
	input.addEventListener('change', function () {
		const names = Array.from(input.files).map(function (file) { return file.name; });
		chosen.textContent = names.length > 0 ? names.join(', ') : 'No file chosen yet.';
	});
})();
