// The profile page: switching between kilometres and miles converts the weekly distance already in the
// field, so that 20 miles does not quietly become 20 kilometres. Rounded to the field's half steps.
(function () {
	'use strict';
	var field = document.getElementById('weeklyDistance');
	var radios = document.querySelectorAll('input[name=units]');
	if (!field || radios.length === 0) {
		return;
	}
	var KM_PER_MILE = 1.609344;
	var current = null;
	radios.forEach(function (radio) {
		if (radio.checked) {
			current = radio.value;
		}
		radio.addEventListener('change', function () {
			if (!radio.checked || radio.value === current) {
				return;
			}
			var typed = field.value.trim();
			var value = Number(typed);
			if (current !== null && typed !== '' && isFinite(value)) {
				var converted = radio.value === 'MILES' ? value / KM_PER_MILE : value * KM_PER_MILE;
				field.value = String(Math.round(converted * 2) / 2);
			}
			current = radio.value;
		});
	});
}());
