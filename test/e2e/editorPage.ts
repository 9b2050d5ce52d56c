/**
 * The few steps of n8n 2.41's editor the browser tests take, by the `data-test-id`s n8n's own
 * end-to-end tests use (found by dumping the DOM: BrowserSession.dumpDom).
 */
import type { Locator, Page } from 'playwright-core';

import type { OwnerLogin } from '../../scripts/lib/n8n';

/** Long enough for n8n's first page load on a cold, busy CI machine. */
const STEP_TIMEOUT_MS = 30_000;
/** How long a search may take to show the node looked for. */
const RESULT_WAIT_MS = 10_000;

export interface NodeResult {
	name: string;
	/** The node type behind the result, e.g. `n8n-nodes-fivetran.fivetran`. */
	type: string;
}

/** The fields of a node type description the tests read. */
export interface LoadedNodeType {
	name: string;
	displayName: string;
	outputs: unknown;
	codex?: { categories?: string[]; subcategories?: Record<string, string[]> };
}

/** The part of the DOM's HTMLImageElement used here (the test's TypeScript has no DOM lib). */
interface IconImage {
	complete: boolean;
	naturalWidth: number;
	addEventListener(event: 'load' | 'error', listener: () => void): void;
}

export class EditorPage {
	constructor(
		readonly page: Page,
		private readonly baseUrl: string,
	) {
		page.setDefaultTimeout(STEP_TIMEOUT_MS);
	}

	async signIn(owner: Pick<OwnerLogin, 'email' | 'password'>): Promise<void> {
		await this.page.goto(`${this.baseUrl}/signin`);
		await this.page.locator('#emailOrLdapLoginId').fill(owner.email);
		await this.page.locator('#password').fill(owner.password);
		await this.page.getByTestId('form-submit-button').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	}

	async openNewWorkflow(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.page.getByTestId('canvas').waitFor();
	}

	/** Opens the node panel (the "+" at the top right of the canvas). */
	async openNodePanel(): Promise<void> {
		await this.page.getByTestId('node-creator-plus-button').click();
		await this.searchBar().waitFor();
	}

	/**
	 * Types into the node panel's search and returns the results shown (name and node type).
	 * The panel filters after a short debounce, so this waits (up to RESULT_WAIT_MS) for a
	 * result of `awaitedType` before reading them; when none comes, the list read is what the
	 * person would see, and the caller's assertion says what is missing.
	 */
	async searchNodes(text: string, awaitedType: string): Promise<NodeResult[]> {
		await this.searchBar().fill(text);
		const items = this.page.getByTestId('item-iterator-item');
		await items
			.and(this.page.locator(`[data-keyboard-nav-id^="${awaitedType}-"]`))
			.first()
			.waitFor({ timeout: RESULT_WAIT_MS })
			.catch(() => undefined);
		const results: NodeResult[] = [];
		for (const item of await items.all()) {
			// e.g. "n8n-nodes-fivetran.fivetran-73c8ea2d-a1ff-4364-b868-316049f4a8ae"
			const navigationId = (await item.getAttribute('data-keyboard-nav-id')) ?? '';
			const name = await item.getByTestId('node-creator-item-name').innerText();
			results.push({ name: name.trim(), type: navigationId.replace(/-[0-9a-f-]{36}$/, '') });
		}
		return results;
	}

	/** A node panel result by its exact name. */
	nodeResult(name: string): Locator {
		return this.page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) })
			.first();
	}

	/** Whether the icon of a node panel result loaded (a broken icon path shows an empty frame). */
	async resultIconLoaded(name: string): Promise<boolean> {
		const icon = this.page
			.getByTestId('item-iterator-item')
			.filter({ has: this.nodeResult(name) })
			.locator('img')
			.first();
		return await icon.evaluate(
			(image: IconImage) =>
				new Promise<boolean>((resolve) => {
					if (image.complete) resolve(image.naturalWidth > 0);
					image.addEventListener('load', () => resolve(true));
					image.addEventListener('error', () => resolve(false));
				}),
		);
	}

	/** Opens a node's actions in the panel, expands its "Actions" group and picks one. */
	async chooseAction(nodeName: string, action: string): Promise<void> {
		await this.nodeResult(nodeName).click();
		await this.page
			.getByTestId('node-creator-category-item')
			.filter({ hasText: /^\s*Actions/ })
			.click();
		await this.nodeResult(action).click();
		await this.page.getByTestId('ndv').waitFor();
	}

	/** The text a parameter's input shows in the open node (e.g. the chosen option's name). */
	async parameterValue(parameter: string): Promise<string> {
		return await this.page
			.getByTestId(`parameter-input-${parameter}`)
			.locator('input')
			.first()
			.inputValue();
	}

	async chooseCredential(credentialId: string): Promise<void> {
		await this.page.getByTestId('node-credentials-select').click();
		await this.page.getByTestId(`node-credentials-select-item-${credentialId}`).click();
	}

	async credentialShown(): Promise<string> {
		return await this.page
			.getByTestId('node-credentials-select')
			.locator('input')
			.first()
			.inputValue();
	}

	/** Opens a resource locator's "From list" dropdown and returns the entries it shows. */
	async openResourceList(parameter: string): Promise<string[]> {
		await this.page.getByTestId(`resource-locator-${parameter}`).getByTestId('rlc-input').click();
		const items = this.page.getByTestId('rlc-item');
		await items.first().waitFor();
		return (await items.allInnerTexts()).map((item) => item.trim());
	}

	async chooseListEntry(name: string): Promise<void> {
		await this.page.getByTestId('rlc-item').filter({ hasText: name }).first().click();
	}

	/** "Execute step" in the open node; resolves when the output panel shows items. */
	async executeNode(): Promise<Locator> {
		await this.page.getByTestId('node-execute-button').click();
		const output = this.page.getByTestId('output-panel');
		await output.getByTestId('ndv-data-container').locator('table').first().waitFor();
		return output;
	}

	async closeNodeDetails(): Promise<void> {
		await this.page.getByTestId('ndv-close-button').click();
		await this.page.getByTestId('ndv').waitFor({ state: 'hidden' });
	}

	/** Clicks the "+" of a canvas node's Tool input (an AI Agent's): opens the tool panel. */
	async openToolConnector(): Promise<void> {
		await this.page
			.locator('[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"]')
			.getByTestId('canvas-handle-plus')
			.first()
			.click();
		await this.searchBar().waitFor();
	}

	/** The node types the editor loaded (`/types/nodes.json`, with this session's cookie). */
	async loadedNodeTypes(): Promise<LoadedNodeType[]> {
		const response = await this.page.request.get(`${this.baseUrl}/types/nodes.json`);
		if (!response.ok()) throw new Error(`/types/nodes.json answered ${response.status()}`);
		return (await response.json()) as LoadedNodeType[];
	}

	private searchBar(): Locator {
		return this.page.getByTestId('node-creator-search-bar');
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
