// Records the phone's motion sensors while it sits in the waistband at the lower back, then uploads
// {t: [s], acc: [[x,y,z] m/s², gravity included], gyro: [[x,y,z] rad/s]} in the phone's own frame.
(function () {
  'use strict';
  const root = document.getElementById('recorder');
  if (!root) return;
  const $ = (sel) => root.querySelector(sel);
  const status = $('#rec-status');
  const timer = $('#rec-timer');
  const rateOut = $('#rec-rate');
  const startBtn = $('#rec-start');
  const stopBtn = $('#rec-stop');
  const minutesInput = $('#rec-minutes');
  const MIN_SECONDS = 60, MAX_SECONDS = 600, COUNTDOWN = 10, LOW_RATE_HZ = 50;
  const DEG = Math.PI / 180;
  // Safari on iOS reports accelerationIncludingGravity with the opposite sign to the W3C convention
  // (lying face up: z = +9.81) that Chrome on Android follows; flip it so both send the same frame.
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent)
    || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const accSign = ios ? -1 : 1;

  let t = [], acc = [], gyro = [], startedAt = 0, stopAt = 0, wakeLock = null, ticker = null, recording = false;

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  function onMotion(e) {
    if (!recording) return;
    const a = e.accelerationIncludingGravity, r = e.rotationRate;
    if (!a || a.x === null || !r || r.alpha === null) return;
    const now = e.timeStamp / 1000;
    if (t.length && now <= t[t.length - 1]) return;
    t.push(now);
    acc.push([accSign * a.x, accSign * a.y, accSign * a.z]);
    // rotationRate: beta about x, gamma about y, alpha about z, in degrees per second
    gyro.push([r.beta * DEG, r.gamma * DEG, r.alpha * DEG]);
    if (now >= stopAt) finish();
  }

  function rate() {
    if (t.length < 2) return 0;
    return (t.length - 1) / (t[t.length - 1] - t[0]);
  }

  async function askPermission() {
    if (typeof DeviceMotionEvent === 'undefined') {
      throw new Error('This browser gives no access to motion sensors. Use Chrome on Android or Safari on iPhone.');
    }
    if (typeof DeviceMotionEvent.requestPermission === 'function') {
      const answer = await DeviceMotionEvent.requestPermission();
      if (answer !== 'granted') throw new Error('Motion access was refused. Allow it in the browser settings and try again.');
    }
  }

  async function keepAwake() {
    try {
      if ('wakeLock' in navigator) wakeLock = await navigator.wakeLock.request('screen');
    } catch (ignored) {
      say('The screen may lock during the run: keep it awake in your phone settings if the recording stops early.');
    }
  }

  function seconds() {
    const minutes = parseFloat(minutesInput.value);
    const s = Math.round((isFinite(minutes) ? minutes : 5) * 60);
    return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, s));
  }

  async function start() {
    try {
      await askPermission();
    } catch (err) {
      say(err.message, 'error');
      return;
    }
    await keepAwake();
    t = []; acc = []; gyro = [];
    startBtn.disabled = true;
    stopBtn.disabled = false;
    const duration = seconds();
    let left = COUNTDOWN;
    say('Put the phone in your waistband at the small of your back. Recording starts in ' + left + ' s.');
    window.addEventListener('devicemotion', onMotion);
    ticker = setInterval(() => {
      left -= 1;
      if (left > 0) {
        say('Recording starts in ' + left + ' s. Start running when it beeps.');
        return;
      }
      clearInterval(ticker);
      beep();
      recording = true;
      startedAt = performance.now() / 1000;
      stopAt = startedAt + duration;
      say('Recording. Run at your usual easy pace.');
      ticker = setInterval(() => {
        const elapsed = performance.now() / 1000 - startedAt;
        timer.textContent = Math.floor(elapsed / 60) + ':' + String(Math.floor(elapsed % 60)).padStart(2, '0');
        const hz = rate();
        rateOut.textContent = hz ? hz.toFixed(0) + ' samples/s' : '';
        if (elapsed > 3 && hz > 0 && hz < LOW_RATE_HZ) {
          say('Warning: only ' + hz.toFixed(0) + ' samples per second; at least ' + LOW_RATE_HZ
            + ' are needed. Close other apps or try another browser.', 'error');
        }
        if (elapsed > 3 && t.length === 0) {
          say('No motion data arrives. This browser or device may not provide the gyroscope.', 'error');
        }
      }, 500);
    }, 1000);
  }

  function beep() {
    try {
      const ctx = new (window.AudioContext || window.webkitAudioContext)();
      const osc = ctx.createOscillator();
      osc.connect(ctx.destination);
      osc.frequency.value = 880;
      osc.start();
      osc.stop(ctx.currentTime + 0.25);
    } catch (ignored) { /* sound is a nicety */ }
    if (navigator.vibrate) navigator.vibrate(200);
  }

  function finish() {
    if (!recording && !ticker) return;
    recording = false;
    clearInterval(ticker);
    ticker = null;
    window.removeEventListener('devicemotion', onMotion);
    if (wakeLock) { wakeLock.release().catch(() => {}); wakeLock = null; }
    stopBtn.disabled = true;
    startBtn.disabled = false;
    beep();
    // every recording goes to the server, however short: it is kept there with the reason if it cannot be measured
    if (t.length < 2) {
      say('No motion data was recorded, so there is nothing to keep. This browser or device may not provide the'
        + ' motion sensors.', 'error');
      return;
    }
    upload();
  }

  async function upload() {
    say('Uploading ' + t.length + ' samples and analysing…');
    const origin = t[0];
    const body = JSON.stringify({ t: t.map((x) => +(x - origin).toFixed(4)), acc: acc, gyro: gyro });
    const csrf = document.querySelector('meta[name=_csrf]').content;
    const header = document.querySelector('meta[name=_csrf_header]').content;
    try {
      const response = await fetch(root.dataset.upload, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', [header]: csrf },
        body: body
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok && result.id) {
        window.location.assign(root.dataset.report.replace('{id}', result.id));
      } else {
        say(result.detail || 'The recording could not be analysed (HTTP ' + response.status + ').', 'error');
      }
    } catch (err) {
      say('Upload failed: ' + err.message + '. Check the connection and press Start to record again.', 'error');
    }
  }

  startBtn.addEventListener('click', start);
  stopBtn.addEventListener('click', finish);
})();
