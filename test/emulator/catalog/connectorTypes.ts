/**
 * Static catalog of connector types served by GET /v1/metadata/connector-types and used to
 * validate `service` on connection create. A realistic subset (~25 services) of Fivetran's
 * catalog; the shape follows fivetran-api.md 3.7. Destinations (snowflake, bigquery, ...) are
 * deliberately absent: they are not connector types.
 */
import type { EmulatorState, ConnectorTypeRecord } from '../state';
import { track } from '../pagination';
import type { JsonObject } from '../types';

type Family = 'database' | 'saas' | 'file' | 'function' | 'sdk';

interface CatalogEntry {
	id: string;
	name: string;
	type: string;
	family: Family;
	description: string;
	/** Source tables the emulator pretends to find (schema config, column lookups). */
	tables: string[];
	status?: string;
	/** Service-specific config fields on top of the family's fields. */
	extraConfig?: string[];
}

const ENTRIES: CatalogEntry[] = [
	{
		id: 'google_sheets',
		name: 'Google Sheets',
		type: 'File',
		family: 'file',
		description: 'Google Sheets is a spreadsheet app.',
		tables: ['sheet'],
		extraConfig: ['sheet_id', 'named_range'],
	},
	{
		id: 'postgres',
		name: 'PostgreSQL',
		type: 'Database',
		family: 'database',
		description: 'PostgreSQL is an open-source relational database.',
		tables: ['users', 'orders', 'order_items'],
	},
	{
		id: 'mysql',
		name: 'MySQL',
		type: 'Database',
		family: 'database',
		description: 'MySQL is an open-source relational database.',
		tables: ['customers', 'invoices'],
	},
	{
		id: 'sql_server',
		name: 'SQL Server',
		type: 'Database',
		family: 'database',
		description: "Microsoft's relational database.",
		tables: ['accounts', 'transactions'],
	},
	{
		id: 'oracle',
		name: 'Oracle',
		type: 'Database',
		family: 'database',
		description: 'Oracle Database is a multi-model database.',
		tables: ['employees', 'departments'],
	},
	{
		id: 'mongo',
		name: 'MongoDB',
		type: 'Database',
		family: 'database',
		description: 'MongoDB is a document database.',
		tables: ['events', 'sessions'],
	},
	{
		id: 'dynamodb',
		name: 'DynamoDB',
		type: 'Database',
		family: 'database',
		description: 'Amazon DynamoDB is a key-value database.',
		tables: ['items'],
	},
	{
		id: 'salesforce',
		name: 'Salesforce',
		type: 'Sales',
		family: 'saas',
		description: 'Salesforce is a CRM platform.',
		tables: ['account', 'contact', 'opportunity', 'lead'],
	},
	{
		id: 'hubspot',
		name: 'HubSpot',
		type: 'Marketing',
		family: 'saas',
		description: 'HubSpot is an inbound marketing and sales platform.',
		tables: ['contact', 'company', 'deal'],
	},
	{
		id: 'stripe',
		name: 'Stripe',
		type: 'Finance',
		family: 'saas',
		description: 'Stripe is an online payments platform.',
		tables: ['charge', 'customer', 'invoice', 'subscription'],
	},
	{
		id: 'shopify',
		name: 'Shopify',
		type: 'API',
		family: 'saas',
		description: 'Shopify is an e-commerce platform.',
		tables: ['order', 'product', 'customer'],
		extraConfig: ['shop'],
	},
	{
		id: 'github',
		name: 'GitHub',
		type: 'Engineering',
		family: 'saas',
		description: 'GitHub is a code hosting platform.',
		tables: ['repository', 'issue', 'pull_request', 'commit'],
	},
	{
		id: 'jira',
		name: 'Jira',
		type: 'Engineering',
		family: 'saas',
		description: 'Jira is an issue tracking product.',
		tables: ['issue', 'project', 'sprint'],
		extraConfig: ['host'],
	},
	{
		id: 'zendesk',
		name: 'Zendesk Support',
		type: 'Support',
		family: 'saas',
		description: 'Zendesk Support is a customer service platform.',
		tables: ['ticket', 'user', 'organization'],
		extraConfig: ['domain'],
	},
	{
		id: 'intercom',
		name: 'Intercom',
		type: 'Support',
		family: 'saas',
		description: 'Intercom is a customer messaging platform.',
		tables: ['conversation', 'contact'],
	},
	{
		id: 'google_analytics_4',
		name: 'Google Analytics 4',
		type: 'Marketing',
		family: 'saas',
		description: 'Google Analytics 4 measures web and app traffic.',
		tables: ['events_report', 'traffic_report'],
		extraConfig: ['property_id'],
	},
	{
		id: 'facebook_ads',
		name: 'Facebook Ads',
		type: 'Marketing',
		family: 'saas',
		description: 'Facebook Ads is an advertising platform.',
		tables: ['ad', 'campaign', 'ad_set'],
		extraConfig: ['accounts'],
	},
	{
		id: 'netsuite_suiteanalytics',
		name: 'NetSuite SuiteAnalytics',
		type: 'Finance',
		family: 'saas',
		description: 'NetSuite is a cloud ERP.',
		tables: ['transactions', 'accounts'],
	},
	{
		id: 'workday',
		name: 'Workday HCM',
		type: 'HumanResources',
		family: 'saas',
		description: 'Workday is a human capital management system.',
		tables: ['worker', 'position'],
		status: 'beta',
	},
	{
		id: 'slack',
		name: 'Slack',
		type: 'Productivity',
		family: 'saas',
		description: 'Slack is a messaging platform.',
		tables: ['channel', 'message', 'user'],
	},
	{
		id: 'asana',
		name: 'Asana',
		type: 'Productivity',
		family: 'saas',
		description: 'Asana is a work management platform.',
		tables: ['task', 'project'],
	},
	{
		id: 'webhooks',
		name: 'Webhooks',
		type: 'Events',
		family: 'saas',
		description: 'Receive events over HTTP.',
		tables: ['webhook_event'],
	},
	{
		id: 's3',
		name: 'Amazon S3',
		type: 'File',
		family: 'file',
		description: 'Amazon S3 is an object storage service.',
		tables: ['files'],
		extraConfig: ['bucket', 'prefix', 'file_type'],
	},
	{
		id: 'sftp',
		name: 'SFTP',
		type: 'File',
		family: 'file',
		description: 'Sync files from an SFTP server.',
		tables: ['files'],
		extraConfig: ['host', 'port', 'folder_path'],
	},
	{
		id: 'connector_sdk',
		name: 'Connector SDK',
		type: 'Function',
		family: 'sdk',
		description: 'Build a custom connector in Python with the Fivetran Connector SDK.',
		tables: ['records'],
	},
	{
		id: 'aws_lambda',
		name: 'AWS Lambda',
		type: 'Function',
		family: 'function',
		description: 'Sync data returned by an AWS Lambda function.',
		tables: ['records'],
		extraConfig: ['function', 'role_arn'],
	},
	{
		id: 'google_cloud_function',
		name: 'Google Cloud Functions',
		type: 'Function',
		family: 'function',
		description: 'Sync data returned by a Google Cloud Function.',
		tables: ['records'],
		extraConfig: ['function_trigger'],
	},
	{
		id: 'azure_function',
		name: 'Azure Functions',
		type: 'Function',
		family: 'function',
		description: 'Sync data returned by an Azure Function.',
		tables: ['records'],
		extraConfig: ['function_app'],
	},
];

/** Config fields every service of a family takes (besides the destination schema name). */
const FAMILY_CONFIG: Record<Family, string[]> = {
	database: ['host', 'port', 'database', 'user', 'password', 'update_method'],
	saas: [],
	file: [],
	function: ['secrets'],
	sdk: [],
};

/** Auth fields of a family; only SaaS services authenticate with OAuth here. */
const FAMILY_AUTH: Record<Family, string[]> = {
	database: [],
	saas: ['client_access', 'refresh_token', 'access_token'],
	file: [],
	function: [],
	sdk: [],
};

const FAMILY_FEATURES: Record<Family, string[]> = {
	database: [
		'CAPTURE_DELETES',
		'COLUMN_HASHING',
		'DATA_BLOCKING',
		'HISTORY',
		'RE_SYNC',
		'PRIVATE_NETWORKING',
		'API_CONFIGURABLE',
	],
	saas: [
		'CAPTURE_DELETES',
		'COLUMN_HASHING',
		'DATA_BLOCKING',
		'RE_SYNC',
		'API_CONFIGURABLE',
		'AUTHORIZATION_VIA_API',
	],
	file: ['COLUMN_HASHING', 'RE_SYNC', 'API_CONFIGURABLE'],
	function: ['CUSTOM_DATA', 'RE_SYNC', 'API_CONFIGURABLE'],
	sdk: ['CUSTOM_DATA', 'RE_SYNC', 'API_CONFIGURABLE'],
};

const SECRET_FIELD = /password|secret|token|key|client_access/i;

/** Field metadata in the shape of the connector-type details' `config` / `auth` objects. */
function fieldMetadata(fields: string[]): JsonObject {
	const properties: JsonObject = {};
	for (const field of fields) {
		properties[field] = {
			type: field === 'port' ? 'integer' : field === 'client_access' ? 'object' : 'string',
			description: field.replace(/_/g, ' '),
			...(SECRET_FIELD.test(field) ? { format: 'password' } : {}),
		};
	}
	return { type: 'object', properties };
}

function toRecord(entry: CatalogEntry): ConnectorTypeRecord {
	const slug = entry.id.replace(/_/g, '-');
	return {
		id: entry.id,
		name: entry.name,
		type: entry.type,
		description: entry.description,
		icon_url: `https://fivetran.com/integrations/${entry.id}/resources/${entry.id}-logo.svg`,
		link_to_docs: `https://fivetran.com/docs/connectors/${slug}`,
		service_status: entry.status ?? 'general_availability',
		supported_features: FAMILY_FEATURES[entry.family].map((id) => ({ id })),
		config: fieldMetadata(['schema', ...FAMILY_CONFIG[entry.family], ...(entry.extraConfig ?? [])]),
		auth: fieldMetadata(FAMILY_AUTH[entry.family]),
	};
}

const BY_ID = new Map(ENTRIES.map((entry) => [entry.id, entry]));

/** Fills `state.connectorTypes` from the catalog the first time it is needed. */
export function ensureConnectorTypes(state: EmulatorState): Map<string, ConnectorTypeRecord> {
	if (state.connectorTypes.size === 0) {
		for (const entry of ENTRIES) state.connectorTypes.set(entry.id, track(toRecord(entry)));
	}
	return state.connectorTypes;
}

export const CATALOG_SERVICE_IDS: readonly string[] = ENTRIES.map((entry) => entry.id);

/** Connector SDK and Function connections keep a `state` (GET/PATCH /state). */
export function hasConnectorState(service: string): boolean {
	const family = BY_ID.get(service)?.family;
	return family === 'sdk' || family === 'function';
}

/** Source tables the emulator pretends a service exposes (unknown services: one table). */
export function sourceTablesOf(service: string): string[] {
	return BY_ID.get(service)?.tables ?? ['records'];
}

/** Databases expose several source schemas; other services one. */
export function isDatabaseService(service: string): boolean {
	return BY_ID.get(service)?.family === 'database';
}
