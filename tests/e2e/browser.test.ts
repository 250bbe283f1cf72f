// Without Chromium the browser tests must fail, saying how to install it, never skip silently.
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserMissingError, launchChromium } from '../../scripts/bench/ui/browser.ts';

describe('launching Chromium', () => {
  const saved = process.env.KG_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.KG_CHROMIUM;
    else process.env.KG_CHROMIUM = saved;
  });

  it('fails with the install command when the browser is missing', async () => {
    process.env.KG_CHROMIUM = '/nonexistent/chromium';
    const launch = launchChromium();
    await expect(launch).rejects.toThrow(BrowserMissingError);
    await expect(launch).rejects.toThrow(/apt-get install -y chromium/);
  });
});
