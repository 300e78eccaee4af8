// The guided session player: one step at a time, a repetition counter (tap anywhere or the space bar),
// hold and rest timers, spoken cues, a vibration at each set's end, the screen kept awake. Its place is
// kept in localStorage, so a reload or a locked phone loses nothing; a finished session goes into the
// outbox (outbox.js) and is sent now or once the connection returns.
(function () {
	'use strict';
	const root = document.getElementById('player');
	const planData = document.getElementById('plan-data');
	if (!root || !planData) {
		return;
	}
	const kind = root.dataset.kind;
	const KEY = 'backstride.player.' + kind;
	const VOICE = 'backstride.player.voice';
	// seconds of rest: switching legs, and moving on to the next exercise (between sets: the plan's own)
	const REST = { side: 10, exercise: 30 };
	const STALE_HOURS = { session: 12, run: 24 };
	const plan = JSON.parse(planData.textContent);
	const $ = function (id) { return document.getElementById(id); };
	const screens = ['p-intro', 'p-step', 'p-rest', 'p-paused', 'p-finish', 'p-run', 'p-saved'];
	let state = null;
	let wakeLock = null;

	function page() {
		const token = document.querySelector('meta[name=_csrf]');
		const header = document.querySelector('meta[name=_csrf_header]');
		return { runner: root.dataset.runner, csrf: { header: header ? header.content : 'X-CSRF-TOKEN', value: token ? token.content : '' } };
	}

	function localDate(time) {
		const d = new Date(time);
		return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
	}

	function localTime(time) {
		const d = new Date(time);
		return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
	}

	// Every set of every exercise, per side where it applies, in the order they are done.
	function stepsOf(exercises) {
		const steps = [];
		exercises.forEach(function (e, index) {
			for (let set = 1; set <= e.sets; set++) {
				(e.perSide ? ['LEFT', 'RIGHT'] : [null]).forEach(function (side) {
					steps.push({ ex: index, set: set, sets: e.sets, side: side, reps: e.reps, hold: e.holdSeconds || 0 });
				});
			}
		});
		return steps;
	}

	function fresh() {
		const now = Date.now();
		const steps = stepsOf(plan);
		return { version: 1, id: window.Outbox.newId(), kind: kind, runner: root.dataset.runner, startedAt: now,
			date: localDate(now), plan: plan, steps: steps, at: 0, count: 0, done: steps.map(function () { return 0; }),
			phase: 'step', endsAt: null, left: null, paused: false };
	}

	function save() {
		localStorage.setItem(KEY, JSON.stringify(state));
	}

	function load() {
		try {
			const kept = JSON.parse(localStorage.getItem(KEY));
			if (!kept || kept.version !== 1 || kept.runner !== root.dataset.runner || kept.phase === 'saved') {
				return null;
			}
			const hours = kept.phase === 'run' ? STALE_HOURS.run : STALE_HOURS.session;
			return Date.now() - kept.startedAt < hours * 3600 * 1000 ? kept : null;
		}
		catch (unreadable) {
			return null;
		}
	}

	// Cues -------------------------------------------------------------------------------------------
	function voiceOn() {
		return localStorage.getItem(VOICE) !== 'off';
	}

	function say(text) {
		if (!voiceOn() || !('speechSynthesis' in window)) {
			return;
		}
		window.speechSynthesis.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = 'en';
		window.speechSynthesis.speak(utterance);
	}

	function buzz() {
		if (navigator.vibrate) {
			navigator.vibrate([180, 90, 180]);
		}
	}

	async function keepAwake() {
		if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || !active()) {
			return;
		}
		if (wakeLock && !wakeLock.released) {
			return;
		}
		try {
			wakeLock = await navigator.wakeLock.request('screen');
		}
		catch (refused) {
			wakeLock = null;
		}
	}

	function letSleep() {
		if (wakeLock) {
			wakeLock.release().catch(function () { return undefined; });
			wakeLock = null;
		}
	}

	// Words ------------------------------------------------------------------------------------------
	function sideWords(step) {
		if (!step.side) {
			return '';
		}
		return step.side === 'LEFT' ? 'Left leg' : 'Right leg';
	}

	function tipFor(step) {
		const exercise = state.plan[step.ex];
		if (exercise.id === 'EX-SWING' && step.side) {
			return step.side === 'LEFT' ? 'Right side to the wall, right hand on it.' : 'Left side to the wall, left hand on it.';
		}
		return step.hold ? 'Hold the end position for ' + step.hold + ' seconds each time: tap to start the hold.' : '';
	}

	function announce(step) {
		const exercise = state.plan[step.ex];
		const parts = [exercise.name + '.'];
		if (step.side) {
			parts.push(sideWords(step) + '.');
		}
		if (step.sets > 1) {
			parts.push('Set ' + step.set + ' of ' + step.sets + '.');
		}
		parts.push(step.reps + ' times.');
		if (step.hold) {
			parts.push('Hold each one for ' + step.hold + ' seconds.');
		}
		say(parts.join(' '));
	}

	function nextWords(index) {
		const step = state.steps[index];
		const exercise = state.plan[step.ex];
		const current = state.steps[state.at];
		if (current && current.ex === step.ex && current.set === step.set) {
			return 'Next: the other leg, your ' + sideWords(step).toLowerCase() + '.';
		}
		return 'Next: ' + exercise.name.toLowerCase() + (step.side ? ', ' + sideWords(step).toLowerCase() : '')
			+ (step.sets > 1 ? ', set ' + step.set + ' of ' + step.sets : '') + '.';
	}

	// Moves ------------------------------------------------------------------------------------------
	function active() {
		return state && !state.paused && ['step', 'hold', 'rest'].indexOf(state.phase) >= 0;
	}

	function tap() {
		if (!active() || state.phase !== 'step') {
			return;
		}
		const step = state.steps[state.at];
		if (step.hold) {
			state.phase = 'hold';
			state.endsAt = Date.now() + step.hold * 1000;
			say('Hold');
		}
		else {
			counted(step);
		}
		save();
		render();
	}

	function counted(step) {
		state.count += 1;
		state.done[state.at] = state.count;
		if (state.count >= step.reps) {
			endSet();
		}
		else {
			say(String(state.count));
		}
	}

	function endSet() {
		state.done[state.at] = state.count;
		buzz();
		if (state.at >= state.steps.length - 1) {
			finish();
			return;
		}
		const now = state.steps[state.at];
		const next = state.steps[state.at + 1];
		const seconds = now.ex !== next.ex ? REST.exercise : now.set !== next.set ? state.plan[now.ex].restSeconds : REST.side;
		state.phase = 'rest';
		state.endsAt = Date.now() + seconds * 1000;
		say('Set done. Rest ' + seconds + ' seconds. ' + nextWords(state.at + 1));
	}

	function nextStep() {
		state.at += 1;
		state.count = state.done[state.at];
		state.phase = 'step';
		state.endsAt = null;
		announce(state.steps[state.at]);
	}

	function skipExercise() {
		const exercise = state.steps[state.at].ex;
		state.done[state.at] = state.count;
		let next = state.at;
		while (next < state.steps.length && state.steps[next].ex === exercise) {
			next += 1;
		}
		if (next >= state.steps.length) {
			finish();
		}
		else {
			state.at = next - 1;
			nextStep();
		}
	}

	function finish() {
		state.phase = kind === 'PRE_RUN' ? 'run' : 'finish';
		state.endsAt = null;
		state.finishedAt = Date.now();
		state.paused = false;
		say(kind === 'PRE_RUN' ? 'Swings done. Have a good run.' : 'Session complete. Well done.');
		letSleep();
	}

	function tick() {
		if (!active() || !state.endsAt) {
			return;
		}
		const now = Date.now();
		if (now < state.endsAt) {
			render();
			return;
		}
		if (state.phase === 'hold') {
			state.phase = 'step';
			state.endsAt = null;
			say('Release');
			counted(state.steps[state.at]);
		}
		else if (state.phase === 'rest') {
			nextStep();
		}
		save();
		render();
	}

	function pause() {
		if (!active()) {
			return;
		}
		state.paused = true;
		if (state.endsAt) {
			state.left = Math.max(0, state.endsAt - Date.now());
			state.endsAt = null;
		}
		save();
		letSleep();
		render();
	}

	function resume() {
		state.paused = false;
		if (state.left !== null && state.left !== undefined) {
			state.endsAt = Date.now() + state.left;
			state.left = null;
		}
		save();
		keepAwake();
		render();
	}

	// Showing ----------------------------------------------------------------------------------------
	function show(id) {
		const before = screens.find(function (screen) { return $(screen) && !$(screen).hidden; });
		screens.forEach(function (screen) {
			const element = $(screen);
			if (element) {
				element.hidden = screen !== id;
			}
		});
		root.classList.toggle('is-paused', !!(state && state.paused));
		// under way, the page is the player alone: no menu to tap by mistake (Pause is the way out)
		document.body.classList.toggle('p-focus', ['p-step', 'p-rest', 'p-paused'].indexOf(id) >= 0);
		if (before !== id) {
			window.scrollTo(0, 0);
		}
	}

	function showOnly(attribute, value) {
		root.querySelectorAll('[' + attribute + ']').forEach(function (element) {
			element.hidden = element.getAttribute(attribute) !== value;
		});
	}

	function render() {
		if (!state) {
			show('p-intro');
			return;
		}
		if (state.paused) {
			show('p-paused');
			return;
		}
		const total = state.steps.length;
		switch (state.phase) {
			case 'step':
			case 'hold':
				renderStep(total);
				break;
			case 'rest':
				$('p-rest-left').textContent = String(Math.max(0, Math.ceil((state.endsAt - Date.now()) / 1000)));
				$('p-next').textContent = nextWords(state.at + 1);
				$('p-rest-progress').textContent = 'Step ' + (state.at + 1) + ' of ' + total + ' done';
				show('p-rest');
				break;
			case 'finish':
				$('p-summary').textContent = summary();
				show('p-finish');
				break;
			case 'run':
				prepareRunForm();
				show('p-run');
				break;
			default:
				show('p-saved');
		}
	}

	function renderStep(total) {
		const step = state.steps[state.at];
		const exercise = state.plan[step.ex];
		$('p-progress').textContent = 'Step ' + (state.at + 1) + ' of ' + total;
		$('p-meter').style.width = Math.round(100 * state.at / total) + '%';
		$('p-name').textContent = exercise.name;
		$('p-side').textContent = sideWords(step);
		$('p-side').hidden = !step.side;
		$('p-set').textContent = 'Set ' + step.set + ' of ' + step.sets;
		$('p-set').hidden = step.sets < 2;
		$('p-tip').textContent = tipFor(step);
		$('p-count').textContent = String(state.count);
		$('p-target').textContent = String(step.reps);
		const holding = state.phase === 'hold';
		const tapButton = $('p-tap');
		tapButton.classList.toggle('is-holding', holding);
		$('p-hint').textContent = holding
			? 'Hold… ' + Math.max(1, Math.ceil((state.endsAt - Date.now()) / 1000))
			: step.hold ? 'Tap to start the hold' : 'Tap anywhere to count';
		showOnly('data-art', exercise.id);
		showOnly('data-how', exercise.id);
		show('p-step');
	}

	function summary() {
		const sets = state.steps.length;
		const full = state.steps.filter(function (step, i) { return state.done[i] >= step.reps; }).length;
		return full === sets ? 'You did every set: ' + sets + ' of ' + sets + '.'
			: 'You did ' + full + ' of ' + sets + ' sets in full. That is fine: what you did counts.';
	}

	// Saving -----------------------------------------------------------------------------------------
	function exercisesDone() {
		return state.plan.map(function (exercise, index) {
			const sets = [];
			state.steps.forEach(function (step, i) {
				if (step.ex === index && state.done[i] > 0) {
					const set = { reps: state.done[i] };
					if (step.side) {
						set.side = step.side;
					}
					if (step.hold) {
						set.holdSeconds = step.hold;
					}
					sets.push(set);
				}
			});
			return { id: exercise.id, sets: sets };
		}).filter(function (exercise) { return exercise.sets.length > 0; });
	}

	function sessionEntry(painDuring, note) {
		const body = { date: state.date, kind: kind, painDuring: painDuring, exercises: exercisesDone() };
		if (note) {
			body.note = note;
		}
		return { id: state.id, url: root.dataset.save, body: body, runner: state.runner, csrf: page().csrf, what: 'session',
			todayDateless: true };
	}

	async function deliver(entries) {
		for (const entry of entries) {
			await window.Outbox.add(entry);
		}
		state.phase = 'saved';
		state.pending = entries.map(function (entry) { return entry.id; });
		save();
		$('p-saved-title').textContent = 'Saved';
		$('p-saved-text').textContent = 'Sending…';
		render();
		await flushNow();
	}

	async function flushNow() {
		let results = [];
		try {
			results = await window.Outbox.flush(page());
		}
		catch (unavailable) {
			results = [];
		}
		report(results);
		if (results.some(function (r) { return r.outcome === 'waiting'; }) && 'serviceWorker' in navigator) {
			navigator.serviceWorker.ready.then(function (registration) {
				return registration.sync ? registration.sync.register(window.Outbox.SYNC_TAG) : undefined;
			}).catch(function () { return undefined; });
		}
	}

	// What became of the entries this page queued: sent, refused, or still waiting for a connection.
	function report(results) {
		if (!state || state.phase !== 'saved' || !state.pending) {
			return;
		}
		const mine = results.filter(function (r) { return state.pending.indexOf(r.entry.id) >= 0; });
		const refused = mine.filter(function (r) { return r.outcome === 'refused'; });
		const waiting = mine.filter(function (r) { return r.outcome === 'waiting'; });
		if (refused.length > 0) {
			$('p-saved-title').textContent = 'Not saved';
			$('p-saved-text').textContent = refused.map(function (r) { return r.detail; }).join(' ');
		}
		else if (waiting.length > 0) {
			$('p-saved-title').textContent = 'Kept on this phone';
			$('p-saved-text').textContent = 'You are offline, so it is kept on this phone and will be sent by itself as soon as you are back online.';
			root.dataset.outbox = 'waiting';
		}
		else if (mine.length > 0) {
			$('p-saved-title').textContent = 'Saved';
			$('p-saved-text').textContent = kind === 'PRE_RUN' ? 'Your swings and your run are saved. Check in tomorrow morning to say how your back feels.'
				: 'Your session is saved. Check in tomorrow morning to say how your back feels.';
			root.dataset.outbox = 'sent';
			localStorage.removeItem(KEY);
		}
	}

	function chosen(form, name) {
		const input = form.querySelector('input[name=' + name + ']:checked');
		return input ? input.value : null;
	}

	function finishSubmitted(event) {
		event.preventDefault();
		const form = event.target;
		const pain = chosen(form, 'sessionPain');
		if (pain === null) {
			problem('p-finish-error', 'Please choose how much your back hurt during the session, from 0 to 10.');
			return;
		}
		deliver([sessionEntry(Number(pain), form.note.value.trim().slice(0, 500))]);
	}

	function problem(id, text) {
		const element = $(id);
		element.textContent = text;
		element.hidden = false;
		element.focus && element.scrollIntoView({ block: 'center' });
	}

	function prepareRunForm() {
		const form = $('p-run-form');
		if (!form.date.value) {
			const finished = state.finishedAt || Date.now();
			form.date.value = localDate(finished);
			form.date.max = localDate(Date.now());
			form.startTime.value = localTime(finished);
		}
	}

	function runSubmitted(event) {
		event.preventDefault();
		const form = event.target;
		const missing = [];
		const painDuring = chosen(form, 'painDuring');
		const painAfter = chosen(form, 'painAfter');
		const stride = chosen(form, 'painChangedStride');
		const effort = chosen(form, 'effort');
		const terrain = chosen(form, 'terrain');
		// in the runner's units (the field says which); the server turns it into metres
		const distance = Number(form.distance.value);
		const unit = form.distance.dataset.unit || 'KM';
		const minutes = Number(form.durationMinutes.value);
		if (painDuring === null) { missing.push('the pain during the run'); }
		if (painAfter === null) { missing.push('the pain just after it'); }
		if (stride === null) { missing.push('whether the pain changed your stride'); }
		if (effort === null) { missing.push('how hard it felt'); }
		if (!(distance > 0 && distance <= Number(form.distance.max || 300))) {
			missing.push('the distance in ' + (form.distance.dataset.unitWord || 'kilometres'));
		}
		if (!(minutes >= 1 && minutes <= 1440)) { missing.push('the time in minutes'); }
		if (!terrain) { missing.push('where you ran'); }
		if (!form.date.value) { missing.push('the date'); }
		if (missing.length > 0) {
			problem('p-run-error', 'Please add ' + missing.join(', ') + '.');
			return;
		}
		const entries = [];
		if (root.dataset.run) {
			entries.push({ id: window.Outbox.newId(), url: root.dataset.run, runner: state.runner, csrf: page().csrf, what: 'run',
				body: runBody(form, Number(painDuring), Number(painAfter), stride === 'true', Number(effort), terrain, distance, unit, minutes) });
		}
		state.date = form.date.value;
		entries.push(sessionEntry(Number(painDuring), ''));
		deliver(entries);
	}

	function runBody(form, painDuring, painAfter, changedStride, effort, terrain, distance, unit, minutes) {
		return { date: form.date.value, startTime: form.startTime.value || null, durationSeconds: Math.round(minutes * 60),
			distance: distance, distanceUnit: unit, terrain: terrain, painDuring: painDuring, painAfter: painAfter,
			painChangedStride: changedStride, effort: effort };
	}

	// Wiring -----------------------------------------------------------------------------------------
	function start() {
		state = load() || fresh();
		if (state.phase === 'step' && state.count === 0) {
			announce(state.steps[state.at]);
		}
		save();
		keepAwake();
		render();
	}

	function wire() {
		const voice = $('p-voice-on');
		if (voice) {
			voice.checked = voiceOn();
			voice.addEventListener('change', function () { localStorage.setItem(VOICE, voice.checked ? 'on' : 'off'); });
		}
		const startButton = $('p-start');
		if (startButton) {
			startButton.addEventListener('click', start);
		}
		// anywhere on the step screen counts, except the controls on it
		$('p-step').addEventListener('click', function (event) {
			if (event.target.closest('button:not(#p-tap), a, summary, details, input, label')) {
				return;
			}
			tap();
		});
		document.addEventListener('keydown', function (event) {
			if ((event.key === ' ' || event.code === 'Space') && active() && state.phase === 'step'
					&& !event.target.closest('input, textarea, select, summary, button:not(#p-tap)')) {
				event.preventDefault();
				tap();
			}
		});
		$('p-undo').addEventListener('click', function () {
			state.count = Math.max(0, state.count - (state.phase === 'hold' ? 0 : 1));
			state.done[state.at] = state.count;
			state.phase = 'step';
			state.endsAt = null;
			save();
			render();
		});
		$('p-done').addEventListener('click', function () {
			state.count = state.steps[state.at].reps;
			endSet();
			save();
			render();
		});
		$('p-skip-ex').addEventListener('click', function () { skipExercise(); save(); render(); });
		$('p-pause').addEventListener('click', pause);
		$('p-rest-pause').addEventListener('click', pause);
		$('p-resume').addEventListener('click', resume);
		$('p-end').addEventListener('click', function () {
			state.done[state.at] = state.count;
			finish();
			save();
			render();
		});
		$('p-skip-rest').addEventListener('click', function () { nextStep(); save(); render(); });
		$('p-finish-form').addEventListener('submit', finishSubmitted);
		$('p-run-form').addEventListener('submit', runSubmitted);
		document.addEventListener('visibilitychange', function () {
			if (document.visibilityState === 'visible') {
				keepAwake();
				tick();
			}
		});
		window.addEventListener('online', flushNow);
		if ('serviceWorker' in navigator) {
			navigator.serviceWorker.addEventListener('message', function (event) {
				if (event.data && event.data.type === 'outbox') {
					report(event.data.results);
				}
			});
		}
		setInterval(tick, 250);
	}

	wire();
	const kept = load();
	if (kept) {
		// back after a reload or a closed tab: straight to where the runner was
		state = kept;
		keepAwake();
		tick();
		render();
	}
	else {
		localStorage.removeItem(KEY);
		render();
	}
	flushNow();
})();
