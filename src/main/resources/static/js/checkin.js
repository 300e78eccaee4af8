// The check-in page: choosing another day opens it at once. The answers are saved for the day the
// page was opened for, so a day chosen but not opened would have saved them to the wrong day.
(function () {
	'use strict';
	var choice = document.getElementById('date-choice');
	if (!choice || !choice.form) {
		return;
	}
	choice.addEventListener('change', function () {
		choice.form.submit();
	});
})();
