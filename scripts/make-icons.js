// Draws the add-in icons (a green sheet with grid lines and a check mark) at 16/32/64/80/128 px into assets/.
// Run: node scripts/make-icons.js
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');

function draw(size) {
  const png = new PNG({ width: size, height: size });
  const S = 4; // supersampling for smooth edges
  const bg = [33, 115, 70]; // Excel green
  const paper = [255, 255, 255];
  const line = [180, 200, 190];
  const check = [230, 120, 20];
  const r = size * 0.18;
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const pad = size * 0.18;
  const sheet = { x1: pad, y1: pad, x2: size - pad, y2: size - pad };
  const lw = Math.max(size / 32, 0.6);
  const cw = Math.max(size / 10, 1.4);
  const p1 = [size * 0.38, size * 0.62];
  const p2 = [size * 0.5, size * 0.76];
  const p3 = [size * 0.84, size * 0.34];
  const distSeg = (px, py, a, b) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const px = x + (sx + 0.5) / S;
          const py = y + (sy + 0.5) / S;
          let c = null;
          if (inRounded(px, py)) {
            c = bg;
            if (px >= sheet.x1 && px <= sheet.x2 && py >= sheet.y1 && py <= sheet.y2) {
              c = paper;
              const gx = (px - sheet.x1) / (sheet.x2 - sheet.x1);
              const gy = (py - sheet.y1) / (sheet.y2 - sheet.y1);
              const w = sheet.x2 - sheet.x1;
              for (const g of [1 / 3, 2 / 3]) {
                if (Math.abs(gx - g) * w < lw / 2 || Math.abs(gy - g) * w < lw / 2) c = line;
              }
              if (gy < 1 / 3 && !(Math.abs(gx - 1 / 3) * w < lw / 2 || Math.abs(gx - 2 / 3) * w < lw / 2)) c = [214, 234, 222];
            }
            if (distSeg(px, py, p1, p2) < cw / 2 || distSeg(px, py, p2, p3) < cw / 2) c = check;
          }
          if (c) acc = [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2], acc[3] + 255];
        }
      }
      const n = S * S;
      const i = (y * size + x) * 4;
      const a = acc[3] / n;
      const cov = acc[3] / 255 || 1;
      png.data[i] = Math.round(acc[0] / cov);
      png.data[i + 1] = Math.round(acc[1] / cov);
      png.data[i + 2] = Math.round(acc[2] / cov);
      png.data[i + 3] = Math.round(a);
    }
  }
  return PNG.sync.write(png);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
}
console.log('icons written to assets/');
