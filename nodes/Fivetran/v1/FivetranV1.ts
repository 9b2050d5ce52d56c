import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';

import { router } from './actions/router';
import { versionDescription } from './actions/versionDescription';
import { listSearch, loadOptions } from './methods';
import { credentialTest } from '../../shared/credentialTest';

/**
 * Version 1 of the Fivetran node. Not named `*.node.ts`: n8n's custom-extensions loader
 * (`N8N_CUSTOM_EXTENSIONS`, `~/.n8n/custom`, `n8n-node dev`) loads every `*.node.js` as a node
 * of its own and refuses to start on this class (decisions.md). Name, display name, group and
 * icon come from the wrapper (Fivetran.node.ts), whose folder n8n resolves the icon from.
 */
export class FivetranV1 implements INodeType {
	description: INodeTypeDescription;

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = { ...baseDescription, ...versionDescription };
	}

	methods = { listSearch, loadOptions, credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
