// The check-in page: choosing another day opens it at once. The answers are saved for the day the
// page was opened for, so a day chosen but not opened would have saved them to the wrong day.
// Deleting a check-in asks first: it cannot be undone.
(function () {
	'use strict';
	document.querySelectorAll('form[data-confirm]').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			if (!window.confirm(form.getAttribute('data-confirm'))) {
				event.preventDefault();
			}
		});
	});
	var choice = document.getElementById('date-choice');
	if (!choice || !choice.form) {
		return;
	}
	choice.addEventListener('change', function () {
		choice.form.submit();
	});
})();
