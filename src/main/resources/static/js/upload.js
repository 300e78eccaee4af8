// Upload form on the pelvis page: refuses a file over the server's limit before sending it, and says
// that the upload and analysis are under way once it is sent.
(function () {
	'use strict';
	const form = document.getElementById('upload-form');
	if (!form) {
		return;
	}
	const input = document.getElementById('upload-file');
	const button = document.getElementById('upload-button');
	const status = document.getElementById('upload-status');
	const maximum = Number(form.dataset.maxBytes);

	function tooBig() {
		const file = input.files && input.files[0];
		return file && maximum > 0 && file.size > maximum ? file : null;
	}

	function refuse(file) {
		const megabytes = (file.size / (1024 * 1024)).toFixed(1);
		status.textContent = 'This file is ' + megabytes + ' MB, over the limit of ' + form.dataset.maxMegabytes
			+ ' MB. Export a shorter part of the run and try again.';
		status.classList.add('error');
	}

	input.addEventListener('change', function () {
		status.classList.remove('error');
		status.textContent = '';
		const file = tooBig();
		if (file) {
			refuse(file);
		}
	});

	form.addEventListener('submit', function (event) {
		const file = tooBig();
		if (file) {
			event.preventDefault();
			refuse(file);
			return;
		}
		status.classList.remove('error');
		status.textContent = 'Uploading and analysing… this takes a few seconds for a long run.';
		button.disabled = true;
	});

	// coming back to the page from the browser's history: the form is usable again
	window.addEventListener('pageshow', function () {
		button.disabled = false;
		if (!status.classList.contains('error')) {
			status.textContent = '';
		}
	});
})();
