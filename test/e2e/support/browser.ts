/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * A headless Chromium (Debian's package, see scripts/lib/chromium.ts) driven by playwright-core,
 * with a fresh profile per run, and numbered screenshots of each step in a results folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, selectors, type BrowserContext, type Page } from 'playwright-core';

import { ensureChromium } from '../../../scripts/lib/chromium';
import { REPO_ROOT } from '../../../scripts/lib/paths';

/**
 * Flags for a quiet, offline-friendly headless run: no sandbox (CI runs as root), no GPU, no
 * background traffic to Google services (there is no network here, and waiting on it is slow).
 */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Screenshots and DOM dumps of the e2e runs (git-ignored with the rest of test-results). */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');

export interface BrowserSession {
	page: Page;
	/** Saves `<results>/<nn>-<name>.png` (numbered in call order) and returns its path. */
	screenshot(name: string): Promise<string>;
	/** Writes the page's HTML next to the screenshots: for finding selectors when a step fails. */
	dumpDom(name: string): Promise<string>;
	close(): Promise<void>;
}

export async function openBrowser(options: { resultsDir?: string } = {}): Promise<BrowserSession> {
	const executablePath = await ensureChromium();
	const resultsDir = options.resultsDir ?? RESULTS_DIR;
	mkdirSync(resultsDir, { recursive: true });
	// n8n marks its elements with data-test-id (not playwright's default data-testid).
	selectors.setTestIdAttribute('data-test-id');
	const profileDir = mkdtempSync(join(tmpdir(), 'fivetran-e2e-chromium-'));
	const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1440, height: 900 },
	});
	const page = context.pages()[0] ?? (await context.newPage());
	let shots = 0;
	const numbered = (name: string, extension: string) =>
		join(resultsDir, `${String(++shots).padStart(2, '0')}-${name}.${extension}`);
	return {
		page,
		async screenshot(name) {
			const path = numbered(name, 'png');
			await page.screenshot({ path });
			return path;
		},
		async dumpDom(name) {
			const path = numbered(name, 'html');
			writeFileSync(path, await page.content());
			return path;
		},
		async close() {
			await context.close();
			rmSync(profileDir, { recursive: true, force: true });
		},
	};
}
