/**
 * A minimal ICredentialsHelper for in-process runs: returns the test's credentials by type and
 * applies a credential type's `authenticate` exactly like n8n's CLI does for generic auth
 * (resolving `={{$credentials.x}}` expressions), so the Basic header reaches the emulator.
 */
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
} from 'n8n-workflow';

/**
 * The name in a plain `={{$credentials.name}}` reference. Those are read directly: evaluating
 * them as expressions costs milliseconds per request, which 10,000-item tests cannot afford.
 */
function credentialReference(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	return /^=\{\{\s*\$credentials\.(\w+)\s*\}\}$/.exec(value)?.[1];
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Record<string, ICredentialType>,
		private readonly values: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const authenticate = this.credentialTypes[typeName]?.authenticate;
		if (authenticate === undefined) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		const resolve = (value: unknown): unknown => {
			const reference = credentialReference(value);
			if (reference !== undefined) return credentials[reference];
			return typeof value === 'string' && value.startsWith('=') && workflow && node
				? workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		};
		const target = options as unknown as Record<string, IDataObject | undefined>;
		for (const [outerKey, inner] of Object.entries(authenticate.properties)) {
			const resolved: IDataObject = { ...(target[outerKey] ?? {}) };
			for (const [key, value] of Object.entries(inner as IDataObject)) {
				resolved[key] = resolve(value) as IDataObject[string];
			}
			target[outerKey] = resolved;
		}
		return options;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('getCredentials is not used by in-process test runs');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const values = this.values[type];
		if (values === undefined) throw new Error(`No test credentials of type "${type}"`);
		// A copy: n8n may add fields (pre-authentication) to what it gets.
		return { ...values };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type]?.properties ?? [];
	}
}
