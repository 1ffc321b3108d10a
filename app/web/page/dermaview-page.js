// The page around the WebAssembly program: starts it with the scene of the
// link (#map=evidence&levels=T4,T10), keeps the link up to date, turns
// touches into the mouse gestures the window knows, offers saved figures as
// downloads, and gives the page and its tests window.dermaview (docs/web.md).
'use strict';

const canvas = document.getElementById('canvas');
const statusBox = document.getElementById('status');
const started = performance.now();
let shownLink = location.hash.replace(/^#/, '');
let runtimeReady = false; // the program's functions can be called

function tell(text, failed) {
  statusBox.hidden = !text;
  statusBox.textContent = text || '';
  statusBox.classList.toggle('failed', !!failed);
}

var Module = {
  canvas,
  // The link is the program's one argument; it reads it as flags
  // (app/web/scene_link.h), so a bad link is told like a bad flag.
  arguments: [shownLink],
  preRun: [() => { ENV.DERMAVIEW_DATA_DIR = '/dermaview'; }],
  print: (text) => console.log(text),
  printErr: (text) => console.error(text),
  setStatus: (text) => { if (text) tell(text.replace(/\(.*\)/, '').trim() || 'Loading Dermaview…'); },
  dermaviewFailed: (message) => tell('Dermaview could not start: ' + message, true),
  onRuntimeInitialized: () => { runtimeReady = true; },
  dermaviewSetLink(link) {
    shownLink = link;
    history.replaceState(null, '', location.pathname + location.search + (link ? '#' + link : ''));
  },
  dermaviewDownload(path) {
    const bytes = Module.FS.readFile(path);
    const name = path.split('/').pop();
    const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    dermaview.downloads.push({ name, bytes: bytes.length });
  },
};

// A link typed or pasted into the address bar: start again from it.
window.addEventListener('hashchange', () => {
  if (location.hash.replace(/^#/, '') !== shownLink)
    location.reload();
});

const dermaview = {
  downloads: [],   // figures offered so far: {name, bytes}
  firstFrameMs: null, // from the page's start to the first frame drawn
  frames: () => (runtimeReady ? Module._dermaview_frames() : 0),
  link: () => Module.UTF8ToString(Module._dermaview_link()),
  hoverText: () => Module.UTF8ToString(Module._dermaview_hover_text()),
  notice: () => Module.UTF8ToString(Module._dermaview_notice()),
  // Runs lines of the window's script language (docs/scripting.md) and
  // resolves to "passed" or "failed: why".
  run(script) {
    const refused = Module.ccall('dermaview_run_script', 'string', ['string'], [script]);
    if (refused)
      return Promise.resolve('failed: ' + refused);
    return new Promise((resolve) => {
      const poll = () => {
        const state = Module.ccall('dermaview_script_state', 'string', [], []);
        if (state === 'running') requestAnimationFrame(poll);
        else resolve(state);
      };
      poll();
    });
  },
};
dermaview.ready = new Promise((resolve) => {
  const poll = () => {
    if (dermaview.frames() > 0) {
      dermaview.firstFrameMs = performance.now() - started;
      tell('');
      canvas.focus();
      resolve();
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
});
window.dermaview = dermaview;

// Touch: one finger orbits (a left drag), two pinch to zoom (the wheel) and
// pan (a right drag of their midpoint); a tap is a click.
(() => {
  let mode = null; // 'orbit', 'pinch'
  let last = null;
  const send = (type, x, y, button, extra) =>
    canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button, buttons: type === 'mouseup' ? 0 : 1 << button,
                                                bubbles: true, cancelable: true, ...extra }));
  const mid = (t) => ({ x: (t[0].clientX + t[1].clientX) / 2, y: (t[0].clientY + t[1].clientY) / 2,
                        d: Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY) });
  const end = () => {
    if (mode === 'orbit') send('mouseup', last.x, last.y, 0);
    if (mode === 'pinch') send('mouseup', last.x, last.y, 2);
    mode = null;
  };
  canvas.addEventListener('touchstart', (e) => {
    e.preventDefault();
    end();
    const t = e.touches;
    if (t.length === 1) {
      mode = 'orbit';
      last = { x: t[0].clientX, y: t[0].clientY };
      send('mousemove', last.x, last.y, 0);
      send('mousedown', last.x, last.y, 0);
    } else if (t.length === 2) {
      mode = 'pinch';
      last = mid(t);
      send('mousemove', last.x, last.y, 2);
      send('mousedown', last.x, last.y, 2);
    }
  }, { passive: false });
  canvas.addEventListener('touchmove', (e) => {
    e.preventDefault();
    const t = e.touches;
    if (mode === 'orbit' && t.length === 1) {
      last = { x: t[0].clientX, y: t[0].clientY };
      send('mousemove', last.x, last.y, 0);
    } else if (mode === 'pinch' && t.length === 2) {
      const m = mid(t);
      if (last.d > 0 && m.d > 0)
        canvas.dispatchEvent(new WheelEvent('wheel', { clientX: m.x, clientY: m.y, deltaMode: 0,
                                                       deltaY: -400 * Math.log(m.d / last.d), bubbles: true, cancelable: true }));
      send('mousemove', m.x, m.y, 2);
      last = m;
    }
  }, { passive: false });
  const lift = (e) => { e.preventDefault(); end(); };
  canvas.addEventListener('touchend', lift, { passive: false });
  canvas.addEventListener('touchcancel', lift, { passive: false });
})();
