import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { packagedChromium, type ChromiumInstall } from '../helpers/chromium.ts';

/** The Chromium of the project's own install (tests/helpers/chromium.ts), or the one CHROMIUM_PATH names. */
async function chromiumInstall(): Promise<ChromiumInstall> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen === undefined || chosen === '') return packagedChromium();
  if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH names ${chosen}, which does not exist.`);
  return { executablePath: chosen, env: process.env };
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile. */
export async function launchChromium(): Promise<TestBrowser> {
  const { executablePath, env } = await chromiumInstall();
  const profile = mkdtempSync(path.join(tmpdir(), 'coopgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    env,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    // The page then skips its animations (a user preference it honours), which keeps the tests quick.
    reducedMotion: 'reduce',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium for the test file: launched before its tests, closed after them. The browser it gives is
 * usable from the first test on (its context is the launched one's).
 */
export function useChromium(): TestBrowser {
  let launched: TestBrowser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get context() {
      if (!launched) throw new Error('Chromium is not launched yet: use the browser inside a test');
      return launched.context;
    },
    close: async () => launched?.close(),
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions so far. */
  errors: string[];
  /** Hosts the page asked for anything. */
  hosts: Set<string>;
}

export async function openPage(
  browser: TestBrowser,
  url: string,
  { viewport }: { viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  const hosts = new Set<string>();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const { protocol, host } = new URL(request.url());
    if (protocol === 'http:' || protocol === 'https:') hosts.add(host);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.explorer?.ready === true);
  await settle(page);
  return { page, errors, hosts };
}

/** Waits until the explorer has no fetch, layout or panel update in flight. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.explorer.idle());
}

/** Where a node is on the page, for real mouse events. */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.cy;
    const node = cy.getElementById(id);
    if (node.empty()) throw new Error(`${id} is not on screen`);
    const at = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, key);
}
