/**
 * A small client for a running n8n: the editor's REST API (`/rest`, session cookie) and the
 * public API (`/api/v1`, an API key this client creates for itself on first use).
 */

export interface OwnerLogin {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/** Sent with every call: n8n ties the session cookie to the browser id it was issued for. */
const BROWSER_ID = 'n8n-nodes-fivetran-tooling';

/** Statuses of an execution that is still going: its data is not complete yet. */
const UNSETTLED_STATUSES = ['new', 'running', 'waiting'];

/** An execution as the public API returns it with `includeData=true`. */
export interface N8nExecution {
	id: string;
	workflowId: string;
	mode: string;
	status: string;
	finished: boolean;
	data?: {
		resultData: {
			runData: Record<
				string,
				Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> } }>
			>;
			error?: { message?: string };
		};
	};
}

/** A node type as `/types/nodes.json` lists it (the fields the tooling reads). */
export interface N8nNodeType {
	name: string;
	version: number | number[];
	iconUrl?: string | { light: string; dark: string };
	properties: unknown[];
}

export class N8nHttpError extends Error {
	constructor(
		readonly status: number,
		readonly path: string,
		body: string,
	) {
		super(`n8n answered ${status} to ${path}: ${body.slice(0, 500)}`);
	}
}

export class N8nApi {
	private apiKey?: string;

	private constructor(
		readonly url: string,
		private readonly cookie: string,
	) {}

	/** Logs in as `owner` (POST /rest/login) and keeps the session cookie. */
	static async login(url: string, owner: Pick<OwnerLogin, 'email' | 'password'>): Promise<N8nApi> {
		const response = await fetch(`${url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!response.ok) throw new N8nHttpError(response.status, '/rest/login', await response.text());
		const cookie = response.headers
			.getSetCookie()
			.map((header) => header.split(';')[0])
			.join('; ');
		return new N8nApi(url, cookie);
	}

	/** Calls the editor's REST API; resolves to the `data` of n8n's envelope. */
	async rest<T>(method: string, path: string, body?: unknown): Promise<T> {
		const envelope = await this.call<{ data: T }>(
			method,
			`/rest${path}`,
			this.sessionHeaders(),
			body,
		);
		return envelope.data;
	}

	/** Calls the public API (`/api/v1`); creates an API key for this client first. */
	async publicApi<T>(method: string, path: string, body?: unknown): Promise<T> {
		this.apiKey ??= await this.createApiKey();
		return await this.call<T>(method, `/api/v1${path}`, { 'x-n8n-api-key': this.apiKey }, body);
	}

	/** The executions of a workflow, newest first, with their data. */
	async executions(workflowId: string): Promise<N8nExecution[]> {
		const page = await this.publicApi<{ data: N8nExecution[] }>(
			'GET',
			`/executions?workflowId=${encodeURIComponent(workflowId)}&includeData=true&limit=100`,
		);
		return page.data;
	}

	/** Names of every node type the editor offers (`/types/nodes.json`, behind the login). */
	async nodeTypeNames(): Promise<string[]> {
		return (await this.nodeTypes()).map((type) => type.name);
	}

	/** Every node type the editor offers, one entry per version, with its icon URLs. */
	async nodeTypes(): Promise<N8nNodeType[]> {
		return await this.call<N8nNodeType[]>('GET', '/types/nodes.json', this.sessionHeaders());
	}

	/** Names of every credential type n8n loaded (`/types/credentials.json`, behind the login). */
	async credentialTypeNames(): Promise<string[]> {
		const types = await this.call<Array<{ name: string }>>(
			'GET',
			'/types/credentials.json',
			this.sessionHeaders(),
		);
		return types.map((type) => type.name);
	}

	/**
	 * GETs a path of the editor with the session (e.g. a node's icon); resolves to the answer.
	 * Sent twice when the connection closes under it: fetch reuses a kept-alive socket, which
	 * n8n may close at the same moment.
	 */
	async get(path: string): Promise<Response> {
		const send = async () =>
			await fetch(`${this.url}/${path.replace(/^\//, '')}`, { headers: this.sessionHeaders() });
		try {
			return await send();
		} catch {
			return await send();
		}
	}

	private sessionHeaders(): Record<string, string> {
		return { cookie: this.cookie, 'browser-id': BROWSER_ID };
	}

	/** The executions of a workflow that have finished (successfully or not), newest first. */
	async settledExecutions(workflowId: string): Promise<N8nExecution[]> {
		const all = await this.executions(workflowId);
		return all.filter((execution) => !UNSETTLED_STATUSES.includes(execution.status));
	}

	private async createApiKey(): Promise<string> {
		const created = await this.rest<{ rawApiKey: string }>('POST', '/api-keys', {
			label: `tooling ${Date.now()}`,
			expiresAt: null,
			scopes: [
				'workflow:read',
				'workflow:list',
				'workflow:activate',
				'workflow:deactivate',
				'execution:read',
				'execution:list',
			],
		});
		return created.rawApiKey;
	}

	private async call<T>(
		method: string,
		path: string,
		headers: Record<string, string>,
		body?: unknown,
	): Promise<T> {
		const response = await fetch(`${this.url}${path}`, {
			method,
			headers: {
				...headers,
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new N8nHttpError(response.status, path, text);
		return (text ? JSON.parse(text) : {}) as T;
	}
}
