// Debian's Chromium, driven by playwright-core, for the end-to-end tests, the UI benchmark and the screenshots.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or KG_CHROMIUM. */
export const chromiumPath = (): string => process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
  readonly code = 'CHROMIUM_MISSING';
  constructor(path: string) {
    super(
      `Chromium is not installed at ${path}, and the explorer's browser tests need it. ` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium ' +
        '(or set KG_CHROMIUM to another Chromium binary).',
    );
  }
}

/** Headless (WebGL in software: SwiftShader), and none of Chromium's own network chatter. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new BrowserMissingError(executablePath);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
