// Reads the PNGs the tests compare: 8-bit RGBA or RGB, not interlaced,
// every filter (the browser writes filter 0, libpng on the desktop Up).
import { inflateSync } from 'node:zlib';

export function readPng(bytes) {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8, width = 0, height = 0, channels = 4;
  const idat = [];
  const text = {};
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0 || (data[9] !== 6 && data[9] !== 2))
        throw new Error('only 8-bit RGB(A), not interlaced');
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'iTXt') {
      const key = data.subarray(0, data.indexOf(0)).toString('latin1');
      let p = key.length + 3; // NUL, compression flag, method
      p = data.indexOf(0, p) + 1; // language
      p = data.indexOf(0, p) + 1; // translated keyword
      text[key] = data.subarray(p).toString('utf8');
    }
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rgba = Buffer.alloc(width * height * 4);
  const prev = Buffer.alloc(stride), cur = Buffer.alloc(stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; ++i) {
      const a = i >= channels ? cur[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = (line[i] + p) & 0xff;
    }
    for (let x = 0; x < width; ++x)
      for (let k = 0; k < 4; ++k)
        rgba[(y * width + x) * 4 + k] = k < channels ? cur[x * channels + k] : 255;
    cur.copy(prev);
  }
  return { width, height, rgba, text };
}
