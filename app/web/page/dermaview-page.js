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
  dermaviewFailed: (message) => tell('Dermaview could not start: ' + message +
    (shownLink ? ". The scene comes from the part of the address after '#' (" + shownLink +
                 '); correct it, or remove it for the default scene.' : ''), true),
  onRuntimeInitialized: () => { runtimeReady = true; dermaview.loadedMs = performance.now() - started; },
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
  loadedMs: null,     // from the page's start to the program and its data loaded and compiled
  firstFrameMs: null, // from the page's start to the first frame drawn
  frames: () => (runtimeReady ? Module._dermaview_frames() : 0),
  link: () => Module.UTF8ToString(Module._dermaview_link()),
  hoverText: () => Module.UTF8ToString(Module._dermaview_hover_text()),
  notice: () => Module.UTF8ToString(Module._dermaview_notice()),
  scene: () => JSON.parse(Module.UTF8ToString(Module._dermaview_scene())),
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
// pan (a right drag of their midpoint); a tap is a click. A finger lands
// without the pointer having moved there first, so the press waits one
// frame after the move: the window would take the jump for a drag. Events
// queued behind a waiting press go out one a frame, in order. Emscripten's
// GLFW maps touches to the mouse itself, without that care and without
// pinch: the handlers below listen first (capture on window) and keep the
// touches on the canvas from reaching it.
(() => {
  const ours = new WeakSet(); // events made here, let through to the program
  // One wheel step zooms by 0.88 (engine/render/camera.cpp, zoom): a pinch
  // that spreads the fingers by q takes ln q / -ln 0.88 steps, so the body
  // follows the fingers.
  const stepsPerLog = -1 / Math.log(0.88);
  const wheel = (x, y, steps) => {
    // Emscripten 3.1.6's GLFW passes a wheel event's deltaY on unchanged as
    // the scroll: in pixels, and down positive, where GLFW counts steps, up
    // positive. So the event it gets carries the steps.
    const e = new WheelEvent('wheel', { clientX: x, clientY: y, deltaMode: 0, deltaY: steps, bubbles: true, cancelable: true });
    ours.add(e);
    return e;
  };
  let mode = null; // 'orbit', 'pinch'
  let last = null;
  const queue = [];
  const mouse = (type, x, y, button) =>
    new MouseEvent(type, { clientX: x, clientY: y, button, buttons: type === 'mouseup' ? 0 : 1 << button,
                           bubbles: true, cancelable: true });
  const send = (event) => {
    if (queue.length) queue.push(event);
    else canvas.dispatchEvent(event);
  };
  const pump = () => {
    if (queue.length) canvas.dispatchEvent(queue.shift());
    if (queue.length) requestAnimationFrame(pump);
  };
  const press = (x, y, button) => {
    send(mouse('mousemove', x, y, button));
    queue.push(mouse('mousedown', x, y, button));
    requestAnimationFrame(() => requestAnimationFrame(pump));
  };
  const mid = (t) => ({ x: (t[0].clientX + t[1].clientX) / 2, y: (t[0].clientY + t[1].clientY) / 2,
                        d: Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY) });
  const end = () => {
    if (mode === 'orbit') send(mouse('mouseup', last.x, last.y, 0));
    if (mode === 'pinch') send(mouse('mouseup', last.x, last.y, 2));
    mode = null;
  };
  const on = (type, handler) => window.addEventListener(type, (e) => {
    if (e.target !== canvas) return;
    e.preventDefault();
    e.stopPropagation();
    handler(e);
  }, { capture: true, passive: false });
  on('touchstart', (e) => {
    end();
    const t = e.touches;
    if (t.length === 1) {
      mode = 'orbit';
      last = { x: t[0].clientX, y: t[0].clientY };
      press(last.x, last.y, 0);
    } else if (t.length === 2) {
      mode = 'pinch';
      last = mid(t);
      press(last.x, last.y, 2);
    }
  });
  on('touchmove', (e) => {
    const t = e.touches;
    if (mode === 'orbit' && t.length === 1) {
      last = { x: t[0].clientX, y: t[0].clientY };
      send(mouse('mousemove', last.x, last.y, 0));
    } else if (mode === 'pinch' && t.length === 2) {
      const m = mid(t);
      if (last.d > 0 && m.d > 0)
        send(wheel(m.x, m.y, stepsPerLog * Math.log(m.d / last.d)));
      send(mouse('mousemove', m.x, m.y, 2));
      last = m;
    }
  });
  on('touchend', end);
  on('touchcancel', end);
  // The mouse wheel, in steps: 100 pixels, 3 lines or 1/80 page a step, up positive.
  window.addEventListener('wheel', (e) => {
    if (e.target !== canvas || ours.has(e)) return;
    e.preventDefault();
    e.stopPropagation();
    const perStep = [100, 3, 1 / 80][e.deltaMode] || 100;
    canvas.dispatchEvent(wheel(e.clientX, e.clientY, -e.deltaY / perStep));
  }, { capture: true, passive: false });
})();
