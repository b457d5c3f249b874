import { launchChromium } from './browser';
import { serveStatic } from './server';
import { STATIC_DIR } from './storybook';
const server = await serveStatic(STATIC_DIR);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const id of (process.env.IDS ?? 'playground--docs').split(',')) {
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=docs${process.env.Q ?? ''}`);
    await page.waitForSelector('#storybook-docs svg[role="img"]');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/i12-${id}.png`, fullPage: true });
  }
} finally {
  await browser.close();
  await server.close();
}
