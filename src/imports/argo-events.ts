// GENERATED FILE: do not edit. Regenerate with `npm run imports` (scripts/gen-imports.ts).
// Source: argoproj/argo-events api/jsonschema/schema.json (Apache-2.0, see src/imports/README.md).
/* eslint-disable */
/**
 * EventBusSpec refers to specification of eventbus resource
 *
 * @schema io.argoproj.events.v1alpha1.EventBusSpec
 */
export interface EventBusSpec {
  /**
   * @schema io.argoproj.events.v1alpha1.EventBusSpec#jetstream
   */
  readonly jetstream?: JetStreamBus;

  /**
   * Exotic JetStream
   *
   * @schema io.argoproj.events.v1alpha1.EventBusSpec#jetstreamExotic
   */
  readonly jetstreamExotic?: JetStreamConfig;

  /**
   * Kafka eventbus
   *
   * @schema io.argoproj.events.v1alpha1.EventBusSpec#kafka
   */
  readonly kafka?: KafkaBus;

  /**
   * NATS eventbus
   *
   * @schema io.argoproj.events.v1alpha1.EventBusSpec#nats
   */
  readonly nats?: NatsBus;
}

/**
 * Converts an object of type 'EventBusSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventBusSpec(obj: EventBusSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'jetstream': toJson_JetStreamBus(obj.jetstream),
    'jetstreamExotic': toJson_JetStreamConfig(obj.jetstreamExotic),
    'kafka': toJson_KafkaBus(obj.kafka),
    'nats': toJson_NatsBus(obj.nats),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EventSourceSpec refers to specification of event-source resource
 *
 * @schema io.argoproj.events.v1alpha1.EventSourceSpec
 */
export interface EventSourceSpec {
  /**
   * AMQP event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#amqp
   */
  readonly amqp?: { [key: string]: AmqpEventSource };

  /**
   * AzureEventsHub event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#azureEventsHub
   */
  readonly azureEventsHub?: { [key: string]: AzureEventsHubEventSource };

  /**
   * AzureQueueStorage event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#azureQueueStorage
   */
  readonly azureQueueStorage?: { [key: string]: AzureQueueStorageEventSource };

  /**
   * Azure Service Bus event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#azureServiceBus
   */
  readonly azureServiceBus?: { [key: string]: AzureServiceBusEventSource };

  /**
   * Bitbucket event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#bitbucket
   */
  readonly bitbucket?: { [key: string]: BitbucketEventSource };

  /**
   * Bitbucket Server event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#bitbucketserver
   */
  readonly bitbucketserver?: { [key: string]: BitbucketServerEventSource };

  /**
   * Calendar event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#calendar
   */
  readonly calendar?: { [key: string]: CalendarEventSource };

  /**
   * Emitter event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#emitter
   */
  readonly emitter?: { [key: string]: EmitterEventSource };

  /**
   * EventBusName references to a EventBus name. By default the value is "default"
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#eventBusName
   */
  readonly eventBusName?: string;

  /**
   * File event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#file
   */
  readonly file?: { [key: string]: FileEventSource };

  /**
   * Generic event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#generic
   */
  readonly generic?: { [key: string]: GenericEventSource };

  /**
   * Gerrit event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#gerrit
   */
  readonly gerrit?: { [key: string]: GerritEventSource };

  /**
   * Github event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#github
   */
  readonly github?: { [key: string]: GithubEventSource };

  /**
   * Gitlab event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#gitlab
   */
  readonly gitlab?: { [key: string]: GitlabEventSource };

  /**
   * HDFS event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#hdfs
   */
  readonly hdfs?: { [key: string]: HdfsEventSource };

  /**
   * Kafka event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#kafka
   */
  readonly kafka?: { [key: string]: KafkaEventSource };

  /**
   * Minio event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#minio
   */
  readonly minio?: { [key: string]: S3Artifact };

  /**
   * MNS event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#mns
   */
  readonly mns?: { [key: string]: MnsEventSource };

  /**
   * MQTT event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#mqtt
   */
  readonly mqtt?: { [key: string]: MqttEventSource };

  /**
   * NATS event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#nats
   */
  readonly nats?: { [key: string]: NatsEventsSource };

  /**
   * NSQ event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#nsq
   */
  readonly nsq?: { [key: string]: NsqEventSource };

  /**
   * PubSub event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#pubSub
   */
  readonly pubSub?: { [key: string]: PubSubEventSource };

  /**
   * Pulsar event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#pulsar
   */
  readonly pulsar?: { [key: string]: PulsarEventSource };

  /**
   * Redis event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#redis
   */
  readonly redis?: { [key: string]: RedisEventSource };

  /**
   * Redis stream source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#redisStream
   */
  readonly redisStream?: { [key: string]: RedisStreamEventSource };

  /**
   * Replicas is the event source deployment replicas
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#replicas
   */
  readonly replicas?: number;

  /**
   * Resource event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#resource
   */
  readonly resource?: { [key: string]: ResourceEventSource };

  /**
   * Service is the specifications of the service to expose the event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#service
   */
  readonly service?: Service;

  /**
   * SFTP event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#sftp
   */
  readonly sftp?: { [key: string]: SftpEventSource };

  /**
   * Slack event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#slack
   */
  readonly slack?: { [key: string]: SlackEventSource };

  /**
   * SNS event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#sns
   */
  readonly sns?: { [key: string]: SnsEventSource };

  /**
   * SQS event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#sqs
   */
  readonly sqs?: { [key: string]: SqsEventSource };

  /**
   * StorageGrid event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#storageGrid
   */
  readonly storageGrid?: { [key: string]: StorageGridEventSource };

  /**
   * Stripe event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#stripe
   */
  readonly stripe?: { [key: string]: StripeEventSource };

  /**
   * Template is the pod specification for the event source
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#template
   */
  readonly template?: Template;

  /**
   * Webhook event sources
   *
   * @schema io.argoproj.events.v1alpha1.EventSourceSpec#webhook
   */
  readonly webhook?: { [key: string]: WebhookEventSource };
}

/**
 * Converts an object of type 'EventSourceSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventSourceSpec(obj: EventSourceSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'amqp': ((obj.amqp) === undefined) ? undefined : (Object.entries(obj.amqp).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_AmqpEventSource(i[1]) }), {})),
    'azureEventsHub': ((obj.azureEventsHub) === undefined) ? undefined : (Object.entries(obj.azureEventsHub).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_AzureEventsHubEventSource(i[1]) }), {})),
    'azureQueueStorage': ((obj.azureQueueStorage) === undefined) ? undefined : (Object.entries(obj.azureQueueStorage).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_AzureQueueStorageEventSource(i[1]) }), {})),
    'azureServiceBus': ((obj.azureServiceBus) === undefined) ? undefined : (Object.entries(obj.azureServiceBus).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_AzureServiceBusEventSource(i[1]) }), {})),
    'bitbucket': ((obj.bitbucket) === undefined) ? undefined : (Object.entries(obj.bitbucket).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_BitbucketEventSource(i[1]) }), {})),
    'bitbucketserver': ((obj.bitbucketserver) === undefined) ? undefined : (Object.entries(obj.bitbucketserver).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_BitbucketServerEventSource(i[1]) }), {})),
    'calendar': ((obj.calendar) === undefined) ? undefined : (Object.entries(obj.calendar).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CalendarEventSource(i[1]) }), {})),
    'emitter': ((obj.emitter) === undefined) ? undefined : (Object.entries(obj.emitter).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_EmitterEventSource(i[1]) }), {})),
    'eventBusName': obj.eventBusName,
    'file': ((obj.file) === undefined) ? undefined : (Object.entries(obj.file).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_FileEventSource(i[1]) }), {})),
    'generic': ((obj.generic) === undefined) ? undefined : (Object.entries(obj.generic).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_GenericEventSource(i[1]) }), {})),
    'gerrit': ((obj.gerrit) === undefined) ? undefined : (Object.entries(obj.gerrit).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_GerritEventSource(i[1]) }), {})),
    'github': ((obj.github) === undefined) ? undefined : (Object.entries(obj.github).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_GithubEventSource(i[1]) }), {})),
    'gitlab': ((obj.gitlab) === undefined) ? undefined : (Object.entries(obj.gitlab).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_GitlabEventSource(i[1]) }), {})),
    'hdfs': ((obj.hdfs) === undefined) ? undefined : (Object.entries(obj.hdfs).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_HdfsEventSource(i[1]) }), {})),
    'kafka': ((obj.kafka) === undefined) ? undefined : (Object.entries(obj.kafka).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_KafkaEventSource(i[1]) }), {})),
    'minio': ((obj.minio) === undefined) ? undefined : (Object.entries(obj.minio).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_S3Artifact(i[1]) }), {})),
    'mns': ((obj.mns) === undefined) ? undefined : (Object.entries(obj.mns).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_MnsEventSource(i[1]) }), {})),
    'mqtt': ((obj.mqtt) === undefined) ? undefined : (Object.entries(obj.mqtt).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_MqttEventSource(i[1]) }), {})),
    'nats': ((obj.nats) === undefined) ? undefined : (Object.entries(obj.nats).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_NatsEventsSource(i[1]) }), {})),
    'nsq': ((obj.nsq) === undefined) ? undefined : (Object.entries(obj.nsq).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_NsqEventSource(i[1]) }), {})),
    'pubSub': ((obj.pubSub) === undefined) ? undefined : (Object.entries(obj.pubSub).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PubSubEventSource(i[1]) }), {})),
    'pulsar': ((obj.pulsar) === undefined) ? undefined : (Object.entries(obj.pulsar).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PulsarEventSource(i[1]) }), {})),
    'redis': ((obj.redis) === undefined) ? undefined : (Object.entries(obj.redis).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_RedisEventSource(i[1]) }), {})),
    'redisStream': ((obj.redisStream) === undefined) ? undefined : (Object.entries(obj.redisStream).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_RedisStreamEventSource(i[1]) }), {})),
    'replicas': obj.replicas,
    'resource': ((obj.resource) === undefined) ? undefined : (Object.entries(obj.resource).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ResourceEventSource(i[1]) }), {})),
    'service': toJson_Service(obj.service),
    'sftp': ((obj.sftp) === undefined) ? undefined : (Object.entries(obj.sftp).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SftpEventSource(i[1]) }), {})),
    'slack': ((obj.slack) === undefined) ? undefined : (Object.entries(obj.slack).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SlackEventSource(i[1]) }), {})),
    'sns': ((obj.sns) === undefined) ? undefined : (Object.entries(obj.sns).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SnsEventSource(i[1]) }), {})),
    'sqs': ((obj.sqs) === undefined) ? undefined : (Object.entries(obj.sqs).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_SqsEventSource(i[1]) }), {})),
    'storageGrid': ((obj.storageGrid) === undefined) ? undefined : (Object.entries(obj.storageGrid).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_StorageGridEventSource(i[1]) }), {})),
    'stripe': ((obj.stripe) === undefined) ? undefined : (Object.entries(obj.stripe).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_StripeEventSource(i[1]) }), {})),
    'template': toJson_Template(obj.template),
    'webhook': ((obj.webhook) === undefined) ? undefined : (Object.entries(obj.webhook).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_WebhookEventSource(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SensorSpec represents desired sensor state
 *
 * @schema io.argoproj.events.v1alpha1.SensorSpec
 */
export interface SensorSpec {
  /**
   * Dependencies is a list of the events that this sensor is dependent on.
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#dependencies
   */
  readonly dependencies: EventDependency[];

  /**
   * ErrorOnFailedRound if set to true, marks sensor state as `error` if the previous trigger round fails. Once sensor state is set to `error`, no further triggers will be processed.
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#errorOnFailedRound
   */
  readonly errorOnFailedRound?: boolean;

  /**
   * EventBusName references to a EventBus name. By default the value is "default"
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#eventBusName
   */
  readonly eventBusName?: string;

  /**
   * LoggingFields add additional key-value pairs when logging happens
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#loggingFields
   */
  readonly loggingFields?: { [key: string]: string };

  /**
   * Replicas is the sensor deployment replicas
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#replicas
   */
  readonly replicas?: number;

  /**
   * RevisionHistoryLimit specifies how many old deployment revisions to retain
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#revisionHistoryLimit
   */
  readonly revisionHistoryLimit?: number;

  /**
   * Template is the pod specification for the sensor
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#template
   */
  readonly template?: Template;

  /**
   * Triggers is a list of the things that this sensor evokes. These are the outputs from this sensor.
   *
   * @schema io.argoproj.events.v1alpha1.SensorSpec#triggers
   */
  readonly triggers: Trigger[];
}

/**
 * Converts an object of type 'SensorSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SensorSpec(obj: SensorSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'dependencies': obj.dependencies?.map(y => toJson_EventDependency(y)),
    'errorOnFailedRound': obj.errorOnFailedRound,
    'eventBusName': obj.eventBusName,
    'loggingFields': ((obj.loggingFields) === undefined) ? undefined : (Object.entries(obj.loggingFields).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'replicas': obj.replicas,
    'revisionHistoryLimit': obj.revisionHistoryLimit,
    'template': toJson_Template(obj.template),
    'triggers': obj.triggers?.map(y => toJson_Trigger(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * JetStreamBus holds the JetStream EventBus information
 *
 * @schema io.argoproj.events.v1alpha1.JetStreamBus
 */
export interface JetStreamBus {
  /**
   * The pod's scheduling constraints More info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#affinity
   */
  readonly affinity?: K8sAffinity;

  /**
   * ContainerTemplate contains customized spec for Nats JetStream container
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#containerTemplate
   */
  readonly containerTemplate?: ContainerTemplate;

  /**
   * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. For example, in the case of docker, only DockerConfig type secrets are honored. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#imagePullSecrets
   */
  readonly imagePullSecrets?: K8sLocalObjectReference[];

  /**
   * Maximum number of bytes in a message payload, 0 means unlimited. Defaults to 1MB
   *
   * @default 1MB
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#maxPayload
   */
  readonly maxPayload?: string;

  /**
   * Metadata sets the pods's metadata, i.e. annotations and labels
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#metadata
   */
  readonly metadata?: Metadata;

  /**
   * MetricsContainerTemplate contains customized spec for metrics container
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#metricsContainerTemplate
   */
  readonly metricsContainerTemplate?: ContainerTemplate;

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#persistence
   */
  readonly persistence?: PersistenceStrategy;

  /**
   * The priority value. Various system components use this field to find the priority of the Redis pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#priority
   */
  readonly priority?: number;

  /**
   * If specified, indicates the Redis pod's priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * ReloaderContainerTemplate contains customized spec for config reloader container
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#reloaderContainerTemplate
   */
  readonly reloaderContainerTemplate?: ContainerTemplate;

  /**
   * JetStream StatefulSet size
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#replicas
   */
  readonly replicas?: number;

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.
   *
   * @default empty.  See type description for default values of each field.
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#securityContext
   */
  readonly securityContext?: K8sPodSecurityContext;

  /**
   * ServiceAccountName to apply to the StatefulSet
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * JetStream configuration, if not specified, global settings in controller-config will be used. See https://docs.nats.io/running-a-nats-service/configuration#jetstream. Only configure "max_memory_store" or "max_file_store", do not set "store_dir" as it has been hardcoded.
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#settings
   */
  readonly settings?: string;

  /**
   * Optional arguments to start nats-server. For example, "-D" to enable debugging output, "-DV" to enable debugging and tracing. Check https://docs.nats.io/ for all the available arguments.
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#startArgs
   */
  readonly startArgs?: string[];

  /**
   * Optional configuration for the streams to be created in this JetStream service, if specified, it will be merged with the default configuration in controller-config. It accepts a YAML format configuration, available fields include, "maxBytes", "maxMsgs", "maxAge" (e.g. 72h), "replicas" (1, 3, 5), "duplicates" (e.g. 5m), "retention" (e.g. 0: Limits (default), 1: Interest, 2: WorkQueue), "Discard" (e.g. 0: DiscardOld (default), 1: DiscardNew).
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#streamConfig
   */
  readonly streamConfig?: string;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#tolerations
   */
  readonly tolerations?: K8sToleration[];

  /**
   * JetStream version, such as "2.7.3"
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamBus#version
   */
  readonly version?: string;
}

/**
 * Converts an object of type 'JetStreamBus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_JetStreamBus(obj: JetStreamBus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_K8sAffinity(obj.affinity),
    'containerTemplate': toJson_ContainerTemplate(obj.containerTemplate),
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_K8sLocalObjectReference(y)),
    'maxPayload': obj.maxPayload,
    'metadata': toJson_Metadata(obj.metadata),
    'metricsContainerTemplate': toJson_ContainerTemplate(obj.metricsContainerTemplate),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'persistence': toJson_PersistenceStrategy(obj.persistence),
    'priority': obj.priority,
    'priorityClassName': obj.priorityClassName,
    'reloaderContainerTemplate': toJson_ContainerTemplate(obj.reloaderContainerTemplate),
    'replicas': obj.replicas,
    'securityContext': toJson_K8sPodSecurityContext(obj.securityContext),
    'serviceAccountName': obj.serviceAccountName,
    'settings': obj.settings,
    'startArgs': obj.startArgs?.map(y => y),
    'streamConfig': obj.streamConfig,
    'tolerations': obj.tolerations?.map(y => toJson_K8sToleration(y)),
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.JetStreamConfig
 */
export interface JetStreamConfig {
  /**
   * Secret for auth
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamConfig#accessSecret
   */
  readonly accessSecret?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.events.v1alpha1.JetStreamConfig#streamConfig
   */
  readonly streamConfig?: string;

  /**
   * SSL/TLS settings for the NATS client
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamConfig#tls
   */
  readonly tls?: TlsConfig;

  /**
   * JetStream (Nats) URL
   *
   * @schema io.argoproj.events.v1alpha1.JetStreamConfig#url
   */
  readonly url?: string;
}

/**
 * Converts an object of type 'JetStreamConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_JetStreamConfig(obj: JetStreamConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessSecret': toJson_K8sSecretKeySelector(obj.accessSecret),
    'streamConfig': obj.streamConfig,
    'tls': toJson_TlsConfig(obj.tls),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * KafkaBus holds the KafkaBus EventBus information
 *
 * @schema io.argoproj.events.v1alpha1.KafkaBus
 */
export interface KafkaBus {
  /**
   * Consumer group for kafka client
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#consumerGroup
   */
  readonly consumerGroup?: KafkaConsumerGroup;

  /**
   * Partitioner sets the Kafka producer partitioning strategy. Supported values: random, hash, roundrobin, manual. Defaults to random.
   *
   * @default random.
   * @schema io.argoproj.events.v1alpha1.KafkaBus#partitioner
   */
  readonly partitioner?: string;

  /**
   * SASL configuration for the kafka client
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#sasl
   */
  readonly sasl?: SaslConfig;

  /**
   * TLS configuration for the kafka client.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Topic name, defaults to {namespace_name}-{eventbus_name}
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#topic
   */
  readonly topic?: string;

  /**
   * URL to kafka cluster, multiple URLs separated by comma
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#url
   */
  readonly url?: string;

  /**
   * Kafka version, sarama defaults to the oldest supported stable version
   *
   * @schema io.argoproj.events.v1alpha1.KafkaBus#version
   */
  readonly version?: string;
}

/**
 * Converts an object of type 'KafkaBus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaBus(obj: KafkaBus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'consumerGroup': toJson_KafkaConsumerGroup(obj.consumerGroup),
    'partitioner': obj.partitioner,
    'sasl': toJson_SaslConfig(obj.sasl),
    'tls': toJson_TlsConfig(obj.tls),
    'topic': obj.topic,
    'url': obj.url,
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NATSBus holds the NATS eventbus information
 *
 * @schema io.argoproj.events.v1alpha1.NATSBus
 */
export interface NatsBus {
  /**
   * Exotic holds an exotic NATS config
   *
   * @schema io.argoproj.events.v1alpha1.NATSBus#exotic
   */
  readonly exotic?: NatsConfig;

  /**
   * Native means to bring up a native NATS service
   *
   * @schema io.argoproj.events.v1alpha1.NATSBus#native
   */
  readonly native?: NativeStrategy;
}

/**
 * Converts an object of type 'NatsBus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NatsBus(obj: NatsBus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exotic': toJson_NatsConfig(obj.exotic),
    'native': toJson_NativeStrategy(obj.native),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AMQPEventSource refers to an event-source for AMQP stream events
 *
 * @schema io.argoproj.events.v1alpha1.AMQPEventSource
 */
export interface AmqpEventSource {
  /**
   * Auth hosts secret selectors for username and password
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#auth
   */
  readonly auth?: BasicAuth;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Consume holds the configuration to immediately starts delivering queued messages For more information, visit https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Channel.Consume
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#consume
   */
  readonly consume?: AmqpConsumeConfig;

  /**
   * ExchangeDeclare holds the configuration for the exchange on the server For more information, visit https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Channel.ExchangeDeclare
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#exchangeDeclare
   */
  readonly exchangeDeclare?: AmqpExchangeDeclareConfig;

  /**
   * ExchangeName is the exchange name For more information, visit https://www.rabbitmq.com/tutorials/amqp-concepts.html
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#exchangeName
   */
  readonly exchangeName: string;

  /**
   * ExchangeType is rabbitmq exchange type
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#exchangeType
   */
  readonly exchangeType: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * QueueBind holds the configuration that binds an exchange to a queue so that publishings to the exchange will be routed to the queue when the publishing routing key matches the binding routing key For more information, visit https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Channel.QueueBind
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#queueBind
   */
  readonly queueBind?: AmqpQueueBindConfig;

  /**
   * QueueDeclare holds the configuration of a queue to hold messages and deliver to consumers. Declaring creates a queue if it doesn't already exist, or ensures that an existing queue matches the same parameters For more information, visit https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Channel.QueueDeclare
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#queueDeclare
   */
  readonly queueDeclare?: AmqpQueueDeclareConfig;

  /**
   * Routing key for bindings
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#routingKey
   */
  readonly routingKey: string;

  /**
   * TLS configuration for the amqp client.
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * URL for rabbitmq service
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#url
   */
  readonly url?: string;

  /**
   * URLSecret is secret reference for rabbitmq service URL
   *
   * @schema io.argoproj.events.v1alpha1.AMQPEventSource#urlSecret
   */
  readonly urlSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'AmqpEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AmqpEventSource(obj: AmqpEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_BasicAuth(obj.auth),
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'consume': toJson_AmqpConsumeConfig(obj.consume),
    'exchangeDeclare': toJson_AmqpExchangeDeclareConfig(obj.exchangeDeclare),
    'exchangeName': obj.exchangeName,
    'exchangeType': obj.exchangeType,
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'queueBind': toJson_AmqpQueueBindConfig(obj.queueBind),
    'queueDeclare': toJson_AmqpQueueDeclareConfig(obj.queueDeclare),
    'routingKey': obj.routingKey,
    'tls': toJson_TlsConfig(obj.tls),
    'url': obj.url,
    'urlSecret': toJson_K8sSecretKeySelector(obj.urlSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureEventsHubEventSource describes the event source for azure events hub More info at https://docs.microsoft.com/en-us/azure/event-hubs/
 *
 * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource
 */
export interface AzureEventsHubEventSource {
  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * FQDN of the EventHubs namespace you created More info at https://docs.microsoft.com/en-us/azure/event-hubs/event-hubs-get-connection-string
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#fqdn
   */
  readonly fqdn: string;

  /**
   * Event Hub path/name
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#hubName
   */
  readonly hubName: string;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * SharedAccessKey is the generated value of the key. If both this field and SharedAccessKeyName are not provided it will try to access via Azure AD with DefaultAzureCredential, FQDN and HubName.
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#sharedAccessKey
   */
  readonly sharedAccessKey?: K8sSecretKeySelector;

  /**
   * SharedAccessKeyName is the name you chose for your application's SAS keys. If both this field and SharedAccessKey are not provided it will try to access via Azure AD with DefaultAzureCredential, FQDN and HubName.
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventsHubEventSource#sharedAccessKeyName
   */
  readonly sharedAccessKeyName?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'AzureEventsHubEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureEventsHubEventSource(obj: AzureEventsHubEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'filter': toJson_EventSourceFilter(obj.filter),
    'fqdn': obj.fqdn,
    'hubName': obj.hubName,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'sharedAccessKey': toJson_K8sSecretKeySelector(obj.sharedAccessKey),
    'sharedAccessKeyName': toJson_K8sSecretKeySelector(obj.sharedAccessKeyName),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureQueueStorageEventSource describes the event source for azure queue storage more info at https://learn.microsoft.com/en-us/azure/storage/queues/
 *
 * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource
 */
export interface AzureQueueStorageEventSource {
  /**
   * ConnectionString is the connection string to access Azure Queue Storage. If this fields is not provided it will try to access via Azure AD with StorageAccountName.
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#connectionString
   */
  readonly connectionString?: K8sSecretKeySelector;

  /**
   * DecodeMessage specifies if all the messages should be base64 decoded. If set to true the decoding is done before the evaluation of JSONBody
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#decodeMessage
   */
  readonly decodeMessage?: boolean;

  /**
   * DLQ specifies if a dead-letter queue is configured for messages that can't be processed successfully. If set to true, messages with invalid payload won't be acknowledged to allow to forward them farther to the dead-letter queue. The default value is false.
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#dlq
   */
  readonly dlq?: boolean;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * QueueName is the name of the queue
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#queueName
   */
  readonly queueName: string;

  /**
   * StorageAccountName is the name of the storage account where the queue is. This field is necessary to access via Azure AD (managed identity) and it is ignored if ConnectionString is set.
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#storageAccountName
   */
  readonly storageAccountName?: string;

  /**
   * WaitTimeInSeconds is the duration (in seconds) for which the event source waits between empty results from the queue. The default value is 3 seconds.
   *
   * @schema io.argoproj.events.v1alpha1.AzureQueueStorageEventSource#waitTimeInSeconds
   */
  readonly waitTimeInSeconds?: number;
}

/**
 * Converts an object of type 'AzureQueueStorageEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureQueueStorageEventSource(obj: AzureQueueStorageEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'connectionString': toJson_K8sSecretKeySelector(obj.connectionString),
    'decodeMessage': obj.decodeMessage,
    'dlq': obj.dlq,
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'queueName': obj.queueName,
    'storageAccountName': obj.storageAccountName,
    'waitTimeInSeconds': obj.waitTimeInSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureServiceBusEventSource describes the event source for azure service bus More info at https://docs.microsoft.com/en-us/azure/service-bus-messaging/
 *
 * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource
 */
export interface AzureServiceBusEventSource {
  /**
   * ConnectionString is the connection string for the Azure Service Bus. If this fields is not provided it will try to access via Azure AD with DefaultAzureCredential and FullyQualifiedNamespace.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#connectionString
   */
  readonly connectionString?: K8sSecretKeySelector;

  /**
   * DeferDelete controls when messages are removed from Azure Service Bus. If false (default), messages are received and deleted immediately before processing. If true, messages are locked and only deleted after successful processing, ensuring they are not lost if processing fails.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#deferDelete
   */
  readonly deferDelete?: boolean;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * FullyQualifiedNamespace is the Service Bus namespace name (ex: myservicebus.servicebus.windows.net). This field is necessary to access via Azure AD (managed identity) and it is ignored if ConnectionString is set.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#fullyQualifiedNamespace
   */
  readonly fullyQualifiedNamespace?: string;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * QueueName is the name of the Azure Service Bus Queue
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#queueName
   */
  readonly queueName: string;

  /**
   * SubscriptionName is the name of the Azure Service Bus Topic Subscription
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#subscriptionName
   */
  readonly subscriptionName: string;

  /**
   * TLS configuration for the service bus client
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * TopicName is the name of the Azure Service Bus Topic
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusEventSource#topicName
   */
  readonly topicName: string;
}

/**
 * Converts an object of type 'AzureServiceBusEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureServiceBusEventSource(obj: AzureServiceBusEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'connectionString': toJson_K8sSecretKeySelector(obj.connectionString),
    'deferDelete': obj.deferDelete,
    'filter': toJson_EventSourceFilter(obj.filter),
    'fullyQualifiedNamespace': obj.fullyQualifiedNamespace,
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'queueName': obj.queueName,
    'subscriptionName': obj.subscriptionName,
    'tls': toJson_TlsConfig(obj.tls),
    'topicName': obj.topicName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * BitbucketEventSource describes the event source for Bitbucket
 *
 * @schema io.argoproj.events.v1alpha1.BitbucketEventSource
 */
export interface BitbucketEventSource {
  /**
   * Auth information required to connect to Bitbucket.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#auth
   */
  readonly auth: BitbucketAuth;

  /**
   * DeleteHookOnFinish determines whether to delete the defined Bitbucket hook once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#deleteHookOnFinish
   */
  readonly deleteHookOnFinish?: boolean;

  /**
   * Events this webhook is subscribed to.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#events
   */
  readonly events: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will be passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * DeprecatedOwner is the owner of the repository.
   *
   * Deprecated: use Repositories instead. Will be unsupported in v1.9
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#owner
   */
  readonly owner?: string;

  /**
   * DeprecatedProjectKey is the key of the project to which the repository relates
   *
   * Deprecated: use Repositories instead. Will be unsupported in v1.9
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#projectKey
   */
  readonly projectKey?: string;

  /**
   * Repositories holds a list of repositories for which integration needs to set up
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#repositories
   */
  readonly repositories?: BitbucketRepository[];

  /**
   * DeprecatedRepositorySlug is a URL-friendly version of a repository name, automatically generated by Bitbucket for use in the URL
   *
   * Deprecated: use Repositories instead. Will be unsupported in v1.9
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#repositorySlug
   */
  readonly repositorySlug?: string;

  /**
   * Webhook refers to the configuration required to run an http server
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketEventSource#webhook
   */
  readonly webhook: WebhookContext;
}

/**
 * Converts an object of type 'BitbucketEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketEventSource(obj: BitbucketEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_BitbucketAuth(obj.auth),
    'deleteHookOnFinish': obj.deleteHookOnFinish,
    'events': obj.events?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'owner': obj.owner,
    'projectKey': obj.projectKey,
    'repositories': obj.repositories?.map(y => toJson_BitbucketRepository(y)),
    'repositorySlug': obj.repositorySlug,
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * BitbucketServerEventSource refers to event-source related to Bitbucket Server events
 *
 * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource
 */
export interface BitbucketServerEventSource {
  /**
   * AccessToken is reference to K8s secret which holds the bitbucket api access information.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#accessToken
   */
  readonly accessToken?: K8sSecretKeySelector;

  /**
   * BitbucketServerBaseURL is the base URL for API requests to a custom endpoint.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#bitbucketserverBaseURL
   */
  readonly bitbucketserverBaseUrl: string;

  /**
   * CheckInterval is a duration in which to wait before checking that the webhooks exist, e.g. 1s, 30m, 2h... (defaults to 1m)
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#checkInterval
   */
  readonly checkInterval?: string;

  /**
   * DeleteHookOnFinish determines whether to delete the Bitbucket Server hook for the project once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#deleteHookOnFinish
   */
  readonly deleteHookOnFinish?: boolean;

  /**
   * Events are bitbucket event to listen to. Refer https://confluence.atlassian.com/bitbucketserver/event-payload-938025882.html
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#events
   */
  readonly events?: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * OneEventPerChange controls whether to process each change in a repo:refs_changed webhook event as a separate event. This setting is useful when multiple tags are pushed simultaneously for the same commit, and each tag needs to independently trigger an action, such as a distinct workflow in Argo Workflows. When enabled, the BitbucketServerEventSource publishes an individual BitbucketServerEventData for each change, ensuring independent processing of each tag or reference update in a single webhook event.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#oneEventPerChange
   */
  readonly oneEventPerChange?: boolean;

  /**
   * DeprecatedProjectKey is the key of project for which integration needs to set up.
   *
   * Deprecated: use Repositories instead. Will be unsupported in v1.8.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#projectKey
   */
  readonly projectKey?: string;

  /**
   * Projects holds a list of projects for which integration needs to set up, this will add the webhook to all repositories in the project.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#projects
   */
  readonly projects?: string[];

  /**
   * Repositories holds a list of repositories for which integration needs to set up.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#repositories
   */
  readonly repositories?: BitbucketServerRepository[];

  /**
   * DeprecatedRepositorySlug is the slug of the repository for which integration needs to set up.
   *
   * Deprecated: use Repositories instead. Will be unsupported in v1.8.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#repositorySlug
   */
  readonly repositorySlug?: string;

  /**
   * SkipBranchRefsChangedOnOpenPR bypasses the event repo:refs_changed for branches whenever there's an associated open pull request. This helps in optimizing the event handling process by avoiding unnecessary triggers for branch reference changes that are already part of a pull request under review.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#skipBranchRefsChangedOnOpenPR
   */
  readonly skipBranchRefsChangedOnOpenPr?: boolean;

  /**
   * TLS configuration for the bitbucketserver client.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Webhook holds configuration to run a http server.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#webhook
   */
  readonly webhook?: WebhookContext;

  /**
   * WebhookSecret is reference to K8s secret which holds the bitbucket webhook secret (for HMAC validation).
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerEventSource#webhookSecret
   */
  readonly webhookSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'BitbucketServerEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketServerEventSource(obj: BitbucketServerEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessToken': toJson_K8sSecretKeySelector(obj.accessToken),
    'bitbucketserverBaseURL': obj.bitbucketserverBaseUrl,
    'checkInterval': obj.checkInterval,
    'deleteHookOnFinish': obj.deleteHookOnFinish,
    'events': obj.events?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'oneEventPerChange': obj.oneEventPerChange,
    'projectKey': obj.projectKey,
    'projects': obj.projects?.map(y => y),
    'repositories': obj.repositories?.map(y => toJson_BitbucketServerRepository(y)),
    'repositorySlug': obj.repositorySlug,
    'skipBranchRefsChangedOnOpenPR': obj.skipBranchRefsChangedOnOpenPr,
    'tls': toJson_TlsConfig(obj.tls),
    'webhook': toJson_WebhookContext(obj.webhook),
    'webhookSecret': toJson_K8sSecretKeySelector(obj.webhookSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CalendarEventSource describes a time based dependency. One of the fields (schedule, interval, or recurrence) must be passed. Schedule takes precedence over interval; interval takes precedence over recurrence
 *
 * @schema io.argoproj.events.v1alpha1.CalendarEventSource
 */
export interface CalendarEventSource {
  /**
   * ExclusionDates defines the list of DATE-TIME exceptions for recurring events.
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#exclusionDates
   */
  readonly exclusionDates?: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Interval is a string that describes an interval duration, e.g. 1s, 30m, 2h...
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#interval
   */
  readonly interval?: string;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Persistence hold the configuration for event persistence
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#persistence
   */
  readonly persistence?: EventPersistence;

  /**
   * Schedule is a cron-like expression. For reference, see: https://en.wikipedia.org/wiki/Cron
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#schedule
   */
  readonly schedule?: string;

  /**
   * Timezone in which to run the schedule
   *
   * @schema io.argoproj.events.v1alpha1.CalendarEventSource#timezone
   */
  readonly timezone?: string;
}

/**
 * Converts an object of type 'CalendarEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_CalendarEventSource(obj: CalendarEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exclusionDates': obj.exclusionDates?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'interval': obj.interval,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'persistence': toJson_EventPersistence(obj.persistence),
    'schedule': obj.schedule,
    'timezone': obj.timezone,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EmitterEventSource describes the event source for emitter More info at https://emitter.io/develop/getting-started/
 *
 * @schema io.argoproj.events.v1alpha1.EmitterEventSource
 */
export interface EmitterEventSource {
  /**
   * Broker URI to connect to.
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#broker
   */
  readonly broker: string;

  /**
   * ChannelKey refers to the channel key
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#channelKey
   */
  readonly channelKey: string;

  /**
   * ChannelName refers to the channel name
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#channelName
   */
  readonly channelName: string;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Password to use to connect to broker
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * TLS configuration for the emitter client.
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Username to use to connect to broker
   *
   * @schema io.argoproj.events.v1alpha1.EmitterEventSource#username
   */
  readonly username?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'EmitterEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EmitterEventSource(obj: EmitterEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'broker': obj.broker,
    'channelKey': obj.channelKey,
    'channelName': obj.channelName,
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'password': toJson_K8sSecretKeySelector(obj.password),
    'tls': toJson_TlsConfig(obj.tls),
    'username': toJson_K8sSecretKeySelector(obj.username),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileEventSource describes an event-source for file related events.
 *
 * @schema io.argoproj.events.v1alpha1.FileEventSource
 */
export interface FileEventSource {
  /**
   * Type of file operations to watch Refer https://github.com/fsnotify/fsnotify/blob/master/fsnotify.go for more information
   *
   * @schema io.argoproj.events.v1alpha1.FileEventSource#eventType
   */
  readonly eventType: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.FileEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.FileEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Use polling instead of inotify
   *
   * @schema io.argoproj.events.v1alpha1.FileEventSource#polling
   */
  readonly polling?: boolean;

  /**
   * WatchPathConfig contains configuration about the file path to watch
   *
   * @schema io.argoproj.events.v1alpha1.FileEventSource#watchPathConfig
   */
  readonly watchPathConfig: WatchPathConfig;
}

/**
 * Converts an object of type 'FileEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_FileEventSource(obj: FileEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'eventType': obj.eventType,
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'polling': obj.polling,
    'watchPathConfig': toJson_WatchPathConfig(obj.watchPathConfig),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GenericEventSource refers to a generic event source. It can be used to implement a custom event source.
 *
 * @schema io.argoproj.events.v1alpha1.GenericEventSource
 */
export interface GenericEventSource {
  /**
   * AuthSecret holds a secret selector that contains a bearer token for authentication
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#authSecret
   */
  readonly authSecret?: K8sSecretKeySelector;

  /**
   * Config is the event source configuration
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#config
   */
  readonly config: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Insecure determines the type of connection.
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#insecure
   */
  readonly insecure?: boolean;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * URL of the gRPC server that implements the event source.
   *
   * @schema io.argoproj.events.v1alpha1.GenericEventSource#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'GenericEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GenericEventSource(obj: GenericEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authSecret': toJson_K8sSecretKeySelector(obj.authSecret),
    'config': obj.config,
    'filter': toJson_EventSourceFilter(obj.filter),
    'insecure': obj.insecure,
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GerritEventSource refers to event-source related to gerrit events
 *
 * @schema io.argoproj.events.v1alpha1.GerritEventSource
 */
export interface GerritEventSource {
  /**
   * Auth hosts secret selectors for username and password
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#auth
   */
  readonly auth?: BasicAuth;

  /**
   * DeleteHookOnFinish determines whether to delete the Gerrit hook for the project once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#deleteHookOnFinish
   */
  readonly deleteHookOnFinish?: boolean;

  /**
   * Events are gerrit event to listen to. Refer https://gerrit-review.googlesource.com/Documentation/cmd-stream-events.html#events
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#events
   */
  readonly events: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * GerritBaseURL is the base URL for API requests to a custom endpoint
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#gerritBaseURL
   */
  readonly gerritBaseUrl: string;

  /**
   * HookName is the name of the webhook
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#hookName
   */
  readonly hookName: string;

  /**
   * MaxTries is number of attempts when posting an event to the target url
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#maxTries
   */
  readonly maxTries?: number;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * List of project namespace paths like "whynowy/test".
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#projects
   */
  readonly projects?: string[];

  /**
   * SslVerify to enable ssl verification
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#sslVerify
   */
  readonly sslVerify?: boolean;

  /**
   * Webhook holds configuration to run a http server
   *
   * @schema io.argoproj.events.v1alpha1.GerritEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'GerritEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GerritEventSource(obj: GerritEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_BasicAuth(obj.auth),
    'deleteHookOnFinish': obj.deleteHookOnFinish,
    'events': obj.events?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'gerritBaseURL': obj.gerritBaseUrl,
    'hookName': obj.hookName,
    'maxTries': obj.maxTries,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'projects': obj.projects?.map(y => y),
    'sslVerify': obj.sslVerify,
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GithubEventSource refers to event-source for github related events
 *
 * @schema io.argoproj.events.v1alpha1.GithubEventSource
 */
export interface GithubEventSource {
  /**
   * Active refers to status of the webhook for event deliveries. https://developer.github.com/webhooks/creating/#active
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#active
   */
  readonly active?: boolean;

  /**
   * APIToken refers to a K8s secret containing github api token
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#apiToken
   */
  readonly apiToken?: K8sSecretKeySelector;

  /**
   * ContentType of the event delivery
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#contentType
   */
  readonly contentType?: string;

  /**
   * DeleteHookOnFinish determines whether to delete the GitHub hook for the repository once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#deleteHookOnFinish
   */
  readonly deleteHookOnFinish?: boolean;

  /**
   * Events refer to Github events to which the event source will subscribe
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#events
   */
  readonly events: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * GitHubApp holds the GitHub app credentials
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#githubApp
   */
  readonly githubApp?: GithubAppCreds;

  /**
   * GitHub base URL (for GitHub Enterprise)
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#githubBaseURL
   */
  readonly githubBaseUrl?: string;

  /**
   * GitHub upload URL (for GitHub Enterprise)
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#githubUploadURL
   */
  readonly githubUploadUrl?: string;

  /**
   * Id is the webhook's id
   *
   * Deprecated: This is not used at all, will be removed in v1.6
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#id
   */
  readonly id?: number;

  /**
   * Insecure tls verification
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#insecure
   */
  readonly insecure?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Organizations holds the names of organizations (used for organization level webhooks). Not required if Repositories is set.
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#organizations
   */
  readonly organizations?: string[];

  /**
   * DeprecatedOwner refers to GitHub owner name i.e. argoproj
   *
   * Deprecated: use Repositories instead. Will be unsupported in v 1.6
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#owner
   */
  readonly owner?: string;

  /**
   * Repositories holds the information of repositories, which uses repo owner as the key, and list of repo names as the value. Not required if Organizations is set.
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#repositories
   */
  readonly repositories?: OwnedRepositories[];

  /**
   * DeprecatedRepository refers to GitHub repo name i.e. argo-events
   *
   * Deprecated: use Repositories instead. Will be unsupported in v 1.6
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#repository
   */
  readonly repository?: string;

  /**
   * Webhook refers to the configuration required to run a http server
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#webhook
   */
  readonly webhook?: WebhookContext;

  /**
   * WebhookSecret refers to K8s secret containing GitHub webhook secret https://developer.github.com/webhooks/securing/
   *
   * @schema io.argoproj.events.v1alpha1.GithubEventSource#webhookSecret
   */
  readonly webhookSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'GithubEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GithubEventSource(obj: GithubEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'active': obj.active,
    'apiToken': toJson_K8sSecretKeySelector(obj.apiToken),
    'contentType': obj.contentType,
    'deleteHookOnFinish': obj.deleteHookOnFinish,
    'events': obj.events?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'githubApp': toJson_GithubAppCreds(obj.githubApp),
    'githubBaseURL': obj.githubBaseUrl,
    'githubUploadURL': obj.githubUploadUrl,
    'id': obj.id,
    'insecure': obj.insecure,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'organizations': obj.organizations?.map(y => y),
    'owner': obj.owner,
    'repositories': obj.repositories?.map(y => toJson_OwnedRepositories(y)),
    'repository': obj.repository,
    'webhook': toJson_WebhookContext(obj.webhook),
    'webhookSecret': toJson_K8sSecretKeySelector(obj.webhookSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitlabEventSource refers to event-source related to Gitlab events
 *
 * @schema io.argoproj.events.v1alpha1.GitlabEventSource
 */
export interface GitlabEventSource {
  /**
   * AccessToken references to k8 secret which holds the gitlab api access information
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#accessToken
   */
  readonly accessToken?: K8sSecretKeySelector;

  /**
   * DeleteHookOnFinish determines whether to delete the GitLab hook for the project once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#deleteHookOnFinish
   */
  readonly deleteHookOnFinish?: boolean;

  /**
   * EnableSSLVerification to enable ssl verification
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#enableSSLVerification
   */
  readonly enableSslVerification?: boolean;

  /**
   * Events are gitlab event to listen to. Refer https://github.com/xanzy/go-gitlab/blob/bf34eca5d13a9f4c3f501d8a97b8ac226d55e4d9/projects.go#L794.
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#events
   */
  readonly events: string[];

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * GitlabBaseURL is the base URL for API requests to a custom endpoint
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#gitlabBaseURL
   */
  readonly gitlabBaseUrl: string;

  /**
   * List of group IDs or group name like "test". Group level hook available in Premium and Ultimate Gitlab.
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#groups
   */
  readonly groups?: string[];

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * DeprecatedProjectID is the id of project for which integration needs to setup
   *
   * Deprecated: use Projects instead. Will be unsupported in v 1.7
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#projectID
   */
  readonly projectId?: string;

  /**
   * List of project IDs or project namespace paths like "whynowy/test". If neither a project nor a group is defined, the EventSource will not manage webhooks.
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#projects
   */
  readonly projects?: string[];

  /**
   * SecretToken references to k8 secret which holds the Secret Token used by webhook config
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#secretToken
   */
  readonly secretToken?: K8sSecretKeySelector;

  /**
   * Webhook holds configuration to run a http server
   *
   * @schema io.argoproj.events.v1alpha1.GitlabEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'GitlabEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GitlabEventSource(obj: GitlabEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessToken': toJson_K8sSecretKeySelector(obj.accessToken),
    'deleteHookOnFinish': obj.deleteHookOnFinish,
    'enableSSLVerification': obj.enableSslVerification,
    'events': obj.events?.map(y => y),
    'filter': toJson_EventSourceFilter(obj.filter),
    'gitlabBaseURL': obj.gitlabBaseUrl,
    'groups': obj.groups?.map(y => y),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'projectID': obj.projectId,
    'projects': obj.projects?.map(y => y),
    'secretToken': toJson_K8sSecretKeySelector(obj.secretToken),
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HDFSEventSource refers to event-source for HDFS related events
 *
 * @schema io.argoproj.events.v1alpha1.HDFSEventSource
 */
export interface HdfsEventSource {
  /**
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#addresses
   */
  readonly addresses: string[];

  /**
   * CheckInterval is a string that describes an interval duration to check the directory state, e.g. 1s, 30m, 2h... (defaults to 1m)
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#checkInterval
   */
  readonly checkInterval?: string;

  /**
   * Directory to watch for events
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#directory
   */
  readonly directory: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * HDFSUser is the user to access HDFS file system. It is ignored if either ccache or keytab is used.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#hdfsUser
   */
  readonly hdfsUser?: string;

  /**
   * KrbCCacheSecret is the secret selector for Kerberos ccache Either ccache or keytab can be set to use Kerberos.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbCCacheSecret
   */
  readonly krbCCacheSecret?: K8sSecretKeySelector;

  /**
   * KrbConfig is the configmap selector for Kerberos config as string It must be set if either ccache or keytab is used.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbConfigConfigMap
   */
  readonly krbConfigConfigMap?: K8sConfigMapKeySelector;

  /**
   * KrbKeytabSecret is the secret selector for Kerberos keytab Either ccache or keytab can be set to use Kerberos.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbKeytabSecret
   */
  readonly krbKeytabSecret?: K8sSecretKeySelector;

  /**
   * KrbRealm is the Kerberos realm used with Kerberos keytab It must be set if keytab is used.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbRealm
   */
  readonly krbRealm?: string;

  /**
   * KrbServicePrincipalName is the principal name of Kerberos service It must be set if either ccache or keytab is used.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbServicePrincipalName
   */
  readonly krbServicePrincipalName?: string;

  /**
   * KrbUsername is the Kerberos username used with Kerberos keytab It must be set if keytab is used.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#krbUsername
   */
  readonly krbUsername?: string;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Path is relative path of object to watch with respect to the directory
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#path
   */
  readonly path?: string;

  /**
   * PathRegexp is regexp of relative path of object to watch with respect to the directory
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#pathRegexp
   */
  readonly pathRegexp?: string;

  /**
   * Type of file operations to watch
   *
   * @schema io.argoproj.events.v1alpha1.HDFSEventSource#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'HdfsEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HdfsEventSource(obj: HdfsEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'addresses': obj.addresses?.map(y => y),
    'checkInterval': obj.checkInterval,
    'directory': obj.directory,
    'filter': toJson_EventSourceFilter(obj.filter),
    'hdfsUser': obj.hdfsUser,
    'krbCCacheSecret': toJson_K8sSecretKeySelector(obj.krbCCacheSecret),
    'krbConfigConfigMap': toJson_K8sConfigMapKeySelector(obj.krbConfigConfigMap),
    'krbKeytabSecret': toJson_K8sSecretKeySelector(obj.krbKeytabSecret),
    'krbRealm': obj.krbRealm,
    'krbServicePrincipalName': obj.krbServicePrincipalName,
    'krbUsername': obj.krbUsername,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'path': obj.path,
    'pathRegexp': obj.pathRegexp,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * KafkaEventSource refers to event-source for Kafka related events
 *
 * @schema io.argoproj.events.v1alpha1.KafkaEventSource
 */
export interface KafkaEventSource {
  /**
   * AWSMSKIAMAuth configures SASL/OAUTHBEARER authentication using AWS IAM credentials, supporting IRSA (pod web-identity token), instance-profile, and static env credentials. When set, TLS is enabled automatically and the SASL config field is ignored.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#awsMskIamAuth
   */
  readonly awsMskIamAuth?: AwsmskiamConfig;

  /**
   * Yaml format Sarama config for Kafka connection. It follows the struct of sarama.Config. See https://github.com/IBM/sarama/blob/main/config.go e.g.
   *
   * consumer:
   * fetch:
   * min: 1
   * net:
   * MaxOpenRequests: 5
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#config
   */
  readonly config?: string;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Consumer group for kafka client
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#consumerGroup
   */
  readonly consumerGroup?: KafkaConsumerGroup;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Sets a limit on how many events get read from kafka per second.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#limitEventsPerSecond
   */
  readonly limitEventsPerSecond?: number;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Partition name
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#partition
   */
  readonly partition?: string;

  /**
   * SASL configuration for the kafka client
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#sasl
   */
  readonly sasl?: SaslConfig;

  /**
   * Schema Registry configuration for consumer message with Avro format
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#schemaRegistry
   */
  readonly schemaRegistry?: SchemaRegistryConfig;

  /**
   * TLS configuration for the kafka client.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Topic name
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#topic
   */
  readonly topic: string;

  /**
   * URL to kafka cluster, multiple URLs separated by comma
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#url
   */
  readonly url: string;

  /**
   * Specify what kafka version is being connected to enables certain features in sarama, defaults to 1.0.0
   *
   * @schema io.argoproj.events.v1alpha1.KafkaEventSource#version
   */
  readonly version?: string;
}

/**
 * Converts an object of type 'KafkaEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaEventSource(obj: KafkaEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'awsMskIamAuth': toJson_AwsmskiamConfig(obj.awsMskIamAuth),
    'config': obj.config,
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'consumerGroup': toJson_KafkaConsumerGroup(obj.consumerGroup),
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'limitEventsPerSecond': obj.limitEventsPerSecond,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'partition': obj.partition,
    'sasl': toJson_SaslConfig(obj.sasl),
    'schemaRegistry': toJson_SchemaRegistryConfig(obj.schemaRegistry),
    'tls': toJson_TlsConfig(obj.tls),
    'topic': obj.topic,
    'url': obj.url,
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3Artifact contains information about an S3 connection and bucket
 *
 * @schema io.argoproj.events.v1alpha1.S3Artifact
 */
export interface S3Artifact {
  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#accessKey
   */
  readonly accessKey: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#bucket
   */
  readonly bucket: S3Bucket;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#caCertificate
   */
  readonly caCertificate?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#endpoint
   */
  readonly endpoint: string;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#events
   */
  readonly events?: string[];

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#filter
   */
  readonly filter?: S3Filter;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#insecure
   */
  readonly insecure?: boolean;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#region
   */
  readonly region?: string;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Artifact#secretKey
   */
  readonly secretKey: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'S3Artifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_S3Artifact(obj: S3Artifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKey': toJson_K8sSecretKeySelector(obj.accessKey),
    'bucket': toJson_S3Bucket(obj.bucket),
    'caCertificate': toJson_K8sSecretKeySelector(obj.caCertificate),
    'endpoint': obj.endpoint,
    'events': obj.events?.map(y => y),
    'filter': toJson_S3Filter(obj.filter),
    'insecure': obj.insecure,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'region': obj.region,
    'secretKey': toJson_K8sSecretKeySelector(obj.secretKey),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * MNSEventSource refers to event-source for AlibabaCloud MNS related events
 *
 * @schema io.argoproj.events.v1alpha1.MNSEventSource
 */
export interface MnsEventSource {
  /**
   * AccessKey refers K8s secret containing AlibabaCloud access key
   *
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#accessKey
   */
  readonly accessKey?: K8sSecretKeySelector;

  /**
   * Endpoint configures connection to a specific AlibabaCloud MNS endpoint
   *
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#endpoint
   */
  readonly endpoint?: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Queue is AlibabaCloud MNS queue to listen to for messages
   *
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#queue
   */
  readonly queue: string;

  /**
   * SecretKey refers K8s secret containing AlibabaCloud secret key
   *
   * @schema io.argoproj.events.v1alpha1.MNSEventSource#secretKey
   */
  readonly secretKey?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'MnsEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_MnsEventSource(obj: MnsEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKey': toJson_K8sSecretKeySelector(obj.accessKey),
    'endpoint': obj.endpoint,
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'queue': obj.queue,
    'secretKey': toJson_K8sSecretKeySelector(obj.secretKey),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * MQTTEventSource refers to event-source for MQTT related events
 *
 * @schema io.argoproj.events.v1alpha1.MQTTEventSource
 */
export interface MqttEventSource {
  /**
   * Auth hosts secret selectors for username and password
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#auth
   */
  readonly auth?: BasicAuth;

  /**
   * ClientID is the id of the client
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#clientId
   */
  readonly clientId: string;

  /**
   * ConnectionBackoff holds backoff applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * TLS configuration for the mqtt client.
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Topic name
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#topic
   */
  readonly topic: string;

  /**
   * URL to connect to broker
   *
   * @schema io.argoproj.events.v1alpha1.MQTTEventSource#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'MqttEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_MqttEventSource(obj: MqttEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_BasicAuth(obj.auth),
    'clientId': obj.clientId,
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'tls': toJson_TlsConfig(obj.tls),
    'topic': obj.topic,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NATSEventsSource refers to event-source for NATS related events
 *
 * @schema io.argoproj.events.v1alpha1.NATSEventsSource
 */
export interface NatsEventsSource {
  /**
   * Auth information
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#auth
   */
  readonly auth?: NatsAuth;

  /**
   * ConnectionBackoff holds backoff applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Queue is the name of the queue group to subscribe as if specified. Uses QueueSubscribe logic to subscribe as queue group. If the queue is empty, uses default Subscribe logic.
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#queue
   */
  readonly queue?: string;

  /**
   * Subject holds the name of the subject onto which messages are published
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#subject
   */
  readonly subject: string;

  /**
   * TLS configuration for the nats client.
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * URL to connect to NATS cluster
   *
   * @schema io.argoproj.events.v1alpha1.NATSEventsSource#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'NatsEventsSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NatsEventsSource(obj: NatsEventsSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_NatsAuth(obj.auth),
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'queue': obj.queue,
    'subject': obj.subject,
    'tls': toJson_TlsConfig(obj.tls),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NSQEventSource describes the event source for NSQ PubSub More info at https://godoc.org/github.com/nsqio/go-nsq
 *
 * @schema io.argoproj.events.v1alpha1.NSQEventSource
 */
export interface NsqEventSource {
  /**
   * Channel used for subscription
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#channel
   */
  readonly channel: string;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * HostAddress is the address of the host for NSQ lookup
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#hostAddress
   */
  readonly hostAddress: string;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * TLS configuration for the nsq client.
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Topic to subscribe to.
   *
   * @schema io.argoproj.events.v1alpha1.NSQEventSource#topic
   */
  readonly topic: string;
}

/**
 * Converts an object of type 'NsqEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NsqEventSource(obj: NsqEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'channel': obj.channel,
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'filter': toJson_EventSourceFilter(obj.filter),
    'hostAddress': obj.hostAddress,
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'tls': toJson_TlsConfig(obj.tls),
    'topic': obj.topic,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PubSubEventSource refers to event-source for GCP PubSub related events.
 *
 * @schema io.argoproj.events.v1alpha1.PubSubEventSource
 */
export interface PubSubEventSource {
  /**
   * CredentialSecret references to the secret that contains JSON credentials to access GCP. If it is missing, it implicitly uses Workload Identity to access. https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#credentialSecret
   */
  readonly credentialSecret?: K8sSecretKeySelector;

  /**
   * DeleteSubscriptionOnFinish determines whether to delete the GCP PubSub subscription once the event source is stopped.
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#deleteSubscriptionOnFinish
   */
  readonly deleteSubscriptionOnFinish?: boolean;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * ProjectID is GCP project ID for the subscription. Required if you run Argo Events outside of GKE/GCE. (otherwise, the default value is its project)
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#projectID
   */
  readonly projectId?: string;

  /**
   * SubscriptionID is ID of subscription. Required if you use existing subscription. The default value will be auto generated hash based on this eventsource setting, so the subscription might be recreated every time you update the setting, which has a possibility of event loss.
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#subscriptionID
   */
  readonly subscriptionId?: string;

  /**
   * Topic to which the subscription should belongs. Required if you want the eventsource to create a new subscription. If you specify this field along with an existing subscription, it will be verified whether it actually belongs to the specified topic.
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#topic
   */
  readonly topic?: string;

  /**
   * TopicProjectID is GCP project ID for the topic. By default, it is same as ProjectID.
   *
   * @schema io.argoproj.events.v1alpha1.PubSubEventSource#topicProjectID
   */
  readonly topicProjectId?: string;
}

/**
 * Converts an object of type 'PubSubEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PubSubEventSource(obj: PubSubEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'credentialSecret': toJson_K8sSecretKeySelector(obj.credentialSecret),
    'deleteSubscriptionOnFinish': obj.deleteSubscriptionOnFinish,
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'projectID': obj.projectId,
    'subscriptionID': obj.subscriptionId,
    'topic': obj.topic,
    'topicProjectID': obj.topicProjectId,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PulsarEventSource describes the event source for Apache Pulsar
 *
 * @schema io.argoproj.events.v1alpha1.PulsarEventSource
 */
export interface PulsarEventSource {
  /**
   * Authentication athenz parameters for the pulsar client. Refer https://github.com/apache/pulsar-client-go/blob/master/pulsar/auth/athenz.go Either token or athenz can be set to use auth.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#authAthenzParams
   */
  readonly authAthenzParams?: { [key: string]: string };

  /**
   * Authentication athenz privateKey secret for the pulsar client. AuthAthenzSecret must be set if AuthAthenzParams is used.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#authAthenzSecret
   */
  readonly authAthenzSecret?: K8sSecretKeySelector;

  /**
   * Authentication token for the pulsar client. Either token or athenz can be set to use auth.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#authTokenSecret
   */
  readonly authTokenSecret?: K8sSecretKeySelector;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * TLS configuration for the pulsar client.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Whether the Pulsar client accept untrusted TLS certificate from broker.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#tlsAllowInsecureConnection
   */
  readonly tlsAllowInsecureConnection?: boolean;

  /**
   * Trusted TLS certificate secret.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#tlsTrustCertsSecret
   */
  readonly tlsTrustCertsSecret?: K8sSecretKeySelector;

  /**
   * Whether the Pulsar client verify the validity of the host name from broker.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#tlsValidateHostname
   */
  readonly tlsValidateHostname?: boolean;

  /**
   * Name of the topics to subscribe to.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#topics
   */
  readonly topics: string[];

  /**
   * Type of the subscription. Only "exclusive" and "shared" is supported. Defaults to exclusive.
   *
   * @default exclusive.
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#type
   */
  readonly type?: string;

  /**
   * Configure the service URL for the Pulsar service.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarEventSource#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'PulsarEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PulsarEventSource(obj: PulsarEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authAthenzParams': ((obj.authAthenzParams) === undefined) ? undefined : (Object.entries(obj.authAthenzParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'authAthenzSecret': toJson_K8sSecretKeySelector(obj.authAthenzSecret),
    'authTokenSecret': toJson_K8sSecretKeySelector(obj.authTokenSecret),
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'tls': toJson_TlsConfig(obj.tls),
    'tlsAllowInsecureConnection': obj.tlsAllowInsecureConnection,
    'tlsTrustCertsSecret': toJson_K8sSecretKeySelector(obj.tlsTrustCertsSecret),
    'tlsValidateHostname': obj.tlsValidateHostname,
    'topics': obj.topics?.map(y => y),
    'type': obj.type,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * RedisEventSource describes an event source for the Redis PubSub. More info at https://godoc.org/github.com/go-redis/redis#example-PubSub
 *
 * @schema io.argoproj.events.v1alpha1.RedisEventSource
 */
export interface RedisEventSource {
  /**
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#channels
   */
  readonly channels: string[];

  /**
   * DB to use. If not specified, default DB 0 will be used.
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#db
   */
  readonly db?: number;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * HostAddress refers to the address of the Redis host/server
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#hostAddress
   */
  readonly hostAddress: string;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Namespace to use to retrieve the password from. It should only be specified if password is declared
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#namespace
   */
  readonly namespace?: string;

  /**
   * Password required for authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * TLS configuration for the redis client.
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Username required for ACL style authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.RedisEventSource#username
   */
  readonly username?: string;
}

/**
 * Converts an object of type 'RedisEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RedisEventSource(obj: RedisEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'channels': obj.channels?.map(y => y),
    'db': obj.db,
    'filter': toJson_EventSourceFilter(obj.filter),
    'hostAddress': obj.hostAddress,
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'namespace': obj.namespace,
    'password': toJson_K8sSecretKeySelector(obj.password),
    'tls': toJson_TlsConfig(obj.tls),
    'username': obj.username,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * RedisStreamEventSource describes an event source for Redis streams (https://redis.io/topics/streams-intro)
 *
 * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource
 */
export interface RedisStreamEventSource {
  /**
   * ConsumerGroup refers to the Redis stream consumer group that will be created on all redis streams. Messages are read through this group. Defaults to 'argo-events-cg'
   *
   * @default argo-events-cg'
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#consumerGroup
   */
  readonly consumerGroup?: string;

  /**
   * DB to use. If not specified, default DB 0 will be used.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#db
   */
  readonly db?: number;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * HostAddress refers to the address of the Redis host/server (master instance)
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#hostAddress
   */
  readonly hostAddress: string;

  /**
   * MaxMsgCountPerRead holds the maximum number of messages per stream that will be read in each XREADGROUP of all streams Example: if there are 2 streams and MaxMsgCountPerRead=10, then each XREADGROUP may read upto a total of 20 messages. Same as COUNT option in XREADGROUP(https://redis.io/topics/streams-intro). Defaults to 10
   *
   * @default 10
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#maxMsgCountPerRead
   */
  readonly maxMsgCountPerRead?: number;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Password required for authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * Streams to look for entries. XREADGROUP is used on all streams using a single consumer group.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#streams
   */
  readonly streams: string[];

  /**
   * TLS configuration for the redis client.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Username required for ACL style authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.RedisStreamEventSource#username
   */
  readonly username?: string;
}

/**
 * Converts an object of type 'RedisStreamEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RedisStreamEventSource(obj: RedisStreamEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'consumerGroup': obj.consumerGroup,
    'db': obj.db,
    'filter': toJson_EventSourceFilter(obj.filter),
    'hostAddress': obj.hostAddress,
    'maxMsgCountPerRead': obj.maxMsgCountPerRead,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'password': toJson_K8sSecretKeySelector(obj.password),
    'streams': obj.streams?.map(y => y),
    'tls': toJson_TlsConfig(obj.tls),
    'username': obj.username,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceEventSource refers to a event-source for K8s resource related events.
 *
 * @schema io.argoproj.events.v1alpha1.ResourceEventSource
 */
export interface ResourceEventSource {
  /**
   * EventTypes is the list of event type to watch. Possible values are - ADD, UPDATE and DELETE.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#eventTypes
   */
  readonly eventTypes: string[];

  /**
   * Filter is applied on the metadata of the resource If you apply filter, then the internal event informer will only monitor objects that pass the filter.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#filter
   */
  readonly filter?: ResourceFilter;

  /**
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#group
   */
  readonly group: string;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Namespace where resource is deployed
   *
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#namespace
   */
  readonly namespace: string;

  /**
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#resource
   */
  readonly resource: string;

  /**
   * @schema io.argoproj.events.v1alpha1.ResourceEventSource#version
   */
  readonly version: string;
}

/**
 * Converts an object of type 'ResourceEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ResourceEventSource(obj: ResourceEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'eventTypes': obj.eventTypes?.map(y => y),
    'filter': toJson_ResourceFilter(obj.filter),
    'group': obj.group,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'namespace': obj.namespace,
    'resource': obj.resource,
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Service holds the service information eventsource exposes
 *
 * @schema io.argoproj.events.v1alpha1.Service
 */
export interface Service {
  /**
   * clusterIP is the IP address of the service and is usually assigned randomly by the master. If an address is specified manually and is not in use by others, it will be allocated to the service; otherwise, creation of the service will fail. This field can not be changed through updates. Valid values are "None", empty string (""), or a valid IP address. "None" can be specified for headless services when proxying is not required. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
   *
   * @schema io.argoproj.events.v1alpha1.Service#clusterIP
   */
  readonly clusterIp?: string;

  /**
   * Metadata sets the pods's metadata, i.e. annotations and labels default={annotations: {}, labels: {}}
   *
   * @schema io.argoproj.events.v1alpha1.Service#metadata
   */
  readonly metadata?: Metadata;

  /**
   * The list of ports that are exposed by this ClusterIP service.
   *
   * @schema io.argoproj.events.v1alpha1.Service#ports
   */
  readonly ports?: K8sServicePort[];
}

/**
 * Converts an object of type 'Service' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Service(obj: Service | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterIP': obj.clusterIp,
    'metadata': toJson_Metadata(obj.metadata),
    'ports': obj.ports?.map(y => toJson_K8sServicePort(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SFTPEventSource describes an event-source for sftp related events.
 *
 * @schema io.argoproj.events.v1alpha1.SFTPEventSource
 */
export interface SftpEventSource {
  /**
   * Address sftp address.
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#address
   */
  readonly address?: K8sSecretKeySelector;

  /**
   * Type of file operations to watch Refer https://github.com/fsnotify/fsnotify/blob/master/fsnotify.go for more information
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#eventType
   */
  readonly eventType: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Password required for authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * PollIntervalDuration the interval at which to poll the SFTP server defaults to 10 seconds
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#pollIntervalDuration
   */
  readonly pollIntervalDuration?: string;

  /**
   * SSHKeySecret refers to the secret that contains SSH key. Key needs to contain private key and public key.
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#sshKeySecret
   */
  readonly sshKeySecret?: K8sSecretKeySelector;

  /**
   * Username required for authentication if any.
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#username
   */
  readonly username?: K8sSecretKeySelector;

  /**
   * WatchPathConfig contains configuration about the file path to watch
   *
   * @schema io.argoproj.events.v1alpha1.SFTPEventSource#watchPathConfig
   */
  readonly watchPathConfig: WatchPathConfig;
}

/**
 * Converts an object of type 'SftpEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SftpEventSource(obj: SftpEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'address': toJson_K8sSecretKeySelector(obj.address),
    'eventType': obj.eventType,
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'password': toJson_K8sSecretKeySelector(obj.password),
    'pollIntervalDuration': obj.pollIntervalDuration,
    'sshKeySecret': toJson_K8sSecretKeySelector(obj.sshKeySecret),
    'username': toJson_K8sSecretKeySelector(obj.username),
    'watchPathConfig': toJson_WatchPathConfig(obj.watchPathConfig),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SlackEventSource refers to event-source for Slack related events
 *
 * @schema io.argoproj.events.v1alpha1.SlackEventSource
 */
export interface SlackEventSource {
  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.SlackEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.SlackEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Slack App signing secret
   *
   * @schema io.argoproj.events.v1alpha1.SlackEventSource#signingSecret
   */
  readonly signingSecret?: K8sSecretKeySelector;

  /**
   * Token for URL verification handshake
   *
   * @schema io.argoproj.events.v1alpha1.SlackEventSource#token
   */
  readonly token?: K8sSecretKeySelector;

  /**
   * Webhook holds configuration for a REST endpoint
   *
   * @schema io.argoproj.events.v1alpha1.SlackEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'SlackEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SlackEventSource(obj: SlackEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'signingSecret': toJson_K8sSecretKeySelector(obj.signingSecret),
    'token': toJson_K8sSecretKeySelector(obj.token),
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SNSEventSource refers to event-source for AWS SNS related events
 *
 * @schema io.argoproj.events.v1alpha1.SNSEventSource
 */
export interface SnsEventSource {
  /**
   * AccessKey refers K8s secret containing aws access key
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#accessKey
   */
  readonly accessKey?: K8sSecretKeySelector;

  /**
   * Endpoint configures connection to a specific SNS endpoint instead of Amazons servers
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#endpoint
   */
  readonly endpoint?: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Region is AWS region
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#region
   */
  readonly region: string;

  /**
   * RoleARN is the Amazon Resource Name (ARN) of the role to assume.
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#roleARN
   */
  readonly roleArn?: string;

  /**
   * SecretKey refers K8s secret containing aws secret key
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#secretKey
   */
  readonly secretKey?: K8sSecretKeySelector;

  /**
   * TopicArn
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#topicArn
   */
  readonly topicArn: string;

  /**
   * ValidateSignature is boolean that can be set to true for SNS signature verification
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#validateSignature
   */
  readonly validateSignature?: boolean;

  /**
   * Webhook configuration for http server
   *
   * @schema io.argoproj.events.v1alpha1.SNSEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'SnsEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SnsEventSource(obj: SnsEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKey': toJson_K8sSecretKeySelector(obj.accessKey),
    'endpoint': obj.endpoint,
    'filter': toJson_EventSourceFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'region': obj.region,
    'roleARN': obj.roleArn,
    'secretKey': toJson_K8sSecretKeySelector(obj.secretKey),
    'topicArn': obj.topicArn,
    'validateSignature': obj.validateSignature,
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SQSEventSource refers to event-source for AWS SQS related events
 *
 * @schema io.argoproj.events.v1alpha1.SQSEventSource
 */
export interface SqsEventSource {
  /**
   * AccessKey refers K8s secret containing aws access key
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#accessKey
   */
  readonly accessKey?: K8sSecretKeySelector;

  /**
   * DLQ specifies if a dead-letter queue is configured for messages that can't be processed successfully. If set to true, messages with invalid payload won't be acknowledged to allow to forward them farther to the dead-letter queue. The default value is false.
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#dlq
   */
  readonly dlq?: boolean;

  /**
   * Endpoint configures connection to a specific SQS endpoint instead of Amazons servers
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#endpoint
   */
  readonly endpoint?: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * JSONBody specifies that all event body payload coming from this source will be JSON
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#jsonBody
   */
  readonly jsonBody?: boolean;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Queue is AWS SQS queue to listen to for messages
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#queue
   */
  readonly queue: string;

  /**
   * QueueAccountID is the ID of the account that created the queue to monitor
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#queueAccountId
   */
  readonly queueAccountId?: string;

  /**
   * Region is AWS region
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#region
   */
  readonly region: string;

  /**
   * RoleARN is the Amazon Resource Name (ARN) of the role to assume.
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#roleARN
   */
  readonly roleArn?: string;

  /**
   * SecretKey refers K8s secret containing aws secret key
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#secretKey
   */
  readonly secretKey?: K8sSecretKeySelector;

  /**
   * SessionToken refers to K8s secret containing AWS temporary credentials(STS) session token
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#sessionToken
   */
  readonly sessionToken?: K8sSecretKeySelector;

  /**
   * WaitTimeSeconds is The duration (in seconds) for which the call waits for a message to arrive in the queue before returning.
   *
   * @schema io.argoproj.events.v1alpha1.SQSEventSource#waitTimeSeconds
   */
  readonly waitTimeSeconds: number;
}

/**
 * Converts an object of type 'SqsEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SqsEventSource(obj: SqsEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKey': toJson_K8sSecretKeySelector(obj.accessKey),
    'dlq': obj.dlq,
    'endpoint': obj.endpoint,
    'filter': toJson_EventSourceFilter(obj.filter),
    'jsonBody': obj.jsonBody,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'queue': obj.queue,
    'queueAccountId': obj.queueAccountId,
    'region': obj.region,
    'roleARN': obj.roleArn,
    'secretKey': toJson_K8sSecretKeySelector(obj.secretKey),
    'sessionToken': toJson_K8sSecretKeySelector(obj.sessionToken),
    'waitTimeSeconds': obj.waitTimeSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StorageGridEventSource refers to event-source for StorageGrid related events
 *
 * @schema io.argoproj.events.v1alpha1.StorageGridEventSource
 */
export interface StorageGridEventSource {
  /**
   * APIURL is the url of the storagegrid api.
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#apiURL
   */
  readonly apiUrl: string;

  /**
   * Auth token for storagegrid api
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#authToken
   */
  readonly authToken: K8sSecretKeySelector;

  /**
   * Name of the bucket to register notifications for.
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#bucket
   */
  readonly bucket: string;

  /**
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#events
   */
  readonly events?: string[];

  /**
   * Filter on object key which caused the notification.
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#filter
   */
  readonly filter?: StorageGridFilter;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * S3 region. Defaults to us-east-1
   *
   * @default us-east-1
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#region
   */
  readonly region?: string;

  /**
   * TLS configuration for the service bus client
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#tls
   */
  readonly tls?: TlsConfig;

  /**
   * TopicArn
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#topicArn
   */
  readonly topicArn: string;

  /**
   * Webhook holds configuration for a REST endpoint
   *
   * @schema io.argoproj.events.v1alpha1.StorageGridEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'StorageGridEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StorageGridEventSource(obj: StorageGridEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiURL': obj.apiUrl,
    'authToken': toJson_K8sSecretKeySelector(obj.authToken),
    'bucket': obj.bucket,
    'events': obj.events?.map(y => y),
    'filter': toJson_StorageGridFilter(obj.filter),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'region': obj.region,
    'tls': toJson_TlsConfig(obj.tls),
    'topicArn': obj.topicArn,
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StripeEventSource describes the event source for stripe webhook notifications More info at https://stripe.com/docs/webhooks
 *
 * @schema io.argoproj.events.v1alpha1.StripeEventSource
 */
export interface StripeEventSource {
  /**
   * APIKey refers to K8s secret that holds Stripe API key. Used only if CreateWebhook is enabled.
   *
   * @schema io.argoproj.events.v1alpha1.StripeEventSource#apiKey
   */
  readonly apiKey?: K8sSecretKeySelector;

  /**
   * CreateWebhook if specified creates a new webhook programmatically.
   *
   * @schema io.argoproj.events.v1alpha1.StripeEventSource#createWebhook
   */
  readonly createWebhook?: boolean;

  /**
   * EventFilter describes the type of events to listen to. If not specified, all types of events will be processed. More info at https://stripe.com/docs/api/events/list
   *
   * @schema io.argoproj.events.v1alpha1.StripeEventSource#eventFilter
   */
  readonly eventFilter?: string[];

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.StripeEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Webhook holds configuration for a REST endpoint
   *
   * @schema io.argoproj.events.v1alpha1.StripeEventSource#webhook
   */
  readonly webhook?: WebhookContext;
}

/**
 * Converts an object of type 'StripeEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StripeEventSource(obj: StripeEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiKey': toJson_K8sSecretKeySelector(obj.apiKey),
    'createWebhook': obj.createWebhook,
    'eventFilter': obj.eventFilter?.map(y => y),
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'webhook': toJson_WebhookContext(obj.webhook),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Template holds the information of a deployment template
 *
 * @schema io.argoproj.events.v1alpha1.Template
 */
export interface Template {
  /**
   * If specified, the pod's scheduling constraints
   *
   * @schema io.argoproj.events.v1alpha1.Template#affinity
   */
  readonly affinity?: K8sAffinity;

  /**
   * Container is the main container image to run in the sensor pod
   *
   * @schema io.argoproj.events.v1alpha1.Template#container
   */
  readonly container?: Container;

  /**
   * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. For example, in the case of docker, only DockerConfig type secrets are honored. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
   *
   * @schema io.argoproj.events.v1alpha1.Template#imagePullSecrets
   */
  readonly imagePullSecrets?: K8sLocalObjectReference[];

  /**
   * Metadata sets the pods's metadata, i.e. annotations and labels
   *
   * @schema io.argoproj.events.v1alpha1.Template#metadata
   */
  readonly metadata?: Metadata;

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema io.argoproj.events.v1alpha1.Template#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * The priority value. Various system components use this field to find the priority of the EventSource pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.Template#priority
   */
  readonly priority?: number;

  /**
   * If specified, indicates the EventSource pod's priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.Template#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.
   *
   * @default empty.  See type description for default values of each field.
   * @schema io.argoproj.events.v1alpha1.Template#securityContext
   */
  readonly securityContext?: K8sPodSecurityContext;

  /**
   * ServiceAccountName is the name of the ServiceAccount to use to run sensor pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
   *
   * @schema io.argoproj.events.v1alpha1.Template#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema io.argoproj.events.v1alpha1.Template#tolerations
   */
  readonly tolerations?: K8sToleration[];

  /**
   * Volumes is a list of volumes that can be mounted by containers in a workflow.
   *
   * @schema io.argoproj.events.v1alpha1.Template#volumes
   */
  readonly volumes?: K8sVolume[];
}

/**
 * Converts an object of type 'Template' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Template(obj: Template | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_K8sAffinity(obj.affinity),
    'container': toJson_Container(obj.container),
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_K8sLocalObjectReference(y)),
    'metadata': toJson_Metadata(obj.metadata),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'priority': obj.priority,
    'priorityClassName': obj.priorityClassName,
    'securityContext': toJson_K8sPodSecurityContext(obj.securityContext),
    'serviceAccountName': obj.serviceAccountName,
    'tolerations': obj.tolerations?.map(y => toJson_K8sToleration(y)),
    'volumes': obj.volumes?.map(y => toJson_K8sVolume(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CalendarEventSource describes an HTTP based EventSource
 *
 * @schema io.argoproj.events.v1alpha1.WebhookEventSource
 */
export interface WebhookEventSource {
  /**
   * AuthSecret holds a secret selector that contains a bearer token for authentication
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#authSecret
   */
  readonly authSecret?: K8sSecretKeySelector;

  /**
   * REST API endpoint
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#endpoint
   */
  readonly endpoint: string;

  /**
   * Filter
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#filter
   */
  readonly filter?: EventSourceFilter;

  /**
   * MaxPayloadSize is the maximum webhook payload size that the server will accept. Requests exceeding that limit will be rejected with "request too large" response. Default value: 1048576 (1MB).
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#maxPayloadSize
   */
  readonly maxPayloadSize?: number;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Method is HTTP request method that indicates the desired action to be performed for a given resource. See RFC7231 Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#method
   */
  readonly method: string;

  /**
   * Port on which HTTP server is listening for incoming events.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#port
   */
  readonly port: string;

  /**
   * ServerCertPath refers the file that contains the cert.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#serverCertSecret
   */
  readonly serverCertSecret?: K8sSecretKeySelector;

  /**
   * ServerKeyPath refers the file that contains private key
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#serverKeySecret
   */
  readonly serverKeySecret?: K8sSecretKeySelector;

  /**
   * URL is the url of the server.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookEventSource#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'WebhookEventSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WebhookEventSource(obj: WebhookEventSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authSecret': toJson_K8sSecretKeySelector(obj.authSecret),
    'endpoint': obj.endpoint,
    'filter': toJson_EventSourceFilter(obj.filter),
    'maxPayloadSize': obj.maxPayloadSize,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'method': obj.method,
    'port': obj.port,
    'serverCertSecret': toJson_K8sSecretKeySelector(obj.serverCertSecret),
    'serverKeySecret': toJson_K8sSecretKeySelector(obj.serverKeySecret),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EventDependency describes a dependency
 *
 * @schema io.argoproj.events.v1alpha1.EventDependency
 */
export interface EventDependency {
  /**
   * EventName is the name of the event
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#eventName
   */
  readonly eventName: string;

  /**
   * EventSourceName is the name of EventSource that Sensor depends on
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#eventSourceName
   */
  readonly eventSourceName: string;

  /**
   * Filters and rules governing toleration of success and constraints on the context and data of an event
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#filters
   */
  readonly filters?: EventDependencyFilter;

  /**
   * FiltersLogicalOperator defines how different filters are evaluated together. Available values: and (&&), or (||) Is optional and if left blank treated as and (&&).
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#filtersLogicalOperator
   */
  readonly filtersLogicalOperator?: string;

  /**
   * Name is a unique name of this dependency
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#name
   */
  readonly name: string;

  /**
   * Transform transforms the event data
   *
   * @schema io.argoproj.events.v1alpha1.EventDependency#transform
   */
  readonly transform?: EventDependencyTransformer;
}

/**
 * Converts an object of type 'EventDependency' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventDependency(obj: EventDependency | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'eventName': obj.eventName,
    'eventSourceName': obj.eventSourceName,
    'filters': toJson_EventDependencyFilter(obj.filters),
    'filtersLogicalOperator': obj.filtersLogicalOperator,
    'name': obj.name,
    'transform': toJson_EventDependencyTransformer(obj.transform),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Trigger is an action taken, output produced, an event created, a message sent
 *
 * @schema io.argoproj.events.v1alpha1.Trigger
 */
export interface Trigger {
  /**
   * AtLeastOnce determines the trigger execution semantics. Defaults to false. Trigger execution will use at-most-once semantics. If set to true, Trigger execution will switch to at-least-once semantics.
   *
   * @default false. Trigger execution will use at-most-once semantics. If set to true, Trigger execution will switch to at-least-once semantics.
   * @schema io.argoproj.events.v1alpha1.Trigger#atLeastOnce
   */
  readonly atLeastOnce?: boolean;

  /**
   * If the trigger fails, it will retry up to the configured number of retries. If the maximum retries are reached and the trigger is set to execute atLeastOnce, the dead letter queue (DLQ) trigger will be invoked if specified.  Invoking the dead letter queue trigger helps prevent data loss.
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#dlqTrigger
   */
  readonly dlqTrigger?: Trigger;

  /**
   * Parameters is the list of parameters applied to the trigger template definition
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Policy to configure backoff and execution criteria for the trigger
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#policy
   */
  readonly policy?: TriggerPolicy;

  /**
   * Rate limit, default unit is Second
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#rateLimit
   */
  readonly rateLimit?: RateLimit;

  /**
   * Retry strategy, defaults to no retry
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#retryStrategy
   */
  readonly retryStrategy?: Backoff;

  /**
   * Template describes the trigger specification.
   *
   * @schema io.argoproj.events.v1alpha1.Trigger#template
   */
  readonly template?: TriggerTemplate;
}

/**
 * Converts an object of type 'Trigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Trigger(obj: Trigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'atLeastOnce': obj.atLeastOnce,
    'dlqTrigger': toJson_Trigger(obj.dlqTrigger),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'policy': toJson_TriggerPolicy(obj.policy),
    'rateLimit': toJson_RateLimit(obj.rateLimit),
    'retryStrategy': toJson_Backoff(obj.retryStrategy),
    'template': toJson_TriggerTemplate(obj.template),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Affinity is a group of affinity scheduling rules.
 *
 * @schema io.k8s.api.core.v1.Affinity
 */
export interface K8sAffinity {
  /**
   * Describes node affinity scheduling rules for the pod.
   *
   * @schema io.k8s.api.core.v1.Affinity#nodeAffinity
   */
  readonly nodeAffinity?: K8sNodeAffinity;

  /**
   * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
   *
   * @schema io.k8s.api.core.v1.Affinity#podAffinity
   */
  readonly podAffinity?: K8sPodAffinity;

  /**
   * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
   *
   * @schema io.k8s.api.core.v1.Affinity#podAntiAffinity
   */
  readonly podAntiAffinity?: K8sPodAntiAffinity;
}

/**
 * Converts an object of type 'K8sAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sAffinity(obj: K8sAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nodeAffinity': toJson_K8sNodeAffinity(obj.nodeAffinity),
    'podAffinity': toJson_K8sPodAffinity(obj.podAffinity),
    'podAntiAffinity': toJson_K8sPodAntiAffinity(obj.podAntiAffinity),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerTemplate defines customized spec for a container
 *
 * @schema io.argoproj.events.v1alpha1.ContainerTemplate
 */
export interface ContainerTemplate {
  /**
   * @schema io.argoproj.events.v1alpha1.ContainerTemplate#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * @schema io.argoproj.events.v1alpha1.ContainerTemplate#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * @schema io.argoproj.events.v1alpha1.ContainerTemplate#securityContext
   */
  readonly securityContext?: K8sSecurityContext;
}

/**
 * Converts an object of type 'ContainerTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ContainerTemplate(obj: ContainerTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'imagePullPolicy': obj.imagePullPolicy,
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.
 *
 * @schema io.k8s.api.core.v1.LocalObjectReference
 */
export interface K8sLocalObjectReference {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.LocalObjectReference#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'K8sLocalObjectReference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sLocalObjectReference(obj: K8sLocalObjectReference | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Metadata holds the annotations and labels of an event source pod
 *
 * @schema io.argoproj.events.v1alpha1.Metadata
 */
export interface Metadata {
  /**
   * @schema io.argoproj.events.v1alpha1.Metadata#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * @schema io.argoproj.events.v1alpha1.Metadata#labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * Converts an object of type 'Metadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Metadata(obj: Metadata | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistenceStrategy defines the strategy of persistence
 *
 * @schema io.argoproj.events.v1alpha1.PersistenceStrategy
 */
export interface PersistenceStrategy {
  /**
   * Available access modes such as ReadWriteOnce, ReadWriteMany https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes
   *
   * @schema io.argoproj.events.v1alpha1.PersistenceStrategy#accessMode
   */
  readonly accessMode?: string;

  /**
   * Name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
   *
   * @schema io.argoproj.events.v1alpha1.PersistenceStrategy#storageClassName
   */
  readonly storageClassName?: string;

  /**
   * Volume size, e.g. 10Gi
   *
   * @schema io.argoproj.events.v1alpha1.PersistenceStrategy#volumeSize
   */
  readonly volumeSize?: string;
}

/**
 * Converts an object of type 'PersistenceStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PersistenceStrategy(obj: PersistenceStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessMode': obj.accessMode,
    'storageClassName': obj.storageClassName,
    'volumeSize': obj.volumeSize,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.
 *
 * @schema io.k8s.api.core.v1.PodSecurityContext
 */
export interface K8sPodSecurityContext {
  /**
   * appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: K8sAppArmorProfile;

  /**
   * A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:
   *
   * 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----
   *
   * If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#fsGroup
   */
  readonly fsGroup?: number;

  /**
   * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#fsGroupChangePolicy
   */
  readonly fsGroupChangePolicy?: string;

  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   * @schema io.k8s.api.core.v1.PodSecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".
   *
   * "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
   *
   * "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
   *
   * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes.
   *
   * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
   *
   * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#seLinuxChangePolicy
   */
  readonly seLinuxChangePolicy?: string;

  /**
   * The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: K8sSeLinuxOptions;

  /**
   * The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#seccompProfile
   */
  readonly seccompProfile?: K8sSeccompProfile;

  /**
   * A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#supplementalGroups
   */
  readonly supplementalGroups?: number[];

  /**
   * Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#supplementalGroupsPolicy
   */
  readonly supplementalGroupsPolicy?: string;

  /**
   * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#sysctls
   */
  readonly sysctls?: K8sSysctl[];

  /**
   * The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema io.k8s.api.core.v1.PodSecurityContext#windowsOptions
   */
  readonly windowsOptions?: K8sWindowsSecurityContextOptions;
}

/**
 * Converts an object of type 'K8sPodSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodSecurityContext(obj: K8sPodSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'appArmorProfile': toJson_K8sAppArmorProfile(obj.appArmorProfile),
    'fsGroup': obj.fsGroup,
    'fsGroupChangePolicy': obj.fsGroupChangePolicy,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxChangePolicy': obj.seLinuxChangePolicy,
    'seLinuxOptions': toJson_K8sSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_K8sSeccompProfile(obj.seccompProfile),
    'supplementalGroups': obj.supplementalGroups?.map(y => y),
    'supplementalGroupsPolicy': obj.supplementalGroupsPolicy,
    'sysctls': obj.sysctls?.map(y => toJson_K8sSysctl(y)),
    'windowsOptions': toJson_K8sWindowsSecurityContextOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema io.k8s.api.core.v1.Toleration
 */
export interface K8sToleration {
  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
   *
   * @schema io.k8s.api.core.v1.Toleration#effect
   */
  readonly effect?: string;

  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
   *
   * @schema io.k8s.api.core.v1.Toleration#key
   */
  readonly key?: string;

  /**
   * Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category.
   *
   * @default Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category.
   * @schema io.k8s.api.core.v1.Toleration#operator
   */
  readonly operator?: string;

  /**
   * TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
   *
   * @schema io.k8s.api.core.v1.Toleration#tolerationSeconds
   */
  readonly tolerationSeconds?: number;

  /**
   * Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.
   *
   * @schema io.k8s.api.core.v1.Toleration#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'K8sToleration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sToleration(obj: K8sToleration | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'effect': obj.effect,
    'key': obj.key,
    'operator': obj.operator,
    'tolerationSeconds': obj.tolerationSeconds,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema io.k8s.api.core.v1.SecretKeySelector
 */
export interface K8sSecretKeySelector {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema io.k8s.api.core.v1.SecretKeySelector#key
   */
  readonly key: string;

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.SecretKeySelector#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema io.k8s.api.core.v1.SecretKeySelector#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sSecretKeySelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSecretKeySelector(obj: K8sSecretKeySelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TLSConfig refers to TLS configuration for a client.
 *
 * @schema io.argoproj.events.v1alpha1.TLSConfig
 */
export interface TlsConfig {
  /**
   * CACertSecret refers to the secret that contains the CA cert
   *
   * @schema io.argoproj.events.v1alpha1.TLSConfig#caCertSecret
   */
  readonly caCertSecret?: K8sSecretKeySelector;

  /**
   * ClientCertSecret refers to the secret that contains the client cert
   *
   * @schema io.argoproj.events.v1alpha1.TLSConfig#clientCertSecret
   */
  readonly clientCertSecret?: K8sSecretKeySelector;

  /**
   * ClientKeySecret refers to the secret that contains the client key
   *
   * @schema io.argoproj.events.v1alpha1.TLSConfig#clientKeySecret
   */
  readonly clientKeySecret?: K8sSecretKeySelector;

  /**
   * Enabled indicates if TLS is enabled. Added for compatibility proposes for Brokers that needs TLS without key authentication
   *
   * @schema io.argoproj.events.v1alpha1.TLSConfig#enabled
   */
  readonly enabled?: boolean;

  /**
   * If true, skips creation of TLSConfig with certs and creates an empty TLSConfig. (Defaults to false)
   *
   * @default false)
   * @schema io.argoproj.events.v1alpha1.TLSConfig#insecureSkipVerify
   */
  readonly insecureSkipVerify?: boolean;
}

/**
 * Converts an object of type 'TlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TlsConfig(obj: TlsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'caCertSecret': toJson_K8sSecretKeySelector(obj.caCertSecret),
    'clientCertSecret': toJson_K8sSecretKeySelector(obj.clientCertSecret),
    'clientKeySecret': toJson_K8sSecretKeySelector(obj.clientKeySecret),
    'enabled': obj.enabled,
    'insecureSkipVerify': obj.insecureSkipVerify,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.KafkaConsumerGroup
 */
export interface KafkaConsumerGroup {
  /**
   * The name for the consumer group to use
   *
   * @schema io.argoproj.events.v1alpha1.KafkaConsumerGroup#groupName
   */
  readonly groupName: string;

  /**
   * When starting up a new group do we want to start from the oldest event (true) or the newest event (false), defaults to false
   *
   * @schema io.argoproj.events.v1alpha1.KafkaConsumerGroup#oldest
   */
  readonly oldest?: boolean;

  /**
   * Rebalance strategy can be one of: sticky, roundrobin, range. Range is the default.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaConsumerGroup#rebalanceStrategy
   */
  readonly rebalanceStrategy?: string;
}

/**
 * Converts an object of type 'KafkaConsumerGroup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaConsumerGroup(obj: KafkaConsumerGroup | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'groupName': obj.groupName,
    'oldest': obj.oldest,
    'rebalanceStrategy': obj.rebalanceStrategy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SASLConfig refers to SASL configuration for a client
 *
 * @schema io.argoproj.events.v1alpha1.SASLConfig
 */
export interface SaslConfig {
  /**
   * SASLMechanism is the name of the enabled SASL mechanism. Possible values: OAUTHBEARER, PLAIN (defaults to PLAIN).
   *
   * @schema io.argoproj.events.v1alpha1.SASLConfig#mechanism
   */
  readonly mechanism?: string;

  /**
   * Password for SASL/PLAIN authentication
   *
   * @schema io.argoproj.events.v1alpha1.SASLConfig#passwordSecret
   */
  readonly passwordSecret?: K8sSecretKeySelector;

  /**
   * User is the authentication identity (authcid) to present for SASL/PLAIN or SASL/SCRAM authentication
   *
   * @schema io.argoproj.events.v1alpha1.SASLConfig#userSecret
   */
  readonly userSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'SaslConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SaslConfig(obj: SaslConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mechanism': obj.mechanism,
    'passwordSecret': toJson_K8sSecretKeySelector(obj.passwordSecret),
    'userSecret': toJson_K8sSecretKeySelector(obj.userSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NATSConfig holds the config of NATS
 *
 * @schema io.argoproj.events.v1alpha1.NATSConfig
 */
export interface NatsConfig {
  /**
   * Secret for auth
   *
   * @schema io.argoproj.events.v1alpha1.NATSConfig#accessSecret
   */
  readonly accessSecret?: K8sSecretKeySelector;

  /**
   * Auth strategy, default to AuthStrategyNone
   *
   * @schema io.argoproj.events.v1alpha1.NATSConfig#auth
   */
  readonly auth?: string;

  /**
   * Cluster ID for nats streaming
   *
   * @schema io.argoproj.events.v1alpha1.NATSConfig#clusterID
   */
  readonly clusterId?: string;

  /**
   * NATS streaming url
   *
   * @schema io.argoproj.events.v1alpha1.NATSConfig#url
   */
  readonly url?: string;
}

/**
 * Converts an object of type 'NatsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NatsConfig(obj: NatsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessSecret': toJson_K8sSecretKeySelector(obj.accessSecret),
    'auth': obj.auth,
    'clusterID': obj.clusterId,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NativeStrategy indicates to install a native NATS service
 *
 * @schema io.argoproj.events.v1alpha1.NativeStrategy
 */
export interface NativeStrategy {
  /**
   * The pod's scheduling constraints More info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#affinity
   */
  readonly affinity?: K8sAffinity;

  /**
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#auth
   */
  readonly auth?: string;

  /**
   * ContainerTemplate contains customized spec for NATS container
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#containerTemplate
   */
  readonly containerTemplate?: ContainerTemplate;

  /**
   * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. For example, in the case of docker, only DockerConfig type secrets are honored. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#imagePullSecrets
   */
  readonly imagePullSecrets?: K8sLocalObjectReference[];

  /**
   * Max Age of existing messages, i.e. "72h", “4h35m”
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#maxAge
   */
  readonly maxAge?: string;

  /**
   * Total size of messages per channel, 0 means unlimited. Defaults to 1GB
   *
   * @default 1GB
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#maxBytes
   */
  readonly maxBytes?: string;

  /**
   * Maximum number of messages per channel, 0 means unlimited. Defaults to 1000000
   *
   * @default 1000000
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#maxMsgs
   */
  readonly maxMsgs?: number;

  /**
   * Maximum number of bytes in a message payload, 0 means unlimited. Defaults to 1MB
   *
   * @default 1MB
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#maxPayload
   */
  readonly maxPayload?: string;

  /**
   * Maximum number of subscriptions per channel, 0 means unlimited. Defaults to 1000
   *
   * @default 1000
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#maxSubs
   */
  readonly maxSubs?: number;

  /**
   * Metadata sets the pods's metadata, i.e. annotations and labels
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#metadata
   */
  readonly metadata?: Metadata;

  /**
   * MetricsContainerTemplate contains customized spec for metrics container
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#metricsContainerTemplate
   */
  readonly metricsContainerTemplate?: ContainerTemplate;

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#persistence
   */
  readonly persistence?: PersistenceStrategy;

  /**
   * The priority value. Various system components use this field to find the priority of the EventSource pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#priority
   */
  readonly priority?: number;

  /**
   * If specified, indicates the EventSource pod's priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default. More info: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * Specifies the time without an Apply() operation before sending an heartbeat to ensure timely commit, i.e. "72h", “4h35m”. Defaults to 100ms
   *
   * @default 100ms
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#raftCommitTimeout
   */
  readonly raftCommitTimeout?: string;

  /**
   * Specifies the time in candidate state without a leader before attempting an election, i.e. "72h", “4h35m”. Defaults to 2s
   *
   * @default 2s
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#raftElectionTimeout
   */
  readonly raftElectionTimeout?: string;

  /**
   * Specifies the time in follower state without a leader before attempting an election, i.e. "72h", “4h35m”. Defaults to 2s
   *
   * @default 2s
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#raftHeartbeatTimeout
   */
  readonly raftHeartbeatTimeout?: string;

  /**
   * Specifies how long a leader waits without being able to contact a quorum of nodes before stepping down as leader, i.e. "72h", “4h35m”. Defaults to 1s
   *
   * @default 1s
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#raftLeaseTimeout
   */
  readonly raftLeaseTimeout?: string;

  /**
   * Size is the NATS StatefulSet size
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#replicas
   */
  readonly replicas?: number;

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.
   *
   * @default empty.  See type description for default values of each field.
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#securityContext
   */
  readonly securityContext?: K8sPodSecurityContext;

  /**
   * ServiceAccountName to apply to NATS StatefulSet
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema io.argoproj.events.v1alpha1.NativeStrategy#tolerations
   */
  readonly tolerations?: K8sToleration[];
}

/**
 * Converts an object of type 'NativeStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NativeStrategy(obj: NativeStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_K8sAffinity(obj.affinity),
    'auth': obj.auth,
    'containerTemplate': toJson_ContainerTemplate(obj.containerTemplate),
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_K8sLocalObjectReference(y)),
    'maxAge': obj.maxAge,
    'maxBytes': obj.maxBytes,
    'maxMsgs': obj.maxMsgs,
    'maxPayload': obj.maxPayload,
    'maxSubs': obj.maxSubs,
    'metadata': toJson_Metadata(obj.metadata),
    'metricsContainerTemplate': toJson_ContainerTemplate(obj.metricsContainerTemplate),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'persistence': toJson_PersistenceStrategy(obj.persistence),
    'priority': obj.priority,
    'priorityClassName': obj.priorityClassName,
    'raftCommitTimeout': obj.raftCommitTimeout,
    'raftElectionTimeout': obj.raftElectionTimeout,
    'raftHeartbeatTimeout': obj.raftHeartbeatTimeout,
    'raftLeaseTimeout': obj.raftLeaseTimeout,
    'replicas': obj.replicas,
    'securityContext': toJson_K8sPodSecurityContext(obj.securityContext),
    'serviceAccountName': obj.serviceAccountName,
    'tolerations': obj.tolerations?.map(y => toJson_K8sToleration(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * BasicAuth contains the reference to K8s secrets that holds the username and password
 *
 * @schema io.argoproj.events.v1alpha1.BasicAuth
 */
export interface BasicAuth {
  /**
   * Password refers to the Kubernetes secret that holds the password required for basic auth.
   *
   * @schema io.argoproj.events.v1alpha1.BasicAuth#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * Username refers to the Kubernetes secret that holds the username required for basic auth.
   *
   * @schema io.argoproj.events.v1alpha1.BasicAuth#username
   */
  readonly username?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'BasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BasicAuth(obj: BasicAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'password': toJson_K8sSecretKeySelector(obj.password),
    'username': toJson_K8sSecretKeySelector(obj.username),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Backoff for an operation
 *
 * @schema io.argoproj.events.v1alpha1.Backoff
 */
export interface Backoff {
  /**
   * The initial duration in nanoseconds or strings like "1s", "3m"
   *
   * @schema io.argoproj.events.v1alpha1.Backoff#duration
   */
  readonly duration?: any;

  /**
   * Duration is multiplied by factor each iteration
   *
   * @schema io.argoproj.events.v1alpha1.Backoff#factor
   */
  readonly factor?: number;

  /**
   * The amount of jitter applied each iteration
   *
   * @schema io.argoproj.events.v1alpha1.Backoff#jitter
   */
  readonly jitter?: number;

  /**
   * Exit with error after this many steps
   *
   * @schema io.argoproj.events.v1alpha1.Backoff#steps
   */
  readonly steps?: number;
}

/**
 * Converts an object of type 'Backoff' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Backoff(obj: Backoff | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'duration': obj.duration,
    'factor': obj.factor,
    'jitter': obj.jitter,
    'steps': obj.steps,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AMQPConsumeConfig holds the configuration to immediately starts delivering queued messages
 *
 * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig
 */
export interface AmqpConsumeConfig {
  /**
   * AutoAck when true, the server will acknowledge deliveries to this consumer prior to writing the delivery to the network
   *
   * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig#autoAck
   */
  readonly autoAck?: boolean;

  /**
   * ConsumerTag is the identity of the consumer included in every delivery
   *
   * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig#consumerTag
   */
  readonly consumerTag?: string;

  /**
   * Exclusive when true, the server will ensure that this is the sole consumer from this queue
   *
   * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig#exclusive
   */
  readonly exclusive?: boolean;

  /**
   * NoLocal flag is not supported by RabbitMQ
   *
   * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig#noLocal
   */
  readonly noLocal?: boolean;

  /**
   * NowWait when true, do not wait for the server to confirm the request and immediately begin deliveries
   *
   * @schema io.argoproj.events.v1alpha1.AMQPConsumeConfig#noWait
   */
  readonly noWait?: boolean;
}

/**
 * Converts an object of type 'AmqpConsumeConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AmqpConsumeConfig(obj: AmqpConsumeConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'autoAck': obj.autoAck,
    'consumerTag': obj.consumerTag,
    'exclusive': obj.exclusive,
    'noLocal': obj.noLocal,
    'noWait': obj.noWait,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AMQPExchangeDeclareConfig holds the configuration for the exchange on the server
 *
 * @schema io.argoproj.events.v1alpha1.AMQPExchangeDeclareConfig
 */
export interface AmqpExchangeDeclareConfig {
  /**
   * AutoDelete removes the exchange when no bindings are active
   *
   * @schema io.argoproj.events.v1alpha1.AMQPExchangeDeclareConfig#autoDelete
   */
  readonly autoDelete?: boolean;

  /**
   * Durable keeps the exchange also after the server restarts
   *
   * @schema io.argoproj.events.v1alpha1.AMQPExchangeDeclareConfig#durable
   */
  readonly durable?: boolean;

  /**
   * Internal when true does not accept publishings
   *
   * @schema io.argoproj.events.v1alpha1.AMQPExchangeDeclareConfig#internal
   */
  readonly internal?: boolean;

  /**
   * NowWait when true does not wait for a confirmation from the server
   *
   * @schema io.argoproj.events.v1alpha1.AMQPExchangeDeclareConfig#noWait
   */
  readonly noWait?: boolean;
}

/**
 * Converts an object of type 'AmqpExchangeDeclareConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AmqpExchangeDeclareConfig(obj: AmqpExchangeDeclareConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'autoDelete': obj.autoDelete,
    'durable': obj.durable,
    'internal': obj.internal,
    'noWait': obj.noWait,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.EventSourceFilter
 */
export interface EventSourceFilter {
  /**
   * @schema io.argoproj.events.v1alpha1.EventSourceFilter#expression
   */
  readonly expression?: string;
}

/**
 * Converts an object of type 'EventSourceFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventSourceFilter(obj: EventSourceFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'expression': obj.expression,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AMQPQueueBindConfig holds the configuration that binds an exchange to a queue so that publishings to the exchange will be routed to the queue when the publishing routing key matches the binding routing key
 *
 * @schema io.argoproj.events.v1alpha1.AMQPQueueBindConfig
 */
export interface AmqpQueueBindConfig {
  /**
   * NowWait false and the queue could not be bound, the channel will be closed with an error
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueBindConfig#noWait
   */
  readonly noWait?: boolean;
}

/**
 * Converts an object of type 'AmqpQueueBindConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AmqpQueueBindConfig(obj: AmqpQueueBindConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'noWait': obj.noWait,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AMQPQueueDeclareConfig holds the configuration of a queue to hold messages and deliver to consumers. Declaring creates a queue if it doesn't already exist, or ensures that an existing queue matches the same parameters
 *
 * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig
 */
export interface AmqpQueueDeclareConfig {
  /**
   * Arguments of a queue (also known as "x-arguments") used for optional features and plugins
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#arguments
   */
  readonly arguments?: string;

  /**
   * AutoDelete removes the queue when no consumers are active
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#autoDelete
   */
  readonly autoDelete?: boolean;

  /**
   * Durable keeps the queue also after the server restarts
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#durable
   */
  readonly durable?: boolean;

  /**
   * Exclusive sets the queues to be accessible only by the connection that declares them and will be deleted wgen the connection closes
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#exclusive
   */
  readonly exclusive?: boolean;

  /**
   * Name of the queue. If empty the server auto-generates a unique name for this queue
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#name
   */
  readonly name?: string;

  /**
   * NowWait when true, the queue assumes to be declared on the server
   *
   * @schema io.argoproj.events.v1alpha1.AMQPQueueDeclareConfig#noWait
   */
  readonly noWait?: boolean;
}

/**
 * Converts an object of type 'AmqpQueueDeclareConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AmqpQueueDeclareConfig(obj: AmqpQueueDeclareConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'arguments': obj.arguments,
    'autoDelete': obj.autoDelete,
    'durable': obj.durable,
    'exclusive': obj.exclusive,
    'name': obj.name,
    'noWait': obj.noWait,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * BitbucketAuth holds the different auth strategies for connecting to Bitbucket
 *
 * @schema io.argoproj.events.v1alpha1.BitbucketAuth
 */
export interface BitbucketAuth {
  /**
   * Basic is BasicAuth auth strategy.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketAuth#basic
   */
  readonly basic?: BitbucketBasicAuth;

  /**
   * OAuthToken refers to the K8s secret that holds the OAuth Bearer token.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketAuth#oauthToken
   */
  readonly oauthToken?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'BitbucketAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketAuth(obj: BitbucketAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'basic': toJson_BitbucketBasicAuth(obj.basic),
    'oauthToken': toJson_K8sSecretKeySelector(obj.oauthToken),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.BitbucketRepository
 */
export interface BitbucketRepository {
  /**
   * Owner is the owner of the repository
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketRepository#owner
   */
  readonly owner: string;

  /**
   * RepositorySlug is a URL-friendly version of a repository name, automatically generated by Bitbucket for use in the URL
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketRepository#repositorySlug
   */
  readonly repositorySlug: string;
}

/**
 * Converts an object of type 'BitbucketRepository' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketRepository(obj: BitbucketRepository | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'owner': obj.owner,
    'repositorySlug': obj.repositorySlug,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WebhookContext holds a general purpose REST API context
 *
 * @schema io.argoproj.events.v1alpha1.WebhookContext
 */
export interface WebhookContext {
  /**
   * AuthSecret holds a secret selector that contains a bearer token for authentication
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#authSecret
   */
  readonly authSecret?: K8sSecretKeySelector;

  /**
   * REST API endpoint
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#endpoint
   */
  readonly endpoint: string;

  /**
   * MaxPayloadSize is the maximum webhook payload size that the server will accept. Requests exceeding that limit will be rejected with "request too large" response. Default value: 1048576 (1MB).
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#maxPayloadSize
   */
  readonly maxPayloadSize?: number;

  /**
   * Metadata holds the user defined metadata which will passed along the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#metadata
   */
  readonly metadata?: { [key: string]: string };

  /**
   * Method is HTTP request method that indicates the desired action to be performed for a given resource. See RFC7231 Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#method
   */
  readonly method: string;

  /**
   * Port on which HTTP server is listening for incoming events.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#port
   */
  readonly port: string;

  /**
   * ServerCertPath refers the file that contains the cert.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#serverCertSecret
   */
  readonly serverCertSecret?: K8sSecretKeySelector;

  /**
   * ServerKeyPath refers the file that contains private key
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#serverKeySecret
   */
  readonly serverKeySecret?: K8sSecretKeySelector;

  /**
   * URL is the url of the server.
   *
   * @schema io.argoproj.events.v1alpha1.WebhookContext#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'WebhookContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WebhookContext(obj: WebhookContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authSecret': toJson_K8sSecretKeySelector(obj.authSecret),
    'endpoint': obj.endpoint,
    'maxPayloadSize': obj.maxPayloadSize,
    'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'method': obj.method,
    'port': obj.port,
    'serverCertSecret': toJson_K8sSecretKeySelector(obj.serverCertSecret),
    'serverKeySecret': toJson_K8sSecretKeySelector(obj.serverKeySecret),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.BitbucketServerRepository
 */
export interface BitbucketServerRepository {
  /**
   * ProjectKey is the key of project for which integration needs to set up.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerRepository#projectKey
   */
  readonly projectKey: string;

  /**
   * RepositorySlug is the slug of the repository for which integration needs to set up.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketServerRepository#repositorySlug
   */
  readonly repositorySlug: string;
}

/**
 * Converts an object of type 'BitbucketServerRepository' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketServerRepository(obj: BitbucketServerRepository | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'projectKey': obj.projectKey,
    'repositorySlug': obj.repositorySlug,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.EventPersistence
 */
export interface EventPersistence {
  /**
   * Catchup enables to triggered the missed schedule when eventsource restarts
   *
   * @schema io.argoproj.events.v1alpha1.EventPersistence#catchup
   */
  readonly catchup?: CatchupConfiguration;

  /**
   * ConfigMap holds configmap details for persistence
   *
   * @schema io.argoproj.events.v1alpha1.EventPersistence#configMap
   */
  readonly configMap?: ConfigMapPersistence;
}

/**
 * Converts an object of type 'EventPersistence' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventPersistence(obj: EventPersistence | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'catchup': toJson_CatchupConfiguration(obj.catchup),
    'configMap': toJson_ConfigMapPersistence(obj.configMap),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.WatchPathConfig
 */
export interface WatchPathConfig {
  /**
   * Directory to watch for events
   *
   * @schema io.argoproj.events.v1alpha1.WatchPathConfig#directory
   */
  readonly directory: string;

  /**
   * Path is relative path of object to watch with respect to the directory
   *
   * @schema io.argoproj.events.v1alpha1.WatchPathConfig#path
   */
  readonly path?: string;

  /**
   * PathRegexp is regexp of relative path of object to watch with respect to the directory
   *
   * @schema io.argoproj.events.v1alpha1.WatchPathConfig#pathRegexp
   */
  readonly pathRegexp?: string;
}

/**
 * Converts an object of type 'WatchPathConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WatchPathConfig(obj: WatchPathConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'directory': obj.directory,
    'path': obj.path,
    'pathRegexp': obj.pathRegexp,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.GithubAppCreds
 */
export interface GithubAppCreds {
  /**
   * AppID refers to the GitHub App ID for the application you created
   *
   * @schema io.argoproj.events.v1alpha1.GithubAppCreds#appID
   */
  readonly appId: number;

  /**
   * InstallationID refers to the Installation ID of the GitHub app you created and installed
   *
   * @schema io.argoproj.events.v1alpha1.GithubAppCreds#installationID
   */
  readonly installationId: number;

  /**
   * PrivateKey refers to a K8s secret containing the GitHub app private key
   *
   * @schema io.argoproj.events.v1alpha1.GithubAppCreds#privateKey
   */
  readonly privateKey: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'GithubAppCreds' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GithubAppCreds(obj: GithubAppCreds | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'appID': obj.appId,
    'installationID': obj.installationId,
    'privateKey': toJson_K8sSecretKeySelector(obj.privateKey),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.OwnedRepositories
 */
export interface OwnedRepositories {
  /**
   * Repository names
   *
   * @schema io.argoproj.events.v1alpha1.OwnedRepositories#names
   */
  readonly names?: string[];

  /**
   * Organization or user name
   *
   * @schema io.argoproj.events.v1alpha1.OwnedRepositories#owner
   */
  readonly owner?: string;
}

/**
 * Converts an object of type 'OwnedRepositories' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OwnedRepositories(obj: OwnedRepositories | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'names': obj.names?.map(y => y),
    'owner': obj.owner,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key from a ConfigMap.
 *
 * @schema io.k8s.api.core.v1.ConfigMapKeySelector
 */
export interface K8sConfigMapKeySelector {
  /**
   * The key to select.
   *
   * @schema io.k8s.api.core.v1.ConfigMapKeySelector#key
   */
  readonly key: string;

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.ConfigMapKeySelector#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema io.k8s.api.core.v1.ConfigMapKeySelector#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sConfigMapKeySelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sConfigMapKeySelector(obj: K8sConfigMapKeySelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AWSMSKIAMConfig holds configuration for SASL/OAUTHBEARER authentication against Amazon MSK using IAM credentials (includes IRSA / web identity token support).
 *
 * @schema io.argoproj.events.v1alpha1.AWSMSKIAMConfig
 */
export interface AwsmskiamConfig {
  /**
   * Region is the AWS region of the MSK cluster (e.g. "us-east-1").
   *
   * @schema io.argoproj.events.v1alpha1.AWSMSKIAMConfig#region
   */
  readonly region: string;
}

/**
 * Converts an object of type 'AwsmskiamConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AwsmskiamConfig(obj: AwsmskiamConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'region': obj.region,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SchemaRegistryConfig refers to configuration for a client
 *
 * @schema io.argoproj.events.v1alpha1.SchemaRegistryConfig
 */
export interface SchemaRegistryConfig {
  /**
   * SchemaRegistry - basic authentication
   *
   * @schema io.argoproj.events.v1alpha1.SchemaRegistryConfig#auth
   */
  readonly auth?: BasicAuth;

  /**
   * Schema ID
   *
   * @schema io.argoproj.events.v1alpha1.SchemaRegistryConfig#schemaId
   */
  readonly schemaId?: number;

  /**
   * Schema Registry URL.
   *
   * @schema io.argoproj.events.v1alpha1.SchemaRegistryConfig#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'SchemaRegistryConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SchemaRegistryConfig(obj: SchemaRegistryConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_BasicAuth(obj.auth),
    'schemaId': obj.schemaId,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3Bucket contains information to describe an S3 Bucket
 *
 * @schema io.argoproj.events.v1alpha1.S3Bucket
 */
export interface S3Bucket {
  /**
   * @schema io.argoproj.events.v1alpha1.S3Bucket#key
   */
  readonly key?: string;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Bucket#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'S3Bucket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_S3Bucket(obj: S3Bucket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3Filter represents filters to apply to bucket notifications for specifying constraints on objects
 *
 * @schema io.argoproj.events.v1alpha1.S3Filter
 */
export interface S3Filter {
  /**
   * @schema io.argoproj.events.v1alpha1.S3Filter#prefix
   */
  readonly prefix: string;

  /**
   * @schema io.argoproj.events.v1alpha1.S3Filter#suffix
   */
  readonly suffix: string;
}

/**
 * Converts an object of type 'S3Filter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_S3Filter(obj: S3Filter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'prefix': obj.prefix,
    'suffix': obj.suffix,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NATSAuth refers to the auth info for NATS EventSource
 *
 * @schema io.argoproj.events.v1alpha1.NATSAuth
 */
export interface NatsAuth {
  /**
   * Baisc auth with username and password
   *
   * @schema io.argoproj.events.v1alpha1.NATSAuth#basic
   */
  readonly basic?: BasicAuth;

  /**
   * credential used to connect
   *
   * @schema io.argoproj.events.v1alpha1.NATSAuth#credential
   */
  readonly credential?: K8sSecretKeySelector;

  /**
   * NKey used to connect
   *
   * @schema io.argoproj.events.v1alpha1.NATSAuth#nkey
   */
  readonly nkey?: K8sSecretKeySelector;

  /**
   * Token used to connect
   *
   * @schema io.argoproj.events.v1alpha1.NATSAuth#token
   */
  readonly token?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'NatsAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NatsAuth(obj: NatsAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'basic': toJson_BasicAuth(obj.basic),
    'credential': toJson_K8sSecretKeySelector(obj.credential),
    'nkey': toJson_K8sSecretKeySelector(obj.nkey),
    'token': toJson_K8sSecretKeySelector(obj.token),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceFilter contains K8s ObjectMeta information to further filter resource event objects
 *
 * @schema io.argoproj.events.v1alpha1.ResourceFilter
 */
export interface ResourceFilter {
  /**
   * If the resource is created after the start time then the event is treated as valid.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceFilter#afterStart
   */
  readonly afterStart?: boolean;

  /**
   * If resource is created before the specified time then the event is treated as valid.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceFilter#createdBy
   */
  readonly createdBy?: Date;

  /**
   * Fields provide field filters similar to K8s field selector (see https://kubernetes.io/docs/concepts/overview/working-with-objects/field-selectors/). Unlike K8s field selector, it supports arbitrary fileds like "spec.serviceAccountName", and the value could be a string or a regex. Same as K8s field selector, operator "=", "==" and "!=" are supported.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceFilter#fields
   */
  readonly fields?: Selector[];

  /**
   * Labels provide listing options to K8s API to watch resource/s. Refer https://kubernetes.io/docs/concepts/overview/working-with-objects/label-selectors/ for more info. Unlike K8s field selector, multiple values are passed as comma separated values instead of list of values. Eg: value: value1,value2. Same as K8s label selector, operator "=", "==", "!=", "exists", "!", "notin", "in", "gt" and "lt" are supported
   *
   * @schema io.argoproj.events.v1alpha1.ResourceFilter#labels
   */
  readonly labels?: Selector[];

  /**
   * Prefix filter is applied on the resource name.
   *
   * @schema io.argoproj.events.v1alpha1.ResourceFilter#prefix
   */
  readonly prefix?: string;
}

/**
 * Converts an object of type 'ResourceFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ResourceFilter(obj: ResourceFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'afterStart': obj.afterStart,
    'createdBy': obj.createdBy?.toISOString(),
    'fields': obj.fields?.map(y => toJson_Selector(y)),
    'labels': obj.labels?.map(y => toJson_Selector(y)),
    'prefix': obj.prefix,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ServicePort contains information on service's port.
 *
 * @schema io.k8s.api.core.v1.ServicePort
 */
export interface K8sServicePort {
  /**
   * The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:
   *
   * * Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).
   *
   * * Kubernetes-defined prefixed names:
   * * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-
   * * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455
   * * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455
   *
   * * Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.
   *
   * @schema io.k8s.api.core.v1.ServicePort#appProtocol
   */
  readonly appProtocol?: string;

  /**
   * The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service.
   *
   * @schema io.k8s.api.core.v1.ServicePort#name
   */
  readonly name?: string;

  /**
   * The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
   *
   * @schema io.k8s.api.core.v1.ServicePort#nodePort
   */
  readonly nodePort?: number;

  /**
   * The port that will be exposed by this service.
   *
   * @schema io.k8s.api.core.v1.ServicePort#port
   */
  readonly port: number;

  /**
   * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.
   *
   * @default TCP.
   * @schema io.k8s.api.core.v1.ServicePort#protocol
   */
  readonly protocol?: string;

  /**
   * Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
   *
   * @schema io.k8s.api.core.v1.ServicePort#targetPort
   */
  readonly targetPort?: any;
}

/**
 * Converts an object of type 'K8sServicePort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sServicePort(obj: K8sServicePort | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'appProtocol': obj.appProtocol,
    'name': obj.name,
    'nodePort': obj.nodePort,
    'port': obj.port,
    'protocol': obj.protocol,
    'targetPort': obj.targetPort,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StorageGridFilter represents filters to apply to bucket notifications for specifying constraints on objects
 *
 * @schema io.argoproj.events.v1alpha1.StorageGridFilter
 */
export interface StorageGridFilter {
  /**
   * @schema io.argoproj.events.v1alpha1.StorageGridFilter#prefix
   */
  readonly prefix: string;

  /**
   * @schema io.argoproj.events.v1alpha1.StorageGridFilter#suffix
   */
  readonly suffix: string;
}

/**
 * Converts an object of type 'StorageGridFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StorageGridFilter(obj: StorageGridFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'prefix': obj.prefix,
    'suffix': obj.suffix,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Container defines customized spec for a container
 *
 * @schema io.argoproj.events.v1alpha1.Container
 */
export interface Container {
  /**
   * @schema io.argoproj.events.v1alpha1.Container#env
   */
  readonly env?: K8sEnvVar[];

  /**
   * @schema io.argoproj.events.v1alpha1.Container#envFrom
   */
  readonly envFrom?: K8sEnvFromSource[];

  /**
   * @schema io.argoproj.events.v1alpha1.Container#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * @schema io.argoproj.events.v1alpha1.Container#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * @schema io.argoproj.events.v1alpha1.Container#securityContext
   */
  readonly securityContext?: K8sSecurityContext;

  /**
   * @schema io.argoproj.events.v1alpha1.Container#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];
}

/**
 * Converts an object of type 'Container' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Container(obj: Container | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'env': obj.env?.map(y => toJson_K8sEnvVar(y)),
    'envFrom': obj.envFrom?.map(y => toJson_K8sEnvFromSource(y)),
    'imagePullPolicy': obj.imagePullPolicy,
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema io.k8s.api.core.v1.Volume
 */
export interface K8sVolume {
  /**
   * awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @schema io.k8s.api.core.v1.Volume#awsElasticBlockStore
   */
  readonly awsElasticBlockStore?: K8sAwsElasticBlockStoreVolumeSource;

  /**
   * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver.
   *
   * @schema io.k8s.api.core.v1.Volume#azureDisk
   */
  readonly azureDisk?: K8sAzureDiskVolumeSource;

  /**
   * azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver.
   *
   * @schema io.k8s.api.core.v1.Volume#azureFile
   */
  readonly azureFile?: K8sAzureFileVolumeSource;

  /**
   * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#cephfs
   */
  readonly cephfs?: K8sCephFsVolumeSource;

  /**
   * cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @schema io.k8s.api.core.v1.Volume#cinder
   */
  readonly cinder?: K8sCinderVolumeSource;

  /**
   * configMap represents a configMap that should populate this volume
   *
   * @schema io.k8s.api.core.v1.Volume#configMap
   */
  readonly configMap?: K8sConfigMapVolumeSource;

  /**
   * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
   *
   * @schema io.k8s.api.core.v1.Volume#csi
   */
  readonly csi?: K8sCsiVolumeSource;

  /**
   * downwardAPI represents downward API about the pod that should populate this volume
   *
   * @schema io.k8s.api.core.v1.Volume#downwardAPI
   */
  readonly downwardApi?: K8sDownwardApiVolumeSource;

  /**
   * emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema io.k8s.api.core.v1.Volume#emptyDir
   */
  readonly emptyDir?: K8sEmptyDirVolumeSource;

  /**
   * ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.
   *
   * Use this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity
   * tracking are needed,
   * c) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through
   * a PersistentVolumeClaim (see EphemeralVolumeSource for more
   * information on the connection between this volume type
   * and PersistentVolumeClaim).
   *
   * Use PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.
   *
   * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.
   *
   * A pod can use both types of ephemeral volumes and persistent volumes at the same time.
   *
   * @schema io.k8s.api.core.v1.Volume#ephemeral
   */
  readonly ephemeral?: K8sEphemeralVolumeSource;

  /**
   * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
   *
   * @schema io.k8s.api.core.v1.Volume#fc
   */
  readonly fc?: K8sFcVolumeSource;

  /**
   * flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
   *
   * @schema io.k8s.api.core.v1.Volume#flexVolume
   */
  readonly flexVolume?: K8sFlexVolumeSource;

  /**
   * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#flocker
   */
  readonly flocker?: K8sFlockerVolumeSource;

  /**
   * gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @schema io.k8s.api.core.v1.Volume#gcePersistentDisk
   */
  readonly gcePersistentDisk?: K8sGcePersistentDiskVolumeSource;

  /**
   * gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.
   *
   * @schema io.k8s.api.core.v1.Volume#gitRepo
   */
  readonly gitRepo?: K8sGitRepoVolumeSource;

  /**
   * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md
   *
   * @schema io.k8s.api.core.v1.Volume#glusterfs
   */
  readonly glusterfs?: K8sGlusterfsVolumeSource;

  /**
   * hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   *
   * @schema io.k8s.api.core.v1.Volume#hostPath
   */
  readonly hostPath?: K8sHostPathVolumeSource;

  /**
   * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided:
   *
   * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
   *
   * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro) and non-executable files (noexec). Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath). The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
   *
   * @schema io.k8s.api.core.v1.Volume#image
   */
  readonly image?: K8sImageVolumeSource;

  /**
   * iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md
   *
   * @schema io.k8s.api.core.v1.Volume#iscsi
   */
  readonly iscsi?: K8sIscsiVolumeSource;

  /**
   * name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.Volume#name
   */
  readonly name: string;

  /**
   * nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @schema io.k8s.api.core.v1.Volume#nfs
   */
  readonly nfs?: K8sNfsVolumeSource;

  /**
   * persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema io.k8s.api.core.v1.Volume#persistentVolumeClaim
   */
  readonly persistentVolumeClaim?: K8sPersistentVolumeClaimVolumeSource;

  /**
   * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#photonPersistentDisk
   */
  readonly photonPersistentDisk?: K8sPhotonPersistentDiskVolumeSource;

  /**
   * portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate is on.
   *
   * @schema io.k8s.api.core.v1.Volume#portworxVolume
   */
  readonly portworxVolume?: K8sPortworxVolumeSource;

  /**
   * projected items for all in one resources secrets, configmaps, and downward API
   *
   * @schema io.k8s.api.core.v1.Volume#projected
   */
  readonly projected?: K8sProjectedVolumeSource;

  /**
   * quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#quobyte
   */
  readonly quobyte?: K8sQuobyteVolumeSource;

  /**
   * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info: https://examples.k8s.io/volumes/rbd/README.md
   *
   * @schema io.k8s.api.core.v1.Volume#rbd
   */
  readonly rbd?: K8sRbdVolumeSource;

  /**
   * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#scaleIO
   */
  readonly scaleIo?: K8sScaleIoVolumeSource;

  /**
   * secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @schema io.k8s.api.core.v1.Volume#secret
   */
  readonly secret?: K8sSecretVolumeSource;

  /**
   * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
   *
   * @schema io.k8s.api.core.v1.Volume#storageos
   */
  readonly storageos?: K8sStorageOsVolumeSource;

  /**
   * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver.
   *
   * @schema io.k8s.api.core.v1.Volume#vsphereVolume
   */
  readonly vsphereVolume?: K8sVsphereVirtualDiskVolumeSource;
}

/**
 * Converts an object of type 'K8sVolume' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVolume(obj: K8sVolume | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'awsElasticBlockStore': toJson_K8sAwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
    'azureDisk': toJson_K8sAzureDiskVolumeSource(obj.azureDisk),
    'azureFile': toJson_K8sAzureFileVolumeSource(obj.azureFile),
    'cephfs': toJson_K8sCephFsVolumeSource(obj.cephfs),
    'cinder': toJson_K8sCinderVolumeSource(obj.cinder),
    'configMap': toJson_K8sConfigMapVolumeSource(obj.configMap),
    'csi': toJson_K8sCsiVolumeSource(obj.csi),
    'downwardAPI': toJson_K8sDownwardApiVolumeSource(obj.downwardApi),
    'emptyDir': toJson_K8sEmptyDirVolumeSource(obj.emptyDir),
    'ephemeral': toJson_K8sEphemeralVolumeSource(obj.ephemeral),
    'fc': toJson_K8sFcVolumeSource(obj.fc),
    'flexVolume': toJson_K8sFlexVolumeSource(obj.flexVolume),
    'flocker': toJson_K8sFlockerVolumeSource(obj.flocker),
    'gcePersistentDisk': toJson_K8sGcePersistentDiskVolumeSource(obj.gcePersistentDisk),
    'gitRepo': toJson_K8sGitRepoVolumeSource(obj.gitRepo),
    'glusterfs': toJson_K8sGlusterfsVolumeSource(obj.glusterfs),
    'hostPath': toJson_K8sHostPathVolumeSource(obj.hostPath),
    'image': toJson_K8sImageVolumeSource(obj.image),
    'iscsi': toJson_K8sIscsiVolumeSource(obj.iscsi),
    'name': obj.name,
    'nfs': toJson_K8sNfsVolumeSource(obj.nfs),
    'persistentVolumeClaim': toJson_K8sPersistentVolumeClaimVolumeSource(obj.persistentVolumeClaim),
    'photonPersistentDisk': toJson_K8sPhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
    'portworxVolume': toJson_K8sPortworxVolumeSource(obj.portworxVolume),
    'projected': toJson_K8sProjectedVolumeSource(obj.projected),
    'quobyte': toJson_K8sQuobyteVolumeSource(obj.quobyte),
    'rbd': toJson_K8sRbdVolumeSource(obj.rbd),
    'scaleIO': toJson_K8sScaleIoVolumeSource(obj.scaleIo),
    'secret': toJson_K8sSecretVolumeSource(obj.secret),
    'storageos': toJson_K8sStorageOsVolumeSource(obj.storageos),
    'vsphereVolume': toJson_K8sVsphereVirtualDiskVolumeSource(obj.vsphereVolume),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EventDependencyFilter defines filters and constraints for a event.
 *
 * @schema io.argoproj.events.v1alpha1.EventDependencyFilter
 */
export interface EventDependencyFilter {
  /**
   * Context filter constraints
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#context
   */
  readonly context?: EventContext;

  /**
   * Data filter constraints with escalation
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#data
   */
  readonly data?: DataFilter[];

  /**
   * DataLogicalOperator defines how multiple Data filters (if defined) are evaluated together. Available values: and (&&), or (||) Is optional and if left blank treated as and (&&).
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#dataLogicalOperator
   */
  readonly dataLogicalOperator?: string;

  /**
   * ExprLogicalOperator defines how multiple Exprs filters (if defined) are evaluated together. Available values: and (&&), or (||) Is optional and if left blank treated as and (&&).
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#exprLogicalOperator
   */
  readonly exprLogicalOperator?: string;

  /**
   * Exprs contains the list of expressions evaluated against the event payload.
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#exprs
   */
  readonly exprs?: ExprFilter[];

  /**
   * Script refers to a Lua script evaluated to determine the validity of an event.
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#script
   */
  readonly script?: string;

  /**
   * Time filter on the event with escalation
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyFilter#time
   */
  readonly time?: TimeFilter;
}

/**
 * Converts an object of type 'EventDependencyFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventDependencyFilter(obj: EventDependencyFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'context': toJson_EventContext(obj.context),
    'data': obj.data?.map(y => toJson_DataFilter(y)),
    'dataLogicalOperator': obj.dataLogicalOperator,
    'exprLogicalOperator': obj.exprLogicalOperator,
    'exprs': obj.exprs?.map(y => toJson_ExprFilter(y)),
    'script': obj.script,
    'time': toJson_TimeFilter(obj.time),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EventDependencyTransformer transforms the event
 *
 * @schema io.argoproj.events.v1alpha1.EventDependencyTransformer
 */
export interface EventDependencyTransformer {
  /**
   * JQ holds the jq command applied for transformation
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyTransformer#jq
   */
  readonly jq?: string;

  /**
   * Script refers to a Lua script used to transform the event
   *
   * @schema io.argoproj.events.v1alpha1.EventDependencyTransformer#script
   */
  readonly script?: string;
}

/**
 * Converts an object of type 'EventDependencyTransformer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventDependencyTransformer(obj: EventDependencyTransformer | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'jq': obj.jq,
    'script': obj.script,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TriggerParameter indicates a passed parameter to a service template
 *
 * @schema io.argoproj.events.v1alpha1.TriggerParameter
 */
export interface TriggerParameter {
  /**
   * Dest is the JSONPath of a resource key. A path is a series of keys separated by a dot. The colon character can be escaped with '.' The -1 key can be used to append a value to an existing array. See https://github.com/tidwall/sjson#path-syntax for more information about how this is used.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameter#dest
   */
  readonly dest: string;

  /**
   * Operation is what to do with the existing value at Dest, whether to 'prepend', 'overwrite', or 'append' it.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameter#operation
   */
  readonly operation?: string;

  /**
   * Src contains a source reference to the value of the parameter from a dependency
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameter#src
   */
  readonly src?: TriggerParameterSource;
}

/**
 * Converts an object of type 'TriggerParameter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TriggerParameter(obj: TriggerParameter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'dest': obj.dest,
    'operation': obj.operation,
    'src': toJson_TriggerParameterSource(obj.src),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TriggerPolicy dictates the policy for the trigger retries
 *
 * @schema io.argoproj.events.v1alpha1.TriggerPolicy
 */
export interface TriggerPolicy {
  /**
   * K8SResourcePolicy refers to the policy used to check the state of K8s based triggers using using labels
   *
   * @schema io.argoproj.events.v1alpha1.TriggerPolicy#k8s
   */
  readonly k8S?: K8SResourcePolicy;

  /**
   * Status refers to the policy used to check the state of the trigger using response status
   *
   * @schema io.argoproj.events.v1alpha1.TriggerPolicy#status
   */
  readonly status?: StatusPolicy;
}

/**
 * Converts an object of type 'TriggerPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TriggerPolicy(obj: TriggerPolicy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'k8s': toJson_K8SResourcePolicy(obj.k8S),
    'status': toJson_StatusPolicy(obj.status),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.RateLimit
 */
export interface RateLimit {
  /**
   * @schema io.argoproj.events.v1alpha1.RateLimit#requestsPerUnit
   */
  readonly requestsPerUnit?: number;

  /**
   * Defaults to Second
   *
   * @default Second
   * @schema io.argoproj.events.v1alpha1.RateLimit#unit
   */
  readonly unit?: string;
}

/**
 * Converts an object of type 'RateLimit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RateLimit(obj: RateLimit | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'requestsPerUnit': obj.requestsPerUnit,
    'unit': obj.unit,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TriggerTemplate is the template that describes trigger specification.
 *
 * @schema io.argoproj.events.v1alpha1.TriggerTemplate
 */
export interface TriggerTemplate {
  /**
   * ArgoWorkflow refers to the trigger that can perform various operations on an Argo workflow.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#argoWorkflow
   */
  readonly argoWorkflow?: ArgoWorkflowTrigger;

  /**
   * AWSLambda refers to the trigger designed to invoke AWS Lambda function with with on-the-fly constructable payload.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#awsLambda
   */
  readonly awsLambda?: AwsLambdaTrigger;

  /**
   * AzureEventHubs refers to the trigger send an event to an Azure Event Hub.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#azureEventHubs
   */
  readonly azureEventHubs?: AzureEventHubsTrigger;

  /**
   * AzureServiceBus refers to the trigger designed to place messages on Azure Service Bus
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#azureServiceBus
   */
  readonly azureServiceBus?: AzureServiceBusTrigger;

  /**
   * Conditions is the conditions to execute the trigger. For example: "(dep01 || dep02) && dep04"
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#conditions
   */
  readonly conditions?: string;

  /**
   * Criteria to reset the conditons
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#conditionsReset
   */
  readonly conditionsReset?: ConditionsResetCriteria[];

  /**
   * CustomTrigger refers to the trigger designed to connect to a gRPC trigger server and execute a custom trigger.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#custom
   */
  readonly custom?: CustomTrigger;

  /**
   * Email refers to the trigger designed to send an email notification
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#email
   */
  readonly email?: EmailTrigger;

  /**
   * HTTP refers to the trigger designed to dispatch a HTTP request with on-the-fly constructable payload.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#http
   */
  readonly http?: HttpTrigger;

  /**
   * StandardK8STrigger refers to the trigger designed to create or update a generic Kubernetes resource.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#k8s
   */
  readonly k8S?: StandardK8STrigger;

  /**
   * Kafka refers to the trigger designed to place messages on Kafka topic.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#kafka
   */
  readonly kafka?: KafkaTrigger;

  /**
   * Log refers to the trigger designed to invoke log the event.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#log
   */
  readonly log?: LogTrigger;

  /**
   * Name is a unique name of the action to take.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#name
   */
  readonly name: string;

  /**
   * NATS refers to the trigger designed to place message on NATS subject.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#nats
   */
  readonly nats?: NatsTrigger;

  /**
   * OpenWhisk refers to the trigger designed to invoke OpenWhisk action.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#openWhisk
   */
  readonly openWhisk?: OpenWhiskTrigger;

  /**
   * Pulsar refers to the trigger designed to place messages on Pulsar topic.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#pulsar
   */
  readonly pulsar?: PulsarTrigger;

  /**
   * Slack refers to the trigger designed to send slack notification message.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerTemplate#slack
   */
  readonly slack?: SlackTrigger;
}

/**
 * Converts an object of type 'TriggerTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TriggerTemplate(obj: TriggerTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'argoWorkflow': toJson_ArgoWorkflowTrigger(obj.argoWorkflow),
    'awsLambda': toJson_AwsLambdaTrigger(obj.awsLambda),
    'azureEventHubs': toJson_AzureEventHubsTrigger(obj.azureEventHubs),
    'azureServiceBus': toJson_AzureServiceBusTrigger(obj.azureServiceBus),
    'conditions': obj.conditions,
    'conditionsReset': obj.conditionsReset?.map(y => toJson_ConditionsResetCriteria(y)),
    'custom': toJson_CustomTrigger(obj.custom),
    'email': toJson_EmailTrigger(obj.email),
    'http': toJson_HttpTrigger(obj.http),
    'k8s': toJson_StandardK8STrigger(obj.k8S),
    'kafka': toJson_KafkaTrigger(obj.kafka),
    'log': toJson_LogTrigger(obj.log),
    'name': obj.name,
    'nats': toJson_NatsTrigger(obj.nats),
    'openWhisk': toJson_OpenWhiskTrigger(obj.openWhisk),
    'pulsar': toJson_PulsarTrigger(obj.pulsar),
    'slack': toJson_SlackTrigger(obj.slack),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Node affinity is a group of node affinity scheduling rules.
 *
 * @schema io.k8s.api.core.v1.NodeAffinity
 */
export interface K8sNodeAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   *
   * @schema io.k8s.api.core.v1.NodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
   */
  readonly preferredDuringSchedulingIgnoredDuringExecution?: K8sPreferredSchedulingTerm[];

  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node.
   *
   * @schema io.k8s.api.core.v1.NodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
   */
  readonly requiredDuringSchedulingIgnoredDuringExecution?: K8sNodeSelector;
}

/**
 * Converts an object of type 'K8sNodeAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sNodeAffinity(obj: K8sNodeAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_K8sPreferredSchedulingTerm(y)),
    'requiredDuringSchedulingIgnoredDuringExecution': toJson_K8sNodeSelector(obj.requiredDuringSchedulingIgnoredDuringExecution),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Pod affinity is a group of inter pod affinity scheduling rules.
 *
 * @schema io.k8s.api.core.v1.PodAffinity
 */
export interface K8sPodAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   *
   * @schema io.k8s.api.core.v1.PodAffinity#preferredDuringSchedulingIgnoredDuringExecution
   */
  readonly preferredDuringSchedulingIgnoredDuringExecution?: K8sWeightedPodAffinityTerm[];

  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   *
   * @schema io.k8s.api.core.v1.PodAffinity#requiredDuringSchedulingIgnoredDuringExecution
   */
  readonly requiredDuringSchedulingIgnoredDuringExecution?: K8sPodAffinityTerm[];
}

/**
 * Converts an object of type 'K8sPodAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodAffinity(obj: K8sPodAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_K8sWeightedPodAffinityTerm(y)),
    'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_K8sPodAffinityTerm(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Pod anti affinity is a group of inter pod anti affinity scheduling rules.
 *
 * @schema io.k8s.api.core.v1.PodAntiAffinity
 */
export interface K8sPodAntiAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   *
   * @schema io.k8s.api.core.v1.PodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
   */
  readonly preferredDuringSchedulingIgnoredDuringExecution?: K8sWeightedPodAffinityTerm[];

  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   *
   * @schema io.k8s.api.core.v1.PodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
   */
  readonly requiredDuringSchedulingIgnoredDuringExecution?: K8sPodAffinityTerm[];
}

/**
 * Converts an object of type 'K8sPodAntiAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodAntiAffinity(obj: K8sPodAntiAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_K8sWeightedPodAffinityTerm(y)),
    'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_K8sPodAffinityTerm(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema io.k8s.api.core.v1.ResourceRequirements
 */
export interface K8sResourceRequirements {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
   *
   * This is an alpha field and requires enabling the DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema io.k8s.api.core.v1.ResourceRequirements#claims
   */
  readonly claims?: K8sResourceClaim[];

  /**
   * Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.k8s.api.core.v1.ResourceRequirements#limits
   */
  readonly limits?: { [key: string]: string };

  /**
   * Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.k8s.api.core.v1.ResourceRequirements#requests
   */
  readonly requests?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8sResourceRequirements' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sResourceRequirements(obj: K8sResourceRequirements | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_K8sResourceClaim(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.
 *
 * @schema io.k8s.api.core.v1.SecurityContext
 */
export interface K8sSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#allowPrivilegeEscalation
   */
  readonly allowPrivilegeEscalation?: boolean;

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: K8sAppArmorProfile;

  /**
   * The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows.
   *
   * @default the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows.
   * @schema io.k8s.api.core.v1.SecurityContext#capabilities
   */
  readonly capabilities?: K8sCapabilities;

  /**
   * Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false. Note that this field cannot be set when spec.os.name is windows.
   * @schema io.k8s.api.core.v1.SecurityContext#privileged
   */
  readonly privileged?: boolean;

  /**
   * procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#procMount
   */
  readonly procMount?: string;

  /**
   * Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false. Note that this field cannot be set when spec.os.name is windows.
   * @schema io.k8s.api.core.v1.SecurityContext#readOnlyRootFilesystem
   */
  readonly readOnlyRootFilesystem?: boolean;

  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   * @schema io.k8s.api.core.v1.SecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: K8sSeLinuxOptions;

  /**
   * The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#seccompProfile
   */
  readonly seccompProfile?: K8sSeccompProfile;

  /**
   * The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema io.k8s.api.core.v1.SecurityContext#windowsOptions
   */
  readonly windowsOptions?: K8sWindowsSecurityContextOptions;
}

/**
 * Converts an object of type 'K8sSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSecurityContext(obj: K8sSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
    'appArmorProfile': toJson_K8sAppArmorProfile(obj.appArmorProfile),
    'capabilities': toJson_K8sCapabilities(obj.capabilities),
    'privileged': obj.privileged,
    'procMount': obj.procMount,
    'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxOptions': toJson_K8sSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_K8sSeccompProfile(obj.seccompProfile),
    'windowsOptions': toJson_K8sWindowsSecurityContextOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 *
 * @schema io.k8s.api.core.v1.AppArmorProfile
 */
export interface K8sAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".
   *
   * @schema io.k8s.api.core.v1.AppArmorProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of AppArmor profile will be applied. Valid options are:
   * Localhost - a profile pre-loaded on the node.
   * RuntimeDefault - the container runtime's default profile.
   * Unconfined - no AppArmor enforcement.
   *
   * @schema io.k8s.api.core.v1.AppArmorProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'K8sAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sAppArmorProfile(obj: K8sAppArmorProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SELinuxOptions are the labels to be applied to the container
 *
 * @schema io.k8s.api.core.v1.SELinuxOptions
 */
export interface K8sSeLinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   *
   * @schema io.k8s.api.core.v1.SELinuxOptions#level
   */
  readonly level?: string;

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @schema io.k8s.api.core.v1.SELinuxOptions#role
   */
  readonly role?: string;

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @schema io.k8s.api.core.v1.SELinuxOptions#type
   */
  readonly type?: string;

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @schema io.k8s.api.core.v1.SELinuxOptions#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'K8sSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSeLinuxOptions(obj: K8sSeLinuxOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
    'role': obj.role,
    'type': obj.type,
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.
 *
 * @schema io.k8s.api.core.v1.SeccompProfile
 */
export interface K8sSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.
   *
   * @schema io.k8s.api.core.v1.SeccompProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of seccomp profile will be applied. Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
   *
   * @schema io.k8s.api.core.v1.SeccompProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'K8sSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSeccompProfile(obj: K8sSeccompProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema io.k8s.api.core.v1.Sysctl
 */
export interface K8sSysctl {
  /**
   * Name of a property to set
   *
   * @schema io.k8s.api.core.v1.Sysctl#name
   */
  readonly name: string;

  /**
   * Value of a property to set
   *
   * @schema io.k8s.api.core.v1.Sysctl#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'K8sSysctl' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSysctl(obj: K8sSysctl | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WindowsSecurityContextOptions contain Windows-specific options and credentials.
 *
 * @schema io.k8s.api.core.v1.WindowsSecurityContextOptions
 */
export interface K8sWindowsSecurityContextOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
   *
   * @schema io.k8s.api.core.v1.WindowsSecurityContextOptions#gmsaCredentialSpec
   */
  readonly gmsaCredentialSpec?: string;

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @schema io.k8s.api.core.v1.WindowsSecurityContextOptions#gmsaCredentialSpecName
   */
  readonly gmsaCredentialSpecName?: string;

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.
   *
   * @schema io.k8s.api.core.v1.WindowsSecurityContextOptions#hostProcess
   */
  readonly hostProcess?: boolean;

  /**
   * The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @default the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   * @schema io.k8s.api.core.v1.WindowsSecurityContextOptions#runAsUserName
   */
  readonly runAsUserName?: string;
}

/**
 * Converts an object of type 'K8sWindowsSecurityContextOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sWindowsSecurityContextOptions(obj: K8sWindowsSecurityContextOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'gmsaCredentialSpec': obj.gmsaCredentialSpec,
    'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
    'hostProcess': obj.hostProcess,
    'runAsUserName': obj.runAsUserName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * BitbucketBasicAuth holds the information required to authenticate user via basic auth mechanism
 *
 * @schema io.argoproj.events.v1alpha1.BitbucketBasicAuth
 */
export interface BitbucketBasicAuth {
  /**
   * Password refers to the K8s secret that holds the password.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketBasicAuth#password
   */
  readonly password: K8sSecretKeySelector;

  /**
   * Username refers to the K8s secret that holds the username.
   *
   * @schema io.argoproj.events.v1alpha1.BitbucketBasicAuth#username
   */
  readonly username: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'BitbucketBasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BitbucketBasicAuth(obj: BitbucketBasicAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'password': toJson_K8sSecretKeySelector(obj.password),
    'username': toJson_K8sSecretKeySelector(obj.username),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.CatchupConfiguration
 */
export interface CatchupConfiguration {
  /**
   * Enabled enables to triggered the missed schedule when eventsource restarts
   *
   * @schema io.argoproj.events.v1alpha1.CatchupConfiguration#enabled
   */
  readonly enabled?: boolean;

  /**
   * MaxDuration holds max catchup duration
   *
   * @schema io.argoproj.events.v1alpha1.CatchupConfiguration#maxDuration
   */
  readonly maxDuration?: string;
}

/**
 * Converts an object of type 'CatchupConfiguration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_CatchupConfiguration(obj: CatchupConfiguration | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'enabled': obj.enabled,
    'maxDuration': obj.maxDuration,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.ConfigMapPersistence
 */
export interface ConfigMapPersistence {
  /**
   * CreateIfNotExist will create configmap if it doesn't exists
   *
   * @schema io.argoproj.events.v1alpha1.ConfigMapPersistence#createIfNotExist
   */
  readonly createIfNotExist?: boolean;

  /**
   * Name of the configmap
   *
   * @schema io.argoproj.events.v1alpha1.ConfigMapPersistence#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ConfigMapPersistence' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ConfigMapPersistence(obj: ConfigMapPersistence | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'createIfNotExist': obj.createIfNotExist,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selector represents conditional operation to select K8s objects.
 *
 * @schema io.argoproj.events.v1alpha1.Selector
 */
export interface Selector {
  /**
   * Key name
   *
   * @schema io.argoproj.events.v1alpha1.Selector#key
   */
  readonly key: string;

  /**
   * Supported operations like ==, != etc. Defaults to ==. Refer https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors for more info.
   *
   * @default Refer https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors for more info.
   * @schema io.argoproj.events.v1alpha1.Selector#operation
   */
  readonly operation?: string;

  /**
   * Value
   *
   * @schema io.argoproj.events.v1alpha1.Selector#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'Selector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Selector(obj: Selector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operation': obj.operation,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema io.k8s.api.core.v1.EnvVar
 */
export interface K8sEnvVar {
  /**
   * Name of the environment variable. Must be a C_IDENTIFIER.
   *
   * @schema io.k8s.api.core.v1.EnvVar#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".
   *
   * @default .
   * @schema io.k8s.api.core.v1.EnvVar#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema io.k8s.api.core.v1.EnvVar#valueFrom
   */
  readonly valueFrom?: K8sEnvVarSource;
}

/**
 * Converts an object of type 'K8sEnvVar' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sEnvVar(obj: K8sEnvVar | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_K8sEnvVarSource(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema io.k8s.api.core.v1.EnvFromSource
 */
export interface K8sEnvFromSource {
  /**
   * The ConfigMap to select from
   *
   * @schema io.k8s.api.core.v1.EnvFromSource#configMapRef
   */
  readonly configMapRef?: K8sConfigMapEnvSource;

  /**
   * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
   *
   * @schema io.k8s.api.core.v1.EnvFromSource#prefix
   */
  readonly prefix?: string;

  /**
   * The Secret to select from
   *
   * @schema io.k8s.api.core.v1.EnvFromSource#secretRef
   */
  readonly secretRef?: K8sSecretEnvSource;
}

/**
 * Converts an object of type 'K8sEnvFromSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sEnvFromSource(obj: K8sEnvFromSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapRef': toJson_K8sConfigMapEnvSource(obj.configMapRef),
    'prefix': obj.prefix,
    'secretRef': toJson_K8sSecretEnvSource(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema io.k8s.api.core.v1.VolumeMount
 */
export interface K8sVolumeMount {
  /**
   * Path within the container at which the volume should be mounted.  Must not contain ':'.
   *
   * @schema io.k8s.api.core.v1.VolumeMount#mountPath
   */
  readonly mountPath: string;

  /**
   * mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).
   *
   * @schema io.k8s.api.core.v1.VolumeMount#mountPropagation
   */
  readonly mountPropagation?: string;

  /**
   * This must match the Name of a Volume.
   *
   * @schema io.k8s.api.core.v1.VolumeMount#name
   */
  readonly name: string;

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.
   *
   * @default false.
   * @schema io.k8s.api.core.v1.VolumeMount#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @schema io.k8s.api.core.v1.VolumeMount#recursiveReadOnly
   */
  readonly recursiveReadOnly?: string;

  /**
   * Path within the volume from which the container's volume should be mounted. Defaults to "" (volume's root).
   *
   * @default volume's root).
   * @schema io.k8s.api.core.v1.VolumeMount#subPath
   */
  readonly subPath?: string;

  /**
   * Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to "" (volume's root). SubPathExpr and SubPath are mutually exclusive.
   *
   * @default volume's root). SubPathExpr and SubPath are mutually exclusive.
   * @schema io.k8s.api.core.v1.VolumeMount#subPathExpr
   */
  readonly subPathExpr?: string;
}

/**
 * Converts an object of type 'K8sVolumeMount' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVolumeMount(obj: K8sVolumeMount | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'mountPropagation': obj.mountPropagation,
    'name': obj.name,
    'readOnly': obj.readOnly,
    'recursiveReadOnly': obj.recursiveReadOnly,
    'subPath': obj.subPath,
    'subPathExpr': obj.subPathExpr,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Persistent Disk resource in AWS.
 *
 * An AWS EBS disk must exist before mounting to a container. The disk must also be in the same AWS zone as the kubelet. An AWS EBS disk can only be mounted as read/write once. AWS EBS volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource
 */
export interface K8sAwsElasticBlockStoreVolumeSource {
  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @schema io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
   *
   * @schema io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#partition
   */
  readonly partition?: number;

  /**
   * readOnly value true will force the readOnly setting in VolumeMounts. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @schema io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @schema io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#volumeID
   */
  readonly volumeId: string;
}

/**
 * Converts an object of type 'K8sAwsElasticBlockStoreVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sAwsElasticBlockStoreVolumeSource(obj: K8sAwsElasticBlockStoreVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'partition': obj.partition,
    'readOnly': obj.readOnly,
    'volumeID': obj.volumeId,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 *
 * @schema io.k8s.api.core.v1.AzureDiskVolumeSource
 */
export interface K8sAzureDiskVolumeSource {
  /**
   * cachingMode is the Host Caching mode: None, Read Only, Read Write.
   *
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#cachingMode
   */
  readonly cachingMode?: string;

  /**
   * diskName is the Name of the data disk in the blob storage
   *
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#diskName
   */
  readonly diskName: string;

  /**
   * diskURI is the URI of data disk in the blob storage
   *
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#diskURI
   */
  readonly diskUri: string;

  /**
   * fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
   *
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#kind
   */
  readonly kind?: string;

  /**
   * readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @default false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   * @schema io.k8s.api.core.v1.AzureDiskVolumeSource#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'K8sAzureDiskVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sAzureDiskVolumeSource(obj: K8sAzureDiskVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cachingMode': obj.cachingMode,
    'diskName': obj.diskName,
    'diskURI': obj.diskUri,
    'fsType': obj.fsType,
    'kind': obj.kind,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureFile represents an Azure File Service mount on the host and bind mount to the pod.
 *
 * @schema io.k8s.api.core.v1.AzureFileVolumeSource
 */
export interface K8sAzureFileVolumeSource {
  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @schema io.k8s.api.core.v1.AzureFileVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretName is the  name of secret that contains Azure Storage Account Name and Key
   *
   * @schema io.k8s.api.core.v1.AzureFileVolumeSource#secretName
   */
  readonly secretName: string;

  /**
   * shareName is the azure share Name
   *
   * @schema io.k8s.api.core.v1.AzureFileVolumeSource#shareName
   */
  readonly shareName: string;
}

/**
 * Converts an object of type 'K8sAzureFileVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sAzureFileVolumeSource(obj: K8sAzureFileVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'readOnly': obj.readOnly,
    'secretName': obj.secretName,
    'shareName': obj.shareName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.CephFSVolumeSource
 */
export interface K8sCephFsVolumeSource {
  /**
   * monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#monitors
   */
  readonly monitors: string[];

  /**
   * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
   *
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#path
   */
  readonly path?: string;

  /**
   * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @default false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#secretFile
   */
  readonly secretFile?: string;

  /**
   * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;

  /**
   * user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.CephFSVolumeSource#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'K8sCephFsVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sCephFsVolumeSource(obj: K8sCephFsVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'monitors': obj.monitors?.map(y => y),
    'path': obj.path,
    'readOnly': obj.readOnly,
    'secretFile': obj.secretFile,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a container. The volume must also be in the same region as the kubelet. Cinder volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.CinderVolumeSource
 */
export interface K8sCinderVolumeSource {
  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @schema io.k8s.api.core.v1.CinderVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @schema io.k8s.api.core.v1.CinderVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef is optional: points to a secret object containing parameters used to connect to OpenStack.
   *
   * @schema io.k8s.api.core.v1.CinderVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;

  /**
   * volumeID used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @schema io.k8s.api.core.v1.CinderVolumeSource#volumeID
   */
  readonly volumeId: string;
}

/**
 * Converts an object of type 'K8sCinderVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sCinderVolumeSource(obj: K8sCinderVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'volumeID': obj.volumeId,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Adapts a ConfigMap into a volume.
 *
 * The contents of the target ConfigMap's Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. ConfigMap volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.ConfigMapVolumeSource
 */
export interface K8sConfigMapVolumeSource {
  /**
   * defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   * @schema io.k8s.api.core.v1.ConfigMapVolumeSource#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema io.k8s.api.core.v1.ConfigMapVolumeSource#items
   */
  readonly items?: K8sKeyToPath[];

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.ConfigMapVolumeSource#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema io.k8s.api.core.v1.ConfigMapVolumeSource#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sConfigMapVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sConfigMapVolumeSource(obj: K8sConfigMapVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_K8sKeyToPath(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a source location of a volume to mount, managed by an external CSI driver
 *
 * @schema io.k8s.api.core.v1.CSIVolumeSource
 */
export interface K8sCsiVolumeSource {
  /**
   * driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.
   *
   * @schema io.k8s.api.core.v1.CSIVolumeSource#driver
   */
  readonly driver: string;

  /**
   * fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.
   *
   * @schema io.k8s.api.core.v1.CSIVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed.
   *
   * @schema io.k8s.api.core.v1.CSIVolumeSource#nodePublishSecretRef
   */
  readonly nodePublishSecretRef?: K8sLocalObjectReference;

  /**
   * readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).
   *
   * @default false (read/write).
   * @schema io.k8s.api.core.v1.CSIVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.
   *
   * @schema io.k8s.api.core.v1.CSIVolumeSource#volumeAttributes
   */
  readonly volumeAttributes?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8sCsiVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sCsiVolumeSource(obj: K8sCsiVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'driver': obj.driver,
    'fsType': obj.fsType,
    'nodePublishSecretRef': toJson_K8sLocalObjectReference(obj.nodePublishSecretRef),
    'readOnly': obj.readOnly,
    'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.DownwardAPIVolumeSource
 */
export interface K8sDownwardApiVolumeSource {
  /**
   * Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeSource#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * Items is a list of downward API volume file
   *
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeSource#items
   */
  readonly items?: K8sDownwardApiVolumeFile[];
}

/**
 * Converts an object of type 'K8sDownwardApiVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sDownwardApiVolumeSource(obj: K8sDownwardApiVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_K8sDownwardApiVolumeFile(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.EmptyDirVolumeSource
 */
export interface K8sEmptyDirVolumeSource {
  /**
   * medium represents what type of storage medium should back this directory. The default is "" which means to use the node's default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema io.k8s.api.core.v1.EmptyDirVolumeSource#medium
   */
  readonly medium?: string;

  /**
   * sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema io.k8s.api.core.v1.EmptyDirVolumeSource#sizeLimit
   */
  readonly sizeLimit?: string;
}

/**
 * Converts an object of type 'K8sEmptyDirVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sEmptyDirVolumeSource(obj: K8sEmptyDirVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'medium': obj.medium,
    'sizeLimit': obj.sizeLimit,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents an ephemeral volume that is handled by a normal storage driver.
 *
 * @schema io.k8s.api.core.v1.EphemeralVolumeSource
 */
export interface K8sEphemeralVolumeSource {
  /**
   * Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).
   *
   * An existing PVC with that name that is not owned by the pod will *not* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.
   *
   * This field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.
   *
   * Required, must not be nil.
   *
   * @schema io.k8s.api.core.v1.EphemeralVolumeSource#volumeClaimTemplate
   */
  readonly volumeClaimTemplate?: K8sPersistentVolumeClaimTemplate;
}

/**
 * Converts an object of type 'K8sEphemeralVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sEphemeralVolumeSource(obj: K8sEphemeralVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'volumeClaimTemplate': toJson_K8sPersistentVolumeClaimTemplate(obj.volumeClaimTemplate),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once. Fibre Channel volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.FCVolumeSource
 */
export interface K8sFcVolumeSource {
  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.FCVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * lun is Optional: FC target lun number
   *
   * @schema io.k8s.api.core.v1.FCVolumeSource#lun
   */
  readonly lun?: number;

  /**
   * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @default false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   * @schema io.k8s.api.core.v1.FCVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * targetWWNs is Optional: FC target worldwide names (WWNs)
   *
   * @schema io.k8s.api.core.v1.FCVolumeSource#targetWWNs
   */
  readonly targetWwNs?: string[];

  /**
   * wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
   *
   * @schema io.k8s.api.core.v1.FCVolumeSource#wwids
   */
  readonly wwids?: string[];
}

/**
 * Converts an object of type 'K8sFcVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sFcVolumeSource(obj: K8sFcVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'lun': obj.lun,
    'readOnly': obj.readOnly,
    'targetWWNs': obj.targetWwNs?.map(y => y),
    'wwids': obj.wwids?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.
 *
 * @schema io.k8s.api.core.v1.FlexVolumeSource
 */
export interface K8sFlexVolumeSource {
  /**
   * driver is the name of the driver to use for this volume.
   *
   * @schema io.k8s.api.core.v1.FlexVolumeSource#driver
   */
  readonly driver: string;

  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
   *
   * @schema io.k8s.api.core.v1.FlexVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * options is Optional: this field holds extra command options if any.
   *
   * @schema io.k8s.api.core.v1.FlexVolumeSource#options
   */
  readonly options?: { [key: string]: string };

  /**
   * readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @schema io.k8s.api.core.v1.FlexVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts.
   *
   * @schema io.k8s.api.core.v1.FlexVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;
}

/**
 * Converts an object of type 'K8sFlexVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sFlexVolumeSource(obj: K8sFlexVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'driver': obj.driver,
    'fsType': obj.fsType,
    'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and datasetUUID should be set. Flocker volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.FlockerVolumeSource
 */
export interface K8sFlockerVolumeSource {
  /**
   * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated
   *
   * @schema io.k8s.api.core.v1.FlockerVolumeSource#datasetName
   */
  readonly datasetName?: string;

  /**
   * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
   *
   * @schema io.k8s.api.core.v1.FlockerVolumeSource#datasetUUID
   */
  readonly datasetUuid?: string;
}

/**
 * Converts an object of type 'K8sFlockerVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sFlockerVolumeSource(obj: K8sFlockerVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'datasetName': obj.datasetName,
    'datasetUUID': obj.datasetUuid,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Persistent Disk resource in Google Compute Engine.
 *
 * A GCE PD must exist before mounting to a container. The disk must also be in the same GCE project and zone as the kubelet. A GCE PD can only be mounted as read/write once or read-only many times. GCE PDs support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.GCEPersistentDiskVolumeSource
 */
export interface K8sGcePersistentDiskVolumeSource {
  /**
   * fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @schema io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @schema io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#partition
   */
  readonly partition?: number;

  /**
   * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @schema io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#pdName
   */
  readonly pdName: string;

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @default false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   * @schema io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'K8sGcePersistentDiskVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sGcePersistentDiskVolumeSource(obj: K8sGcePersistentDiskVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'partition': obj.partition,
    'pdName': obj.pdName,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a volume that is populated with the contents of a git repository. Git repo volumes do not support ownership management. Git repo volumes support SELinux relabeling.
 *
 * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.
 *
 * @schema io.k8s.api.core.v1.GitRepoVolumeSource
 */
export interface K8sGitRepoVolumeSource {
  /**
   * directory is the target directory name. Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name.
   *
   * @schema io.k8s.api.core.v1.GitRepoVolumeSource#directory
   */
  readonly directory?: string;

  /**
   * repository is the URL
   *
   * @schema io.k8s.api.core.v1.GitRepoVolumeSource#repository
   */
  readonly repository: string;

  /**
   * revision is the commit hash for the specified revision.
   *
   * @schema io.k8s.api.core.v1.GitRepoVolumeSource#revision
   */
  readonly revision?: string;
}

/**
 * Converts an object of type 'K8sGitRepoVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sGitRepoVolumeSource(obj: K8sGitRepoVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'directory': obj.directory,
    'repository': obj.repository,
    'revision': obj.revision,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.GlusterfsVolumeSource
 */
export interface K8sGlusterfsVolumeSource {
  /**
   * endpoints is the endpoint name that details Glusterfs topology. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @schema io.k8s.api.core.v1.GlusterfsVolumeSource#endpoints
   */
  readonly endpoints: string;

  /**
   * path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @schema io.k8s.api.core.v1.GlusterfsVolumeSource#path
   */
  readonly path: string;

  /**
   * readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @default false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   * @schema io.k8s.api.core.v1.GlusterfsVolumeSource#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'K8sGlusterfsVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sGlusterfsVolumeSource(obj: K8sGlusterfsVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'endpoints': obj.endpoints,
    'path': obj.path,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.HostPathVolumeSource
 */
export interface K8sHostPathVolumeSource {
  /**
   * path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   *
   * @schema io.k8s.api.core.v1.HostPathVolumeSource#path
   */
  readonly path: string;

  /**
   * type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   *
   * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   * @schema io.k8s.api.core.v1.HostPathVolumeSource#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'K8sHostPathVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sHostPathVolumeSource(obj: K8sHostPathVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ImageVolumeSource represents a image volume resource.
 *
 * @schema io.k8s.api.core.v1.ImageVolumeSource
 */
export interface K8sImageVolumeSource {
  /**
   * Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise.
   * @schema io.k8s.api.core.v1.ImageVolumeSource#pullPolicy
   */
  readonly pullPolicy?: string;

  /**
   * Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.
   *
   * @schema io.k8s.api.core.v1.ImageVolumeSource#reference
   */
  readonly reference?: string;
}

/**
 * Converts an object of type 'K8sImageVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sImageVolumeSource(obj: K8sImageVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'pullPolicy': obj.pullPolicy,
    'reference': obj.reference,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.ISCSIVolumeSource
 */
export interface K8sIscsiVolumeSource {
  /**
   * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#chapAuthDiscovery
   */
  readonly chapAuthDiscovery?: boolean;

  /**
   * chapAuthSession defines whether support iSCSI Session CHAP authentication
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#chapAuthSession
   */
  readonly chapAuthSession?: boolean;

  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#initiatorName
   */
  readonly initiatorName?: string;

  /**
   * iqn is the target iSCSI Qualified Name.
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#iqn
   */
  readonly iqn: string;

  /**
   * iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).
   *
   * @default default' (tcp).
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#iscsiInterface
   */
  readonly iscsiInterface?: string;

  /**
   * lun represents iSCSI Target Lun number.
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#lun
   */
  readonly lun: number;

  /**
   * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#portals
   */
  readonly portals?: string[];

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.
   *
   * @default false.
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef is the CHAP Secret for iSCSI target and initiator authentication
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;

  /**
   * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).
   *
   * @schema io.k8s.api.core.v1.ISCSIVolumeSource#targetPortal
   */
  readonly targetPortal: string;
}

/**
 * Converts an object of type 'K8sIscsiVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sIscsiVolumeSource(obj: K8sIscsiVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'chapAuthDiscovery': obj.chapAuthDiscovery,
    'chapAuthSession': obj.chapAuthSession,
    'fsType': obj.fsType,
    'initiatorName': obj.initiatorName,
    'iqn': obj.iqn,
    'iscsiInterface': obj.iscsiInterface,
    'lun': obj.lun,
    'portals': obj.portals?.map(y => y),
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'targetPortal': obj.targetPortal,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.NFSVolumeSource
 */
export interface K8sNfsVolumeSource {
  /**
   * path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @schema io.k8s.api.core.v1.NFSVolumeSource#path
   */
  readonly path: string;

  /**
   * readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @default false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   * @schema io.k8s.api.core.v1.NFSVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @schema io.k8s.api.core.v1.NFSVolumeSource#server
   */
  readonly server: string;
}

/**
 * Converts an object of type 'K8sNfsVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sNfsVolumeSource(obj: K8sNfsVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
    'readOnly': obj.readOnly,
    'server': obj.server,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod. A PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume that is owned by someone else (the system).
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource
 */
export interface K8sPersistentVolumeClaimVolumeSource {
  /**
   * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource#claimName
   */
  readonly claimName: string;

  /**
   * readOnly Will force the ReadOnly setting in VolumeMounts. Default false.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaimVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaimVolumeSource(obj: K8sPersistentVolumeClaimVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claimName': obj.claimName,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Photon Controller persistent disk resource.
 *
 * @schema io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource
 */
export interface K8sPhotonPersistentDiskVolumeSource {
  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * pdID is the ID that identifies Photon Controller persistent disk
   *
   * @schema io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource#pdID
   */
  readonly pdId: string;
}

/**
 * Converts an object of type 'K8sPhotonPersistentDiskVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPhotonPersistentDiskVolumeSource(obj: K8sPhotonPersistentDiskVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'pdID': obj.pdId,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PortworxVolumeSource represents a Portworx volume resource.
 *
 * @schema io.k8s.api.core.v1.PortworxVolumeSource
 */
export interface K8sPortworxVolumeSource {
  /**
   * fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.PortworxVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @schema io.k8s.api.core.v1.PortworxVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * volumeID uniquely identifies a Portworx volume
   *
   * @schema io.k8s.api.core.v1.PortworxVolumeSource#volumeID
   */
  readonly volumeId: string;
}

/**
 * Converts an object of type 'K8sPortworxVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPortworxVolumeSource(obj: K8sPortworxVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'readOnly': obj.readOnly,
    'volumeID': obj.volumeId,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a projected volume source
 *
 * @schema io.k8s.api.core.v1.ProjectedVolumeSource
 */
export interface K8sProjectedVolumeSource {
  /**
   * defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema io.k8s.api.core.v1.ProjectedVolumeSource#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * sources is the list of volume projections. Each entry in this list handles one source.
   *
   * @schema io.k8s.api.core.v1.ProjectedVolumeSource#sources
   */
  readonly sources?: K8sVolumeProjection[];
}

/**
 * Converts an object of type 'K8sProjectedVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sProjectedVolumeSource(obj: K8sProjectedVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'sources': obj.sources?.map(y => toJson_K8sVolumeProjection(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.QuobyteVolumeSource
 */
export interface K8sQuobyteVolumeSource {
  /**
   * group to map volume access to Default is no group
   *
   * @default no group
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#group
   */
  readonly group?: string;

  /**
   * readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.
   *
   * @default false.
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes
   *
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#registry
   */
  readonly registry: string;

  /**
   * tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin
   *
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#tenant
   */
  readonly tenant?: string;

  /**
   * user to map volume access to Defaults to serivceaccount user
   *
   * @default serivceaccount user
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#user
   */
  readonly user?: string;

  /**
   * volume is a string that references an already created Quobyte volume by name.
   *
   * @schema io.k8s.api.core.v1.QuobyteVolumeSource#volume
   */
  readonly volume: string;
}

/**
 * Converts an object of type 'K8sQuobyteVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sQuobyteVolumeSource(obj: K8sQuobyteVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'group': obj.group,
    'readOnly': obj.readOnly,
    'registry': obj.registry,
    'tenant': obj.tenant,
    'user': obj.user,
    'volume': obj.volume,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.RBDVolumeSource
 */
export interface K8sRbdVolumeSource {
  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
   *
   * @schema io.k8s.api.core.v1.RBDVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * image is the rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.RBDVolumeSource#image
   */
  readonly image: string;

  /**
   * keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @default etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.RBDVolumeSource#keyring
   */
  readonly keyring?: string;

  /**
   * monitors is a collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @schema io.k8s.api.core.v1.RBDVolumeSource#monitors
   */
  readonly monitors: string[];

  /**
   * pool is the rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @default rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.RBDVolumeSource#pool
   */
  readonly pool?: string;

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @default false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.RBDVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @default nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.RBDVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;

  /**
   * user is the rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @default admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   * @schema io.k8s.api.core.v1.RBDVolumeSource#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'K8sRbdVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sRbdVolumeSource(obj: K8sRbdVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'image': obj.image,
    'keyring': obj.keyring,
    'monitors': obj.monitors?.map(y => y),
    'pool': obj.pool,
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ScaleIOVolumeSource represents a persistent ScaleIO volume
 *
 * @schema io.k8s.api.core.v1.ScaleIOVolumeSource
 */
export interface K8sScaleIoVolumeSource {
  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".
   *
   * @default xfs".
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * gateway is the host address of the ScaleIO API Gateway.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#gateway
   */
  readonly gateway: string;

  /**
   * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#protectionDomain
   */
  readonly protectionDomain?: string;

  /**
   * readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @default false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#secretRef
   */
  readonly secretRef: K8sLocalObjectReference;

  /**
   * sslEnabled Flag enable/disable SSL communication with Gateway, default false
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#sslEnabled
   */
  readonly sslEnabled?: boolean;

  /**
   * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.
   *
   * @default ThinProvisioned.
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#storageMode
   */
  readonly storageMode?: string;

  /**
   * storagePool is the ScaleIO Storage Pool associated with the protection domain.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#storagePool
   */
  readonly storagePool?: string;

  /**
   * system is the name of the storage system as configured in ScaleIO.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#system
   */
  readonly system: string;

  /**
   * volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.
   *
   * @schema io.k8s.api.core.v1.ScaleIOVolumeSource#volumeName
   */
  readonly volumeName?: string;
}

/**
 * Converts an object of type 'K8sScaleIoVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sScaleIoVolumeSource(obj: K8sScaleIoVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'gateway': obj.gateway,
    'protectionDomain': obj.protectionDomain,
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'sslEnabled': obj.sslEnabled,
    'storageMode': obj.storageMode,
    'storagePool': obj.storagePool,
    'system': obj.system,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Adapts a Secret into a volume.
 *
 * The contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.
 *
 * @schema io.k8s.api.core.v1.SecretVolumeSource
 */
export interface K8sSecretVolumeSource {
  /**
   * defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   * @schema io.k8s.api.core.v1.SecretVolumeSource#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema io.k8s.api.core.v1.SecretVolumeSource#items
   */
  readonly items?: K8sKeyToPath[];

  /**
   * optional field specify whether the Secret or its keys must be defined
   *
   * @schema io.k8s.api.core.v1.SecretVolumeSource#optional
   */
  readonly optional?: boolean;

  /**
   * secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @schema io.k8s.api.core.v1.SecretVolumeSource#secretName
   */
  readonly secretName?: string;
}

/**
 * Converts an object of type 'K8sSecretVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSecretVolumeSource(obj: K8sSecretVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_K8sKeyToPath(y)),
    'optional': obj.optional,
    'secretName': obj.secretName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a StorageOS persistent volume resource.
 *
 * @schema io.k8s.api.core.v1.StorageOSVolumeSource
 */
export interface K8sStorageOsVolumeSource {
  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.StorageOSVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
   *
   * @schema io.k8s.api.core.v1.StorageOSVolumeSource#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted.
   *
   * @schema io.k8s.api.core.v1.StorageOSVolumeSource#secretRef
   */
  readonly secretRef?: K8sLocalObjectReference;

  /**
   * volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace.
   *
   * @schema io.k8s.api.core.v1.StorageOSVolumeSource#volumeName
   */
  readonly volumeName?: string;

  /**
   * volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod's namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to "default" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created.
   *
   * @schema io.k8s.api.core.v1.StorageOSVolumeSource#volumeNamespace
   */
  readonly volumeNamespace?: string;
}

/**
 * Converts an object of type 'K8sStorageOsVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sStorageOsVolumeSource(obj: K8sStorageOsVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'readOnly': obj.readOnly,
    'secretRef': toJson_K8sLocalObjectReference(obj.secretRef),
    'volumeName': obj.volumeName,
    'volumeNamespace': obj.volumeNamespace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents a vSphere volume resource.
 *
 * @schema io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource
 */
export interface K8sVsphereVirtualDiskVolumeSource {
  /**
   * fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @schema io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#fsType
   */
  readonly fsType?: string;

  /**
   * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
   *
   * @schema io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#storagePolicyID
   */
  readonly storagePolicyId?: string;

  /**
   * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
   *
   * @schema io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#storagePolicyName
   */
  readonly storagePolicyName?: string;

  /**
   * volumePath is the path that identifies vSphere volume vmdk
   *
   * @schema io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#volumePath
   */
  readonly volumePath: string;
}

/**
 * Converts an object of type 'K8sVsphereVirtualDiskVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVsphereVirtualDiskVolumeSource(obj: K8sVsphereVirtualDiskVolumeSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fsType': obj.fsType,
    'storagePolicyID': obj.storagePolicyId,
    'storagePolicyName': obj.storagePolicyName,
    'volumePath': obj.volumePath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EventContext holds the context of the cloudevent received from an event source.
 *
 * @schema io.argoproj.events.v1alpha1.EventContext
 */
export interface EventContext {
  /**
   * DataContentType - A MIME (RFC2046) string describing the media type of `data`.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#datacontenttype
   */
  readonly datacontenttype: string;

  /**
   * ID of the event; must be non-empty and unique within the scope of the producer.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#id
   */
  readonly id: string;

  /**
   * Source - A URI describing the event producer.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#source
   */
  readonly source: string;

  /**
   * SpecVersion - The version of the CloudEvents specification used by the event.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#specversion
   */
  readonly specversion: string;

  /**
   * Subject - The subject of the event in the context of the event producer
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#subject
   */
  readonly subject: string;

  /**
   * Time - A Timestamp when the event happened.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#time
   */
  readonly time: Date;

  /**
   * Type - The type of the occurrence which has happened.
   *
   * @schema io.argoproj.events.v1alpha1.EventContext#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'EventContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EventContext(obj: EventContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'datacontenttype': obj.datacontenttype,
    'id': obj.id,
    'source': obj.source,
    'specversion': obj.specversion,
    'subject': obj.subject,
    'time': obj.time?.toISOString(),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DataFilter describes constraints and filters for event data.
 *
 * @schema io.argoproj.events.v1alpha1.DataFilter
 */
export interface DataFilter {
  /**
   * Comparator compares the event data with a user given value. Can be ">=", ">", "=", "!=", "<", or "<=". Is optional, and if left blank treated as equality "=".
   *
   * @schema io.argoproj.events.v1alpha1.DataFilter#comparator
   */
  readonly comparator?: string;

  /**
   * Path is the JSONPath of the event's (JSON decoded) data key. Path is a series of keys separated by a dot. A key may contain wildcard characters '*' and '?'. To access an array value use the index as the key. The dot and wildcard characters can be escaped with '\\'. See https://github.com/tidwall/gjson#path-syntax for more information on how to use this.
   *
   * @schema io.argoproj.events.v1alpha1.DataFilter#path
   */
  readonly path: string;

  /**
   * Template is a go-template for extracting a string from the event's data. A Template is evaluated with provided path, type and value. The templating follows the standard go-template syntax as well as sprig's extra functions. See https://pkg.go.dev/text/template and https://masterminds.github.io/sprig/
   *
   * @schema io.argoproj.events.v1alpha1.DataFilter#template
   */
  readonly template?: string;

  /**
   * Type contains the JSON type of the data
   *
   * @schema io.argoproj.events.v1alpha1.DataFilter#type
   */
  readonly type: string;

  /**
   * Value is the allowed string values for this key. Booleans are parsed using strconv.ParseBool(), Numbers are parsed as float64 using strconv.ParseFloat(), Strings are treated as regular expressions, Nils value is ignored.
   *
   * @schema io.argoproj.events.v1alpha1.DataFilter#value
   */
  readonly value: string[];
}

/**
 * Converts an object of type 'DataFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_DataFilter(obj: DataFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'comparator': obj.comparator,
    'path': obj.path,
    'template': obj.template,
    'type': obj.type,
    'value': obj.value?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.ExprFilter
 */
export interface ExprFilter {
  /**
   * Expr refers to the expression that determines the outcome of the filter.
   *
   * @schema io.argoproj.events.v1alpha1.ExprFilter#expr
   */
  readonly expr: string;

  /**
   * Fields refers to set of keys that refer to the paths within event payload.
   *
   * @schema io.argoproj.events.v1alpha1.ExprFilter#fields
   */
  readonly fields: PayloadField[];
}

/**
 * Converts an object of type 'ExprFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ExprFilter(obj: ExprFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'expr': obj.expr,
    'fields': obj.fields?.map(y => toJson_PayloadField(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TimeFilter describes a window in time. It filters out events that occur outside the time limits. In other words, only events that occur after Start and before Stop will pass this filter.
 *
 * @schema io.argoproj.events.v1alpha1.TimeFilter
 */
export interface TimeFilter {
  /**
   * Start is the beginning of a time window in UTC. Before this time, events for this dependency are ignored. Format is hh:mm:ss.
   *
   * @schema io.argoproj.events.v1alpha1.TimeFilter#start
   */
  readonly start: string;

  /**
   * Stop is the end of a time window in UTC. After or equal to this time, events for this dependency are ignored and Format is hh:mm:ss. If it is smaller than Start, it is treated as next day of Start (e.g.: 22:00:00-01:00:00 means 22:00:00-25:00:00).
   *
   * @schema io.argoproj.events.v1alpha1.TimeFilter#stop
   */
  readonly stop: string;

  /**
   * Timezone specifies the timezone for the time window. If not specified, defaults to UTC. Format should be a valid IANA timezone name (e.g., "America/New_York", "Europe/London").
   *
   * @schema io.argoproj.events.v1alpha1.TimeFilter#timezone
   */
  readonly timezone?: string;
}

/**
 * Converts an object of type 'TimeFilter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TimeFilter(obj: TimeFilter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'start': obj.start,
    'stop': obj.stop,
    'timezone': obj.timezone,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TriggerParameterSource defines the source for a parameter from a event event
 *
 * @schema io.argoproj.events.v1alpha1.TriggerParameterSource
 */
export interface TriggerParameterSource {
  /**
   * ContextKey is the JSONPath of the event's (JSON decoded) context key ContextKey is a series of keys separated by a dot. A key may contain wildcard characters '*' and '?'. To access an array value use the index as the key. The dot and wildcard characters can be escaped with '\\'. See https://github.com/tidwall/gjson#path-syntax for more information on how to use this.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#contextKey
   */
  readonly contextKey?: string;

  /**
   * ContextTemplate is a go-template for extracting a string from the event's context. If a ContextTemplate is provided with a ContextKey, the template will be evaluated first and fallback to the ContextKey. The templating follows the standard go-template syntax as well as sprig's extra functions. See https://pkg.go.dev/text/template and https://masterminds.github.io/sprig/
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#contextTemplate
   */
  readonly contextTemplate?: string;

  /**
   * DataKey is the JSONPath of the event's (JSON decoded) data key DataKey is a series of keys separated by a dot. A key may contain wildcard characters '*' and '?'. To access an array value use the index as the key. The dot and wildcard characters can be escaped with '\\'. See https://github.com/tidwall/gjson#path-syntax for more information on how to use this.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#dataKey
   */
  readonly dataKey?: string;

  /**
   * DataTemplate is a go-template for extracting a string from the event's data. If a DataTemplate is provided with a DataKey, the template will be evaluated first and fallback to the DataKey. The templating follows the standard go-template syntax as well as sprig's extra functions. See https://pkg.go.dev/text/template and https://masterminds.github.io/sprig/
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#dataTemplate
   */
  readonly dataTemplate?: string;

  /**
   * DependencyName refers to the name of the dependency. The event which is stored for this dependency is used as payload for the parameterization. Make sure to refer to one of the dependencies you have defined under Dependencies list.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#dependencyName
   */
  readonly dependencyName: string;

  /**
   * UseRawData indicates if the value in an event at data key should be used without converting to string. When true, a number, boolean, json or string parameter may be extracted. When the field is unspecified, or explicitly false, the behavior is to turn the extracted field into a string. (e.g. when set to true, the parameter 123 will resolve to the numerical type, but when false, or not provided, the string "123" will be resolved)
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#useRawData
   */
  readonly useRawData?: boolean;

  /**
   * Value is the default literal value to use for this parameter source This is only used if the DataKey is invalid. If the DataKey is invalid and this is not defined, this param source will produce an error.
   *
   * @schema io.argoproj.events.v1alpha1.TriggerParameterSource#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'TriggerParameterSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TriggerParameterSource(obj: TriggerParameterSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'contextKey': obj.contextKey,
    'contextTemplate': obj.contextTemplate,
    'dataKey': obj.dataKey,
    'dataTemplate': obj.dataTemplate,
    'dependencyName': obj.dependencyName,
    'useRawData': obj.useRawData,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * K8SResourcePolicy refers to the policy used to check the state of K8s based triggers using labels
 *
 * @schema io.argoproj.events.v1alpha1.K8SResourcePolicy
 */
export interface K8SResourcePolicy {
  /**
   * Backoff before checking resource state
   *
   * @schema io.argoproj.events.v1alpha1.K8SResourcePolicy#backoff
   */
  readonly backoff: Backoff;

  /**
   * ErrorOnBackoffTimeout determines whether sensor should transition to error state if the trigger policy is unable to determine the state of the resource
   *
   * @schema io.argoproj.events.v1alpha1.K8SResourcePolicy#errorOnBackoffTimeout
   */
  readonly errorOnBackoffTimeout: boolean;

  /**
   * Labels required to identify whether a resource is in success state
   *
   * @schema io.argoproj.events.v1alpha1.K8SResourcePolicy#labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8SResourcePolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8SResourcePolicy(obj: K8SResourcePolicy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'backoff': toJson_Backoff(obj.backoff),
    'errorOnBackoffTimeout': obj.errorOnBackoffTimeout,
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StatusPolicy refers to the policy used to check the state of the trigger using response status
 *
 * @schema io.argoproj.events.v1alpha1.StatusPolicy
 */
export interface StatusPolicy {
  /**
   * @schema io.argoproj.events.v1alpha1.StatusPolicy#allow
   */
  readonly allow: number[];
}

/**
 * Converts an object of type 'StatusPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StatusPolicy(obj: StatusPolicy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allow': obj.allow?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArgoWorkflowTrigger is the trigger for the Argo Workflow
 *
 * @schema io.argoproj.events.v1alpha1.ArgoWorkflowTrigger
 */
export interface ArgoWorkflowTrigger {
  /**
   * Args is the list of arguments to pass to the argo CLI
   *
   * @schema io.argoproj.events.v1alpha1.ArgoWorkflowTrigger#args
   */
  readonly args?: string[];

  /**
   * Operation refers to the type of operation performed on the argo workflow resource. Default value is Submit.
   *
   * @schema io.argoproj.events.v1alpha1.ArgoWorkflowTrigger#operation
   */
  readonly operation?: string;

  /**
   * Parameters is the list of parameters to pass to resolved Argo Workflow object
   *
   * @schema io.argoproj.events.v1alpha1.ArgoWorkflowTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Source of the K8s resource file(s)
   *
   * @schema io.argoproj.events.v1alpha1.ArgoWorkflowTrigger#source
   */
  readonly source?: ArtifactLocation;
}

/**
 * Converts an object of type 'ArgoWorkflowTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArgoWorkflowTrigger(obj: ArgoWorkflowTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'operation': obj.operation,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'source': toJson_ArtifactLocation(obj.source),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AWSLambdaTrigger refers to specification of the trigger to invoke an AWS Lambda function
 *
 * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger
 */
export interface AwsLambdaTrigger {
  /**
   * AccessKey refers K8s secret containing aws access key
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#accessKey
   */
  readonly accessKey?: K8sSecretKeySelector;

  /**
   * FunctionName refers to the name of the function to invoke.
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#functionName
   */
  readonly functionName: string;

  /**
   * Choose from the following options.
   *
   * * RequestResponse (default) - Invoke the function synchronously. Keep
   * the connection open until the function returns a response or times out.
   * The API response includes the function response and additional data.
   *
   * * Event - Invoke the function asynchronously. Send events that fail multiple
   * times to the function's dead-letter queue (if it's configured). The API
   * response only includes a status code.
   *
   * * DryRun - Validate parameter values and verify that the user or role
   * has permission to invoke the function.
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#invocationType
   */
  readonly invocationType?: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * Region is AWS region
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#region
   */
  readonly region: string;

  /**
   * RoleARN is the Amazon Resource Name (ARN) of the role to assume.
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#roleARN
   */
  readonly roleArn?: string;

  /**
   * SecretKey refers K8s secret containing aws secret key
   *
   * @schema io.argoproj.events.v1alpha1.AWSLambdaTrigger#secretKey
   */
  readonly secretKey?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'AwsLambdaTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AwsLambdaTrigger(obj: AwsLambdaTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKey': toJson_K8sSecretKeySelector(obj.accessKey),
    'functionName': obj.functionName,
    'invocationType': obj.invocationType,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'region': obj.region,
    'roleARN': obj.roleArn,
    'secretKey': toJson_K8sSecretKeySelector(obj.secretKey),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureEventHubsTrigger refers to specification of the Azure Event Hubs Trigger
 *
 * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger
 */
export interface AzureEventHubsTrigger {
  /**
   * FQDN refers to the namespace dns of Azure Event Hubs to be used i.e. <namespace>.servicebus.windows.net
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#fqdn
   */
  readonly fqdn: string;

  /**
   * HubName refers to the Azure Event Hub to send events to
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#hubName
   */
  readonly hubName: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * SharedAccessKey refers to a K8s secret containing the primary key for the
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#sharedAccessKey
   */
  readonly sharedAccessKey?: K8sSecretKeySelector;

  /**
   * SharedAccessKeyName refers to the name of the Shared Access Key
   *
   * @schema io.argoproj.events.v1alpha1.AzureEventHubsTrigger#sharedAccessKeyName
   */
  readonly sharedAccessKeyName: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'AzureEventHubsTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureEventHubsTrigger(obj: AzureEventHubsTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fqdn': obj.fqdn,
    'hubName': obj.hubName,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'sharedAccessKey': toJson_K8sSecretKeySelector(obj.sharedAccessKey),
    'sharedAccessKeyName': toJson_K8sSecretKeySelector(obj.sharedAccessKeyName),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger
 */
export interface AzureServiceBusTrigger {
  /**
   * ConnectionString is the connection string for the Azure Service Bus
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#connectionString
   */
  readonly connectionString?: K8sSecretKeySelector;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * QueueName is the name of the Azure Service Bus Queue
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#queueName
   */
  readonly queueName: string;

  /**
   * SubscriptionName is the name of the Azure Service Bus Topic Subscription
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#subscriptionName
   */
  readonly subscriptionName: string;

  /**
   * TLS configuration for the service bus client
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#tls
   */
  readonly tls?: TlsConfig;

  /**
   * TopicName is the name of the Azure Service Bus Topic
   *
   * @schema io.argoproj.events.v1alpha1.AzureServiceBusTrigger#topicName
   */
  readonly topicName: string;
}

/**
 * Converts an object of type 'AzureServiceBusTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureServiceBusTrigger(obj: AzureServiceBusTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'connectionString': toJson_K8sSecretKeySelector(obj.connectionString),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'queueName': obj.queueName,
    'subscriptionName': obj.subscriptionName,
    'tls': toJson_TlsConfig(obj.tls),
    'topicName': obj.topicName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.ConditionsResetCriteria
 */
export interface ConditionsResetCriteria {
  /**
   * Schedule is a cron-like expression. For reference, see: https://en.wikipedia.org/wiki/Cron
   *
   * @schema io.argoproj.events.v1alpha1.ConditionsResetCriteria#byTime
   */
  readonly byTime?: ConditionsResetByTime;
}

/**
 * Converts an object of type 'ConditionsResetCriteria' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ConditionsResetCriteria(obj: ConditionsResetCriteria | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'byTime': toJson_ConditionsResetByTime(obj.byTime),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CustomTrigger refers to the specification of the custom trigger.
 *
 * @schema io.argoproj.events.v1alpha1.CustomTrigger
 */
export interface CustomTrigger {
  /**
   * CertSecret refers to the secret that contains cert for secure connection between sensor and custom trigger gRPC server.
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#certSecret
   */
  readonly certSecret?: K8sSecretKeySelector;

  /**
   * Parameters is the list of parameters that is applied to resolved custom trigger trigger object.
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * Secure refers to type of the connection between sensor to custom trigger gRPC
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#secure
   */
  readonly secure: boolean;

  /**
   * ServerNameOverride for the secure connection between sensor and custom trigger gRPC server.
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#serverNameOverride
   */
  readonly serverNameOverride?: string;

  /**
   * ServerURL is the url of the gRPC server that executes custom trigger
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#serverURL
   */
  readonly serverUrl: string;

  /**
   * Spec is the custom trigger resource specification that custom trigger gRPC server knows how to interpret.
   *
   * @schema io.argoproj.events.v1alpha1.CustomTrigger#spec
   */
  readonly spec: { [key: string]: string };
}

/**
 * Converts an object of type 'CustomTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_CustomTrigger(obj: CustomTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'certSecret': toJson_K8sSecretKeySelector(obj.certSecret),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'secure': obj.secure,
    'serverNameOverride': obj.serverNameOverride,
    'serverURL': obj.serverUrl,
    'spec': ((obj.spec) === undefined) ? undefined : (Object.entries(obj.spec).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EmailTrigger refers to the specification of the email notification trigger.
 *
 * @schema io.argoproj.events.v1alpha1.EmailTrigger
 */
export interface EmailTrigger {
  /**
   * Body refers to the body/content of the email send.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#body
   */
  readonly body?: string;

  /**
   * From refers to the address from which the email is send from.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#from
   */
  readonly from?: string;

  /**
   * Host refers to the smtp host url to which email is send.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#host
   */
  readonly host?: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Port refers to the smtp server port to which email is send. Defaults to 0.
   *
   * @default 0.
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#port
   */
  readonly port?: number;

  /**
   * SMTPPassword refers to the Kubernetes secret that holds the smtp password used to connect to smtp server.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#smtpPassword
   */
  readonly smtpPassword?: K8sSecretKeySelector;

  /**
   * Subject refers to the subject line for the email send.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#subject
   */
  readonly subject?: string;

  /**
   * To refers to the email addresses to which the emails are send.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#to
   */
  readonly to?: string[];

  /**
   * Username refers to the username used to connect to the smtp server.
   *
   * @schema io.argoproj.events.v1alpha1.EmailTrigger#username
   */
  readonly username?: string;
}

/**
 * Converts an object of type 'EmailTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_EmailTrigger(obj: EmailTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'body': obj.body,
    'from': obj.from,
    'host': obj.host,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'port': obj.port,
    'smtpPassword': toJson_K8sSecretKeySelector(obj.smtpPassword),
    'subject': obj.subject,
    'to': obj.to?.map(y => y),
    'username': obj.username,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPTrigger is the trigger for the HTTP request
 *
 * @schema io.argoproj.events.v1alpha1.HTTPTrigger
 */
export interface HttpTrigger {
  /**
   * BasicAuth configuration for the http request.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#basicAuth
   */
  readonly basicAuth?: BasicAuth;

  /**
   * Dynamic Headers for the request, sourced from the event. Same spec as Parameters.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#dynamicHeaders
   */
  readonly dynamicHeaders?: TriggerParameter[];

  /**
   * Headers for the HTTP request.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#headers
   */
  readonly headers?: { [key: string]: string };

  /**
   * Host refers to the domain name of the server (for virtual hosting).
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#host
   */
  readonly host?: string;

  /**
   * Method refers to the type of the HTTP request. Refer https://golang.org/src/net/http/method.go for more info. Default value is POST.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#method
   */
  readonly method?: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the HTTP trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * Secure Headers stored in Kubernetes Secrets for the HTTP requests.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#secureHeaders
   */
  readonly secureHeaders?: SecureHeader[];

  /**
   * Timeout refers to the HTTP request timeout in seconds. Default value is 60 seconds.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#timeout
   */
  readonly timeout?: number;

  /**
   * TLS configuration for the HTTP client.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#tls
   */
  readonly tls?: TlsConfig;

  /**
   * URL refers to the URL to send HTTP request to.
   *
   * @schema io.argoproj.events.v1alpha1.HTTPTrigger#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'HttpTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpTrigger(obj: HttpTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'basicAuth': toJson_BasicAuth(obj.basicAuth),
    'dynamicHeaders': obj.dynamicHeaders?.map(y => toJson_TriggerParameter(y)),
    'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'host': obj.host,
    'method': obj.method,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'secureHeaders': obj.secureHeaders?.map(y => toJson_SecureHeader(y)),
    'timeout': obj.timeout,
    'tls': toJson_TlsConfig(obj.tls),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StandardK8STrigger is the standard Kubernetes resource trigger
 *
 * @schema io.argoproj.events.v1alpha1.StandardK8STrigger
 */
export interface StandardK8STrigger {
  /**
   * LiveObject specifies whether the resource should be directly fetched from K8s instead of being marshaled from the resource artifact. If set to true, the resource artifact must contain the information required to uniquely identify the resource in the cluster, that is, you must specify "apiVersion", "kind" as well as "name" and "namespace" meta data. Only valid for operation type `update`
   *
   * @schema io.argoproj.events.v1alpha1.StandardK8STrigger#liveObject
   */
  readonly liveObject?: boolean;

  /**
   * Operation refers to the type of operation performed on the k8s resource. Default value is Create.
   *
   * @schema io.argoproj.events.v1alpha1.StandardK8STrigger#operation
   */
  readonly operation?: string;

  /**
   * Parameters is the list of parameters that is applied to resolved K8s trigger object.
   *
   * @schema io.argoproj.events.v1alpha1.StandardK8STrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * PatchStrategy controls the K8s object patching strategy when the trigger operation is specified as patch. possible values: "application/json-patch+json" "application/merge-patch+json" "application/strategic-merge-patch+json" "application/apply-patch+yaml". Defaults to "application/merge-patch+json"
   *
   * @default application/merge-patch+json"
   * @schema io.argoproj.events.v1alpha1.StandardK8STrigger#patchStrategy
   */
  readonly patchStrategy?: string;

  /**
   * Source of the K8s resource file(s)
   *
   * @schema io.argoproj.events.v1alpha1.StandardK8STrigger#source
   */
  readonly source?: ArtifactLocation;
}

/**
 * Converts an object of type 'StandardK8STrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StandardK8STrigger(obj: StandardK8STrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'liveObject': obj.liveObject,
    'operation': obj.operation,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'patchStrategy': obj.patchStrategy,
    'source': toJson_ArtifactLocation(obj.source),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * KafkaTrigger refers to the specification of the Kafka trigger.
 *
 * @schema io.argoproj.events.v1alpha1.KafkaTrigger
 */
export interface KafkaTrigger {
  /**
   * Compress determines whether to compress message or not. Defaults to false. If set to true, compresses message using snappy compression.
   *
   * @default false. If set to true, compresses message using snappy compression.
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#compress
   */
  readonly compress?: boolean;

  /**
   * FlushFrequency refers to the frequency in milliseconds to flush batches. Defaults to 500 milliseconds.
   *
   * @default 500 milliseconds.
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#flushFrequency
   */
  readonly flushFrequency?: number;

  /**
   * Headers for the Kafka Messages.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#headers
   */
  readonly headers?: { [key: string]: string };

  /**
   * Parameters is the list of parameters that is applied to resolved Kafka trigger object.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * DEPRECATED
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#partition
   */
  readonly partition?: number;

  /**
   * The partitioning key for the messages put on the Kafka topic.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#partitioningKey
   */
  readonly partitioningKey?: string;

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * RequiredAcks used in producer to tell the broker how many replica acknowledgements Defaults to 1 (Only wait for the leader to ack).
   *
   * @default 1 (Only wait for the leader to ack).
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#requiredAcks
   */
  readonly requiredAcks?: number;

  /**
   * SASL configuration for the kafka client
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#sasl
   */
  readonly sasl?: SaslConfig;

  /**
   * Schema Registry configuration to producer message with avro format
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#schemaRegistry
   */
  readonly schemaRegistry?: SchemaRegistryConfig;

  /**
   * Secure Headers stored in Kubernetes Secrets for the Kafka messages.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#secureHeaders
   */
  readonly secureHeaders?: SecureHeader[];

  /**
   * TLS configuration for the Kafka producer.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Name of the topic. More info at https://kafka.apache.org/documentation/#intro_topics
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#topic
   */
  readonly topic: string;

  /**
   * URL of the Kafka broker, multiple URLs separated by comma.
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#url
   */
  readonly url: string;

  /**
   * Specify what kafka version is being connected to enables certain features in sarama, defaults to 1.0.0
   *
   * @schema io.argoproj.events.v1alpha1.KafkaTrigger#version
   */
  readonly version?: string;
}

/**
 * Converts an object of type 'KafkaTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_KafkaTrigger(obj: KafkaTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'compress': obj.compress,
    'flushFrequency': obj.flushFrequency,
    'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'partition': obj.partition,
    'partitioningKey': obj.partitioningKey,
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'requiredAcks': obj.requiredAcks,
    'sasl': toJson_SaslConfig(obj.sasl),
    'schemaRegistry': toJson_SchemaRegistryConfig(obj.schemaRegistry),
    'secureHeaders': obj.secureHeaders?.map(y => toJson_SecureHeader(y)),
    'tls': toJson_TlsConfig(obj.tls),
    'topic': obj.topic,
    'url': obj.url,
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.LogTrigger
 */
export interface LogTrigger {
  /**
   * Only print messages every interval. Useful to prevent logging too much data for busy events.
   *
   * @schema io.argoproj.events.v1alpha1.LogTrigger#intervalSeconds
   */
  readonly intervalSeconds?: number;
}

/**
 * Converts an object of type 'LogTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_LogTrigger(obj: LogTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'intervalSeconds': obj.intervalSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * NATSTrigger refers to the specification of the NATS trigger.
 *
 * @schema io.argoproj.events.v1alpha1.NATSTrigger
 */
export interface NatsTrigger {
  /**
   * AuthInformation
   *
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#auth
   */
  readonly auth?: NatsAuth;

  /**
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * Name of the subject to put message on.
   *
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#subject
   */
  readonly subject: string;

  /**
   * TLS configuration for the NATS producer.
   *
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#tls
   */
  readonly tls?: TlsConfig;

  /**
   * URL of the NATS cluster.
   *
   * @schema io.argoproj.events.v1alpha1.NATSTrigger#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'NatsTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_NatsTrigger(obj: NatsTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_NatsAuth(obj.auth),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'subject': obj.subject,
    'tls': toJson_TlsConfig(obj.tls),
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * OpenWhiskTrigger refers to the specification of the OpenWhisk trigger.
 *
 * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger
 */
export interface OpenWhiskTrigger {
  /**
   * Name of the action/function.
   *
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#actionName
   */
  readonly actionName: string;

  /**
   * AuthToken for authentication.
   *
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#authToken
   */
  readonly authToken?: K8sSecretKeySelector;

  /**
   * Host URL of the OpenWhisk.
   *
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#host
   */
  readonly host: string;

  /**
   * Namespace for the action. Defaults to "_".
   *
   * @default _".
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#namespace
   */
  readonly namespace?: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * Version for the API. Defaults to v1.
   *
   * @default v1.
   * @schema io.argoproj.events.v1alpha1.OpenWhiskTrigger#version
   */
  readonly version?: string;
}

/**
 * Converts an object of type 'OpenWhiskTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OpenWhiskTrigger(obj: OpenWhiskTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'actionName': obj.actionName,
    'authToken': toJson_K8sSecretKeySelector(obj.authToken),
    'host': obj.host,
    'namespace': obj.namespace,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'version': obj.version,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PulsarTrigger refers to the specification of the Pulsar trigger.
 *
 * @schema io.argoproj.events.v1alpha1.PulsarTrigger
 */
export interface PulsarTrigger {
  /**
   * Authentication athenz parameters for the pulsar client. Refer https://github.com/apache/pulsar-client-go/blob/master/pulsar/auth/athenz.go Either token or athenz can be set to use auth.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#authAthenzParams
   */
  readonly authAthenzParams?: { [key: string]: string };

  /**
   * Authentication athenz privateKey secret for the pulsar client. AuthAthenzSecret must be set if AuthAthenzParams is used.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#authAthenzSecret
   */
  readonly authAthenzSecret?: K8sSecretKeySelector;

  /**
   * Authentication token for the pulsar client. Either token or athenz can be set to use auth.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#authTokenSecret
   */
  readonly authTokenSecret?: K8sSecretKeySelector;

  /**
   * Backoff holds parameters applied to connection.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#connectionBackoff
   */
  readonly connectionBackoff?: Backoff;

  /**
   * Parameters is the list of parameters that is applied to resolved Kafka trigger object.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Payload is the list of key-value extracted from an event payload to construct the request payload.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#payload
   */
  readonly payload: TriggerParameter[];

  /**
   * TLS configuration for the pulsar client.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#tls
   */
  readonly tls?: TlsConfig;

  /**
   * Whether the Pulsar client accept untrusted TLS certificate from broker.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#tlsAllowInsecureConnection
   */
  readonly tlsAllowInsecureConnection?: boolean;

  /**
   * Trusted TLS certificate secret.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#tlsTrustCertsSecret
   */
  readonly tlsTrustCertsSecret?: K8sSecretKeySelector;

  /**
   * Whether the Pulsar client verify the validity of the host name from broker.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#tlsValidateHostname
   */
  readonly tlsValidateHostname?: boolean;

  /**
   * Name of the topic. See https://pulsar.apache.org/docs/en/concepts-messaging/
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#topic
   */
  readonly topic: string;

  /**
   * Configure the service URL for the Pulsar service.
   *
   * @schema io.argoproj.events.v1alpha1.PulsarTrigger#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'PulsarTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PulsarTrigger(obj: PulsarTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'authAthenzParams': ((obj.authAthenzParams) === undefined) ? undefined : (Object.entries(obj.authAthenzParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'authAthenzSecret': toJson_K8sSecretKeySelector(obj.authAthenzSecret),
    'authTokenSecret': toJson_K8sSecretKeySelector(obj.authTokenSecret),
    'connectionBackoff': toJson_Backoff(obj.connectionBackoff),
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'payload': obj.payload?.map(y => toJson_TriggerParameter(y)),
    'tls': toJson_TlsConfig(obj.tls),
    'tlsAllowInsecureConnection': obj.tlsAllowInsecureConnection,
    'tlsTrustCertsSecret': toJson_K8sSecretKeySelector(obj.tlsTrustCertsSecret),
    'tlsValidateHostname': obj.tlsValidateHostname,
    'topic': obj.topic,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SlackTrigger refers to the specification of the slack notification trigger.
 *
 * @schema io.argoproj.events.v1alpha1.SlackTrigger
 */
export interface SlackTrigger {
  /**
   * Attachments is a JSON format string that represents an array of Slack attachments according to the attachments API: https://api.slack.com/reference/messaging/attachments .
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#attachments
   */
  readonly attachments?: string;

  /**
   * Blocks is a JSON format string that represents an array of Slack blocks according to the blocks API: https://api.slack.com/reference/block-kit/blocks .
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#blocks
   */
  readonly blocks?: string;

  /**
   * Channel refers to which Slack channel to send Slack message.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#channel
   */
  readonly channel?: string;

  /**
   * Message refers to the message to send to the Slack channel.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#message
   */
  readonly message?: string;

  /**
   * Parameters is the list of key-value extracted from event's payload that are applied to the trigger resource.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#parameters
   */
  readonly parameters?: TriggerParameter[];

  /**
   * Sender refers to additional configuration of the Slack application that sends the message.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#sender
   */
  readonly sender?: SlackSender;

  /**
   * SlackToken refers to the Kubernetes secret that holds the slack token required to send messages.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#slackToken
   */
  readonly slackToken?: K8sSecretKeySelector;

  /**
   * Thread refers to additional options for sending messages to a Slack thread.
   *
   * @schema io.argoproj.events.v1alpha1.SlackTrigger#thread
   */
  readonly thread?: SlackThread;
}

/**
 * Converts an object of type 'SlackTrigger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SlackTrigger(obj: SlackTrigger | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'attachments': obj.attachments,
    'blocks': obj.blocks,
    'channel': obj.channel,
    'message': obj.message,
    'parameters': obj.parameters?.map(y => toJson_TriggerParameter(y)),
    'sender': toJson_SlackSender(obj.sender),
    'slackToken': toJson_K8sSecretKeySelector(obj.slackToken),
    'thread': toJson_SlackThread(obj.thread),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema io.k8s.api.core.v1.PreferredSchedulingTerm
 */
export interface K8sPreferredSchedulingTerm {
  /**
   * A node selector term, associated with the corresponding weight.
   *
   * @schema io.k8s.api.core.v1.PreferredSchedulingTerm#preference
   */
  readonly preference: K8sNodeSelectorTerm;

  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
   *
   * @schema io.k8s.api.core.v1.PreferredSchedulingTerm#weight
   */
  readonly weight: number;
}

/**
 * Converts an object of type 'K8sPreferredSchedulingTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPreferredSchedulingTerm(obj: K8sPreferredSchedulingTerm | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'preference': toJson_K8sNodeSelectorTerm(obj.preference),
    'weight': obj.weight,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.
 *
 * @schema io.k8s.api.core.v1.NodeSelector
 */
export interface K8sNodeSelector {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   *
   * @schema io.k8s.api.core.v1.NodeSelector#nodeSelectorTerms
   */
  readonly nodeSelectorTerms: K8sNodeSelectorTerm[];
}

/**
 * Converts an object of type 'K8sNodeSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sNodeSelector(obj: K8sNodeSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_K8sNodeSelectorTerm(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema io.k8s.api.core.v1.WeightedPodAffinityTerm
 */
export interface K8sWeightedPodAffinityTerm {
  /**
   * Required. A pod affinity term, associated with the corresponding weight.
   *
   * @schema io.k8s.api.core.v1.WeightedPodAffinityTerm#podAffinityTerm
   */
  readonly podAffinityTerm: K8sPodAffinityTerm;

  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   *
   * @schema io.k8s.api.core.v1.WeightedPodAffinityTerm#weight
   */
  readonly weight: number;
}

/**
 * Converts an object of type 'K8sWeightedPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sWeightedPodAffinityTerm(obj: K8sWeightedPodAffinityTerm | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'podAffinityTerm': toJson_K8sPodAffinityTerm(obj.podAffinityTerm),
    'weight': obj.weight,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running
 *
 * @schema io.k8s.api.core.v1.PodAffinityTerm
 */
export interface K8sPodAffinityTerm {
  /**
   * A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods.
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#labelSelector
   */
  readonly labelSelector?: K8sLabelSelector;

  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set. This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#matchLabelKeys
   */
  readonly matchLabelKeys?: string[];

  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set. This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#mismatchLabelKeys
   */
  readonly mismatchLabelKeys?: string[];

  /**
   * A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means "this pod's namespace". An empty selector ({}) matches all namespaces.
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#namespaceSelector
   */
  readonly namespaceSelector?: K8sLabelSelector;

  /**
   * namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means "this pod's namespace".
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#namespaces
   */
  readonly namespaces?: string[];

  /**
   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#topologyKey
   */
  readonly topologyKey: string;
}

/**
 * Converts an object of type 'K8sPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodAffinityTerm(obj: K8sPodAffinityTerm | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_K8sLabelSelector(obj.labelSelector),
    'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
    'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
    'namespaceSelector': toJson_K8sLabelSelector(obj.namespaceSelector),
    'namespaces': obj.namespaces?.map(y => y),
    'topologyKey': obj.topologyKey,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema io.k8s.api.core.v1.ResourceClaim
 */
export interface K8sResourceClaim {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.
   *
   * @schema io.k8s.api.core.v1.ResourceClaim#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.
   *
   * @schema io.k8s.api.core.v1.ResourceClaim#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'K8sResourceClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sResourceClaim(obj: K8sResourceClaim | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Adds and removes POSIX capabilities from running containers.
 *
 * @schema io.k8s.api.core.v1.Capabilities
 */
export interface K8sCapabilities {
  /**
   * Added capabilities
   *
   * @schema io.k8s.api.core.v1.Capabilities#add
   */
  readonly add?: string[];

  /**
   * Removed capabilities
   *
   * @schema io.k8s.api.core.v1.Capabilities#drop
   */
  readonly drop?: string[];
}

/**
 * Converts an object of type 'K8sCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sCapabilities(obj: K8sCapabilities | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'drop': obj.drop?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVarSource represents a source for the value of an EnvVar.
 *
 * @schema io.k8s.api.core.v1.EnvVarSource
 */
export interface K8sEnvVarSource {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema io.k8s.api.core.v1.EnvVarSource#configMapKeyRef
   */
  readonly configMapKeyRef?: K8sConfigMapKeySelector;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema io.k8s.api.core.v1.EnvVarSource#fieldRef
   */
  readonly fieldRef?: K8sObjectFieldSelector;

  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema io.k8s.api.core.v1.EnvVarSource#resourceFieldRef
   */
  readonly resourceFieldRef?: K8sResourceFieldSelector;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema io.k8s.api.core.v1.EnvVarSource#secretKeyRef
   */
  readonly secretKeyRef?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'K8sEnvVarSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sEnvVarSource(obj: K8sEnvVarSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_K8sConfigMapKeySelector(obj.configMapKeyRef),
    'fieldRef': toJson_K8sObjectFieldSelector(obj.fieldRef),
    'resourceFieldRef': toJson_K8sResourceFieldSelector(obj.resourceFieldRef),
    'secretKeyRef': toJson_K8sSecretKeySelector(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.
 *
 * The contents of the target ConfigMap's Data field will represent the key-value pairs as environment variables.
 *
 * @schema io.k8s.api.core.v1.ConfigMapEnvSource
 */
export interface K8sConfigMapEnvSource {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.ConfigMapEnvSource#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap must be defined
   *
   * @schema io.k8s.api.core.v1.ConfigMapEnvSource#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sConfigMapEnvSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sConfigMapEnvSource(obj: K8sConfigMapEnvSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretEnvSource selects a Secret to populate the environment variables with.
 *
 * The contents of the target Secret's Data field will represent the key-value pairs as environment variables.
 *
 * @schema io.k8s.api.core.v1.SecretEnvSource
 */
export interface K8sSecretEnvSource {
  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.SecretEnvSource#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret must be defined
   *
   * @schema io.k8s.api.core.v1.SecretEnvSource#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sSecretEnvSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSecretEnvSource(obj: K8sSecretEnvSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema io.k8s.api.core.v1.KeyToPath
 */
export interface K8sKeyToPath {
  /**
   * key is the key to project.
   *
   * @schema io.k8s.api.core.v1.KeyToPath#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema io.k8s.api.core.v1.KeyToPath#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'.
   *
   * @schema io.k8s.api.core.v1.KeyToPath#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'K8sKeyToPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sKeyToPath(obj: K8sKeyToPath | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema io.k8s.api.core.v1.DownwardAPIVolumeFile
 */
export interface K8sDownwardApiVolumeFile {
  /**
   * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
   *
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeFile#fieldRef
   */
  readonly fieldRef?: K8sObjectFieldSelector;

  /**
   * Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeFile#mode
   */
  readonly mode?: number;

  /**
   * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
   *
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeFile#path
   */
  readonly path: string;

  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
   *
   * @schema io.k8s.api.core.v1.DownwardAPIVolumeFile#resourceFieldRef
   */
  readonly resourceFieldRef?: K8sResourceFieldSelector;
}

/**
 * Converts an object of type 'K8sDownwardApiVolumeFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sDownwardApiVolumeFile(obj: K8sDownwardApiVolumeFile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fieldRef': toJson_K8sObjectFieldSelector(obj.fieldRef),
    'mode': obj.mode,
    'path': obj.path,
    'resourceFieldRef': toJson_K8sResourceFieldSelector(obj.resourceFieldRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaimTemplate
 */
export interface K8sPersistentVolumeClaimTemplate {
  /**
   * May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimTemplate#metadata
   */
  readonly metadata?: K8sObjectMeta;

  /**
   * The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimTemplate#spec
   */
  readonly spec: K8sPersistentVolumeClaimSpec;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaimTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaimTemplate(obj: K8sPersistentVolumeClaimTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': toJson_K8sObjectMeta(obj.metadata),
    'spec': toJson_K8sPersistentVolumeClaimSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.
 *
 * @schema io.k8s.api.core.v1.VolumeProjection
 */
export interface K8sVolumeProjection {
  /**
   * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.
   *
   * Alpha, gated by the ClusterTrustBundleProjection feature gate.
   *
   * ClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.
   *
   * Kubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time.
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#clusterTrustBundle
   */
  readonly clusterTrustBundle?: K8sClusterTrustBundleProjection;

  /**
   * configMap information about the configMap data to project
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#configMap
   */
  readonly configMap?: K8sConfigMapProjection;

  /**
   * downwardAPI information about the downwardAPI data to project
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#downwardAPI
   */
  readonly downwardApi?: K8sDownwardApiProjection;

  /**
   * secret information about the secret data to project
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#secret
   */
  readonly secret?: K8sSecretProjection;

  /**
   * serviceAccountToken is information about the serviceAccountToken data to project
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#serviceAccountToken
   */
  readonly serviceAccountToken?: K8sServiceAccountTokenProjection;
}

/**
 * Converts an object of type 'K8sVolumeProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVolumeProjection(obj: K8sVolumeProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterTrustBundle': toJson_K8sClusterTrustBundleProjection(obj.clusterTrustBundle),
    'configMap': toJson_K8sConfigMapProjection(obj.configMap),
    'downwardAPI': toJson_K8sDownwardApiProjection(obj.downwardApi),
    'secret': toJson_K8sSecretProjection(obj.secret),
    'serviceAccountToken': toJson_K8sServiceAccountTokenProjection(obj.serviceAccountToken),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PayloadField binds a value at path within the event payload against a name.
 *
 * @schema io.argoproj.events.v1alpha1.PayloadField
 */
export interface PayloadField {
  /**
   * Name acts as key that holds the value at the path.
   *
   * @schema io.argoproj.events.v1alpha1.PayloadField#name
   */
  readonly name: string;

  /**
   * Path is the JSONPath of the event's (JSON decoded) data key Path is a series of keys separated by a dot. A key may contain wildcard characters '*' and '?'. To access an array value use the index as the key. The dot and wildcard characters can be escaped with '\\'. See https://github.com/tidwall/gjson#path-syntax for more information on how to use this.
   *
   * @schema io.argoproj.events.v1alpha1.PayloadField#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PayloadField' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PayloadField(obj: PayloadField | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArtifactLocation describes the source location for an external artifact
 *
 * @schema io.argoproj.events.v1alpha1.ArtifactLocation
 */
export interface ArtifactLocation {
  /**
   * Configmap that stores the artifact
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#configmap
   */
  readonly configmap?: K8sConfigMapKeySelector;

  /**
   * File artifact is artifact stored in a file
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#file
   */
  readonly file?: FileArtifact;

  /**
   * Git repository hosting the artifact
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#git
   */
  readonly git?: GitArtifact;

  /**
   * Inline artifact is embedded in sensor spec as a string
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#inline
   */
  readonly inline?: string;

  /**
   * Resource is generic template for K8s resource
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#resource
   */
  readonly resource?: any;

  /**
   * S3 compliant artifact
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#s3
   */
  readonly s3?: S3Artifact;

  /**
   * URL to fetch the artifact from
   *
   * @schema io.argoproj.events.v1alpha1.ArtifactLocation#url
   */
  readonly url?: UrlArtifact;
}

/**
 * Converts an object of type 'ArtifactLocation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactLocation(obj: ArtifactLocation | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configmap': toJson_K8sConfigMapKeySelector(obj.configmap),
    'file': toJson_FileArtifact(obj.file),
    'git': toJson_GitArtifact(obj.git),
    'inline': obj.inline,
    'resource': obj.resource,
    's3': toJson_S3Artifact(obj.s3),
    'url': toJson_UrlArtifact(obj.url),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.ConditionsResetByTime
 */
export interface ConditionsResetByTime {
  /**
   * Cron is a cron-like expression. For reference, see: https://en.wikipedia.org/wiki/Cron
   *
   * @schema io.argoproj.events.v1alpha1.ConditionsResetByTime#cron
   */
  readonly cron?: string;

  /**
   * @schema io.argoproj.events.v1alpha1.ConditionsResetByTime#timezone
   */
  readonly timezone?: string;
}

/**
 * Converts an object of type 'ConditionsResetByTime' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ConditionsResetByTime(obj: ConditionsResetByTime | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cron': obj.cron,
    'timezone': obj.timezone,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecureHeader refers to HTTP Headers with auth tokens as values
 *
 * @schema io.argoproj.events.v1alpha1.SecureHeader
 */
export interface SecureHeader {
  /**
   * @schema io.argoproj.events.v1alpha1.SecureHeader#name
   */
  readonly name?: string;

  /**
   * Values can be read from either secrets or configmaps
   *
   * @schema io.argoproj.events.v1alpha1.SecureHeader#valueFrom
   */
  readonly valueFrom?: ValueFromSource;
}

/**
 * Converts an object of type 'SecureHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SecureHeader(obj: SecureHeader | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'valueFrom': toJson_ValueFromSource(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.SlackSender
 */
export interface SlackSender {
  /**
   * Icon is the Slack application's icon, e.g. :robot_face: or https://example.com/image.png
   *
   * @schema io.argoproj.events.v1alpha1.SlackSender#icon
   */
  readonly icon?: string;

  /**
   * Username is the Slack application's username
   *
   * @schema io.argoproj.events.v1alpha1.SlackSender#username
   */
  readonly username?: string;
}

/**
 * Converts an object of type 'SlackSender' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SlackSender(obj: SlackSender | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'icon': obj.icon,
    'username': obj.username,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.events.v1alpha1.SlackThread
 */
export interface SlackThread {
  /**
   * BroadcastMessageToChannel allows to also broadcast the message from the thread to the channel
   *
   * @schema io.argoproj.events.v1alpha1.SlackThread#broadcastMessageToChannel
   */
  readonly broadcastMessageToChannel?: boolean;

  /**
   * MessageAggregationKey allows to aggregate the messages to a thread by some key.
   *
   * @schema io.argoproj.events.v1alpha1.SlackThread#messageAggregationKey
   */
  readonly messageAggregationKey?: string;
}

/**
 * Converts an object of type 'SlackThread' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SlackThread(obj: SlackThread | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'broadcastMessageToChannel': obj.broadcastMessageToChannel,
    'messageAggregationKey': obj.messageAggregationKey,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema io.k8s.api.core.v1.NodeSelectorTerm
 */
export interface K8sNodeSelectorTerm {
  /**
   * A list of node selector requirements by node's labels.
   *
   * @schema io.k8s.api.core.v1.NodeSelectorTerm#matchExpressions
   */
  readonly matchExpressions?: K8sNodeSelectorRequirement[];

  /**
   * A list of node selector requirements by node's fields.
   *
   * @schema io.k8s.api.core.v1.NodeSelectorTerm#matchFields
   */
  readonly matchFields?: K8sNodeSelectorRequirement[];
}

/**
 * Converts an object of type 'K8sNodeSelectorTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sNodeSelectorTerm(obj: K8sNodeSelectorTerm | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_K8sNodeSelectorRequirement(y)),
    'matchFields': obj.matchFields?.map(y => toJson_K8sNodeSelectorRequirement(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
 *
 * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
 */
export interface K8sLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#matchExpressions
   */
  readonly matchExpressions?: K8sLabelSelectorRequirement[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8sLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sLabelSelector(obj: K8sLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_K8sLabelSelectorRequirement(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ObjectFieldSelector selects an APIVersioned field of an object.
 *
 * @schema io.k8s.api.core.v1.ObjectFieldSelector
 */
export interface K8sObjectFieldSelector {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema io.k8s.api.core.v1.ObjectFieldSelector#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema io.k8s.api.core.v1.ObjectFieldSelector#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'K8sObjectFieldSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sObjectFieldSelector(obj: K8sObjectFieldSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceFieldSelector represents container resources (cpu, memory) and their output format
 *
 * @schema io.k8s.api.core.v1.ResourceFieldSelector
 */
export interface K8sResourceFieldSelector {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema io.k8s.api.core.v1.ResourceFieldSelector#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema io.k8s.api.core.v1.ResourceFieldSelector#divisor
   */
  readonly divisor?: string;

  /**
   * Required: resource to select
   *
   * @schema io.k8s.api.core.v1.ResourceFieldSelector#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'K8sResourceFieldSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sResourceFieldSelector(obj: K8sResourceFieldSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.
 *
 * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
 */
export interface K8sObjectMeta {
  /**
   * Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.
   *
   * Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#creationTimestamp
   */
  readonly creationTimestamp?: Date;

  /**
   * Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#deletionGracePeriodSeconds
   */
  readonly deletionGracePeriodSeconds?: number;

  /**
   * DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.
   *
   * Populated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#deletionTimestamp
   */
  readonly deletionTimestamp?: Date;

  /**
   * Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#finalizers
   */
  readonly finalizers?: string[];

  /**
   * GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.
   *
   * If this field is specified and the generated name exists, the server will return a 409.
   *
   * Applied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#generateName
   */
  readonly generateName?: string;

  /**
   * A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#generation
   */
  readonly generation?: number;

  /**
   * Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#labels
   */
  readonly labels?: { [key: string]: string };

  /**
   * ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like "ci-cd". The set of fields is always in the version that the workflow used when modifying the object.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#managedFields
   */
  readonly managedFields?: K8sManagedFieldsEntry[];

  /**
   * Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#name
   */
  readonly name?: string;

  /**
   * Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.
   *
   * Must be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#namespace
   */
  readonly namespace?: string;

  /**
   * List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#ownerReferences
   */
  readonly ownerReferences?: K8sOwnerReference[];

  /**
   * An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.
   *
   * Populated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#resourceVersion
   */
  readonly resourceVersion?: string;

  /**
   * Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#selfLink
   */
  readonly selfLink?: string;

  /**
   * UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.
   *
   * Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#uid
   */
  readonly uid?: string;
}

/**
 * Converts an object of type 'K8sObjectMeta' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sObjectMeta(obj: K8sObjectMeta | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'creationTimestamp': obj.creationTimestamp?.toISOString(),
    'deletionGracePeriodSeconds': obj.deletionGracePeriodSeconds,
    'deletionTimestamp': obj.deletionTimestamp?.toISOString(),
    'finalizers': obj.finalizers?.map(y => y),
    'generateName': obj.generateName,
    'generation': obj.generation,
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'managedFields': obj.managedFields?.map(y => toJson_K8sManagedFieldsEntry(y)),
    'name': obj.name,
    'namespace': obj.namespace,
    'ownerReferences': obj.ownerReferences?.map(y => toJson_K8sOwnerReference(y)),
    'resourceVersion': obj.resourceVersion,
    'selfLink': obj.selfLink,
    'uid': obj.uid,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec
 */
export interface K8sPersistentVolumeClaimSpec {
  /**
   * accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#accessModes
   */
  readonly accessModes?: string[];

  /**
   * dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#dataSource
   */
  readonly dataSource?: K8sTypedLocalObjectReference;

  /**
   * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: * While dataSource only allows two specific types of objects, dataSourceRef
   * allows any non-core object, as well as PersistentVolumeClaim objects.
   * * While dataSource ignores disallowed values (dropping them), dataSourceRef
   * preserves all values, and generates an error if a disallowed value is
   * specified.
   * * While dataSource only allows local objects, dataSourceRef allows objects
   * in any namespaces.
   * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#dataSourceRef
   */
  readonly dataSourceRef?: K8sTypedObjectReference;

  /**
   * resources represents the minimum resources the volume should have. If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#resources
   */
  readonly resources?: K8sVolumeResourceRequirements;

  /**
   * selector is a label query over volumes to consider for binding.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#selector
   */
  readonly selector?: K8sLabelSelector;

  /**
   * storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#storageClassName
   */
  readonly storageClassName?: string;

  /**
   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass will be applied to the claim but it's not allowed to reset this field to empty string once it is set. If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass will be set by the persistentvolume controller if it exists. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#volumeAttributesClassName
   */
  readonly volumeAttributesClassName?: string;

  /**
   * volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#volumeMode
   */
  readonly volumeMode?: string;

  /**
   * volumeName is the binding reference to the PersistentVolume backing this claim.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimSpec#volumeName
   */
  readonly volumeName?: string;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaimSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaimSpec(obj: K8sPersistentVolumeClaimSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessModes': obj.accessModes?.map(y => y),
    'dataSource': toJson_K8sTypedLocalObjectReference(obj.dataSource),
    'dataSourceRef': toJson_K8sTypedObjectReference(obj.dataSourceRef),
    'resources': toJson_K8sVolumeResourceRequirements(obj.resources),
    'selector': toJson_K8sLabelSelector(obj.selector),
    'storageClassName': obj.storageClassName,
    'volumeAttributesClassName': obj.volumeAttributesClassName,
    'volumeMode': obj.volumeMode,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.
 *
 * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection
 */
export interface K8sClusterTrustBundleProjection {
  /**
   * Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as "match nothing".  If set but empty, interpreted as "match everything".
   *
   * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection#labelSelector
   */
  readonly labelSelector?: K8sLabelSelector;

  /**
   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector.
   *
   * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection#name
   */
  readonly name?: string;

  /**
   * If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles.
   *
   * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection#optional
   */
  readonly optional?: boolean;

  /**
   * Relative path from the volume root to write the bundle.
   *
   * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection#path
   */
  readonly path: string;

  /**
   * Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated.
   *
   * @schema io.k8s.api.core.v1.ClusterTrustBundleProjection#signerName
   */
  readonly signerName?: string;
}

/**
 * Converts an object of type 'K8sClusterTrustBundleProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sClusterTrustBundleProjection(obj: K8sClusterTrustBundleProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_K8sLabelSelector(obj.labelSelector),
    'name': obj.name,
    'optional': obj.optional,
    'path': obj.path,
    'signerName': obj.signerName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Adapts a ConfigMap into a projected volume.
 *
 * The contents of the target ConfigMap's Data field will be presented in a projected volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. Note that this is identical to a configmap volume source without the default mode.
 *
 * @schema io.k8s.api.core.v1.ConfigMapProjection
 */
export interface K8sConfigMapProjection {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema io.k8s.api.core.v1.ConfigMapProjection#items
   */
  readonly items?: K8sKeyToPath[];

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.ConfigMapProjection#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema io.k8s.api.core.v1.ConfigMapProjection#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sConfigMapProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sConfigMapProjection(obj: K8sConfigMapProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_K8sKeyToPath(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.
 *
 * @schema io.k8s.api.core.v1.DownwardAPIProjection
 */
export interface K8sDownwardApiProjection {
  /**
   * Items is a list of DownwardAPIVolume file
   *
   * @schema io.k8s.api.core.v1.DownwardAPIProjection#items
   */
  readonly items?: K8sDownwardApiVolumeFile[];
}

/**
 * Converts an object of type 'K8sDownwardApiProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sDownwardApiProjection(obj: K8sDownwardApiProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_K8sDownwardApiVolumeFile(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Adapts a secret into a projected volume.
 *
 * The contents of the target Secret's Data field will be presented in a projected volume as files using the keys in the Data field as the file names. Note that this is identical to a secret volume source without the default mode.
 *
 * @schema io.k8s.api.core.v1.SecretProjection
 */
export interface K8sSecretProjection {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema io.k8s.api.core.v1.SecretProjection#items
   */
  readonly items?: K8sKeyToPath[];

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema io.k8s.api.core.v1.SecretProjection#name
   */
  readonly name?: string;

  /**
   * optional field specify whether the Secret or its key must be defined
   *
   * @schema io.k8s.api.core.v1.SecretProjection#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'K8sSecretProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSecretProjection(obj: K8sSecretProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_K8sKeyToPath(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).
 *
 * @schema io.k8s.api.core.v1.ServiceAccountTokenProjection
 */
export interface K8sServiceAccountTokenProjection {
  /**
   * audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver.
   *
   * @schema io.k8s.api.core.v1.ServiceAccountTokenProjection#audience
   */
  readonly audience?: string;

  /**
   * expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes.
   *
   * @default 1 hour and must be at least 10 minutes.
   * @schema io.k8s.api.core.v1.ServiceAccountTokenProjection#expirationSeconds
   */
  readonly expirationSeconds?: number;

  /**
   * path is the path relative to the mount point of the file to project the token into.
   *
   * @schema io.k8s.api.core.v1.ServiceAccountTokenProjection#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'K8sServiceAccountTokenProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sServiceAccountTokenProjection(obj: K8sServiceAccountTokenProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'audience': obj.audience,
    'expirationSeconds': obj.expirationSeconds,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileArtifact contains information about an artifact in a filesystem
 *
 * @schema io.argoproj.events.v1alpha1.FileArtifact
 */
export interface FileArtifact {
  /**
   * @schema io.argoproj.events.v1alpha1.FileArtifact#path
   */
  readonly path?: string;
}

/**
 * Converts an object of type 'FileArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_FileArtifact(obj: FileArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitArtifact contains information about an artifact stored in git
 *
 * @schema io.argoproj.events.v1alpha1.GitArtifact
 */
export interface GitArtifact {
  /**
   * Branch to use to pull trigger resource
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#branch
   */
  readonly branch?: string;

  /**
   * Directory to clone the repository. We clone complete directory because GitArtifact is not limited to any specific Git service providers. Hence we don't use any specific git provider client.
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#cloneDirectory
   */
  readonly cloneDirectory: string;

  /**
   * Creds contain reference to git username and password
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#creds
   */
  readonly creds?: GitCreds;

  /**
   * Path to file that contains trigger resource definition
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#filePath
   */
  readonly filePath: string;

  /**
   * GithubApp holds the GitHub App credentials for authentication
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#githubApp
   */
  readonly githubApp?: GithubAppCreds;

  /**
   * Whether to ignore host key
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#insecureIgnoreHostKey
   */
  readonly insecureIgnoreHostKey?: boolean;

  /**
   * Ref to use to pull trigger resource. Will result in a shallow clone and fetch.
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#ref
   */
  readonly ref?: string;

  /**
   * Remote to manage set of tracked repositories. Defaults to "origin". Refer https://git-scm.com/docs/git-remote
   *
   * @default origin". Refer https://git-scm.com/docs/git-remote
   * @schema io.argoproj.events.v1alpha1.GitArtifact#remote
   */
  readonly remote?: GitRemoteConfig;

  /**
   * SSHKeySecret refers to the secret that contains SSH key
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#sshKeySecret
   */
  readonly sshKeySecret?: K8sSecretKeySelector;

  /**
   * Tag to use to pull trigger resource
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#tag
   */
  readonly tag?: string;

  /**
   * Git URL
   *
   * @schema io.argoproj.events.v1alpha1.GitArtifact#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'GitArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GitArtifact(obj: GitArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'branch': obj.branch,
    'cloneDirectory': obj.cloneDirectory,
    'creds': toJson_GitCreds(obj.creds),
    'filePath': obj.filePath,
    'githubApp': toJson_GithubAppCreds(obj.githubApp),
    'insecureIgnoreHostKey': obj.insecureIgnoreHostKey,
    'ref': obj.ref,
    'remote': toJson_GitRemoteConfig(obj.remote),
    'sshKeySecret': toJson_K8sSecretKeySelector(obj.sshKeySecret),
    'tag': obj.tag,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * URLArtifact contains information about an artifact at an HTTP endpoint.
 *
 * @schema io.argoproj.events.v1alpha1.URLArtifact
 */
export interface UrlArtifact {
  /**
   * Path is the complete URL
   *
   * @schema io.argoproj.events.v1alpha1.URLArtifact#path
   */
  readonly path: string;

  /**
   * VerifyCert decides whether the connection is secure or not
   *
   * @schema io.argoproj.events.v1alpha1.URLArtifact#verifyCert
   */
  readonly verifyCert?: boolean;
}

/**
 * Converts an object of type 'UrlArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_UrlArtifact(obj: UrlArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
    'verifyCert': obj.verifyCert,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ValueFromSource allows you to reference keys from either a Configmap or Secret
 *
 * @schema io.argoproj.events.v1alpha1.ValueFromSource
 */
export interface ValueFromSource {
  /**
   * @schema io.argoproj.events.v1alpha1.ValueFromSource#configMapKeyRef
   */
  readonly configMapKeyRef?: K8sConfigMapKeySelector;

  /**
   * @schema io.argoproj.events.v1alpha1.ValueFromSource#secretKeyRef
   */
  readonly secretKeyRef?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'ValueFromSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ValueFromSource(obj: ValueFromSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_K8sConfigMapKeySelector(obj.configMapKeyRef),
    'secretKeyRef': toJson_K8sSecretKeySelector(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema io.k8s.api.core.v1.NodeSelectorRequirement
 */
export interface K8sNodeSelectorRequirement {
  /**
   * The label key that the selector applies to.
   *
   * @schema io.k8s.api.core.v1.NodeSelectorRequirement#key
   */
  readonly key: string;

  /**
   * Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
   *
   * @schema io.k8s.api.core.v1.NodeSelectorRequirement#operator
   */
  readonly operator: string;

  /**
   * An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.
   *
   * @schema io.k8s.api.core.v1.NodeSelectorRequirement#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'K8sNodeSelectorRequirement' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sNodeSelectorRequirement(obj: K8sNodeSelectorRequirement | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement
 */
export interface K8sLabelSelectorRequirement {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'K8sLabelSelectorRequirement' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sLabelSelectorRequirement(obj: K8sLabelSelectorRequirement | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.
 *
 * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry
 */
export interface K8sManagedFieldsEntry {
  /**
   * APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#fieldsType
   */
  readonly fieldsType?: string;

  /**
   * FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#fieldsV1
   */
  readonly fieldsV1?: any;

  /**
   * Manager is an identifier of the workflow managing these fields.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#manager
   */
  readonly manager?: string;

  /**
   * Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#operation
   */
  readonly operation?: string;

  /**
   * Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#subresource
   */
  readonly subresource?: string;

  /**
   * Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#time
   */
  readonly time?: Date;
}

/**
 * Converts an object of type 'K8sManagedFieldsEntry' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sManagedFieldsEntry(obj: K8sManagedFieldsEntry | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldsType': obj.fieldsType,
    'fieldsV1': obj.fieldsV1,
    'manager': obj.manager,
    'operation': obj.operation,
    'subresource': obj.subresource,
    'time': obj.time?.toISOString(),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.
 *
 * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference
 */
export interface K8sOwnerReference {
  /**
   * API version of the referent.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#apiVersion
   */
  readonly apiVersion: string;

  /**
   * If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.
   *
   * @default false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#blockOwnerDeletion
   */
  readonly blockOwnerDeletion?: boolean;

  /**
   * If true, this reference points to the managing controller.
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#controller
   */
  readonly controller?: boolean;

  /**
   * Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#kind
   */
  readonly kind: string;

  /**
   * Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#name
   */
  readonly name: string;

  /**
   * UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
   *
   * @schema io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#uid
   */
  readonly uid: string;
}

/**
 * Converts an object of type 'K8sOwnerReference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sOwnerReference(obj: K8sOwnerReference | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'blockOwnerDeletion': obj.blockOwnerDeletion,
    'controller': obj.controller,
    'kind': obj.kind,
    'name': obj.name,
    'uid': obj.uid,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.
 *
 * @schema io.k8s.api.core.v1.TypedLocalObjectReference
 */
export interface K8sTypedLocalObjectReference {
  /**
   * APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.
   *
   * @schema io.k8s.api.core.v1.TypedLocalObjectReference#apiGroup
   */
  readonly apiGroup?: string;

  /**
   * Kind is the type of resource being referenced
   *
   * @schema io.k8s.api.core.v1.TypedLocalObjectReference#kind
   */
  readonly kind: string;

  /**
   * Name is the name of resource being referenced
   *
   * @schema io.k8s.api.core.v1.TypedLocalObjectReference#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'K8sTypedLocalObjectReference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sTypedLocalObjectReference(obj: K8sTypedLocalObjectReference | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiGroup': obj.apiGroup,
    'kind': obj.kind,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TypedObjectReference contains enough information to let you locate the typed referenced object
 *
 * @schema io.k8s.api.core.v1.TypedObjectReference
 */
export interface K8sTypedObjectReference {
  /**
   * APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.
   *
   * @schema io.k8s.api.core.v1.TypedObjectReference#apiGroup
   */
  readonly apiGroup?: string;

  /**
   * Kind is the type of resource being referenced
   *
   * @schema io.k8s.api.core.v1.TypedObjectReference#kind
   */
  readonly kind: string;

  /**
   * Name is the name of resource being referenced
   *
   * @schema io.k8s.api.core.v1.TypedObjectReference#name
   */
  readonly name: string;

  /**
   * Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
   *
   * @schema io.k8s.api.core.v1.TypedObjectReference#namespace
   */
  readonly namespace?: string;
}

/**
 * Converts an object of type 'K8sTypedObjectReference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sTypedObjectReference(obj: K8sTypedObjectReference | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiGroup': obj.apiGroup,
    'kind': obj.kind,
    'name': obj.name,
    'namespace': obj.namespace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeResourceRequirements describes the storage resource requirements for a volume.
 *
 * @schema io.k8s.api.core.v1.VolumeResourceRequirements
 */
export interface K8sVolumeResourceRequirements {
  /**
   * Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.k8s.api.core.v1.VolumeResourceRequirements#limits
   */
  readonly limits?: { [key: string]: string };

  /**
   * Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.k8s.api.core.v1.VolumeResourceRequirements#requests
   */
  readonly requests?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8sVolumeResourceRequirements' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVolumeResourceRequirements(obj: K8sVolumeResourceRequirements | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitCreds contain reference to git username and password
 *
 * @schema io.argoproj.events.v1alpha1.GitCreds
 */
export interface GitCreds {
  /**
   * @schema io.argoproj.events.v1alpha1.GitCreds#password
   */
  readonly password?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.events.v1alpha1.GitCreds#username
   */
  readonly username?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'GitCreds' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GitCreds(obj: GitCreds | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'password': toJson_K8sSecretKeySelector(obj.password),
    'username': toJson_K8sSecretKeySelector(obj.username),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitRemoteConfig contains the configuration of a Git remote
 *
 * @schema io.argoproj.events.v1alpha1.GitRemoteConfig
 */
export interface GitRemoteConfig {
  /**
   * Name of the remote to fetch from.
   *
   * @schema io.argoproj.events.v1alpha1.GitRemoteConfig#name
   */
  readonly name: string;

  /**
   * URLs the URLs of a remote repository. It must be non-empty. Fetch will always use the first URL, while push will use all of them.
   *
   * @schema io.argoproj.events.v1alpha1.GitRemoteConfig#urls
   */
  readonly urls: string[];
}

/**
 * Converts an object of type 'GitRemoteConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GitRemoteConfig(obj: GitRemoteConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'urls': obj.urls?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
