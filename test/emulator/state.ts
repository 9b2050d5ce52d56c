/**
 * The emulator's in-memory state: one Map per resource, keyed by id, in insertion order.
 *
 * Shared by every routes file. Records are stored in the API's own field names (snake_case),
 * so a handler can return a copy of a record as `data`. Keep resource-specific behaviour in
 * the routes files; this file only holds data and small cross-resource look-ups.
 */
import type { JsonObject, OutboxEvent } from './types';
import { VersionedMap } from './versionedMap';

/** 2026-09 create_user / user_details: `user_type` (REGULAR_USER or SERVICE_ACCOUNT). */
export type UserType = 'REGULAR_USER' | 'SERVICE_ACCOUNT';

export interface UserRecord {
	id: string;
	/** null for a service account created without one (2026-09 create_user: optional for them). */
	email: string | null;
	given_name: string;
	family_name: string;
	verified: boolean;
	invited: boolean;
	picture: string | null;
	phone: string | null;
	/** Account role name, e.g. "Account Administrator"; null once removed. */
	role: string | null;
	active: boolean;
	logged_in_at: string | null;
	created_at: string;
	user_type: UserType;
	/** Whether the user has an API key, expired ones included (2026-09 user_details). */
	has_api_key: boolean;
}

export interface MembershipRecord {
	/** The connection / group id (or user id for team users). */
	id: string;
	role: string;
	created_at: string;
}

export interface GroupRecord {
	id: string;
	name: string;
	created_at: string;
}

export interface ConnectionStatus {
	setup_state: 'incomplete' | 'connected' | 'broken';
	sync_state: 'scheduled' | 'syncing' | 'paused' | 'rescheduled';
	update_state: 'on_schedule' | 'delayed';
	is_historical_sync: boolean;
	rescheduled_for?: string | null;
	tasks: Array<{ code: string; message: string; details?: string }>;
	warnings: Array<{ code: string; message: string; details?: string }>;
	schema_status?: string;
}

export interface ConnectionRecord {
	id: string;
	group_id: string;
	service: string;
	service_version: number;
	schema: string;
	paused: boolean;
	pause_after_trial: boolean;
	connected_by: string | null;
	created_at: string;
	succeeded_at: string | null;
	failed_at: string | null;
	/** null for a custom (cron) schedule (2026-09 connection_details: no single cadence). */
	sync_frequency: number | null;
	schedule_type: 'auto' | 'manual';
	daily_sync_time: string | null;
	data_delay_sensitivity: string;
	data_delay_threshold: number;
	status: ConnectionStatus;
	config: JsonObject;
	/** Kept server-side; never returned (auth values are secrets). */
	auth?: JsonObject;
	source_sync_details?: JsonObject;
	/** create_connection: FIVETRAN_NAMING or SOURCE_NAMING; only stored when the request set it. */
	destination_schema_names?: string;
	/** Networking of create_connection / modify_connection; only stored when set. */
	networking_method?: string;
	proxy_agent_id?: string;
	private_link_id?: string;
	hybrid_deployment_agent_id?: string;
	/** Connector SDK / Function state (GET/PATCH /state). */
	state?: JsonObject | null;
	schema_config?: JsonObject;
}

/**
 * One item of GET /v1/connections/{id}/sync-history, exactly the shape of Fivetran's definition
 * (2026-09/connections/connection_sync_history.json): `start`/`end` null until known, `reason`
 * omitted when the sync completed without errors, stage volumes in MB (omitted when unknown).
 */
export interface SyncHistoryRecord {
	sync_id: string;
	start: string | null;
	end: string | null;
	status: SyncHistoryStatus;
	reason?: string;
	stages: { extract: SyncStage; process: SyncStage; load: SyncStage };
}

/** The statuses the definition lists for a sync-history item. */
export type SyncHistoryStatus =
	| 'COMPLETED'
	| 'FAILURE'
	| 'CANCELED'
	| 'INCOMPLETE'
	| 'RESCHEDULED'
	| 'PAUSED';

export interface SyncStage {
	volume?: number;
}

export interface SystemKeyPermission {
	resource_type: string;
	access_level: 'NONE' | 'READ' | 'MANAGE';
	resource_filter?: { ids?: string[]; group_ids?: string[] };
}

export interface SystemKeyRecord {
	id: string;
	name: string;
	key: string;
	/** Current secret; only returned by create and rotate. */
	secret: string;
	permissions: SystemKeyPermission[];
	expiration_period: string;
	created_at: string;
	updated_at: string;
	/** null = never expires. */
	expired_at: string | null;
	last_used_at: string | null;
}

export interface DestinationRecord {
	id: string;
	group_id: string;
	service: string;
	region: string;
	time_zone_offset: string;
	setup_status: 'INCOMPLETE' | 'CONNECTED' | 'BROKEN';
	daylight_saving_time_enabled: boolean;
	config: JsonObject;
	networking_method?: string;
}

export interface WebhookRecord {
	id: string;
	type: 'account' | 'group';
	group_id?: string;
	url: string;
	events: string[];
	active: boolean;
	/** Stored in clear for signing; returned masked as "******". */
	secret: string;
	created_at: string;
	created_by: string;
}

export interface TeamRecord {
	id: string;
	name: string;
	description: string | null;
	role: string | null;
	users: Map<string, { user_id: string; role: string; created_at: string }>;
	groups: Map<string, MembershipRecord>;
	connections: Map<string, MembershipRecord>;
}

export interface RoleRecord {
	name: string;
	description: string;
	scope: Array<'ACCOUNT' | 'DESTINATION' | 'CONNECTOR' | 'TEAM'>;
	is_custom: boolean;
	is_deprecated: boolean;
	replacement_role_name: string | null;
}

export interface ConnectorTypeRecord {
	id: string;
	name: string;
	type: string;
	description: string;
	icon_url: string;
	link_to_docs: string;
	service_status: string;
	supported_features: Array<{ id: string; notes?: string }>;
	config: JsonObject;
	auth: JsonObject;
}

/**
 * A user's API key (scoped key); the account administrator's is created by the seed. The
 * 2026-09 user API key operations (users/*_api_key*.json) manage them: `key` is their
 * `key_value`. Times are ISO strings in the API's field names.
 */
export interface UserKeyRecord {
	key: string;
	secret: string;
	userId: string;
	created_at: string;
	/** null = never expires (keys seeded for tests). */
	expires_at: string | null;
	last_rotated_at: string | null;
	/** After a rotation with `overlap_days`: the old secret, valid until `overlap_expires_at`. */
	previous_secret: string | null;
	overlap_expires_at: string | null;
}

export interface WebhookSettings {
	/** Refuse `http://` loopback URLs too (Fivetran accepts only https). */
	strictUrls: boolean;
	/** Hex case of X-Fivetran-Signature-256 (Fivetran's observed format is upper case). */
	signatureCase: 'upper' | 'lower';
	/** Real-time limit of one POST to a webhook URL. */
	attemptTimeoutMs: number;
}

export interface WebhookDeliveryLogEntry {
	webhookId: string;
	url: string;
	/** Event name; `test` for the ping sent on create / activation. */
	event: string;
	/** The exact raw body that was POSTed (and signed). */
	body: string;
	/** Header value sent, null when the webhook has no secret. */
	signature: string | null;
	/** 1 for the first attempt of a delivery, growing with retries. */
	attempt: number;
	/** HTTP status answered, 0 for a network error or time-out. */
	status: number;
	/** Emulator clock (ms) of the attempt. */
	at: number;
}

export class EmulatorState {
	readonly accountId = 'account_emulated';
	accountName = 'Emulated Account';

	readonly users = new VersionedMap<string, UserRecord>();
	readonly userKeys = new Map<string, UserKeyRecord>();
	/** userId -> (connectionId -> membership) */
	readonly userConnectionMemberships = new Map<string, Map<string, MembershipRecord>>();
	/** userId -> (groupId -> membership) */
	readonly userGroupMemberships = new Map<string, Map<string, MembershipRecord>>();
	readonly groups = new VersionedMap<string, GroupRecord>();
	readonly connections = new VersionedMap<string, ConnectionRecord>();
	readonly syncHistory = new Map<string, SyncHistoryRecord[]>();
	readonly systemKeys = new VersionedMap<string, SystemKeyRecord>();
	readonly destinations = new VersionedMap<string, DestinationRecord>();
	readonly webhooks = new VersionedMap<string, WebhookRecord>();
	readonly teams = new VersionedMap<string, TeamRecord>();
	readonly roles = new VersionedMap<string, RoleRecord>();
	readonly connectorTypes = new VersionedMap<string, ConnectorTypeRecord>();

	/** Events waiting for webhook delivery (filled by the sync simulation and routes). */
	readonly outbox: OutboxEvent[] = [];
	/** Webhook behaviour knobs; the server maps its `strictWebhookUrls` option onto `strictUrls`. */
	readonly webhookSettings: WebhookSettings = {
		strictUrls: false,
		signatureCase: 'upper',
		attemptTimeoutMs: 3000,
	};
	/** Every POST the emulator made to a webhook URL (creation pings, tests, events), oldest first. */
	readonly webhookDeliveries: WebhookDeliveryLogEntry[] = [];

	/**
	 * Private-preview features the account is allowlisted for, e.g. `connection_warnings`
	 * (connection_warnings / dismiss_connection_warning: "THE ACCOUNT MUST BE ALLOWLISTED").
	 */
	readonly previewFeatures = new Set<string>();

	/** Deterministic random source for keys and secrets made at run time (set by the seeder). */
	random: () => number = Math.random;

	private idCounter = 0;

	/** Opaque, lowercase, word-like ids in Fivetran's style; deterministic per state. */
	newId(prefix = ''): string {
		this.idCounter += 1;
		return `${prefix}${ID_WORDS[this.idCounter % ID_WORDS.length]}_${this.idCounter.toString(36)}`;
	}
}

const ID_WORDS = [
	'speak',
	'projected',
	'program',
	'airworthy',
	'sickle',
	'quoth',
	'mellow',
	'crisp',
	'amber',
	'harbor',
	'lantern',
	'meadow',
	'quartz',
	'ripple',
	'timber',
	'velvet',
	'willow',
	'zephyr',
	'cobalt',
	'ember',
];
