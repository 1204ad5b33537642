// Takes screenshots of built pages for a person to look at: node scripts/screenshot.mjs <out-dir> <path> [width] [dark|light|print]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_FLAGS, findProgram } from './system-programs.mjs';

const [out = '/tmp/shots', path = '/', width = '1280', mode = 'light'] = process.argv.slice(2);
const port = 4900 + Math.floor(Math.random() * 90);
const server = await startServer({ port });
const browser = await chromium.launch({ executablePath: findProgram('chromium'), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: mode === 'dark' ? 'dark' : 'light' });
if (mode === 'print') await page.emulateMedia({ media: 'print' });
await page.goto(`http://127.0.0.1:${port}${path}`);
await page.waitForTimeout(300);
const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${mode}.png`;
await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
console.log(file);
await browser.close();
server.close();
