// The browser build in a real browser (headless Chromium with WebGL 2 on
// SwiftShader), as a user meets it: the page loads and draws the body, a drag
// orbits it, the evidence-based map with T4 and T10 lit comes from a link and
// from the panel, the skin answers a hover, a click lights its level, the
// link reproduces the scene after a reload, and a saved figure downloads and
// matches the desktop's render of the scene it carries. docs/web.md.
//
// Needs build/web/site (tools/web.sh), /usr/bin/chromium, and the desktop
// program (DERMAVIEW_DESKTOP, default build/release/bin/dermaview).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { readPng } from './png.mjs';
import { serve } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = process.env.DERMAVIEW_SITE || join(root, 'build/web/site');
const desktop = process.env.DERMAVIEW_DESKTOP || join(root, 'build/release/bin/dermaview');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const W = 1000, H = 700;

let server, browser, base, downloads;

before(async () => {
  for (const [what, path] of [['the site (tools/web.sh)', join(site, 'dermaview.wasm')], ['Chromium', chromium],
                              ['the desktop program', desktop]])
    if (!existsSync(path)) throw new Error(`${what} is missing: ${path}`);
  server = await serve(site);
  base = `http://127.0.0.1:${server.address().port}/`;
  downloads = mkdtempSync(join(tmpdir(), 'dermaview-web-'));
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless=new', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
           '--force-device-scale-factor=1', `--window-size=${W},${H}`],
    defaultViewport: { width: W, height: H, deviceScaleFactor: 1 },
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

// A page at `link` (the part after '#'), once its first frame is drawn.
async function open(link = '') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Errors, and WebGL's complaints (warnings: the call did nothing).
  page.on('console', (m) => { if (m.type() === 'error' || /GL_INVALID/.test(m.text())) errors.push(m.text()); });
  await page.goto(base + (link ? '#' + link : ''));
  await page.waitForFunction(() => window.dermaview && dermaview.frames() > 2, { timeout: 120000, polling: 200 });
  page.errors = errors;
  return page;
}

const run = (page, script) => page.evaluate((s) => dermaview.run(s), script);
const canvasPixels = async (page) => {
  const shot = await page.screenshot({ type: 'png' });
  return readPng(Buffer.from(shot));
};
// Pixels that are skin-coloured or band-coloured: not the grey studio backdrop.
function colourful(img, x, y) {
  const i = (y * img.width + x) * 4;
  const [r, g, b] = [img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]];
  return Math.max(r, g, b) - Math.min(r, g, b) > 25;
}
function countColourful(img, x0, x1, y0 = 0) {
  let n = 0;
  for (let y = y0; y < img.height; y += 2)
    for (let x = x0; x < x1; x += 2) n += colourful(img, x, y) ? 1 : 0;
  return n;
}

test('the page draws the lit body with the classical chart, and a drag orbits it', async () => {
  const page = await open();
  const first = await canvasPixels(page);
  // The body stands right of the panel: plenty of skin and band colour there.
  const before = countColourful(first, Math.round(W * 0.45), W);
  assert.ok(before > 2000, `the body is drawn (${before} coloured samples)`);
  assert.equal(await page.evaluate(() => dermaview.link()), '', 'the default scene has an empty link');
  const ms = await page.evaluate(() => dermaview.firstFrameMs);
  console.log(`first frame after ${Math.round(ms)} ms (headless Chromium, SwiftShader)`);
  // Orbit: a left drag across the body turns it; the picture changes.
  await page.mouse.move(W * 0.7, H * 0.5);
  await page.mouse.down();
  for (let i = 1; i <= 10; ++i) await page.mouse.move(W * 0.7 + i * 25, H * 0.5);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const turned = await canvasPixels(page);
  let changed = 0;
  for (let i = 0; i < turned.rgba.length; i += 4) changed += turned.rgba[i] !== first.rgba[i] ? 1 : 0;
  assert.ok(changed > 5000, `the drag turned the body (${changed} pixels changed)`);
  const yaw = await page.evaluate(() => dermaview.scene().camera.yaw_deg);
  assert.ok(Math.abs((yaw + 540) % 360 - 180) > 20, `the camera turned (yaw ${yaw})`);
  // The wheel one notch up zooms in one step, as on the desktop (x 0.88).
  const distance = () => page.evaluate(() => dermaview.scene().camera.distance);
  const far = await distance();
  // Over the body, not over the colour key beside it (the key takes the wheel there).
  await page.mouse.move(W * 0.6, H * 0.5);
  await page.mouse.wheel({ deltaY: -100 });
  await page.waitForFunction((d) => dermaview.scene().camera.distance < d, { timeout: 10000, polling: 50 }, far);
  const ratio = (await distance()) / far;
  assert.ok(Math.abs(ratio - 0.88) < 0.01, `one step in (x ${ratio})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the panel switches to the evidence-based map, lights T4 and T10, and the link follows', async () => {
  const page = await open();
  const script = 'select Map evidence\nsettle\ncheck T4 on\ncheck T10 on\nsettle\n' +
                 'expect map evidence\nexpect levels T4,T10';
  assert.equal(await run(page, script), 'passed');
  assert.equal(await page.evaluate(() => dermaview.link()), 'map=evidence&levels=T4,T10');
  assert.equal(await page.evaluate(() => location.hash), '#map=evidence&levels=T4,T10');
  // Side by side: the second body is drawn in the right half too (its legs,
  // below the colour key).
  assert.equal(await run(page, 'click "Full chart"\nclick "Side by side"\nsettle\nexpect compare "side by side"'), 'passed');
  const both = await canvasPixels(page);
  const right = countColourful(both, Math.round(W * 0.75), W, Math.round(H * 0.5));
  assert.ok(right > 1000, `a body in the right half (${right} coloured samples)`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a link reproduces its scene after a reload, and the skin answers', async () => {
  const link = 'map=evidence&levels=T4,T10&view=posterior';
  const page = await open(link);
  assert.equal(await page.evaluate(() => dermaview.link()), link);
  await page.reload();
  await page.waitForFunction(() => window.dermaview && dermaview.frames() > 2, { timeout: 120000, polling: 200 });
  assert.equal(await page.evaluate(() => dermaview.link()), link, 'the same scene after a reload');
  // Front view, the full chart; hover the umbilicus: the answer names T10;
  // a click on the nipple lights T4.
  // The answer is read while the script's pointer is there (docs/scripting.md, expect text).
  assert.equal(await run(page, 'key 1\nsettle\nclick "Full chart"\nhover @umbilicus\nexpect text T10'), 'passed');
  assert.equal(await run(page, 'click @nipple\nexpect levels T4'), 'passed');
  assert.equal(await page.evaluate(() => dermaview.link()), 'map=evidence&levels=T4');
  await page.close();
});

test('a link with a mistake says what is wrong and where', async () => {
  const page = await browser.newPage();
  await page.goto(base + '#map=evidence&levels=T4,X99');
  await page.waitForFunction(() => document.getElementById('status').classList.contains('failed'),
                             { timeout: 120000, polling: 200 });
  const told = await page.evaluate(() => document.getElementById('status').textContent);
  assert.match(told, /'X99' is not a level/);
  assert.match(told, /after '#'/);
  await page.close();
});

test('keys choose views, one finger orbits, and a high-density screen gets a sharp canvas', async () => {
  const page = await open();
  await page.focus('#canvas');
  await page.keyboard.press('2');
  await page.waitForFunction(() => dermaview.link() === 'view=posterior', { timeout: 30000, polling: 100 });
  assert.equal(await run(page, 'settle'), 'passed'); // the camera's move to the back has ended
  const yaw = () => page.evaluate(() => dermaview.scene().camera.yaw_deg);
  const yawBack = await yaw();
  // One finger across the body: the same turn as a left drag.
  const cdp = await page.target().createCDPSession();
  const touch = (type, x) => cdp.send('Input.dispatchTouchEvent',
    { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: H * 0.5 }] });
  await touch('touchStart', W * 0.6);
  for (let i = 1; i <= 10; ++i) await touch('touchMove', W * 0.6 + i * 25);
  await touch('touchEnd');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const turned = Math.abs(((await yaw()) - yawBack + 540) % 360 - 180);
  assert.ok(turned > 20, `the finger turned the body (${turned} degrees)`);
  // Two fingers spreading apart: the camera comes closer.
  const distance = () => page.evaluate(() => dermaview.scene().camera.distance);
  const far = await distance();
  const pinch = (type, spread) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] :
    [{ x: W * 0.65 - spread, y: H * 0.5, id: 1 }, { x: W * 0.65 + spread, y: H * 0.5, id: 2 }] });
  await pinch('touchStart', 40);
  for (let i = 1; i <= 8; ++i) await pinch('touchMove', 40 + i * 15);
  await pinch('touchEnd');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const near = await distance();
  assert.ok(near < 0.9 * far, `the pinch zoomed in (distance ${far} -> ${near})`);
  // Twice the device pixels: the drawing buffer follows, the panel keeps its size on the page.
  await page.setViewport({ width: W, height: H, deviceScaleFactor: 2 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 2 * innerWidth,
                             { timeout: 30000, polling: 100 });
  assert.equal(await run(page, 'key 1\nsettle\nexpect view anterior'), 'passed');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a saved figure downloads and matches the desktop render of its scene', async () => {
  const page = await open('map=evidence&levels=T4,T10');
  const cdp = await page.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  assert.equal(await run(page, 'check Transparent on\nkey F12\nwait 3'), 'passed');
  let files = [];
  for (let i = 0; i < 100 && !files.length; ++i) {
    await new Promise((r) => setTimeout(r, 200));
    files = readdirSync(downloads).filter((f) => f.endsWith('.png'));
  }
  assert.equal(files.length, 1, 'one figure downloaded');
  const webFile = join(downloads, files[0]);
  const web = readPng(readFileSync(webFile));
  const scene = JSON.parse(web.text['Dermaview scene']);
  assert.equal(scene.map, 'evidence');
  // The desktop renders the scene the browser's figure carries.
  const nativeFile = join(downloads, 'desktop.png');
  execFileSync(desktop, ['render', '--scene', webFile, '-o', nativeFile], { stdio: 'inherit' });
  const native = readPng(readFileSync(nativeFile));
  assert.equal(web.width, native.width);
  assert.equal(web.height, native.height);
  // Body outline: the opaque pixels of both transparent figures.
  let both = 0, either = 0, far = 0;
  let diff = 0;
  for (let i = 0; i < web.rgba.length; i += 4) {
    const a = web.rgba[i + 3] > 127, b = native.rgba[i + 3] > 127;
    either += a || b ? 1 : 0;
    if (!(a && b)) continue;
    both += 1;
    const d = Math.max(Math.abs(web.rgba[i] - native.rgba[i]), Math.abs(web.rgba[i + 1] - native.rgba[i + 1]),
                       Math.abs(web.rgba[i + 2] - native.rgba[i + 2]));
    diff += d;
    far += d > 48 ? 1 : 0;
  }
  const iou = both / either;
  console.log(`figure ${web.width}x${web.height}: outline IoU ${iou.toFixed(4)}, mean colour difference ` +
              `${(diff / both).toFixed(2)}, ${(100 * far / both).toFixed(2)} % of the body off by more than 48`);
  assert.ok(both > 20000, 'the figure shows the body');
  assert.ok(iou > 0.97, `the outlines agree (IoU ${iou})`);
  assert.ok(diff / both < 8, `the colours agree on average (${diff / both})`);
  assert.ok(far / both < 0.03, `few pixels differ much (${far / both})`);
  await page.close();
});
