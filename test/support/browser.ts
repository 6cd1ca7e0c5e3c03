/**
 * The browser side of the end-to-end tests: Debian's Chromium driven by playwright-core (no browser download), a
 * demo server on loopback with the web app's production build, and screenshots of each main page saved under
 * test-output/screenshots/ for a person to look at.
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { DemoAccount } from "../../src/server/demo/seed-demo-region.ts";
import { type RunningServer, startServer } from "../../src/server/start-server.ts";
import { ApiClient } from "./api-client.ts";
import { EXAMPLES_DIR } from "./server-harness.ts";

export const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-output/screenshots", import.meta.url));
const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error("没有找到 Chromium（Debian 软件包 chromium，由 scripts/setup.sh 安装）");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"],
  });
}

/** A page at the smallest size the app must work at (1366×768), in Chinese, downloads allowed. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", acceptDownloads: true });
}

export interface WebRegion {
  server: RunningServer;
  url: string;
  account(role: DemoAccount["role"]): DemoAccount;
  stop(): Promise<void>;
}

/** `jixiao serve --demo` in this process on a fresh SQLite file: the five sample units and one account per role. */
export async function startWebRegion(): Promise<WebRegion> {
  const dataDir = mkdtempSync(join(tmpdir(), "jixiao-web-"));
  const server = await startServer({
    database: `sqlite:${join(dataDir, "jixiao.db")}`,
    host: "127.0.0.1",
    port: 0,
    demo: { examplesDir: EXAMPLES_DIR, dataDir },
    webRoot: process.env.JIXIAO_WEB_ROOT,
  });
  return {
    server,
    url: server.url,
    account(role) {
      const found = server.demoAccounts.find((account) => account.role === role);
      if (!found) throw new Error(`no demo account for ${role}`);
      return found;
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form, as a person does, and waits for the first page after it. */
export async function signIn(page: Page, url: string, account: DemoAccount): Promise<void> {
  await page.goto(url);
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出" }).waitFor();
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Saves a screenshot of one part of a page (a header, a table) as test-output/screenshots/<name>.png. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await part.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

export interface BrowserEnvironment {
  readonly region: WebRegion;
  readonly browser: Browser;
  /** An API client signed in as the demo account of `role` (to prepare a report the way the pages would). */
  apiAs(role: DemoAccount["role"]): Promise<ApiClient>;
}

/** For a test file: a demo server and a browser started before its tests and stopped after them. */
export function useBrowserEnvironment(): BrowserEnvironment {
  let region: WebRegion | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    region = await startWebRegion();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await region?.stop();
  });
  const environment: BrowserEnvironment = {
    get region() {
      if (!region) throw new Error("the demo server is not started yet");
      return region;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not started yet");
      return browser;
    },
    async apiAs(role) {
      const client = new ApiClient({ baseUrl: environment.region.url });
      const account = environment.region.account(role);
      expect((await client.signIn(account.username, account.password)).status).toBe(200);
      return client;
    },
  };
  return environment;
}
