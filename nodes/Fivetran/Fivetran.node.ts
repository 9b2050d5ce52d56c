import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { FivetranV1 } from './v1/FivetranV1';

/** Versioned wrapper: only v1 exists; a v2 adds one line here. */
export class Fivetran extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'Fivetran',
			name: 'fivetran',
			icon: { light: 'file:fivetran.svg', dark: 'file:fivetran.dark.svg' },
			group: ['transform'],
			subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
			description:
				'Manage Fivetran connections (connectors), syncs, users, groups, destinations, webhooks, teams and system keys',
			defaultVersion: 1,
		};

		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new FivetranV1(baseDescription),
		};

		super(nodeVersions, baseDescription);
	}
}
