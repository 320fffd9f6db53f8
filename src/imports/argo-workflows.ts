// GENERATED FILE: do not edit. Regenerate with `npm run imports` (scripts/gen-imports.ts).
// Source: argoproj/argo-workflows api/jsonschema/schema.json (Apache-2.0, see src/imports/README.md).
/* eslint-disable */
/**
 * WorkflowSpec is the specification of a Workflow.
 *
 * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec
 */
export interface WorkflowSpec {
  /**
   * Optional duration in seconds relative to the workflow start time which the workflow is allowed to run before the controller terminates the io.argoproj.workflow.v1alpha1. A value of zero is used to terminate a Running workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#activeDeadlineSeconds
   */
  readonly activeDeadlineSeconds?: number;

  /**
   * Affinity sets the scheduling constraints for all pods in the io.argoproj.workflow.v1alpha1. Can be overridden by an affinity specified in the template
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#affinity
   */
  readonly affinity?: K8sAffinity;

  /**
   * ArchiveLogs indicates if the container logs should be archived
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#archiveLogs
   */
  readonly archiveLogs?: boolean;

  /**
   * Arguments contain the parameters and artifacts sent to the workflow entrypoint Parameters are referencable globally using the 'workflow' variable prefix. e.g. io.argoproj.workflow.v1alpha1.parameters.myparam
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#arguments
   */
  readonly arguments?: Arguments;

  /**
   * ArtifactGC describes the strategy to use when deleting artifacts from completed or deleted workflows (applies to all output Artifacts unless Artifact.ArtifactGC is specified, which overrides this)
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#artifactGC
   */
  readonly artifactGc?: WorkflowLevelArtifactGc;

  /**
   * ArtifactRepositoryRef specifies the configMap name and key containing the artifact repository config.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#artifactRepositoryRef
   */
  readonly artifactRepositoryRef?: ArtifactRepositoryRef;

  /**
   * AutomountServiceAccountToken indicates whether a service account token should be automatically mounted in pods. ServiceAccountName of ExecutorConfig must be specified if this value is false.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#dnsConfig
   */
  readonly dnsConfig?: K8sPodDnsConfig;

  /**
   * Set DNS policy for workflow pods. Defaults to "ClusterFirst". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.
   *
   * @default ClusterFirst". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#dnsPolicy
   */
  readonly dnsPolicy?: string;

  /**
   * Entrypoint is a template reference to the starting point of the io.argoproj.workflow.v1alpha1.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#entrypoint
   */
  readonly entrypoint?: string;

  /**
   * Executor holds configurations of executor containers of the io.argoproj.workflow.v1alpha1.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#executor
   */
  readonly executor?: ExecutorConfig;

  /**
   * Specifies executor plugins at the workflow level.
   *
   * This field is effective only when the ARGO_WORKFLOW_LEVEL_EXECUTOR_PLUGINS feature gate is enabled.
   *
   * If this field contains one or more executor plugins, executor plugin settings from the controller ConfigMap are ignored.
   *
   * If this field is empty or not set, the controller falls back to the ConfigMap configuration.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#executorPlugins
   */
  readonly executorPlugins?: ExecutorPlugin[];

  /**
   * Hooks holds the lifecycle hook which is invoked at lifecycle of step, irrespective of the success, failure, or error status of the primary step
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#hooks
   */
  readonly hooks?: { [key: string]: LifecycleHook };

  /**
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#hostAliases
   */
  readonly hostAliases?: K8sHostAlias[];

  /**
   * Host networking requested for this workflow pod. Default to false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#hostNetwork
   */
  readonly hostNetwork?: boolean;

  /**
   * ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images in pods that reference this ServiceAccount. ImagePullSecrets are distinct from Secrets because Secrets can be mounted in the pod, but ImagePullSecrets are only accessed by the kubelet. More info: https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#imagePullSecrets
   */
  readonly imagePullSecrets?: K8sLocalObjectReference[];

  /**
   * Metrics are a list of metrics emitted from this Workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#metrics
   */
  readonly metrics?: Metrics;

  /**
   * NodeSelector is a selector which will result in all pods of the workflow to be scheduled on the selected node(s). This is able to be overridden by a nodeSelector specified in the template.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * OnExit is a template reference which is invoked at the end of the workflow, irrespective of the success, failure, or error of the primary io.argoproj.workflow.v1alpha1.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#onExit
   */
  readonly onExit?: string;

  /**
   * Parallelism limits the max total parallel pods that can execute at the same time in a workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#parallelism
   */
  readonly parallelism?: number;

  /**
   * PodDisruptionBudget holds the number of concurrent disruptions that you allow for Workflow's Pods. Controller will automatically add the selector with workflow name, if selector is empty. Optional: Defaults to empty.
   *
   * @default empty.
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podDisruptionBudget
   */
  readonly podDisruptionBudget?: K8sPodDisruptionBudgetSpec;

  /**
   * PodGC describes the strategy to use when deleting completed pods
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podGC
   */
  readonly podGc?: PodGc;

  /**
   * PodMetadata defines additional metadata that should be applied to workflow pods
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podMetadata
   */
  readonly podMetadata?: Metadata;

  /**
   * PriorityClassName to apply to workflow pods.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podPriorityClassName
   */
  readonly podPriorityClassName?: string;

  /**
   * PodResources defines pod-level resource requests and limits to apply to all workflow pods. Will be overridden if a template's podResources is set. Requires the PodLevelResources feature gate to be enabled on the cluster (beta since Kubernetes v1.34).
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podResources
   */
  readonly podResources?: K8sResourceRequirements;

  /**
   * PodSpecPatch holds strategic merge patch to apply against the pod spec. Allows parameterization of container fields which are not strings (e.g. resource limits).
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#podSpecPatch
   */
  readonly podSpecPatch?: string;

  /**
   * Priority is used if controller is configured to process limited number of workflows in parallel. Workflows with higher priority are processed first.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#priority
   */
  readonly priority?: number;

  /**
   * ResourceClaims defines the ResourceClaims that must be allocated and reserved before the pods running this workflow's templates are allowed to start. Each entry names either an existing ResourceClaim or a ResourceClaimTemplate in the workflow's namespace, and containers ask for one by name through resources.claims. The list is replaced as a whole rather than merged, so a template's resourceClaims, or a Workflow overriding a WorkflowTemplate, supersedes it entirely. Applies to the pods this workflow runs, including one whose template came through a templateRef, but not to the shared agent pod behind HTTP and Plugin templates. A referenced WorkflowTemplate's own spec-level resourceClaims do not come along with a templateRef; use workflowTemplateRef to inherit the referenced spec. Requires the DynamicResourceAllocation feature gate to be enabled on the cluster.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#resourceClaims
   */
  readonly resourceClaims?: K8sPodResourceClaim[];

  /**
   * RetryStrategy for all templates in the io.argoproj.workflow.v1alpha1.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#retryStrategy
   */
  readonly retryStrategy?: RetryStrategy;

  /**
   * Set scheduler name for all pods. Will be overridden if container/script template's scheduler name is set. Default scheduler will be used if neither specified.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#schedulerName
   */
  readonly schedulerName?: string;

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.
   *
   * @default empty.  See type description for default values of each field.
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#securityContext
   */
  readonly securityContext?: K8sPodSecurityContext;

  /**
   * ServiceAccountName is the name of the ServiceAccount to run all pods of the workflow as.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * Shutdown will shutdown the workflow according to its ShutdownStrategy
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#shutdown
   */
  readonly shutdown?: string;

  /**
   * Suspend will suspend the workflow and prevent execution of any future steps in the workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#suspend
   */
  readonly suspend?: boolean;

  /**
   * Synchronization holds synchronization lock configuration for this Workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#synchronization
   */
  readonly synchronization?: Synchronization;

  /**
   * TemplateDefaults holds default template values that will apply to all templates in the Workflow, unless overridden on the template-level
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#templateDefaults
   */
  readonly templateDefaults?: Template;

  /**
   * Templates is a list of workflow templates used in a workflow MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#templates
   */
  readonly templates?: Template[];

  /**
   * Tolerations to apply to workflow pods.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#tolerations
   */
  readonly tolerations?: K8sToleration[];

  /**
   * TTLStrategy limits the lifetime of a Workflow that has finished execution depending on if it Succeeded or Failed. If this struct is set, once the Workflow finishes, it will be deleted after the time to live expires. If this field is unset, the controller config map will hold the default values.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#ttlStrategy
   */
  readonly ttlStrategy?: TtlStrategy;

  /**
   * VolumeClaimGC describes the strategy to use when deleting volumes from completed workflows
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#volumeClaimGC
   */
  readonly volumeClaimGc?: VolumeClaimGc;

  /**
   * VolumeClaimTemplates is a list of claims that containers are allowed to reference. The Workflow controller will create the claims at the beginning of the workflow and delete the claims upon completion of the workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#volumeClaimTemplates
   */
  readonly volumeClaimTemplates?: K8sPersistentVolumeClaim[];

  /**
   * Volumes is a list of volumes that can be mounted by containers in a io.argoproj.workflow.v1alpha1.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#volumes
   */
  readonly volumes?: K8sVolume[];

  /**
   * WorkflowMetadata contains some metadata of the workflow to refer to
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#workflowMetadata
   */
  readonly workflowMetadata?: WorkflowMetadata;

  /**
   * WorkflowTemplateRef holds a reference to a WorkflowTemplate for execution
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowSpec#workflowTemplateRef
   */
  readonly workflowTemplateRef?: WorkflowTemplateRef;
}

/**
 * Converts an object of type 'WorkflowSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WorkflowSpec(obj: WorkflowSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'activeDeadlineSeconds': obj.activeDeadlineSeconds,
    'affinity': toJson_K8sAffinity(obj.affinity),
    'archiveLogs': obj.archiveLogs,
    'arguments': toJson_Arguments(obj.arguments),
    'artifactGC': toJson_WorkflowLevelArtifactGc(obj.artifactGc),
    'artifactRepositoryRef': toJson_ArtifactRepositoryRef(obj.artifactRepositoryRef),
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'dnsConfig': toJson_K8sPodDnsConfig(obj.dnsConfig),
    'dnsPolicy': obj.dnsPolicy,
    'entrypoint': obj.entrypoint,
    'executor': toJson_ExecutorConfig(obj.executor),
    'executorPlugins': obj.executorPlugins?.map(y => toJson_ExecutorPlugin(y)),
    'hooks': ((obj.hooks) === undefined) ? undefined : (Object.entries(obj.hooks).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_LifecycleHook(i[1]) }), {})),
    'hostAliases': obj.hostAliases?.map(y => toJson_K8sHostAlias(y)),
    'hostNetwork': obj.hostNetwork,
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_K8sLocalObjectReference(y)),
    'metrics': toJson_Metrics(obj.metrics),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'onExit': obj.onExit,
    'parallelism': obj.parallelism,
    'podDisruptionBudget': toJson_K8sPodDisruptionBudgetSpec(obj.podDisruptionBudget),
    'podGC': toJson_PodGc(obj.podGc),
    'podMetadata': toJson_Metadata(obj.podMetadata),
    'podPriorityClassName': obj.podPriorityClassName,
    'podResources': toJson_K8sResourceRequirements(obj.podResources),
    'podSpecPatch': obj.podSpecPatch,
    'priority': obj.priority,
    'resourceClaims': obj.resourceClaims?.map(y => toJson_K8sPodResourceClaim(y)),
    'retryStrategy': toJson_RetryStrategy(obj.retryStrategy),
    'schedulerName': obj.schedulerName,
    'securityContext': toJson_K8sPodSecurityContext(obj.securityContext),
    'serviceAccountName': obj.serviceAccountName,
    'shutdown': obj.shutdown,
    'suspend': obj.suspend,
    'synchronization': toJson_Synchronization(obj.synchronization),
    'templateDefaults': toJson_Template(obj.templateDefaults),
    'templates': obj.templates?.map(y => toJson_Template(y)),
    'tolerations': obj.tolerations?.map(y => toJson_K8sToleration(y)),
    'ttlStrategy': toJson_TtlStrategy(obj.ttlStrategy),
    'volumeClaimGC': toJson_VolumeClaimGc(obj.volumeClaimGc),
    'volumeClaimTemplates': obj.volumeClaimTemplates?.map(y => toJson_K8sPersistentVolumeClaim(y)),
    'volumes': obj.volumes?.map(y => toJson_K8sVolume(y)),
    'workflowMetadata': toJson_WorkflowMetadata(obj.workflowMetadata),
    'workflowTemplateRef': toJson_WorkflowTemplateRef(obj.workflowTemplateRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CronWorkflowSpec is the specification of a CronWorkflow
 *
 * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec
 */
export interface CronWorkflowSpec {
  /**
   * ConcurrencyPolicy is the K8s-style concurrency policy that will be used
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#concurrencyPolicy
   */
  readonly concurrencyPolicy?: string;

  /**
   * FailedJobsHistoryLimit is the number of failed jobs to be kept at a time
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#failedJobsHistoryLimit
   */
  readonly failedJobsHistoryLimit?: number;

  /**
   * v3.6 and after: Schedules is a list of schedules to run the Workflow in Cron format
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#schedules
   */
  readonly schedules: string[];

  /**
   * StartingDeadlineSeconds is the K8s-style deadline that will limit the time a CronWorkflow will be run after its original scheduled time if it is missed.
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#startingDeadlineSeconds
   */
  readonly startingDeadlineSeconds?: number;

  /**
   * v3.6 and after: StopStrategy defines if the CronWorkflow should stop scheduling based on a condition
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#stopStrategy
   */
  readonly stopStrategy?: StopStrategy;

  /**
   * SuccessfulJobsHistoryLimit is the number of successful jobs to be kept at a time
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#successfulJobsHistoryLimit
   */
  readonly successfulJobsHistoryLimit?: number;

  /**
   * Suspend is a flag that will stop new CronWorkflows from running if set to true
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#suspend
   */
  readonly suspend?: boolean;

  /**
   * Timezone is the timezone against which the cron schedule will be calculated, e.g. "Asia/Tokyo". Default is machine's local time.
   *
   * @default machine's local time.
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#timezone
   */
  readonly timezone?: string;

  /**
   * v3.6 and after: When is an expression that determines if a run should be scheduled.
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#when
   */
  readonly when?: string;

  /**
   * WorkflowMetadata contains some metadata of the workflow to be run
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#workflowMetadata
   */
  readonly workflowMetadata?: K8sObjectMeta;

  /**
   * WorkflowSpec is the spec of the workflow to be run
   *
   * @schema io.argoproj.workflow.v1alpha1.CronWorkflowSpec#workflowSpec
   */
  readonly workflowSpec: WorkflowSpec;
}

/**
 * Converts an object of type 'CronWorkflowSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_CronWorkflowSpec(obj: CronWorkflowSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'concurrencyPolicy': obj.concurrencyPolicy,
    'failedJobsHistoryLimit': obj.failedJobsHistoryLimit,
    'schedules': obj.schedules?.map(y => y),
    'startingDeadlineSeconds': obj.startingDeadlineSeconds,
    'stopStrategy': toJson_StopStrategy(obj.stopStrategy),
    'successfulJobsHistoryLimit': obj.successfulJobsHistoryLimit,
    'suspend': obj.suspend,
    'timezone': obj.timezone,
    'when': obj.when,
    'workflowMetadata': toJson_K8sObjectMeta(obj.workflowMetadata),
    'workflowSpec': toJson_WorkflowSpec(obj.workflowSpec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkflowTemplateRef is a reference to a WorkflowTemplate resource.
 *
 * @schema io.argoproj.workflow.v1alpha1.WorkflowTemplateRef
 */
export interface WorkflowTemplateRef {
  /**
   * ClusterScope indicates the referred template is cluster scoped (i.e. a ClusterWorkflowTemplate).
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowTemplateRef#clusterScope
   */
  readonly clusterScope?: boolean;

  /**
   * Name is the resource name of the workflow template.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowTemplateRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'WorkflowTemplateRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WorkflowTemplateRef(obj: WorkflowTemplateRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterScope': obj.clusterScope,
    'name': obj.name,
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
 * Arguments to a template
 *
 * @schema io.argoproj.workflow.v1alpha1.Arguments
 */
export interface Arguments {
  /**
   * Artifacts is the list of artifacts to pass to the template or workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.Arguments#artifacts
   */
  readonly artifacts?: Artifact[];

  /**
   * Parameters is the list of parameters to pass to the template or workflow
   *
   * @schema io.argoproj.workflow.v1alpha1.Arguments#parameters
   */
  readonly parameters?: Parameter[];
}

/**
 * Converts an object of type 'Arguments' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Arguments(obj: Arguments | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'artifacts': obj.artifacts?.map(y => toJson_Artifact(y)),
    'parameters': obj.parameters?.map(y => toJson_Parameter(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkflowLevelArtifactGC describes how to delete artifacts from completed Workflows - this spec is used on the Workflow level
 *
 * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC
 */
export interface WorkflowLevelArtifactGc {
  /**
   * ForceFinalizerRemoval: if set to true, the finalizer will be removed in the case that Artifact GC fails
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC#forceFinalizerRemoval
   */
  readonly forceFinalizerRemoval?: boolean;

  /**
   * PodMetadata is an optional field for specifying the Labels and Annotations that should be assigned to the Pod doing the deletion
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC#podMetadata
   */
  readonly podMetadata?: Metadata;

  /**
   * PodSpecPatch holds strategic merge patch to apply against the artgc pod spec.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC#podSpecPatch
   */
  readonly podSpecPatch?: string;

  /**
   * ServiceAccountName is an optional field for specifying the Service Account that should be assigned to the Pod doing the deletion
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * Strategy is the strategy to use.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowLevelArtifactGC#strategy
   */
  readonly strategy?: string;
}

/**
 * Converts an object of type 'WorkflowLevelArtifactGc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WorkflowLevelArtifactGc(obj: WorkflowLevelArtifactGc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'forceFinalizerRemoval': obj.forceFinalizerRemoval,
    'podMetadata': toJson_Metadata(obj.podMetadata),
    'podSpecPatch': obj.podSpecPatch,
    'serviceAccountName': obj.serviceAccountName,
    'strategy': obj.strategy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArtifactRepositoryRef is a reference to an artifact repository config map.
 *
 * @schema io.argoproj.workflow.v1alpha1.ArtifactRepositoryRef
 */
export interface ArtifactRepositoryRef {
  /**
   * The name of the config map. Defaults to "artifact-repositories".
   *
   * @default artifact-repositories".
   * @schema io.argoproj.workflow.v1alpha1.ArtifactRepositoryRef#configMap
   */
  readonly configMap?: string;

  /**
   * The config map key. Defaults to the value of the "workflows.argoproj.io/default-artifact-repository" annotation.
   *
   * @default the value of the "workflows.argoproj.io/default-artifact-repository" annotation.
   * @schema io.argoproj.workflow.v1alpha1.ArtifactRepositoryRef#key
   */
  readonly key?: string;
}

/**
 * Converts an object of type 'ArtifactRepositoryRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactRepositoryRef(obj: ArtifactRepositoryRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': obj.configMap,
    'key': obj.key,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.
 *
 * @schema io.k8s.api.core.v1.PodDNSConfig
 */
export interface K8sPodDnsConfig {
  /**
   * A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.
   *
   * @schema io.k8s.api.core.v1.PodDNSConfig#nameservers
   */
  readonly nameservers?: string[];

  /**
   * A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy.
   *
   * @schema io.k8s.api.core.v1.PodDNSConfig#options
   */
  readonly options?: K8sPodDnsConfigOption[];

  /**
   * A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.
   *
   * @schema io.k8s.api.core.v1.PodDNSConfig#searches
   */
  readonly searches?: string[];
}

/**
 * Converts an object of type 'K8sPodDnsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodDnsConfig(obj: K8sPodDnsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nameservers': obj.nameservers?.map(y => y),
    'options': obj.options?.map(y => toJson_K8sPodDnsConfigOption(y)),
    'searches': obj.searches?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExecutorConfig holds configurations of an executor container.
 *
 * @schema io.argoproj.workflow.v1alpha1.ExecutorConfig
 */
export interface ExecutorConfig {
  /**
   * ServiceAccountName specifies the service account name of the executor container.
   *
   * @schema io.argoproj.workflow.v1alpha1.ExecutorConfig#serviceAccountName
   */
  readonly serviceAccountName?: string;
}

/**
 * Converts an object of type 'ExecutorConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ExecutorConfig(obj: ExecutorConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'serviceAccountName': obj.serviceAccountName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExecutorPlugin describes workflow-level executor plugin
 *
 * @schema io.argoproj.workflow.v1alpha1.ExecutorPlugin
 */
export interface ExecutorPlugin {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ExecutorPlugin#metadata
   */
  readonly metadata: K8sObjectMeta;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ExecutorPlugin#spec
   */
  readonly spec: ExecutorPluginSpec;
}

/**
 * Converts an object of type 'ExecutorPlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ExecutorPlugin(obj: ExecutorPlugin | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': toJson_K8sObjectMeta(obj.metadata),
    'spec': toJson_ExecutorPluginSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.LifecycleHook
 */
export interface LifecycleHook {
  /**
   * Arguments hold arguments to the template
   *
   * @schema io.argoproj.workflow.v1alpha1.LifecycleHook#arguments
   */
  readonly arguments?: Arguments;

  /**
   * Expression is a condition expression for when a node will be retried. If it evaluates to false, the node will not be retried and the retry strategy will be ignored
   *
   * @schema io.argoproj.workflow.v1alpha1.LifecycleHook#expression
   */
  readonly expression?: string;

  /**
   * Template is the name of the template to execute by the hook
   *
   * @schema io.argoproj.workflow.v1alpha1.LifecycleHook#template
   */
  readonly template?: string;

  /**
   * TemplateRef is the reference to the template resource to execute by the hook
   *
   * @schema io.argoproj.workflow.v1alpha1.LifecycleHook#templateRef
   */
  readonly templateRef?: TemplateRef;
}

/**
 * Converts an object of type 'LifecycleHook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_LifecycleHook(obj: LifecycleHook | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'arguments': toJson_Arguments(obj.arguments),
    'expression': obj.expression,
    'template': obj.template,
    'templateRef': toJson_TemplateRef(obj.templateRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.
 *
 * @schema io.k8s.api.core.v1.HostAlias
 */
export interface K8sHostAlias {
  /**
   * Hostnames for the above IP address.
   *
   * @schema io.k8s.api.core.v1.HostAlias#hostnames
   */
  readonly hostnames?: string[];

  /**
   * IP address of the host file entry.
   *
   * @schema io.k8s.api.core.v1.HostAlias#ip
   */
  readonly ip: string;
}

/**
 * Converts an object of type 'K8sHostAlias' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sHostAlias(obj: K8sHostAlias | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'hostnames': obj.hostnames?.map(y => y),
    'ip': obj.ip,
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
 * Metrics are a list of metrics emitted from a Workflow/Template
 *
 * @schema io.argoproj.workflow.v1alpha1.Metrics
 */
export interface Metrics {
  /**
   * Prometheus is a list of prometheus metrics to be emitted MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
   *
   * @schema io.argoproj.workflow.v1alpha1.Metrics#prometheus
   */
  readonly prometheus: Prometheus[];
}

/**
 * Converts an object of type 'Metrics' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Metrics(obj: Metrics | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'prometheus': obj.prometheus?.map(y => toJson_Prometheus(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.
 *
 * @schema io.k8s.api.policy.v1.PodDisruptionBudgetSpec
 */
export interface K8sPodDisruptionBudgetSpec {
  /**
   * An eviction is allowed if at most "maxUnavailable" pods selected by "selector" are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".
   *
   * @schema io.k8s.api.policy.v1.PodDisruptionBudgetSpec#maxUnavailable
   */
  readonly maxUnavailable?: string;

  /**
   * An eviction is allowed if at least "minAvailable" pods selected by "selector" will still be available after the eviction, i.e. even in the absence of the evicted pod.  So for example you can prevent all voluntary evictions by specifying "100%".
   *
   * @schema io.k8s.api.policy.v1.PodDisruptionBudgetSpec#minAvailable
   */
  readonly minAvailable?: string;

  /**
   * Label query over pods whose evictions are managed by the disruption budget. A null selector will match no pods, while an empty ({}) selector will select all pods within the namespace.
   *
   * @schema io.k8s.api.policy.v1.PodDisruptionBudgetSpec#selector
   */
  readonly selector?: K8sLabelSelector;

  /**
   * UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods should be considered for eviction. Current implementation considers healthy pods, as pods that have status.conditions item with type="Ready",status="True".
   *
   * Valid policies are IfHealthyBudget and AlwaysAllow. If no policy is specified, the default behavior will be used, which corresponds to the IfHealthyBudget policy.
   *
   * IfHealthyBudget policy means that running pods (status.phase="Running"), but not yet healthy can be evicted only if the guarded application is not disrupted (status.currentHealthy is at least equal to status.desiredHealthy). Healthy pods will be subject to the PDB for eviction.
   *
   * AlwaysAllow policy means that all running pods (status.phase="Running"), but not yet healthy are considered disrupted and can be evicted regardless of whether the criteria in a PDB is met. This means perspective running pods of a disrupted application might not get a chance to become healthy. Healthy pods will be subject to the PDB for eviction.
   *
   * Additional policies may be added in the future. Clients making eviction decisions should disallow eviction of unhealthy pods if they encounter an unrecognized policy in this field.
   *
   * @schema io.k8s.api.policy.v1.PodDisruptionBudgetSpec#unhealthyPodEvictionPolicy
   */
  readonly unhealthyPodEvictionPolicy?: string;
}

/**
 * Converts an object of type 'K8sPodDisruptionBudgetSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodDisruptionBudgetSpec(obj: K8sPodDisruptionBudgetSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'maxUnavailable': obj.maxUnavailable,
    'minAvailable': obj.minAvailable,
    'selector': toJson_K8sLabelSelector(obj.selector),
    'unhealthyPodEvictionPolicy': obj.unhealthyPodEvictionPolicy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodGC describes how to delete completed pods as they complete
 *
 * @schema io.argoproj.workflow.v1alpha1.PodGC
 */
export interface PodGc {
  /**
   * DeleteDelayDuration specifies the duration before pods in the GC queue get deleted.
   *
   * @schema io.argoproj.workflow.v1alpha1.PodGC#deleteDelayDuration
   */
  readonly deleteDelayDuration?: string;

  /**
   * LabelSelector is the label selector to check if the pods match the labels before being added to the pod GC queue.
   *
   * @schema io.argoproj.workflow.v1alpha1.PodGC#labelSelector
   */
  readonly labelSelector?: K8sLabelSelector;

  /**
   * Strategy is the strategy to use. One of "OnPodCompletion", "OnPodSuccess", "OnWorkflowCompletion", "OnWorkflowSuccess". If unset, does not delete Pods
   *
   * @schema io.argoproj.workflow.v1alpha1.PodGC#strategy
   */
  readonly strategy?: string;
}

/**
 * Converts an object of type 'PodGc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PodGc(obj: PodGc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'deleteDelayDuration': obj.deleteDelayDuration,
    'labelSelector': toJson_K8sLabelSelector(obj.labelSelector),
    'strategy': obj.strategy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Metadata is pod metadata.
 *
 * @schema io.argoproj.workflow.v1alpha1.Metadata
 */
export interface Metadata {
  /**
   * @schema io.argoproj.workflow.v1alpha1.Metadata#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * @schema io.argoproj.workflow.v1alpha1.Metadata#labels
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
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema io.k8s.api.core.v1.ResourceRequirements
 */
export interface K8sResourceRequirements {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
   *
   * This field depends on the DynamicResourceAllocation feature gate.
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
 * PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.
 *
 * It adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.
 *
 * @schema io.k8s.api.core.v1.PodResourceClaim
 */
export interface K8sPodResourceClaim {
  /**
   * Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.
   *
   * @schema io.k8s.api.core.v1.PodResourceClaim#name
   */
  readonly name: string;

  /**
   * ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.
   *
   * Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.
   *
   * @schema io.k8s.api.core.v1.PodResourceClaim#resourceClaimName
   */
  readonly resourceClaimName?: string;

  /**
   * ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.
   *
   * The template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.
   *
   * This field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.
   *
   * Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.
   *
   * @schema io.k8s.api.core.v1.PodResourceClaim#resourceClaimTemplateName
   */
  readonly resourceClaimTemplateName?: string;
}

/**
 * Converts an object of type 'K8sPodResourceClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodResourceClaim(obj: K8sPodResourceClaim | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'resourceClaimName': obj.resourceClaimName,
    'resourceClaimTemplateName': obj.resourceClaimTemplateName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * RetryStrategy provides controls on how to retry a workflow step
 *
 * @schema io.argoproj.workflow.v1alpha1.RetryStrategy
 */
export interface RetryStrategy {
  /**
   * Affinity prevents running workflow's step on the same host
   *
   * @schema io.argoproj.workflow.v1alpha1.RetryStrategy#affinity
   */
  readonly affinity?: RetryAffinity;

  /**
   * Backoff is a backoff strategy
   *
   * @schema io.argoproj.workflow.v1alpha1.RetryStrategy#backoff
   */
  readonly backoff?: Backoff;

  /**
   * Expression is a condition expression for when a node will be retried. If it evaluates to false, the node will not be retried and the retry strategy will be ignored
   *
   * @schema io.argoproj.workflow.v1alpha1.RetryStrategy#expression
   */
  readonly expression?: string;

  /**
   * Limit is the maximum number of retry attempts when retrying a container. It does not include the original container; the maximum number of total attempts will be `limit + 1`.
   *
   * @schema io.argoproj.workflow.v1alpha1.RetryStrategy#limit
   */
  readonly limit?: string;

  /**
   * RetryPolicy is a policy of NodePhase statuses that will be retried
   *
   * @schema io.argoproj.workflow.v1alpha1.RetryStrategy#retryPolicy
   */
  readonly retryPolicy?: string;
}

/**
 * Converts an object of type 'RetryStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RetryStrategy(obj: RetryStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': toJson_RetryAffinity(obj.affinity),
    'backoff': toJson_Backoff(obj.backoff),
    'expression': obj.expression,
    'limit': obj.limit,
    'retryPolicy': obj.retryPolicy,
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
 * Synchronization holds synchronization lock configuration
 *
 * @schema io.argoproj.workflow.v1alpha1.Synchronization
 */
export interface Synchronization {
  /**
   * v3.6 and after: Mutexes holds the list of Mutex lock details
   *
   * @schema io.argoproj.workflow.v1alpha1.Synchronization#mutexes
   */
  readonly mutexes?: Mutex[];

  /**
   * v3.6 and after: Semaphores holds the list of Semaphores configuration
   *
   * @schema io.argoproj.workflow.v1alpha1.Synchronization#semaphores
   */
  readonly semaphores?: SemaphoreRef[];
}

/**
 * Converts an object of type 'Synchronization' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Synchronization(obj: Synchronization | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mutexes': obj.mutexes?.map(y => toJson_Mutex(y)),
    'semaphores': obj.semaphores?.map(y => toJson_SemaphoreRef(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Template is a reusable and composable unit of execution in a workflow
 *
 * @schema io.argoproj.workflow.v1alpha1.Template
 */
export interface Template {
  /**
   * Optional duration in seconds relative to the StartTime that the pod may be active on a node before the system actively tries to terminate the pod; value must be positive integer This field is only applicable to container and script templates.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#activeDeadlineSeconds
   */
  readonly activeDeadlineSeconds?: string;

  /**
   * Affinity sets the pod's scheduling constraints Overrides the affinity set at the workflow level (if any)
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#affinity
   */
  readonly affinity?: K8sAffinity;

  /**
   * Annotations is a list of annotations to add to the template at runtime
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * Location in which all files related to the step will be stored (logs, artifacts, etc...). Can be overridden by individual items in Outputs. If omitted, will use the default artifact repository location configured in the controller, appended with the <workflowname>/<nodename> in the key.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#archiveLocation
   */
  readonly archiveLocation?: ArtifactLocation;

  /**
   * AutomountServiceAccountToken indicates whether a service account token should be automatically mounted in pods. ServiceAccountName of ExecutorConfig must be specified if this value is false.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Container is the main container image to run in the pod
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#container
   */
  readonly container?: K8sContainer;

  /**
   * ContainerSet groups multiple containers within a single pod.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#containerSet
   */
  readonly containerSet?: ContainerSetTemplate;

  /**
   * Daemon will allow a workflow to proceed to the next step so long as the container reaches readiness
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#daemon
   */
  readonly daemon?: boolean;

  /**
   * DAG template subtype which runs a DAG
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#dag
   */
  readonly dag?: DagTemplate;

  /**
   * Data is a data template
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#data
   */
  readonly data?: Data;

  /**
   * Executor holds configurations of the executor container.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#executor
   */
  readonly executor?: ExecutorConfig;

  /**
   * FailFast, if specified, will fail this template if any of its child pods has failed. This is useful for when this template is expanded with `withItems`, etc.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#failFast
   */
  readonly failFast?: boolean;

  /**
   * HostAliases is an optional list of hosts and IPs that will be injected into the pod spec
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#hostAliases
   */
  readonly hostAliases?: K8sHostAlias[];

  /**
   * HTTP makes a HTTP request
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#http
   */
  readonly http?: Http;

  /**
   * InitContainers is a list of containers which run before the main container.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#initContainers
   */
  readonly initContainers?: UserContainer[];

  /**
   * Inputs describe what inputs parameters and artifacts are supplied to this template
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#inputs
   */
  readonly inputs?: Inputs;

  /**
   * Memoize allows templates to use outputs generated from already executed templates
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#memoize
   */
  readonly memoize?: Memoize;

  /**
   * Metadata sets the pods's metadata, i.e. annotations and labels
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#metadata
   */
  readonly metadata?: Metadata;

  /**
   * Metrics are a list of metrics emitted from this template
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#metrics
   */
  readonly metrics?: Metrics;

  /**
   * Name is the name of the template
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#name
   */
  readonly name?: string;

  /**
   * NodeSelector is a selector to schedule this step of the workflow to be run on the selected node(s). Overrides the selector set at the workflow level.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * Outputs describe the parameters and artifacts that this template produces
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#outputs
   */
  readonly outputs?: Outputs;

  /**
   * Parallelism limits the max total parallel pods that can execute at the same time within the boundaries of this template invocation. If additional steps/dag templates are invoked, the pods created by those templates will not be counted towards this total.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#parallelism
   */
  readonly parallelism?: number;

  /**
   * PendingTimeout allows to set the maximum time spent in pending status counting from the node's start time. It is enforced by the controller, so a pod that starts running just as the timeout expires may still be failed. This duration may not be applied to Step or DAG templates.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#pendingTimeout
   */
  readonly pendingTimeout?: string;

  /**
   * Plugin is a plugin template Note: the structure of a plugin template is free-form, so we need to have "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#plugin
   */
  readonly plugin?: any;

  /**
   * PodResources defines pod-level resource requests and limits for this template's pod. Overrides the workflow-level podResources. Requires the PodLevelResources feature gate to be enabled on the cluster (beta since Kubernetes v1.34).
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#podResources
   */
  readonly podResources?: K8sResourceRequirements;

  /**
   * PodSpecPatch holds strategic merge patch to apply against the pod spec. Allows parameterization of container fields which are not strings (e.g. resource limits).
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#podSpecPatch
   */
  readonly podSpecPatch?: string;

  /**
   * PriorityClassName to apply to workflow pods.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * Resource template subtype which can run k8s resources
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#resource
   */
  readonly resource?: ResourceTemplate;

  /**
   * ResourceClaims defines the ResourceClaims that must be allocated and reserved before this template's pod is allowed to start. Each entry names either an existing ResourceClaim or a ResourceClaimTemplate in the workflow's namespace, and containers ask for one by name through resources.claims. Replaces the workflow-level resourceClaims as a whole rather than merging with it. Not supported for a template that creates no pod: Steps, DAG and Suspend, which orchestrate other templates, and HTTP and Plugin, which run on the shared agent pod. A template reached through a templateRef keeps its own claims, and falls back to those of the workflow calling it rather than to the spec-level claims of the WorkflowTemplate it was defined in. Requires the DynamicResourceAllocation feature gate to be enabled on the cluster.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#resourceClaims
   */
  readonly resourceClaims?: K8sPodResourceClaim[];

  /**
   * RetryStrategy describes how to retry a template when it fails
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#retryStrategy
   */
  readonly retryStrategy?: RetryStrategy;

  /**
   * If specified, the pod will be dispatched by specified scheduler. Or it will be dispatched by workflow scope scheduler if specified. If neither specified, the pod will be dispatched by default scheduler.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#schedulerName
   */
  readonly schedulerName?: string;

  /**
   * Script runs a portion of code against an interpreter
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#script
   */
  readonly script?: ScriptTemplate;

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.
   *
   * @default empty.  See type description for default values of each field.
   * @schema io.argoproj.workflow.v1alpha1.Template#securityContext
   */
  readonly securityContext?: K8sPodSecurityContext;

  /**
   * ServiceAccountName to apply to workflow pods
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * Sidecars is a list of containers which run alongside the main container Sidecars are automatically killed when the main container completes
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#sidecars
   */
  readonly sidecars?: UserContainer[];

  /**
   * Steps define a series of sequential/parallel workflow steps
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#steps
   */
  readonly steps?: WorkflowStep[][];

  /**
   * Suspend template subtype which can suspend a workflow when reaching the step
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#suspend
   */
  readonly suspend?: SuspendTemplate;

  /**
   * Synchronization holds synchronization lock configuration for this template
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#synchronization
   */
  readonly synchronization?: Synchronization;

  /**
   * Timeout allows to set the total node execution timeout duration counting from the node's start time. This duration also includes time in which the node spends in Pending state. This duration may not be applied to Step or DAG templates.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#timeout
   */
  readonly timeout?: string;

  /**
   * Tolerations to apply to workflow pods.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#tolerations
   */
  readonly tolerations?: K8sToleration[];

  /**
   * Volumes is a list of volumes that can be mounted by containers in a template.
   *
   * @schema io.argoproj.workflow.v1alpha1.Template#volumes
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
    'activeDeadlineSeconds': obj.activeDeadlineSeconds,
    'affinity': toJson_K8sAffinity(obj.affinity),
    'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'archiveLocation': toJson_ArtifactLocation(obj.archiveLocation),
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'container': toJson_K8sContainer(obj.container),
    'containerSet': toJson_ContainerSetTemplate(obj.containerSet),
    'daemon': obj.daemon,
    'dag': toJson_DagTemplate(obj.dag),
    'data': toJson_Data(obj.data),
    'executor': toJson_ExecutorConfig(obj.executor),
    'failFast': obj.failFast,
    'hostAliases': obj.hostAliases?.map(y => toJson_K8sHostAlias(y)),
    'http': toJson_Http(obj.http),
    'initContainers': obj.initContainers?.map(y => toJson_UserContainer(y)),
    'inputs': toJson_Inputs(obj.inputs),
    'memoize': toJson_Memoize(obj.memoize),
    'metadata': toJson_Metadata(obj.metadata),
    'metrics': toJson_Metrics(obj.metrics),
    'name': obj.name,
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'outputs': toJson_Outputs(obj.outputs),
    'parallelism': obj.parallelism,
    'pendingTimeout': obj.pendingTimeout,
    'plugin': obj.plugin,
    'podResources': toJson_K8sResourceRequirements(obj.podResources),
    'podSpecPatch': obj.podSpecPatch,
    'priorityClassName': obj.priorityClassName,
    'resource': toJson_ResourceTemplate(obj.resource),
    'resourceClaims': obj.resourceClaims?.map(y => toJson_K8sPodResourceClaim(y)),
    'retryStrategy': toJson_RetryStrategy(obj.retryStrategy),
    'schedulerName': obj.schedulerName,
    'script': toJson_ScriptTemplate(obj.script),
    'securityContext': toJson_K8sPodSecurityContext(obj.securityContext),
    'serviceAccountName': obj.serviceAccountName,
    'sidecars': obj.sidecars?.map(y => toJson_UserContainer(y)),
    'steps': obj.steps?.map(y => y?.map(y => toJson_WorkflowStep(y))),
    'suspend': toJson_SuspendTemplate(obj.suspend),
    'synchronization': toJson_Synchronization(obj.synchronization),
    'timeout': obj.timeout,
    'tolerations': obj.tolerations?.map(y => toJson_K8sToleration(y)),
    'volumes': obj.volumes?.map(y => toJson_K8sVolume(y)),
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
   * Operator represents a key's relationship to the value. Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
   *
   * @default Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
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
 * TTLStrategy is the strategy for the time to live depending on if the workflow succeeded or failed
 *
 * @schema io.argoproj.workflow.v1alpha1.TTLStrategy
 */
export interface TtlStrategy {
  /**
   * SecondsAfterCompletion is the number of seconds to live after completion
   *
   * @schema io.argoproj.workflow.v1alpha1.TTLStrategy#secondsAfterCompletion
   */
  readonly secondsAfterCompletion?: number;

  /**
   * SecondsAfterFailure is the number of seconds to live after failure
   *
   * @schema io.argoproj.workflow.v1alpha1.TTLStrategy#secondsAfterFailure
   */
  readonly secondsAfterFailure?: number;

  /**
   * SecondsAfterSuccess is the number of seconds to live after success
   *
   * @schema io.argoproj.workflow.v1alpha1.TTLStrategy#secondsAfterSuccess
   */
  readonly secondsAfterSuccess?: number;
}

/**
 * Converts an object of type 'TtlStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TtlStrategy(obj: TtlStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'secondsAfterCompletion': obj.secondsAfterCompletion,
    'secondsAfterFailure': obj.secondsAfterFailure,
    'secondsAfterSuccess': obj.secondsAfterSuccess,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeClaimGC describes how to delete volumes from completed Workflows
 *
 * @schema io.argoproj.workflow.v1alpha1.VolumeClaimGC
 */
export interface VolumeClaimGc {
  /**
   * Strategy is the strategy to use. One of "OnWorkflowCompletion", "OnWorkflowSuccess". Defaults to "OnWorkflowSuccess"
   *
   * @default OnWorkflowSuccess"
   * @schema io.argoproj.workflow.v1alpha1.VolumeClaimGC#strategy
   */
  readonly strategy?: string;
}

/**
 * Converts an object of type 'VolumeClaimGc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_VolumeClaimGc(obj: VolumeClaimGc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'strategy': obj.strategy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaim
 */
export interface K8sPersistentVolumeClaim {
  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaim#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaim#kind
   */
  readonly kind?: string;

  /**
   * Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaim#metadata
   */
  readonly metadata?: K8sObjectMeta;

  /**
   * spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaim#spec
   */
  readonly spec?: K8sPersistentVolumeClaimSpec;

  /**
   * status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaim#status
   */
  readonly status?: K8sPersistentVolumeClaimStatus;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaim(obj: K8sPersistentVolumeClaim | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'kind': obj.kind,
    'metadata': toJson_K8sObjectMeta(obj.metadata),
    'spec': toJson_K8sPersistentVolumeClaimSpec(obj.spec),
    'status': toJson_K8sPersistentVolumeClaimStatus(obj.status),
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
   * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
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
   * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro) and non-executable files (noexec). Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33. The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
   *
   * @schema io.k8s.api.core.v1.Volume#image
   */
  readonly image?: K8sImageVolumeSource;

  /**
   * iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
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
   * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
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
 * @schema io.argoproj.workflow.v1alpha1.WorkflowMetadata
 */
export interface WorkflowMetadata {
  /**
   * @schema io.argoproj.workflow.v1alpha1.WorkflowMetadata#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * @schema io.argoproj.workflow.v1alpha1.WorkflowMetadata#labels
   */
  readonly labels?: { [key: string]: string };

  /**
   * @schema io.argoproj.workflow.v1alpha1.WorkflowMetadata#labelsFrom
   */
  readonly labelsFrom?: { [key: string]: LabelValueFrom };
}

/**
 * Converts an object of type 'WorkflowMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WorkflowMetadata(obj: WorkflowMetadata | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'labelsFrom': ((obj.labelsFrom) === undefined) ? undefined : (Object.entries(obj.labelsFrom).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_LabelValueFrom(i[1]) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StopStrategy defines if the CronWorkflow should stop scheduling based on an expression. v3.6 and after
 *
 * @schema io.argoproj.workflow.v1alpha1.StopStrategy
 */
export interface StopStrategy {
  /**
   * v3.6 and after: Expression is an expression that stops scheduling workflows when true. Use the variables `cronworkflow`.`failed` or `cronworkflow`.`succeeded` to access the number of failed or successful child workflows.
   *
   * @schema io.argoproj.workflow.v1alpha1.StopStrategy#expression
   */
  readonly expression: string;
}

/**
 * Converts an object of type 'StopStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StopStrategy(obj: StopStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'expression': obj.expression,
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
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
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
 * Artifact indicates an artifact to place at a specified path
 *
 * @schema io.argoproj.workflow.v1alpha1.Artifact
 */
export interface Artifact {
  /**
   * Archive controls how the artifact will be saved to the artifact repository.
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#archive
   */
  readonly archive?: ArchiveStrategy;

  /**
   * ArchiveLogs indicates if the container logs should be archived
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#archiveLogs
   */
  readonly archiveLogs?: boolean;

  /**
   * ArtifactGC describes the strategy to use when to deleting an artifact from completed or deleted workflows
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#artifactGC
   */
  readonly artifactGc?: ArtifactGc;

  /**
   * Artifactory contains artifactory artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#artifactory
   */
  readonly artifactory?: ArtifactoryArtifact;

  /**
   * Azure contains Azure Storage artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#azure
   */
  readonly azure?: AzureArtifact;

  /**
   * Has this been deleted?
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#deleted
   */
  readonly deleted?: boolean;

  /**
   * From allows an artifact to reference an artifact from a previous step
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#from
   */
  readonly from?: string;

  /**
   * FromExpression, if defined, is evaluated to specify the value for the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#fromExpression
   */
  readonly fromExpression?: string;

  /**
   * GCS contains GCS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#gcs
   */
  readonly gcs?: GcsArtifact;

  /**
   * Git contains git artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#git
   */
  readonly git?: GitArtifact;

  /**
   * GlobalName exports an output artifact to the global scope, making it available as io.argoproj.workflow.v1alpha1.outputs.artifacts.XXXX and in workflow.status.outputs.artifacts
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#globalName
   */
  readonly globalName?: string;

  /**
   * HDFS contains HDFS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#hdfs
   */
  readonly hdfs?: HdfsArtifact;

  /**
   * HTTP contains HTTP artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#http
   */
  readonly http?: HttpArtifact;

  /**
   * mode bits to use on this file, must be a value between 0 and 0777. Set when loading input artifacts. It is recommended to set the mode value to ensure the artifact has the expected permissions in your container.
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#mode
   */
  readonly mode?: number;

  /**
   * name of the artifact. must be unique within a template's inputs/outputs.
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#name
   */
  readonly name: string;

  /**
   * Make Artifacts optional, if Artifacts doesn't generate or exist
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#optional
   */
  readonly optional?: boolean;

  /**
   * OSS contains OSS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#oss
   */
  readonly oss?: OssArtifact;

  /**
   * Path is the container path to the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#path
   */
  readonly path?: string;

  /**
   * Plugin contains plugin artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#plugin
   */
  readonly plugin?: PluginArtifact;

  /**
   * Raw contains raw artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#raw
   */
  readonly raw?: RawArtifact;

  /**
   * If mode is set, apply the permission recursively into the artifact if it is a folder
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#recurseMode
   */
  readonly recurseMode?: boolean;

  /**
   * S3 contains S3 artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#s3
   */
  readonly s3?: S3Artifact;

  /**
   * SubPath allows an artifact to be sourced from a subpath within the specified source
   *
   * @schema io.argoproj.workflow.v1alpha1.Artifact#subPath
   */
  readonly subPath?: string;
}

/**
 * Converts an object of type 'Artifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Artifact(obj: Artifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'archive': toJson_ArchiveStrategy(obj.archive),
    'archiveLogs': obj.archiveLogs,
    'artifactGC': toJson_ArtifactGc(obj.artifactGc),
    'artifactory': toJson_ArtifactoryArtifact(obj.artifactory),
    'azure': toJson_AzureArtifact(obj.azure),
    'deleted': obj.deleted,
    'from': obj.from,
    'fromExpression': obj.fromExpression,
    'gcs': toJson_GcsArtifact(obj.gcs),
    'git': toJson_GitArtifact(obj.git),
    'globalName': obj.globalName,
    'hdfs': toJson_HdfsArtifact(obj.hdfs),
    'http': toJson_HttpArtifact(obj.http),
    'mode': obj.mode,
    'name': obj.name,
    'optional': obj.optional,
    'oss': toJson_OssArtifact(obj.oss),
    'path': obj.path,
    'plugin': toJson_PluginArtifact(obj.plugin),
    'raw': toJson_RawArtifact(obj.raw),
    'recurseMode': obj.recurseMode,
    's3': toJson_S3Artifact(obj.s3),
    'subPath': obj.subPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Parameter indicate a passed string parameter to a service template with an optional default value
 *
 * @schema io.argoproj.workflow.v1alpha1.Parameter
 */
export interface Parameter {
  /**
   * Default is the default value to use for an input parameter if a value was not supplied
   *
   * @default the default value to use for an input parameter if a value was not supplied
   * @schema io.argoproj.workflow.v1alpha1.Parameter#default
   */
  readonly default?: string;

  /**
   * Description is the parameter description
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#description
   */
  readonly description?: string;

  /**
   * Enum holds a list of string values to choose from, for the actual value of the parameter
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#enum
   */
  readonly enum?: string[];

  /**
   * GlobalName exports an output parameter to the global scope, making it available as io.argoproj.workflow.v1alpha1.outputs.parameters.XXXX and in workflow.status.outputs.parameters
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#globalName
   */
  readonly globalName?: string;

  /**
   * Name is the parameter name
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#name
   */
  readonly name: string;

  /**
   * Value is the literal value to use for the parameter. If specified in the context of an input parameter, any passed values take precedence over the specified value
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#value
   */
  readonly value?: string;

  /**
   * ValueFrom is the source for the output parameter's value
   *
   * @schema io.argoproj.workflow.v1alpha1.Parameter#valueFrom
   */
  readonly valueFrom?: ValueFrom;
}

/**
 * Converts an object of type 'Parameter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Parameter(obj: Parameter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'default': obj.default,
    'description': obj.description,
    'enum': obj.enum?.map(y => y),
    'globalName': obj.globalName,
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_ValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema io.k8s.api.core.v1.PodDNSConfigOption
 */
export interface K8sPodDnsConfigOption {
  /**
   * Name is this DNS resolver option's name. Required.
   *
   * @schema io.k8s.api.core.v1.PodDNSConfigOption#name
   */
  readonly name?: string;

  /**
   * Value is this DNS resolver option's value.
   *
   * @schema io.k8s.api.core.v1.PodDNSConfigOption#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'K8sPodDnsConfigOption' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodDnsConfigOption(obj: K8sPodDnsConfigOption | undefined): Record<string, any> | undefined {
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
 * @schema io.argoproj.workflow.v1alpha1.ExecutorPluginSpec
 */
export interface ExecutorPluginSpec {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ExecutorPluginSpec#sidecar
   */
  readonly sidecar: ExecutorPluginSidecar;
}

/**
 * Converts an object of type 'ExecutorPluginSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ExecutorPluginSpec(obj: ExecutorPluginSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'sidecar': toJson_ExecutorPluginSidecar(obj.sidecar),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TemplateRef is a reference of template resource.
 *
 * @schema io.argoproj.workflow.v1alpha1.TemplateRef
 */
export interface TemplateRef {
  /**
   * ClusterScope indicates the referred template is cluster scoped (i.e. a ClusterWorkflowTemplate).
   *
   * @schema io.argoproj.workflow.v1alpha1.TemplateRef#clusterScope
   */
  readonly clusterScope?: boolean;

  /**
   * Name is the resource name of the template.
   *
   * @schema io.argoproj.workflow.v1alpha1.TemplateRef#name
   */
  readonly name?: string;

  /**
   * Template is the name of referred template in the resource.
   *
   * @schema io.argoproj.workflow.v1alpha1.TemplateRef#template
   */
  readonly template?: string;
}

/**
 * Converts an object of type 'TemplateRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TemplateRef(obj: TemplateRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterScope': obj.clusterScope,
    'name': obj.name,
    'template': obj.template,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Prometheus is a prometheus metric to be emitted
 *
 * @schema io.argoproj.workflow.v1alpha1.Prometheus
 */
export interface Prometheus {
  /**
   * Counter is a counter metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#counter
   */
  readonly counter?: Counter;

  /**
   * Gauge is a gauge metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#gauge
   */
  readonly gauge?: Gauge;

  /**
   * Help is a string that describes the metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#help
   */
  readonly help: string;

  /**
   * Histogram is a histogram metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#histogram
   */
  readonly histogram?: Histogram;

  /**
   * Labels is a list of metric labels
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#labels
   */
  readonly labels?: MetricLabel[];

  /**
   * Name is the name of the metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#name
   */
  readonly name: string;

  /**
   * When is a conditional statement that decides when to emit the metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Prometheus#when
   */
  readonly when?: string;
}

/**
 * Converts an object of type 'Prometheus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Prometheus(obj: Prometheus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'counter': toJson_Counter(obj.counter),
    'gauge': toJson_Gauge(obj.gauge),
    'help': obj.help,
    'histogram': toJson_Histogram(obj.histogram),
    'labels': obj.labels?.map(y => toJson_MetricLabel(y)),
    'name': obj.name,
    'when': obj.when,
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
 * RetryAffinity prevents running steps on the same host.
 *
 * @schema io.argoproj.workflow.v1alpha1.RetryAffinity
 */
export interface RetryAffinity {
  /**
   * @schema io.argoproj.workflow.v1alpha1.RetryAffinity#nodeAntiAffinity
   */
  readonly nodeAntiAffinity?: any;
}

/**
 * Converts an object of type 'RetryAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RetryAffinity(obj: RetryAffinity | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nodeAntiAffinity': obj.nodeAntiAffinity,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Backoff is a backoff strategy to use within retryStrategy
 *
 * @schema io.argoproj.workflow.v1alpha1.Backoff
 */
export interface Backoff {
  /**
   * Cap is a limit on revised values of the duration parameter. If a multiplication by the factor parameter would make the duration exceed the cap then the duration is set to the cap
   *
   * @schema io.argoproj.workflow.v1alpha1.Backoff#cap
   */
  readonly cap?: string;

  /**
   * Duration is the amount to back off. Default unit is seconds, but could also be a duration (e.g. "2m", "1h")
   *
   * @schema io.argoproj.workflow.v1alpha1.Backoff#duration
   */
  readonly duration?: string;

  /**
   * Factor is a factor to multiply the base duration after each failed retry
   *
   * @schema io.argoproj.workflow.v1alpha1.Backoff#factor
   */
  readonly factor?: string;

  /**
   * MaxDuration is the maximum amount of time allowed for a workflow in the backoff strategy. It is important to note that if the workflow template includes activeDeadlineSeconds, the pod's deadline is initially set with activeDeadlineSeconds. However, when the workflow fails, the pod's deadline is then overridden by maxDuration. This ensures that the workflow does not exceed the specified maximum duration when retries are involved.
   *
   * @schema io.argoproj.workflow.v1alpha1.Backoff#maxDuration
   */
  readonly maxDuration?: string;
}

/**
 * Converts an object of type 'Backoff' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Backoff(obj: Backoff | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cap': obj.cap,
    'duration': obj.duration,
    'factor': obj.factor,
    'maxDuration': obj.maxDuration,
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
 * Mutex holds Mutex configuration
 *
 * @schema io.argoproj.workflow.v1alpha1.Mutex
 */
export interface Mutex {
  /**
   * Database specifies this is database controlled if this is set true
   *
   * @schema io.argoproj.workflow.v1alpha1.Mutex#database
   */
  readonly database?: boolean;

  /**
   * name of the mutex
   *
   * @schema io.argoproj.workflow.v1alpha1.Mutex#name
   */
  readonly name?: string;

  /**
   * Namespace is the namespace of the mutex, default: [namespace of workflow]
   *
   * @schema io.argoproj.workflow.v1alpha1.Mutex#namespace
   */
  readonly namespace?: string;
}

/**
 * Converts an object of type 'Mutex' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Mutex(obj: Mutex | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'database': obj.database,
    'name': obj.name,
    'namespace': obj.namespace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SemaphoreRef is a reference of Semaphore
 *
 * @schema io.argoproj.workflow.v1alpha1.SemaphoreRef
 */
export interface SemaphoreRef {
  /**
   * ConfigMapKeyRef is a configmap selector for Semaphore configuration
   *
   * @schema io.argoproj.workflow.v1alpha1.SemaphoreRef#configMapKeyRef
   */
  readonly configMapKeyRef?: K8sConfigMapKeySelector;

  /**
   * SyncDatabaseRef is a database reference for Semaphore configuration
   *
   * @schema io.argoproj.workflow.v1alpha1.SemaphoreRef#database
   */
  readonly database?: SyncDatabaseRef;

  /**
   * Namespace is the namespace of the configmap, default: [namespace of workflow]
   *
   * @schema io.argoproj.workflow.v1alpha1.SemaphoreRef#namespace
   */
  readonly namespace?: string;
}

/**
 * Converts an object of type 'SemaphoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SemaphoreRef(obj: SemaphoreRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_K8sConfigMapKeySelector(obj.configMapKeyRef),
    'database': toJson_SyncDatabaseRef(obj.database),
    'namespace': obj.namespace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArtifactLocation describes a location for a single or multiple artifacts. It is used as single artifact in the context of inputs/outputs (e.g. outputs.artifacts.artname). It is also used to describe the location of multiple artifacts such as the archive location of a single workflow step, which the executor will use as a default location to store its files.
 *
 * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation
 */
export interface ArtifactLocation {
  /**
   * ArchiveLogs indicates if the container logs should be archived
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#archiveLogs
   */
  readonly archiveLogs?: boolean;

  /**
   * Artifactory contains artifactory artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#artifactory
   */
  readonly artifactory?: ArtifactoryArtifact;

  /**
   * Azure contains Azure Storage artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#azure
   */
  readonly azure?: AzureArtifact;

  /**
   * GCS contains GCS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#gcs
   */
  readonly gcs?: GcsArtifact;

  /**
   * Git contains git artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#git
   */
  readonly git?: GitArtifact;

  /**
   * HDFS contains HDFS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#hdfs
   */
  readonly hdfs?: HdfsArtifact;

  /**
   * HTTP contains HTTP artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#http
   */
  readonly http?: HttpArtifact;

  /**
   * OSS contains OSS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#oss
   */
  readonly oss?: OssArtifact;

  /**
   * Plugin contains plugin artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#plugin
   */
  readonly plugin?: PluginArtifact;

  /**
   * Raw contains raw artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#raw
   */
  readonly raw?: RawArtifact;

  /**
   * S3 contains S3 artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactLocation#s3
   */
  readonly s3?: S3Artifact;
}

/**
 * Converts an object of type 'ArtifactLocation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactLocation(obj: ArtifactLocation | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'archiveLogs': obj.archiveLogs,
    'artifactory': toJson_ArtifactoryArtifact(obj.artifactory),
    'azure': toJson_AzureArtifact(obj.azure),
    'gcs': toJson_GcsArtifact(obj.gcs),
    'git': toJson_GitArtifact(obj.git),
    'hdfs': toJson_HdfsArtifact(obj.hdfs),
    'http': toJson_HttpArtifact(obj.http),
    'oss': toJson_OssArtifact(obj.oss),
    'plugin': toJson_PluginArtifact(obj.plugin),
    'raw': toJson_RawArtifact(obj.raw),
    's3': toJson_S3Artifact(obj.s3),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A single application container that you want to run within a pod.
 *
 * @schema io.k8s.api.core.v1.Container
 */
export interface K8sContainer {
  /**
   * Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.k8s.api.core.v1.Container#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.k8s.api.core.v1.Container#command
   */
  readonly command?: string[];

  /**
   * List of environment variables to set in the container. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#env
   */
  readonly env?: K8sEnvVar[];

  /**
   * List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#envFrom
   */
  readonly envFrom?: K8sEnvFromSource[];

  /**
   * Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.
   *
   * @schema io.k8s.api.core.v1.Container#image
   */
  readonly image: string;

  /**
   * Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   * @schema io.k8s.api.core.v1.Container#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Actions that the management system should take in response to container lifecycle events. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#lifecycle
   */
  readonly lifecycle?: K8sLifecycle;

  /**
   * Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.k8s.api.core.v1.Container#livenessProbe
   */
  readonly livenessProbe?: K8sProbe;

  /**
   * Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#name
   */
  readonly name?: string;

  /**
   * List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#ports
   */
  readonly ports?: K8sContainerPort[];

  /**
   * Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.k8s.api.core.v1.Container#readinessProbe
   */
  readonly readinessProbe?: K8sProbe;

  /**
   * Resources resize policy for the container. This field cannot be set on ephemeral containers.
   *
   * @schema io.k8s.api.core.v1.Container#resizePolicy
   */
  readonly resizePolicy?: K8sContainerResizePolicy[];

  /**
   * Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.k8s.api.core.v1.Container#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Additionally, setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.
   *
   * @schema io.k8s.api.core.v1.Container#restartPolicy
   */
  readonly restartPolicy?: string;

  /**
   * Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.
   *
   * @schema io.k8s.api.core.v1.Container#restartPolicyRules
   */
  readonly restartPolicyRules?: K8sContainerRestartRule[];

  /**
   * SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema io.k8s.api.core.v1.Container#securityContext
   */
  readonly securityContext?: K8sSecurityContext;

  /**
   * StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.k8s.api.core.v1.Container#startupProbe
   */
  readonly startupProbe?: K8sProbe;

  /**
   * Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.
   *
   * @default false.
   * @schema io.k8s.api.core.v1.Container#stdin
   */
  readonly stdin?: boolean;

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false
   *
   * @default false
   * @schema io.k8s.api.core.v1.Container#stdinOnce
   */
  readonly stdinOnce?: boolean;

  /**
   * Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.
   *
   * @default dev/termination-log. Cannot be updated.
   * @schema io.k8s.api.core.v1.Container#terminationMessagePath
   */
  readonly terminationMessagePath?: string;

  /**
   * Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.
   *
   * @default File. Cannot be updated.
   * @schema io.k8s.api.core.v1.Container#terminationMessagePolicy
   */
  readonly terminationMessagePolicy?: string;

  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
   *
   * @default false.
   * @schema io.k8s.api.core.v1.Container#tty
   */
  readonly tty?: boolean;

  /**
   * volumeDevices is the list of block devices to be used by the container.
   *
   * @schema io.k8s.api.core.v1.Container#volumeDevices
   */
  readonly volumeDevices?: K8sVolumeDevice[];

  /**
   * Pod volumes to mount into the container's filesystem. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];

  /**
   * Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.
   *
   * @schema io.k8s.api.core.v1.Container#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'K8sContainer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sContainer(obj: K8sContainer | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'env': obj.env?.map(y => toJson_K8sEnvVar(y)),
    'envFrom': obj.envFrom?.map(y => toJson_K8sEnvFromSource(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'lifecycle': toJson_K8sLifecycle(obj.lifecycle),
    'livenessProbe': toJson_K8sProbe(obj.livenessProbe),
    'name': obj.name,
    'ports': obj.ports?.map(y => toJson_K8sContainerPort(y)),
    'readinessProbe': toJson_K8sProbe(obj.readinessProbe),
    'resizePolicy': obj.resizePolicy?.map(y => toJson_K8sContainerResizePolicy(y)),
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'restartPolicy': obj.restartPolicy,
    'restartPolicyRules': obj.restartPolicyRules?.map(y => toJson_K8sContainerRestartRule(y)),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
    'startupProbe': toJson_K8sProbe(obj.startupProbe),
    'stdin': obj.stdin,
    'stdinOnce': obj.stdinOnce,
    'terminationMessagePath': obj.terminationMessagePath,
    'terminationMessagePolicy': obj.terminationMessagePolicy,
    'tty': obj.tty,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_K8sVolumeDevice(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.ContainerSetTemplate
 */
export interface ContainerSetTemplate {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ContainerSetTemplate#containers
   */
  readonly containers: ContainerNode[];

  /**
   * RetryStrategy describes how to retry container nodes if the container set fails. Note that this works differently from the template-level `retryStrategy` as it is a process-level retry that does not create new Pods or containers.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerSetTemplate#retryStrategy
   */
  readonly retryStrategy?: ContainerSetRetryStrategy;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ContainerSetTemplate#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];
}

/**
 * Converts an object of type 'ContainerSetTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ContainerSetTemplate(obj: ContainerSetTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containers': obj.containers?.map(y => toJson_ContainerNode(y)),
    'retryStrategy': toJson_ContainerSetRetryStrategy(obj.retryStrategy),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DAGTemplate is a template subtype for directed acyclic graph templates
 *
 * @schema io.argoproj.workflow.v1alpha1.DAGTemplate
 */
export interface DagTemplate {
  /**
   * This flag is for DAG logic. The DAG logic has a built-in "fail fast" feature to stop scheduling new steps, as soon as it detects that one of the DAG nodes is failed. Then it waits until all DAG nodes are completed before failing the DAG itself. The FailFast flag default is true,  if set to false, it will allow a DAG to run all branches of the DAG to completion (either success or failure), regardless of the failed outcomes of branches in the DAG. More info and example about this feature at https://github.com/argoproj/argo-workflows/issues/1442
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTemplate#failFast
   */
  readonly failFast?: boolean;

  /**
   * Target are one or more names of targets to execute in a DAG
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTemplate#target
   */
  readonly target?: string;

  /**
   * Tasks are a list of DAG tasks MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTemplate#tasks
   */
  readonly tasks: DagTask[];
}

/**
 * Converts an object of type 'DagTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_DagTemplate(obj: DagTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'failFast': obj.failFast,
    'target': obj.target,
    'tasks': obj.tasks?.map(y => toJson_DagTask(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Data is a data template
 *
 * @schema io.argoproj.workflow.v1alpha1.Data
 */
export interface Data {
  /**
   * Source sources external data into a data template
   *
   * @schema io.argoproj.workflow.v1alpha1.Data#source
   */
  readonly source: DataSource;

  /**
   * Transformation applies a set of transformations
   *
   * @schema io.argoproj.workflow.v1alpha1.Data#transformation
   */
  readonly transformation: TransformationStep[];
}

/**
 * Converts an object of type 'Data' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Data(obj: Data | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'source': toJson_DataSource(obj.source),
    'transformation': obj.transformation?.map(y => toJson_TransformationStep(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.HTTP
 */
export interface Http {
  /**
   * Body is content of the HTTP Request
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#body
   */
  readonly body?: string;

  /**
   * BodyFrom is  content of the HTTP Request as Bytes
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#bodyFrom
   */
  readonly bodyFrom?: HttpBodySource;

  /**
   * Headers are an optional list of headers to send with HTTP requests
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#headers
   */
  readonly headers?: HttpHeader[];

  /**
   * InsecureSkipVerify is a bool when if set to true will skip TLS verification for the HTTP client
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#insecureSkipVerify
   */
  readonly insecureSkipVerify?: boolean;

  /**
   * Method is HTTP methods for HTTP Request
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#method
   */
  readonly method?: string;

  /**
   * SuccessCondition is an expression if evaluated to true is considered successful
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#successCondition
   */
  readonly successCondition?: string;

  /**
   * TimeoutSeconds is request timeout for HTTP Request. Default is 30 seconds
   *
   * @default 30 seconds
   * @schema io.argoproj.workflow.v1alpha1.HTTP#timeoutSeconds
   */
  readonly timeoutSeconds?: number;

  /**
   * URL of the HTTP Request
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTP#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'Http' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Http(obj: Http | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'body': obj.body,
    'bodyFrom': toJson_HttpBodySource(obj.bodyFrom),
    'headers': obj.headers?.map(y => toJson_HttpHeader(y)),
    'insecureSkipVerify': obj.insecureSkipVerify,
    'method': obj.method,
    'successCondition': obj.successCondition,
    'timeoutSeconds': obj.timeoutSeconds,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * UserContainer is a container specified by a user.
 *
 * @schema io.argoproj.workflow.v1alpha1.UserContainer
 */
export interface UserContainer {
  /**
   * Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#command
   */
  readonly command?: string[];

  /**
   * List of environment variables to set in the container. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#env
   */
  readonly env?: K8sEnvVar[];

  /**
   * List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#envFrom
   */
  readonly envFrom?: K8sEnvFromSource[];

  /**
   * Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#image
   */
  readonly image?: string;

  /**
   * Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Actions that the management system should take in response to container lifecycle events. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#lifecycle
   */
  readonly lifecycle?: K8sLifecycle;

  /**
   * Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#livenessProbe
   */
  readonly livenessProbe?: K8sProbe;

  /**
   * MirrorVolumeMounts will mount the same volumes specified in the main container to the container (including artifacts), at the same mountPaths. This enables dind daemon to partially see the same filesystem as the main container in order to use features such as docker volume binding
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#mirrorVolumeMounts
   */
  readonly mirrorVolumeMounts?: boolean;

  /**
   * Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#name
   */
  readonly name: string;

  /**
   * List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#ports
   */
  readonly ports?: K8sContainerPort[];

  /**
   * Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#readinessProbe
   */
  readonly readinessProbe?: K8sProbe;

  /**
   * Resources resize policy for the container. This field cannot be set on ephemeral containers.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#resizePolicy
   */
  readonly resizePolicy?: K8sContainerResizePolicy[];

  /**
   * Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Additionally, setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#restartPolicy
   */
  readonly restartPolicy?: string;

  /**
   * Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#restartPolicyRules
   */
  readonly restartPolicyRules?: K8sContainerRestartRule[];

  /**
   * SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#securityContext
   */
  readonly securityContext?: K8sSecurityContext;

  /**
   * StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#startupProbe
   */
  readonly startupProbe?: K8sProbe;

  /**
   * Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#stdin
   */
  readonly stdin?: boolean;

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false
   *
   * @default false
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#stdinOnce
   */
  readonly stdinOnce?: boolean;

  /**
   * Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.
   *
   * @default dev/termination-log. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#terminationMessagePath
   */
  readonly terminationMessagePath?: string;

  /**
   * Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.
   *
   * @default File. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#terminationMessagePolicy
   */
  readonly terminationMessagePolicy?: string;

  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#tty
   */
  readonly tty?: boolean;

  /**
   * volumeDevices is the list of block devices to be used by the container.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#volumeDevices
   */
  readonly volumeDevices?: K8sVolumeDevice[];

  /**
   * Pod volumes to mount into the container's filesystem. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];

  /**
   * Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.UserContainer#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'UserContainer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_UserContainer(obj: UserContainer | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'env': obj.env?.map(y => toJson_K8sEnvVar(y)),
    'envFrom': obj.envFrom?.map(y => toJson_K8sEnvFromSource(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'lifecycle': toJson_K8sLifecycle(obj.lifecycle),
    'livenessProbe': toJson_K8sProbe(obj.livenessProbe),
    'mirrorVolumeMounts': obj.mirrorVolumeMounts,
    'name': obj.name,
    'ports': obj.ports?.map(y => toJson_K8sContainerPort(y)),
    'readinessProbe': toJson_K8sProbe(obj.readinessProbe),
    'resizePolicy': obj.resizePolicy?.map(y => toJson_K8sContainerResizePolicy(y)),
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'restartPolicy': obj.restartPolicy,
    'restartPolicyRules': obj.restartPolicyRules?.map(y => toJson_K8sContainerRestartRule(y)),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
    'startupProbe': toJson_K8sProbe(obj.startupProbe),
    'stdin': obj.stdin,
    'stdinOnce': obj.stdinOnce,
    'terminationMessagePath': obj.terminationMessagePath,
    'terminationMessagePolicy': obj.terminationMessagePolicy,
    'tty': obj.tty,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_K8sVolumeDevice(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Inputs are the mechanism for passing parameters, artifacts, volumes from one template to another
 *
 * @schema io.argoproj.workflow.v1alpha1.Inputs
 */
export interface Inputs {
  /**
   * Artifact are a list of artifacts passed as inputs
   *
   * @schema io.argoproj.workflow.v1alpha1.Inputs#artifacts
   */
  readonly artifacts?: Artifact[];

  /**
   * Parameters are a list of parameters passed as inputs MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
   *
   * @schema io.argoproj.workflow.v1alpha1.Inputs#parameters
   */
  readonly parameters?: Parameter[];
}

/**
 * Converts an object of type 'Inputs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Inputs(obj: Inputs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'artifacts': obj.artifacts?.map(y => toJson_Artifact(y)),
    'parameters': obj.parameters?.map(y => toJson_Parameter(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Memoize enables caching for the Outputs of the template.
 *
 * @schema io.argoproj.workflow.v1alpha1.Memoize
 */
export interface Memoize {
  /**
   * Cache sets and configures the kind of cache
   *
   * @schema io.argoproj.workflow.v1alpha1.Memoize#cache
   */
  readonly cache: Cache;

  /**
   * Key is the key to use as the caching key
   *
   * @schema io.argoproj.workflow.v1alpha1.Memoize#key
   */
  readonly key: string;

  /**
   * MaxAge is the maximum age (e.g. "180s", "24h") of an entry that is still considered valid. If an entry is older than the MaxAge, it will be ignored.
   *
   * @schema io.argoproj.workflow.v1alpha1.Memoize#maxAge
   */
  readonly maxAge: string;
}

/**
 * Converts an object of type 'Memoize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Memoize(obj: Memoize | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cache': toJson_Cache(obj.cache),
    'key': obj.key,
    'maxAge': obj.maxAge,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Outputs hold parameters, artifacts, and results from a step
 *
 * @schema io.argoproj.workflow.v1alpha1.Outputs
 */
export interface Outputs {
  /**
   * Artifacts holds the list of output artifacts produced by a step
   *
   * @schema io.argoproj.workflow.v1alpha1.Outputs#artifacts
   */
  readonly artifacts?: Artifact[];

  /**
   * ExitCode holds the exit code of a script template
   *
   * @schema io.argoproj.workflow.v1alpha1.Outputs#exitCode
   */
  readonly exitCode?: string;

  /**
   * Parameters holds the list of output parameters produced by a step
   *
   * @schema io.argoproj.workflow.v1alpha1.Outputs#parameters
   */
  readonly parameters?: Parameter[];

  /**
   * Result holds the result (stdout) of a script or container template, or the response body of an HTTP template
   *
   * @schema io.argoproj.workflow.v1alpha1.Outputs#result
   */
  readonly result?: string;
}

/**
 * Converts an object of type 'Outputs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Outputs(obj: Outputs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'artifacts': obj.artifacts?.map(y => toJson_Artifact(y)),
    'exitCode': obj.exitCode,
    'parameters': obj.parameters?.map(y => toJson_Parameter(y)),
    'result': obj.result,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceTemplate is a template subtype to manipulate kubernetes resources
 *
 * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate
 */
export interface ResourceTemplate {
  /**
   * Action is the action to perform to the resource. Must be one of: get, create, apply, delete, replace, patch
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#action
   */
  readonly action: string;

  /**
   * FailureCondition is a label selector expression which describes the conditions of the k8s resource in which the step was considered failed
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#failureCondition
   */
  readonly failureCondition?: string;

  /**
   * Flags is a set of additional options passed to kubectl before submitting a resource I.e. to disable resource validation: flags: [
   * "--validate=false"  # disable resource validation
   * ]
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#flags
   */
  readonly flags?: string[];

  /**
   * Manifest contains the kubernetes manifest
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#manifest
   */
  readonly manifest?: string;

  /**
   * ManifestFrom is the source for a single kubernetes manifest
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#manifestFrom
   */
  readonly manifestFrom?: ManifestFrom;

  /**
   * MergeStrategy is the strategy used to merge a patch. It defaults to "strategic" Must be one of: strategic, merge, json
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#mergeStrategy
   */
  readonly mergeStrategy?: string;

  /**
   * SetOwnerReference sets the reference to the workflow on the OwnerReference of generated resource.
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#setOwnerReference
   */
  readonly setOwnerReference?: boolean;

  /**
   * SuccessCondition is a label selector expression which describes the conditions of the k8s resource in which it is acceptable to proceed to the following step
   *
   * @schema io.argoproj.workflow.v1alpha1.ResourceTemplate#successCondition
   */
  readonly successCondition?: string;
}

/**
 * Converts an object of type 'ResourceTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ResourceTemplate(obj: ResourceTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'action': obj.action,
    'failureCondition': obj.failureCondition,
    'flags': obj.flags?.map(y => y),
    'manifest': obj.manifest,
    'manifestFrom': toJson_ManifestFrom(obj.manifestFrom),
    'mergeStrategy': obj.mergeStrategy,
    'setOwnerReference': obj.setOwnerReference,
    'successCondition': obj.successCondition,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ScriptTemplate is a template subtype to enable scripting through code steps
 *
 * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate
 */
export interface ScriptTemplate {
  /**
   * Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#command
   */
  readonly command?: string[];

  /**
   * List of environment variables to set in the container. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#env
   */
  readonly env?: K8sEnvVar[];

  /**
   * List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#envFrom
   */
  readonly envFrom?: K8sEnvFromSource[];

  /**
   * Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#image
   */
  readonly image: string;

  /**
   * Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Actions that the management system should take in response to container lifecycle events. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#lifecycle
   */
  readonly lifecycle?: K8sLifecycle;

  /**
   * Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#livenessProbe
   */
  readonly livenessProbe?: K8sProbe;

  /**
   * Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#name
   */
  readonly name?: string;

  /**
   * List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#ports
   */
  readonly ports?: K8sContainerPort[];

  /**
   * Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#readinessProbe
   */
  readonly readinessProbe?: K8sProbe;

  /**
   * Resources resize policy for the container. This field cannot be set on ephemeral containers.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#resizePolicy
   */
  readonly resizePolicy?: K8sContainerResizePolicy[];

  /**
   * Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Additionally, setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#restartPolicy
   */
  readonly restartPolicy?: string;

  /**
   * Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#restartPolicyRules
   */
  readonly restartPolicyRules?: K8sContainerRestartRule[];

  /**
   * SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#securityContext
   */
  readonly securityContext?: K8sSecurityContext;

  /**
   * Source contains the source code of the script to execute
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#source
   */
  readonly source: string;

  /**
   * StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#startupProbe
   */
  readonly startupProbe?: K8sProbe;

  /**
   * Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#stdin
   */
  readonly stdin?: boolean;

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false
   *
   * @default false
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#stdinOnce
   */
  readonly stdinOnce?: boolean;

  /**
   * Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.
   *
   * @default dev/termination-log. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#terminationMessagePath
   */
  readonly terminationMessagePath?: string;

  /**
   * Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.
   *
   * @default File. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#terminationMessagePolicy
   */
  readonly terminationMessagePolicy?: string;

  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#tty
   */
  readonly tty?: boolean;

  /**
   * volumeDevices is the list of block devices to be used by the container.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#volumeDevices
   */
  readonly volumeDevices?: K8sVolumeDevice[];

  /**
   * Pod volumes to mount into the container's filesystem. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];

  /**
   * Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ScriptTemplate#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'ScriptTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ScriptTemplate(obj: ScriptTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'env': obj.env?.map(y => toJson_K8sEnvVar(y)),
    'envFrom': obj.envFrom?.map(y => toJson_K8sEnvFromSource(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'lifecycle': toJson_K8sLifecycle(obj.lifecycle),
    'livenessProbe': toJson_K8sProbe(obj.livenessProbe),
    'name': obj.name,
    'ports': obj.ports?.map(y => toJson_K8sContainerPort(y)),
    'readinessProbe': toJson_K8sProbe(obj.readinessProbe),
    'resizePolicy': obj.resizePolicy?.map(y => toJson_K8sContainerResizePolicy(y)),
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'restartPolicy': obj.restartPolicy,
    'restartPolicyRules': obj.restartPolicyRules?.map(y => toJson_K8sContainerRestartRule(y)),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
    'source': obj.source,
    'startupProbe': toJson_K8sProbe(obj.startupProbe),
    'stdin': obj.stdin,
    'stdinOnce': obj.stdinOnce,
    'terminationMessagePath': obj.terminationMessagePath,
    'terminationMessagePolicy': obj.terminationMessagePolicy,
    'tty': obj.tty,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_K8sVolumeDevice(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkflowStep is a reference to a template to execute in a series of step Note: CEL validation cannot check withItems (Schemaless) or inline (PreserveUnknownFields) fields.
 *
 * @schema io.argoproj.workflow.v1alpha1.WorkflowStep
 */
export interface WorkflowStep {
  /**
   * Arguments hold arguments to the template
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#arguments
   */
  readonly arguments?: Arguments;

  /**
   * ContinueOn makes argo to proceed with the following step even if this step fails. Errors and Failed states can be specified
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#continueOn
   */
  readonly continueOn?: ContinueOn;

  /**
   * Hooks holds the lifecycle hook which is invoked at lifecycle of step, irrespective of the success, failure, or error status of the primary step
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#hooks
   */
  readonly hooks?: { [key: string]: LifecycleHook };

  /**
   * Inline is the template. Template must be empty if this is declared (and vice-versa). Note: This struct is defined recursively, since the inline template can potentially contain steps/DAGs that also has an "inline" field. Kubernetes doesn't allow recursive types, so we need "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#inline
   */
  readonly inline?: Template;

  /**
   * Name of the step
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#name
   */
  readonly name?: string;

  /**
   * OnExit is a template reference which is invoked at the end of the template, irrespective of the success, failure, or error of the primary template.
   *
   * Deprecated: Use Hooks[exit].Template instead.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#onExit
   */
  readonly onExit?: string;

  /**
   * Template is the name of the template to execute as the step
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#template
   */
  readonly template?: string;

  /**
   * TemplateRef is the reference to the template resource to execute as the step.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#templateRef
   */
  readonly templateRef?: TemplateRef;

  /**
   * When is an expression in which the step should conditionally execute
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#when
   */
  readonly when?: string;

  /**
   * WithItems expands a step into multiple parallel steps from the items in the list Note: The structure of WithItems is free-form, so we need "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#withItems
   */
  readonly withItems?: any[];

  /**
   * WithParam expands a step into multiple parallel steps from the value in the parameter, which is expected to be a JSON list.
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#withParam
   */
  readonly withParam?: string;

  /**
   * WithSequence expands a step into a numeric sequence
   *
   * @schema io.argoproj.workflow.v1alpha1.WorkflowStep#withSequence
   */
  readonly withSequence?: Sequence;
}

/**
 * Converts an object of type 'WorkflowStep' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WorkflowStep(obj: WorkflowStep | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'arguments': toJson_Arguments(obj.arguments),
    'continueOn': toJson_ContinueOn(obj.continueOn),
    'hooks': ((obj.hooks) === undefined) ? undefined : (Object.entries(obj.hooks).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_LifecycleHook(i[1]) }), {})),
    'inline': toJson_Template(obj.inline),
    'name': obj.name,
    'onExit': obj.onExit,
    'template': obj.template,
    'templateRef': toJson_TemplateRef(obj.templateRef),
    'when': obj.when,
    'withItems': obj.withItems?.map(y => y),
    'withParam': obj.withParam,
    'withSequence': toJson_Sequence(obj.withSequence),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SuspendTemplate is a template subtype to suspend a workflow at a predetermined point in time
 *
 * @schema io.argoproj.workflow.v1alpha1.SuspendTemplate
 */
export interface SuspendTemplate {
  /**
   * Duration is the seconds to wait before automatically resuming a template. Must be a string. Default unit is seconds. Could also be a Duration, e.g.: "2m", "6h"
   *
   * @schema io.argoproj.workflow.v1alpha1.SuspendTemplate#duration
   */
  readonly duration?: string;
}

/**
 * Converts an object of type 'SuspendTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SuspendTemplate(obj: SuspendTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'duration': obj.duration,
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
   * resources represents the minimum resources the volume should have. Users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
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
   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string or nil value indicates that no VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state, this field can be reset to its previous value (including nil) to cancel the modification. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
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
 * PersistentVolumeClaimStatus is the current status of a persistent volume claim.
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus
 */
export interface K8sPersistentVolumeClaimStatus {
  /**
   * accessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#accessModes
   */
  readonly accessModes?: string[];

  /**
   * allocatedResourceStatuses stores status of resource being resized for the given PVC. Key names follow standard Kubernetes label syntax. Valid values are either:
   * * Un-prefixed keys:
   * - storage - the capacity of the volume.
   * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
   * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.
   *
   * ClaimResourceStatus can be in any of following states:
   * - ControllerResizeInProgress:
   * State set when resize controller starts resizing the volume in control-plane.
   * - ControllerResizeFailed:
   * State set when resize has failed in resize controller with a terminal error.
   * - NodeResizePending:
   * State set when resize controller has finished resizing the volume but further resizing of
   * volume is needed on the node.
   * - NodeResizeInProgress:
   * State set when kubelet starts resizing the volume.
   * - NodeResizeFailed:
   * State set when resizing has failed in kubelet with a terminal error. Transient errors don't set
   * NodeResizeFailed.
   * For example: if expanding a PVC for more capacity - this field can be one of the following states:
   * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeInProgress"
   * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeFailed"
   * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizePending"
   * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeInProgress"
   * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeFailed"
   * When this field is not set, it means that no resize operation is in progress for the given PVC.
   *
   * A controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#allocatedResourceStatuses
   */
  readonly allocatedResourceStatuses?: { [key: string]: string };

  /**
   * allocatedResources tracks the resources allocated to a PVC including its capacity. Key names follow standard Kubernetes label syntax. Valid values are either:
   * * Un-prefixed keys:
   * - storage - the capacity of the volume.
   * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
   * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.
   *
   * Capacity reported here may be larger than the actual capacity when a volume expansion operation is requested. For storage quota, the larger value from allocatedResources and PVC.spec.resources is used. If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation. If a volume expansion capacity request is lowered, allocatedResources is only lowered if there are no expansion operations in progress and if the actual volume capacity is equal or lower than the requested capacity.
   *
   * A controller that receives PVC update with previously unknown resourceName should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#allocatedResources
   */
  readonly allocatedResources?: { [key: string]: string };

  /**
   * capacity represents the actual resources of the underlying volume.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#capacity
   */
  readonly capacity?: { [key: string]: string };

  /**
   * conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'Resizing'.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#conditions
   */
  readonly conditions?: K8sPersistentVolumeClaimCondition[];

  /**
   * currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using. When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#currentVolumeAttributesClassName
   */
  readonly currentVolumeAttributesClassName?: string;

  /**
   * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When this is unset, there is no ModifyVolume operation being attempted.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#modifyVolumeStatus
   */
  readonly modifyVolumeStatus?: K8sModifyVolumeStatus;

  /**
   * phase represents the current phase of PersistentVolumeClaim.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimStatus#phase
   */
  readonly phase?: string;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaimStatus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaimStatus(obj: K8sPersistentVolumeClaimStatus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessModes': obj.accessModes?.map(y => y),
    'allocatedResourceStatuses': ((obj.allocatedResourceStatuses) === undefined) ? undefined : (Object.entries(obj.allocatedResourceStatuses).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'allocatedResources': ((obj.allocatedResources) === undefined) ? undefined : (Object.entries(obj.allocatedResources).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'capacity': ((obj.capacity) === undefined) ? undefined : (Object.entries(obj.capacity).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'conditions': obj.conditions?.map(y => toJson_K8sPersistentVolumeClaimCondition(y)),
    'currentVolumeAttributesClassName': obj.currentVolumeAttributesClassName,
    'modifyVolumeStatus': toJson_K8sModifyVolumeStatus(obj.modifyVolumeStatus),
    'phase': obj.phase,
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
   * endpoints is the endpoint name that details Glusterfs topology.
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
 * @schema io.argoproj.workflow.v1alpha1.LabelValueFrom
 */
export interface LabelValueFrom {
  /**
   * @schema io.argoproj.workflow.v1alpha1.LabelValueFrom#expression
   */
  readonly expression: string;
}

/**
 * Converts an object of type 'LabelValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_LabelValueFrom(obj: LabelValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'expression': obj.expression,
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
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   *
   * @schema io.k8s.api.core.v1.PodAffinityTerm#matchLabelKeys
   */
  readonly matchLabelKeys?: string[];

  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
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
 * ArchiveStrategy describes how to archive files/directory when saving artifacts
 *
 * @schema io.argoproj.workflow.v1alpha1.ArchiveStrategy
 */
export interface ArchiveStrategy {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ArchiveStrategy#none
   */
  readonly none?: any;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ArchiveStrategy#tar
   */
  readonly tar?: TarStrategy;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ArchiveStrategy#zip
   */
  readonly zip?: any;
}

/**
 * Converts an object of type 'ArchiveStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArchiveStrategy(obj: ArchiveStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'none': obj.none,
    'tar': toJson_TarStrategy(obj.tar),
    'zip': obj.zip,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArtifactGC describes how to delete artifacts from completed Workflows - this is embedded into the WorkflowLevelArtifactGC, and also used for individual Artifacts to override that as needed
 *
 * @schema io.argoproj.workflow.v1alpha1.ArtifactGC
 */
export interface ArtifactGc {
  /**
   * PodMetadata is an optional field for specifying the Labels and Annotations that should be assigned to the Pod doing the deletion
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactGC#podMetadata
   */
  readonly podMetadata?: Metadata;

  /**
   * ServiceAccountName is an optional field for specifying the Service Account that should be assigned to the Pod doing the deletion
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactGC#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * Strategy is the strategy to use.
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactGC#strategy
   */
  readonly strategy?: string;
}

/**
 * Converts an object of type 'ArtifactGc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactGc(obj: ArtifactGc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'podMetadata': toJson_Metadata(obj.podMetadata),
    'serviceAccountName': obj.serviceAccountName,
    'strategy': obj.strategy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ArtifactoryArtifact is the location of an artifactory artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.ArtifactoryArtifact
 */
export interface ArtifactoryArtifact {
  /**
   * PasswordSecret is the secret selector to the repository password
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactoryArtifact#passwordSecret
   */
  readonly passwordSecret?: K8sSecretKeySelector;

  /**
   * URL of the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactoryArtifact#url
   */
  readonly url: string;

  /**
   * UsernameSecret is the secret selector to the repository username
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactoryArtifact#usernameSecret
   */
  readonly usernameSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'ArtifactoryArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactoryArtifact(obj: ArtifactoryArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'passwordSecret': toJson_K8sSecretKeySelector(obj.passwordSecret),
    'url': obj.url,
    'usernameSecret': toJson_K8sSecretKeySelector(obj.usernameSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AzureArtifact is the location of an Azure Storage artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.AzureArtifact
 */
export interface AzureArtifact {
  /**
   * AccountKeySecret is the secret selector to the Azure Blob Storage account access key
   *
   * @schema io.argoproj.workflow.v1alpha1.AzureArtifact#accountKeySecret
   */
  readonly accountKeySecret?: K8sSecretKeySelector;

  /**
   * Blob is the blob name (i.e., path) in the container where the artifact resides
   *
   * @schema io.argoproj.workflow.v1alpha1.AzureArtifact#blob
   */
  readonly blob: string;

  /**
   * Container is the container where resources will be stored
   *
   * @schema io.argoproj.workflow.v1alpha1.AzureArtifact#container
   */
  readonly container: string;

  /**
   * Endpoint is the service url associated with an account. It is most likely "https://<ACCOUNT_NAME>.blob.core.windows.net"
   *
   * @schema io.argoproj.workflow.v1alpha1.AzureArtifact#endpoint
   */
  readonly endpoint: string;

  /**
   * UseSDKCreds tells the driver to figure out credentials based on sdk defaults.
   *
   * @schema io.argoproj.workflow.v1alpha1.AzureArtifact#useSDKCreds
   */
  readonly useSdkCreds?: boolean;
}

/**
 * Converts an object of type 'AzureArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_AzureArtifact(obj: AzureArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accountKeySecret': toJson_K8sSecretKeySelector(obj.accountKeySecret),
    'blob': obj.blob,
    'container': obj.container,
    'endpoint': obj.endpoint,
    'useSDKCreds': obj.useSdkCreds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GCSArtifact is the location of a GCS artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.GCSArtifact
 */
export interface GcsArtifact {
  /**
   * Bucket is the name of the bucket
   *
   * @schema io.argoproj.workflow.v1alpha1.GCSArtifact#bucket
   */
  readonly bucket?: string;

  /**
   * Key is the path in the bucket where the artifact resides
   *
   * @schema io.argoproj.workflow.v1alpha1.GCSArtifact#key
   */
  readonly key: string;

  /**
   * ServiceAccountKeySecret is the secret selector to the bucket's service account key
   *
   * @schema io.argoproj.workflow.v1alpha1.GCSArtifact#serviceAccountKeySecret
   */
  readonly serviceAccountKeySecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'GcsArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GcsArtifact(obj: GcsArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'bucket': obj.bucket,
    'key': obj.key,
    'serviceAccountKeySecret': toJson_K8sSecretKeySelector(obj.serviceAccountKeySecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitArtifact is the location of a git artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.GitArtifact
 */
export interface GitArtifact {
  /**
   * Branch is the branch to fetch when `SingleBranch` is enabled
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#branch
   */
  readonly branch?: string;

  /**
   * Depth specifies clones/fetches should be shallow and include the given number of commits from the branch tip
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#depth
   */
  readonly depth?: number;

  /**
   * DisableSubmodules disables submodules during git clone
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#disableSubmodules
   */
  readonly disableSubmodules?: boolean;

  /**
   * Fetch specifies a number of refs that should be fetched before checkout
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#fetch
   */
  readonly fetch?: string[];

  /**
   * InsecureIgnoreHostKey disables SSH strict host key checking during git clone
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#insecureIgnoreHostKey
   */
  readonly insecureIgnoreHostKey?: boolean;

  /**
   * InsecureSkipTLS disables server certificate verification resulting in insecure HTTPS connections
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#insecureSkipTLS
   */
  readonly insecureSkipTls?: boolean;

  /**
   * PasswordSecret is the secret selector to the repository password
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#passwordSecret
   */
  readonly passwordSecret?: K8sSecretKeySelector;

  /**
   * Repo is the git repository
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#repo
   */
  readonly repo: string;

  /**
   * Revision is the git commit, tag, branch to checkout
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#revision
   */
  readonly revision?: string;

  /**
   * SingleBranch enables single branch clone, using the `branch` parameter
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#singleBranch
   */
  readonly singleBranch?: boolean;

  /**
   * SSHPrivateKeySecret is the secret selector to the repository ssh private key
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#sshPrivateKeySecret
   */
  readonly sshPrivateKeySecret?: K8sSecretKeySelector;

  /**
   * UsernameSecret is the secret selector to the repository username
   *
   * @schema io.argoproj.workflow.v1alpha1.GitArtifact#usernameSecret
   */
  readonly usernameSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'GitArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_GitArtifact(obj: GitArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'branch': obj.branch,
    'depth': obj.depth,
    'disableSubmodules': obj.disableSubmodules,
    'fetch': obj.fetch?.map(y => y),
    'insecureIgnoreHostKey': obj.insecureIgnoreHostKey,
    'insecureSkipTLS': obj.insecureSkipTls,
    'passwordSecret': toJson_K8sSecretKeySelector(obj.passwordSecret),
    'repo': obj.repo,
    'revision': obj.revision,
    'singleBranch': obj.singleBranch,
    'sshPrivateKeySecret': toJson_K8sSecretKeySelector(obj.sshPrivateKeySecret),
    'usernameSecret': toJson_K8sSecretKeySelector(obj.usernameSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HDFSArtifact is the location of an HDFS artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact
 */
export interface HdfsArtifact {
  /**
   * Addresses is accessible addresses of HDFS name nodes
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#addresses
   */
  readonly addresses?: string[];

  /**
   * DataTransferProtection is the protection level for HDFS data transfer. It corresponds to the dfs.data.transfer.protection configuration in HDFS.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#dataTransferProtection
   */
  readonly dataTransferProtection?: string;

  /**
   * Force copies a file forcibly even if it exists
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#force
   */
  readonly force?: boolean;

  /**
   * HDFSUser is the user to access HDFS file system. It is ignored if either ccache or keytab is used.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#hdfsUser
   */
  readonly hdfsUser?: string;

  /**
   * KrbCCacheSecret is the secret selector for Kerberos ccache Either ccache or keytab can be set to use Kerberos.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbCCacheSecret
   */
  readonly krbCCacheSecret?: K8sSecretKeySelector;

  /**
   * KrbConfig is the configmap selector for Kerberos config as string It must be set if either ccache or keytab is used.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbConfigConfigMap
   */
  readonly krbConfigConfigMap?: K8sConfigMapKeySelector;

  /**
   * KrbKeytabSecret is the secret selector for Kerberos keytab Either ccache or keytab can be set to use Kerberos.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbKeytabSecret
   */
  readonly krbKeytabSecret?: K8sSecretKeySelector;

  /**
   * KrbRealm is the Kerberos realm used with Kerberos keytab It must be set if keytab is used.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbRealm
   */
  readonly krbRealm?: string;

  /**
   * KrbServicePrincipalName is the principal name of Kerberos service It must be set if either ccache or keytab is used.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbServicePrincipalName
   */
  readonly krbServicePrincipalName?: string;

  /**
   * KrbUsername is the Kerberos username used with Kerberos keytab It must be set if keytab is used.
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#krbUsername
   */
  readonly krbUsername?: string;

  /**
   * Path is a file path in HDFS
   *
   * @schema io.argoproj.workflow.v1alpha1.HDFSArtifact#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'HdfsArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HdfsArtifact(obj: HdfsArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'addresses': obj.addresses?.map(y => y),
    'dataTransferProtection': obj.dataTransferProtection,
    'force': obj.force,
    'hdfsUser': obj.hdfsUser,
    'krbCCacheSecret': toJson_K8sSecretKeySelector(obj.krbCCacheSecret),
    'krbConfigConfigMap': toJson_K8sConfigMapKeySelector(obj.krbConfigConfigMap),
    'krbKeytabSecret': toJson_K8sSecretKeySelector(obj.krbKeytabSecret),
    'krbRealm': obj.krbRealm,
    'krbServicePrincipalName': obj.krbServicePrincipalName,
    'krbUsername': obj.krbUsername,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPArtifact allows a file served on HTTP to be placed as an input artifact in a container
 *
 * @schema io.argoproj.workflow.v1alpha1.HTTPArtifact
 */
export interface HttpArtifact {
  /**
   * Auth contains information for client authentication
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTPArtifact#auth
   */
  readonly auth?: HttpAuth;

  /**
   * Headers are an optional list of headers to send with HTTP requests for artifacts
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTPArtifact#headers
   */
  readonly headers?: Header[];

  /**
   * SaveStreamViaFile buffers a streamed upload to a temporary file before sending it, so a 307/308 redirect (e.g. webHDFS) can be followed by re-sending the body. When false (the default) SaveStream sends the reader directly and cannot follow such a redirect, since a one-shot reader cannot be replayed.
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTPArtifact#saveStreamViaFile
   */
  readonly saveStreamViaFile?: boolean;

  /**
   * URL of the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.HTTPArtifact#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'HttpArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpArtifact(obj: HttpArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'auth': toJson_HttpAuth(obj.auth),
    'headers': obj.headers?.map(y => toJson_Header(y)),
    'saveStreamViaFile': obj.saveStreamViaFile,
    'url': obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * OSSArtifact is the location of an Alibaba Cloud OSS artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.OSSArtifact
 */
export interface OssArtifact {
  /**
   * AccessKeySecret is the secret selector to the bucket's access key
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#accessKeySecret
   */
  readonly accessKeySecret?: K8sSecretKeySelector;

  /**
   * Bucket is the name of the bucket
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#bucket
   */
  readonly bucket?: string;

  /**
   * CreateBucketIfNotPresent tells the driver to attempt to create the OSS bucket for output artifacts, if it doesn't exist
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#createBucketIfNotPresent
   */
  readonly createBucketIfNotPresent?: boolean;

  /**
   * Endpoint is the hostname of the bucket endpoint
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#endpoint
   */
  readonly endpoint?: string;

  /**
   * Key is the path in the bucket where the artifact resides
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#key
   */
  readonly key: string;

  /**
   * LifecycleRule specifies how to manage bucket's lifecycle
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#lifecycleRule
   */
  readonly lifecycleRule?: OssLifecycleRule;

  /**
   * SecretKeySecret is the secret selector to the bucket's secret key
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#secretKeySecret
   */
  readonly secretKeySecret?: K8sSecretKeySelector;

  /**
   * SecurityToken is the user's temporary security token. For more details, check out: https://www.alibabacloud.com/help/doc-detail/100624.htm
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#securityToken
   */
  readonly securityToken?: string;

  /**
   * UseSDKCreds tells the driver to figure out credentials based on sdk defaults.
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSArtifact#useSDKCreds
   */
  readonly useSdkCreds?: boolean;
}

/**
 * Converts an object of type 'OssArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OssArtifact(obj: OssArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKeySecret': toJson_K8sSecretKeySelector(obj.accessKeySecret),
    'bucket': obj.bucket,
    'createBucketIfNotPresent': obj.createBucketIfNotPresent,
    'endpoint': obj.endpoint,
    'key': obj.key,
    'lifecycleRule': toJson_OssLifecycleRule(obj.lifecycleRule),
    'secretKeySecret': toJson_K8sSecretKeySelector(obj.secretKeySecret),
    'securityToken': obj.securityToken,
    'useSDKCreds': obj.useSdkCreds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PluginArtifact is the location of a plugin artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.PluginArtifact
 */
export interface PluginArtifact {
  /**
   * Configuration is the plugin defined configuration for the artifact driver plugin
   *
   * @schema io.argoproj.workflow.v1alpha1.PluginArtifact#configuration
   */
  readonly configuration?: string;

  /**
   * ConnectionTimeoutSeconds is the timeout for the artifact driver connection, overriding the driver's timeout
   *
   * @schema io.argoproj.workflow.v1alpha1.PluginArtifact#connectionTimeoutSeconds
   */
  readonly connectionTimeoutSeconds?: number;

  /**
   * Key is the path in the artifact repository where the artifact resides
   *
   * @schema io.argoproj.workflow.v1alpha1.PluginArtifact#key
   */
  readonly key: string;

  /**
   * Name is the name of the artifact driver plugin
   *
   * @schema io.argoproj.workflow.v1alpha1.PluginArtifact#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'PluginArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PluginArtifact(obj: PluginArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configuration': obj.configuration,
    'connectionTimeoutSeconds': obj.connectionTimeoutSeconds,
    'key': obj.key,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * RawArtifact allows raw string content to be placed as an artifact in a container
 *
 * @schema io.argoproj.workflow.v1alpha1.RawArtifact
 */
export interface RawArtifact {
  /**
   * Data is the string contents of the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.RawArtifact#data
   */
  readonly data: string;
}

/**
 * Converts an object of type 'RawArtifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_RawArtifact(obj: RawArtifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'data': obj.data,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3Artifact is the location of an S3 artifact
 *
 * @schema io.argoproj.workflow.v1alpha1.S3Artifact
 */
export interface S3Artifact {
  /**
   * AccessKeySecret is the secret selector to the bucket's access key
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#accessKeySecret
   */
  readonly accessKeySecret?: K8sSecretKeySelector;

  /**
   * AddressingStyle defines how buckets are addressed by the S3 client. This is required for some S3-compatible providers that only support virtual-hosted-style bucket addressing.
   *
   * Valid values are: - "" (default, auto-detect) - "path" - "virtual-hosted"
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#addressingStyle
   */
  readonly addressingStyle?: string;

  /**
   * Bucket is the name of the bucket
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#bucket
   */
  readonly bucket?: string;

  /**
   * CASecret specifies the secret that contains the CA, used to verify the TLS connection
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#caSecret
   */
  readonly caSecret?: K8sSecretKeySelector;

  /**
   * CreateBucketIfNotPresent tells the driver to attempt to create the S3 bucket for output artifacts, if it doesn't exist. Setting Enabled Encryption will apply either SSE-S3 to the bucket if KmsKeyId is not set or SSE-KMS if it is.
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#createBucketIfNotPresent
   */
  readonly createBucketIfNotPresent?: CreateS3BucketOptions;

  /**
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#encryptionOptions
   */
  readonly encryptionOptions?: S3EncryptionOptions;

  /**
   * Endpoint is the hostname of the bucket endpoint
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#endpoint
   */
  readonly endpoint?: string;

  /**
   * Insecure will connect to the service with TLS
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#insecure
   */
  readonly insecure?: boolean;

  /**
   * Key is the key in the bucket where the artifact resides
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#key
   */
  readonly key?: string;

  /**
   * Region contains the optional bucket region
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#region
   */
  readonly region?: string;

  /**
   * RoleARN is the Amazon Resource Name (ARN) of the role to assume.
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#roleARN
   */
  readonly roleArn?: string;

  /**
   * SecretKeySecret is the secret selector to the bucket's secret key
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#secretKeySecret
   */
  readonly secretKeySecret?: K8sSecretKeySelector;

  /**
   * SessionTokenSecret is used for ephemeral credentials like an IAM assume role or S3 access grant
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#sessionTokenSecret
   */
  readonly sessionTokenSecret?: K8sSecretKeySelector;

  /**
   * UseSDKCreds tells the driver to figure out credentials based on sdk defaults.
   *
   * @schema io.argoproj.workflow.v1alpha1.S3Artifact#useSDKCreds
   */
  readonly useSdkCreds?: boolean;
}

/**
 * Converts an object of type 'S3Artifact' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_S3Artifact(obj: S3Artifact | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'accessKeySecret': toJson_K8sSecretKeySelector(obj.accessKeySecret),
    'addressingStyle': obj.addressingStyle,
    'bucket': obj.bucket,
    'caSecret': toJson_K8sSecretKeySelector(obj.caSecret),
    'createBucketIfNotPresent': toJson_CreateS3BucketOptions(obj.createBucketIfNotPresent),
    'encryptionOptions': toJson_S3EncryptionOptions(obj.encryptionOptions),
    'endpoint': obj.endpoint,
    'insecure': obj.insecure,
    'key': obj.key,
    'region': obj.region,
    'roleARN': obj.roleArn,
    'secretKeySecret': toJson_K8sSecretKeySelector(obj.secretKeySecret),
    'sessionTokenSecret': toJson_K8sSecretKeySelector(obj.sessionTokenSecret),
    'useSDKCreds': obj.useSdkCreds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ValueFrom describes a location in which to obtain the value to a parameter
 *
 * @schema io.argoproj.workflow.v1alpha1.ValueFrom
 */
export interface ValueFrom {
  /**
   * ConfigMapKeyRef is configmap selector for input parameter configuration
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: K8sConfigMapKeySelector;

  /**
   * Default specifies a value to be used if retrieving the value from the specified source fails
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#default
   */
  readonly default?: string;

  /**
   * Selector (https://github.com/expr-lang/expr) that is evaluated against the event to get the value of the parameter. E.g. `payload.message`
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#event
   */
  readonly event?: string;

  /**
   * Expression, if defined, is evaluated to specify the value for the parameter
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#expression
   */
  readonly expression?: string;

  /**
   * JQFilter expression against the resource object in resource templates
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#jqFilter
   */
  readonly jqFilter?: string;

  /**
   * JSONPath of a resource to retrieve an output parameter value from in resource templates
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#jsonPath
   */
  readonly jsonPath?: string;

  /**
   * Parameter reference to a step or dag task in which to retrieve an output parameter value from (e.g. steps.mystep.outputs.myparam)
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#parameter
   */
  readonly parameter?: string;

  /**
   * Path in the container to retrieve an output parameter value from in container templates
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#path
   */
  readonly path?: string;

  /**
   * Supplied value to be filled in directly, either through the CLI, API, etc.
   *
   * @schema io.argoproj.workflow.v1alpha1.ValueFrom#supplied
   */
  readonly supplied?: any;
}

/**
 * Converts an object of type 'ValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ValueFrom(obj: ValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_K8sConfigMapKeySelector(obj.configMapKeyRef),
    'default': obj.default,
    'event': obj.event,
    'expression': obj.expression,
    'jqFilter': obj.jqFilter,
    'jsonPath': obj.jsonPath,
    'parameter': obj.parameter,
    'path': obj.path,
    'supplied': obj.supplied,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.ExecutorPluginSidecar
 */
export interface ExecutorPluginSidecar {
  /**
   * AutomountServiceAccountToken enables mounting the service account token. The service account must be named <plugin-name>-executor-plugin.
   *
   * @schema io.argoproj.workflow.v1alpha1.ExecutorPluginSidecar#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Container defines the Kubernetes container specification for the sidecar.
   *
   * @schema io.argoproj.workflow.v1alpha1.ExecutorPluginSidecar#container
   */
  readonly container: K8sContainer;
}

/**
 * Converts an object of type 'ExecutorPluginSidecar' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ExecutorPluginSidecar(obj: ExecutorPluginSidecar | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'container': toJson_K8sContainer(obj.container),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Counter is a Counter prometheus metric
 *
 * @schema io.argoproj.workflow.v1alpha1.Counter
 */
export interface Counter {
  /**
   * Value is the value of the metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Counter#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'Counter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Counter(obj: Counter | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Gauge is a Gauge prometheus metric
 *
 * @schema io.argoproj.workflow.v1alpha1.Gauge
 */
export interface Gauge {
  /**
   * Operation defines the operation to apply with value and the metrics' current value
   *
   * @schema io.argoproj.workflow.v1alpha1.Gauge#operation
   */
  readonly operation?: string;

  /**
   * Realtime emits this metric in real time if applicable
   *
   * @schema io.argoproj.workflow.v1alpha1.Gauge#realtime
   */
  readonly realtime: boolean;

  /**
   * Value is the value to be used in the operation with the metric's current value. If no operation is set, value is the value of the metric MaxLength is an artificial limit to limit CEL validation costs - see note at top of file
   *
   * @schema io.argoproj.workflow.v1alpha1.Gauge#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'Gauge' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Gauge(obj: Gauge | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'operation': obj.operation,
    'realtime': obj.realtime,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Histogram is a Histogram prometheus metric
 *
 * @schema io.argoproj.workflow.v1alpha1.Histogram
 */
export interface Histogram {
  /**
   * Buckets is a list of bucket divisors for the histogram
   *
   * @schema io.argoproj.workflow.v1alpha1.Histogram#buckets
   */
  readonly buckets: number[];

  /**
   * Value is the value of the metric
   *
   * @schema io.argoproj.workflow.v1alpha1.Histogram#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'Histogram' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Histogram(obj: Histogram | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'buckets': obj.buckets?.map(y => y),
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * MetricLabel is a single label for a prometheus metric
 *
 * @schema io.argoproj.workflow.v1alpha1.MetricLabel
 */
export interface MetricLabel {
  /**
   * @schema io.argoproj.workflow.v1alpha1.MetricLabel#key
   */
  readonly key: string;

  /**
   * @schema io.argoproj.workflow.v1alpha1.MetricLabel#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'MetricLabel' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_MetricLabel(obj: MetricLabel | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'value': obj.value,
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
 * @schema io.argoproj.workflow.v1alpha1.SyncDatabaseRef
 */
export interface SyncDatabaseRef {
  /**
   * @schema io.argoproj.workflow.v1alpha1.SyncDatabaseRef#key
   */
  readonly key: string;
}

/**
 * Converts an object of type 'SyncDatabaseRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_SyncDatabaseRef(obj: SyncDatabaseRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
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
   * Name of the environment variable. May consist of any printable ASCII characters except '='.
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
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
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
   * Optional text to prepend to the name of each environment variable. May consist of any printable ASCII characters except '='.
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
 * Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.
 *
 * @schema io.k8s.api.core.v1.Lifecycle
 */
export interface K8sLifecycle {
  /**
   * PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @schema io.k8s.api.core.v1.Lifecycle#postStart
   */
  readonly postStart?: K8sLifecycleHandler;

  /**
   * PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @schema io.k8s.api.core.v1.Lifecycle#preStop
   */
  readonly preStop?: K8sLifecycleHandler;

  /**
   * StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name
   *
   * @schema io.k8s.api.core.v1.Lifecycle#stopSignal
   */
  readonly stopSignal?: string;
}

/**
 * Converts an object of type 'K8sLifecycle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sLifecycle(obj: K8sLifecycle | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'postStart': toJson_K8sLifecycleHandler(obj.postStart),
    'preStop': toJson_K8sLifecycleHandler(obj.preStop),
    'stopSignal': obj.stopSignal,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
 *
 * @schema io.k8s.api.core.v1.Probe
 */
export interface K8sProbe {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema io.k8s.api.core.v1.Probe#exec
   */
  readonly exec?: K8sExecAction;

  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
   *
   * @default 3. Minimum value is 1.
   * @schema io.k8s.api.core.v1.Probe#failureThreshold
   */
  readonly failureThreshold?: number;

  /**
   * GRPC specifies a GRPC HealthCheckRequest.
   *
   * @schema io.k8s.api.core.v1.Probe#grpc
   */
  readonly grpc?: K8sGrpcAction;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema io.k8s.api.core.v1.Probe#httpGet
   */
  readonly httpGet?: K8sHttpGetAction;

  /**
   * Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.k8s.api.core.v1.Probe#initialDelaySeconds
   */
  readonly initialDelaySeconds?: number;

  /**
   * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
   *
   * @default 10 seconds. Minimum value is 1.
   * @schema io.k8s.api.core.v1.Probe#periodSeconds
   */
  readonly periodSeconds?: number;

  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
   *
   * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
   * @schema io.k8s.api.core.v1.Probe#successThreshold
   */
  readonly successThreshold?: number;

  /**
   * TCPSocket specifies a connection to a TCP port.
   *
   * @schema io.k8s.api.core.v1.Probe#tcpSocket
   */
  readonly tcpSocket?: K8sTcpSocketAction;

  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
   *
   * @schema io.k8s.api.core.v1.Probe#terminationGracePeriodSeconds
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @default 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   * @schema io.k8s.api.core.v1.Probe#timeoutSeconds
   */
  readonly timeoutSeconds?: number;
}

/**
 * Converts an object of type 'K8sProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sProbe(obj: K8sProbe | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_K8sExecAction(obj.exec),
    'failureThreshold': obj.failureThreshold,
    'grpc': toJson_K8sGrpcAction(obj.grpc),
    'httpGet': toJson_K8sHttpGetAction(obj.httpGet),
    'initialDelaySeconds': obj.initialDelaySeconds,
    'periodSeconds': obj.periodSeconds,
    'successThreshold': obj.successThreshold,
    'tcpSocket': toJson_K8sTcpSocketAction(obj.tcpSocket),
    'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
    'timeoutSeconds': obj.timeoutSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema io.k8s.api.core.v1.ContainerPort
 */
export interface K8sContainerPort {
  /**
   * Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.
   *
   * @schema io.k8s.api.core.v1.ContainerPort#containerPort
   */
  readonly containerPort: number;

  /**
   * What host IP to bind the external port to.
   *
   * @schema io.k8s.api.core.v1.ContainerPort#hostIP
   */
  readonly hostIp?: string;

  /**
   * Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.
   *
   * @schema io.k8s.api.core.v1.ContainerPort#hostPort
   */
  readonly hostPort?: number;

  /**
   * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.
   *
   * @schema io.k8s.api.core.v1.ContainerPort#name
   */
  readonly name?: string;

  /**
   * Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".
   *
   * @default TCP".
   * @schema io.k8s.api.core.v1.ContainerPort#protocol
   */
  readonly protocol?: string;
}

/**
 * Converts an object of type 'K8sContainerPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sContainerPort(obj: K8sContainerPort | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerPort': obj.containerPort,
    'hostIP': obj.hostIp,
    'hostPort': obj.hostPort,
    'name': obj.name,
    'protocol': obj.protocol,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema io.k8s.api.core.v1.ContainerResizePolicy
 */
export interface K8sContainerResizePolicy {
  /**
   * Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.
   *
   * @schema io.k8s.api.core.v1.ContainerResizePolicy#resourceName
   */
  readonly resourceName: string;

  /**
   * Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.
   *
   * @schema io.k8s.api.core.v1.ContainerResizePolicy#restartPolicy
   */
  readonly restartPolicy: string;
}

/**
 * Converts an object of type 'K8sContainerResizePolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sContainerResizePolicy(obj: K8sContainerResizePolicy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'resourceName': obj.resourceName,
    'restartPolicy': obj.restartPolicy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema io.k8s.api.core.v1.ContainerRestartRule
 */
export interface K8sContainerRestartRule {
  /**
   * Specifies the action taken on a container exit if the requirements are satisfied. The only possible value is "Restart" to restart the container.
   *
   * @schema io.k8s.api.core.v1.ContainerRestartRule#action
   */
  readonly action: string;

  /**
   * Represents the exit codes to check on container exits.
   *
   * @schema io.k8s.api.core.v1.ContainerRestartRule#exitCodes
   */
  readonly exitCodes?: K8sContainerRestartRuleOnExitCodes;
}

/**
 * Converts an object of type 'K8sContainerRestartRule' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sContainerRestartRule(obj: K8sContainerRestartRule | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'action': obj.action,
    'exitCodes': toJson_K8sContainerRestartRuleOnExitCodes(obj.exitCodes),
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
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema io.k8s.api.core.v1.VolumeDevice
 */
export interface K8sVolumeDevice {
  /**
   * devicePath is the path inside of the container that the device will be mapped to.
   *
   * @schema io.k8s.api.core.v1.VolumeDevice#devicePath
   */
  readonly devicePath: string;

  /**
   * name must match the name of a persistentVolumeClaim in the pod
   *
   * @schema io.k8s.api.core.v1.VolumeDevice#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'K8sVolumeDevice' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sVolumeDevice(obj: K8sVolumeDevice | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'devicePath': obj.devicePath,
    'name': obj.name,
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
 * @schema io.argoproj.workflow.v1alpha1.ContainerNode
 */
export interface ContainerNode {
  /**
   * Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#command
   */
  readonly command?: string[];

  /**
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#dependencies
   */
  readonly dependencies?: string[];

  /**
   * List of environment variables to set in the container. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#env
   */
  readonly env?: K8sEnvVar[];

  /**
   * List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#envFrom
   */
  readonly envFrom?: K8sEnvFromSource[];

  /**
   * Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#image
   */
  readonly image?: string;

  /**
   * Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Actions that the management system should take in response to container lifecycle events. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#lifecycle
   */
  readonly lifecycle?: K8sLifecycle;

  /**
   * Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#livenessProbe
   */
  readonly livenessProbe?: K8sProbe;

  /**
   * Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#name
   */
  readonly name: string;

  /**
   * List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#ports
   */
  readonly ports?: K8sContainerPort[];

  /**
   * Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#readinessProbe
   */
  readonly readinessProbe?: K8sProbe;

  /**
   * Resources resize policy for the container. This field cannot be set on ephemeral containers.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#resizePolicy
   */
  readonly resizePolicy?: K8sContainerResizePolicy[];

  /**
   * Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#resources
   */
  readonly resources?: K8sResourceRequirements;

  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Additionally, setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#restartPolicy
   */
  readonly restartPolicy?: string;

  /**
   * Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#restartPolicyRules
   */
  readonly restartPolicyRules?: K8sContainerRestartRule[];

  /**
   * SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#securityContext
   */
  readonly securityContext?: K8sSecurityContext;

  /**
   * StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#startupProbe
   */
  readonly startupProbe?: K8sProbe;

  /**
   * Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#stdin
   */
  readonly stdin?: boolean;

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false
   *
   * @default false
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#stdinOnce
   */
  readonly stdinOnce?: boolean;

  /**
   * Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.
   *
   * @default dev/termination-log. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#terminationMessagePath
   */
  readonly terminationMessagePath?: string;

  /**
   * Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.
   *
   * @default File. Cannot be updated.
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#terminationMessagePolicy
   */
  readonly terminationMessagePolicy?: string;

  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
   *
   * @default false.
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#tty
   */
  readonly tty?: boolean;

  /**
   * volumeDevices is the list of block devices to be used by the container.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#volumeDevices
   */
  readonly volumeDevices?: K8sVolumeDevice[];

  /**
   * Pod volumes to mount into the container's filesystem. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#volumeMounts
   */
  readonly volumeMounts?: K8sVolumeMount[];

  /**
   * Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerNode#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'ContainerNode' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ContainerNode(obj: ContainerNode | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'dependencies': obj.dependencies?.map(y => y),
    'env': obj.env?.map(y => toJson_K8sEnvVar(y)),
    'envFrom': obj.envFrom?.map(y => toJson_K8sEnvFromSource(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'lifecycle': toJson_K8sLifecycle(obj.lifecycle),
    'livenessProbe': toJson_K8sProbe(obj.livenessProbe),
    'name': obj.name,
    'ports': obj.ports?.map(y => toJson_K8sContainerPort(y)),
    'readinessProbe': toJson_K8sProbe(obj.readinessProbe),
    'resizePolicy': obj.resizePolicy?.map(y => toJson_K8sContainerResizePolicy(y)),
    'resources': toJson_K8sResourceRequirements(obj.resources),
    'restartPolicy': obj.restartPolicy,
    'restartPolicyRules': obj.restartPolicyRules?.map(y => toJson_K8sContainerRestartRule(y)),
    'securityContext': toJson_K8sSecurityContext(obj.securityContext),
    'startupProbe': toJson_K8sProbe(obj.startupProbe),
    'stdin': obj.stdin,
    'stdinOnce': obj.stdinOnce,
    'terminationMessagePath': obj.terminationMessagePath,
    'terminationMessagePolicy': obj.terminationMessagePolicy,
    'tty': obj.tty,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_K8sVolumeDevice(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_K8sVolumeMount(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerSetRetryStrategy provides controls on how to retry a container set
 *
 * @schema io.argoproj.workflow.v1alpha1.ContainerSetRetryStrategy
 */
export interface ContainerSetRetryStrategy {
  /**
   * Duration is the time between each retry, examples values are "300ms", "1s" or "5m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerSetRetryStrategy#duration
   */
  readonly duration?: string;

  /**
   * Retries is the maximum number of retry attempts for each container. It does not include the first, original attempt; the maximum number of total attempts will be `retries + 1`.
   *
   * @schema io.argoproj.workflow.v1alpha1.ContainerSetRetryStrategy#retries
   */
  readonly retries: string;
}

/**
 * Converts an object of type 'ContainerSetRetryStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ContainerSetRetryStrategy(obj: ContainerSetRetryStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'duration': obj.duration,
    'retries': obj.retries,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DAGTask represents a node in the graph during DAG execution Note: CEL validation cannot check withItems (Schemaless) or inline (PreserveUnknownFields) fields.
 *
 * @schema io.argoproj.workflow.v1alpha1.DAGTask
 */
export interface DagTask {
  /**
   * Arguments are the parameter and artifact arguments to the template
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#arguments
   */
  readonly arguments?: Arguments;

  /**
   * ContinueOn makes argo to proceed with the following step even if this step fails. Errors and Failed states can be specified
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#continueOn
   */
  readonly continueOn?: ContinueOn;

  /**
   * Dependencies are name of other targets which this depends on
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#dependencies
   */
  readonly dependencies?: string[];

  /**
   * Depends are name of other targets which this depends on
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#depends
   */
  readonly depends?: string;

  /**
   * Hooks hold the lifecycle hook which is invoked at lifecycle of task, irrespective of the success, failure, or error status of the primary task
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#hooks
   */
  readonly hooks?: { [key: string]: LifecycleHook };

  /**
   * Inline is the template. Template must be empty if this is declared (and vice-versa). Note: As mentioned in the corresponding definition in WorkflowStep, this struct is defined recursively, so we need "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#inline
   */
  readonly inline?: Template;

  /**
   * Name is the name of the target
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#name
   */
  readonly name: string;

  /**
   * OnExit is a template reference which is invoked at the end of the template, irrespective of the success, failure, or error of the primary template.
   *
   * Deprecated: Use Hooks[exit].Template instead.
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#onExit
   */
  readonly onExit?: string;

  /**
   * Name of template to execute
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#template
   */
  readonly template?: string;

  /**
   * TemplateRef is the reference to the template resource to execute.
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#templateRef
   */
  readonly templateRef?: TemplateRef;

  /**
   * When is an expression in which the task should conditionally execute
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#when
   */
  readonly when?: string;

  /**
   * WithItems expands a task into multiple parallel tasks from the items in the list Note: The structure of WithItems is free-form, so we need "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#withItems
   */
  readonly withItems?: any[];

  /**
   * WithParam expands a task into multiple parallel tasks from the value in the parameter, which is expected to be a JSON list.
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#withParam
   */
  readonly withParam?: string;

  /**
   * WithSequence expands a task into a numeric sequence
   *
   * @schema io.argoproj.workflow.v1alpha1.DAGTask#withSequence
   */
  readonly withSequence?: Sequence;
}

/**
 * Converts an object of type 'DagTask' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_DagTask(obj: DagTask | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'arguments': toJson_Arguments(obj.arguments),
    'continueOn': toJson_ContinueOn(obj.continueOn),
    'dependencies': obj.dependencies?.map(y => y),
    'depends': obj.depends,
    'hooks': ((obj.hooks) === undefined) ? undefined : (Object.entries(obj.hooks).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_LifecycleHook(i[1]) }), {})),
    'inline': toJson_Template(obj.inline),
    'name': obj.name,
    'onExit': obj.onExit,
    'template': obj.template,
    'templateRef': toJson_TemplateRef(obj.templateRef),
    'when': obj.when,
    'withItems': obj.withItems?.map(y => y),
    'withParam': obj.withParam,
    'withSequence': toJson_Sequence(obj.withSequence),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DataSource sources external data into a data template
 *
 * @schema io.argoproj.workflow.v1alpha1.DataSource
 */
export interface DataSource {
  /**
   * ArtifactPaths is a data transformation that collects a list of artifact paths
   *
   * @schema io.argoproj.workflow.v1alpha1.DataSource#artifactPaths
   */
  readonly artifactPaths?: ArtifactPaths;
}

/**
 * Converts an object of type 'DataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_DataSource(obj: DataSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'artifactPaths': toJson_ArtifactPaths(obj.artifactPaths),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.TransformationStep
 */
export interface TransformationStep {
  /**
   * Expression defines an expr expression to apply
   *
   * @schema io.argoproj.workflow.v1alpha1.TransformationStep#expression
   */
  readonly expression: string;
}

/**
 * Converts an object of type 'TransformationStep' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TransformationStep(obj: TransformationStep | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'expression': obj.expression,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPBodySource contains the source of the HTTP body.
 *
 * @schema io.argoproj.workflow.v1alpha1.HTTPBodySource
 */
export interface HttpBodySource {
  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPBodySource#bytes
   */
  readonly bytes?: string;
}

/**
 * Converts an object of type 'HttpBodySource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpBodySource(obj: HttpBodySource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'bytes': obj.bytes,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.HTTPHeader
 */
export interface HttpHeader {
  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPHeader#name
   */
  readonly name: string;

  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPHeader#value
   */
  readonly value?: string;

  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPHeader#valueFrom
   */
  readonly valueFrom?: HttpHeaderSource;
}

/**
 * Converts an object of type 'HttpHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpHeader(obj: HttpHeader | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_HttpHeaderSource(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Cache is the configuration for the type of cache to be used
 *
 * @schema io.argoproj.workflow.v1alpha1.Cache
 */
export interface Cache {
  /**
   * ConfigMap sets a ConfigMap-based cache
   *
   * @schema io.argoproj.workflow.v1alpha1.Cache#configMap
   */
  readonly configMap: K8sLocalObjectReference;
}

/**
 * Converts an object of type 'Cache' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Cache(obj: Cache | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': toJson_K8sLocalObjectReference(obj.configMap),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.ManifestFrom
 */
export interface ManifestFrom {
  /**
   * Artifact contains the artifact to use
   *
   * @schema io.argoproj.workflow.v1alpha1.ManifestFrom#artifact
   */
  readonly artifact: Artifact;
}

/**
 * Converts an object of type 'ManifestFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ManifestFrom(obj: ManifestFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'artifact': toJson_Artifact(obj.artifact),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContinueOn defines if a workflow should continue even if a task or step fails/errors. It can be specified if the workflow should continue when the pod errors, fails or both.
 *
 * @schema io.argoproj.workflow.v1alpha1.ContinueOn
 */
export interface ContinueOn {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ContinueOn#error
   */
  readonly error?: boolean;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ContinueOn#failed
   */
  readonly failed?: boolean;
}

/**
 * Converts an object of type 'ContinueOn' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ContinueOn(obj: ContinueOn | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'error': obj.error,
    'failed': obj.failed,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sequence expands a workflow step into numeric range
 *
 * @schema io.argoproj.workflow.v1alpha1.Sequence
 */
export interface Sequence {
  /**
   * Count is number of elements in the sequence (default: 0). Not to be used with end
   *
   * @schema io.argoproj.workflow.v1alpha1.Sequence#count
   */
  readonly count?: string;

  /**
   * Number at which to end the sequence (default: 0). Not to be used with Count
   *
   * @schema io.argoproj.workflow.v1alpha1.Sequence#end
   */
  readonly end?: string;

  /**
   * Format is a printf format string to format the value in the sequence
   *
   * @schema io.argoproj.workflow.v1alpha1.Sequence#format
   */
  readonly format?: string;

  /**
   * Number at which to start the sequence (default: 0)
   *
   * @schema io.argoproj.workflow.v1alpha1.Sequence#start
   */
  readonly start?: string;
}

/**
 * Converts an object of type 'Sequence' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Sequence(obj: Sequence | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'count': obj.count,
    'end': obj.end,
    'format': obj.format,
    'start': obj.start,
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
 * PersistentVolumeClaimCondition contains details about state of pvc
 *
 * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition
 */
export interface K8sPersistentVolumeClaimCondition {
  /**
   * lastProbeTime is the time we probed the condition.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#lastProbeTime
   */
  readonly lastProbeTime?: Date;

  /**
   * lastTransitionTime is the time the condition transitioned from one status to another.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#lastTransitionTime
   */
  readonly lastTransitionTime?: Date;

  /**
   * message is the human-readable message indicating details about last transition.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#message
   */
  readonly message?: string;

  /**
   * reason is a unique, this should be a short, machine understandable string that gives the reason for condition's last transition. If it reports "Resizing" that means the underlying persistent volume is being resized.
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#reason
   */
  readonly reason?: string;

  /**
   * Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=state%20of%20pvc-,conditions.status,-(string)%2C%20required
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#status
   */
  readonly status: string;

  /**
   * Type is the type of the condition. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=set%20to%20%27ResizeStarted%27.-,PersistentVolumeClaimCondition,-contains%20details%20about
   *
   * @schema io.k8s.api.core.v1.PersistentVolumeClaimCondition#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'K8sPersistentVolumeClaimCondition' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPersistentVolumeClaimCondition(obj: K8sPersistentVolumeClaimCondition | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'lastProbeTime': obj.lastProbeTime?.toISOString(),
    'lastTransitionTime': obj.lastTransitionTime?.toISOString(),
    'message': obj.message,
    'reason': obj.reason,
    'status': obj.status,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation
 *
 * @schema io.k8s.api.core.v1.ModifyVolumeStatus
 */
export interface K8sModifyVolumeStatus {
  /**
   * status is the status of the ControllerModifyVolume operation. It can be in any of following states:
   * - Pending
   * Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as
   * the specified VolumeAttributesClass not existing.
   * - InProgress
   * InProgress indicates that the volume is being modified.
   * - Infeasible
   * Infeasible indicates that the request has been rejected as invalid by the CSI driver. To
   * resolve the error, a valid VolumeAttributesClass needs to be specified.
   * Note: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.
   *
   * @schema io.k8s.api.core.v1.ModifyVolumeStatus#status
   */
  readonly status: string;

  /**
   * targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled
   *
   * @schema io.k8s.api.core.v1.ModifyVolumeStatus#targetVolumeAttributesClassName
   */
  readonly targetVolumeAttributesClassName?: string;
}

/**
 * Converts an object of type 'K8sModifyVolumeStatus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sModifyVolumeStatus(obj: K8sModifyVolumeStatus | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'status': obj.status,
    'targetVolumeAttributesClassName': obj.targetVolumeAttributesClassName,
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
   * Projects an auto-rotating credential bundle (private key and certificate chain) that the pod can use either as a TLS client or server.
   *
   * Kubelet generates a private key and uses it to send a PodCertificateRequest to the named signer.  Once the signer approves the request and issues a certificate chain, Kubelet writes the key and certificate chain to the pod filesystem.  The pod does not start until certificates have been issued for each podCertificate projected volume source in its spec.
   *
   * Kubelet will begin trying to rotate the certificate at the time indicated by the signer using the PodCertificateRequest.Status.BeginRefreshAt timestamp.
   *
   * Kubelet can write a single file, indicated by the credentialBundlePath field, or separate files, indicated by the keyPath and certificateChainPath fields.
   *
   * The credential bundle is a single file in PEM format.  The first PEM entry is the private key (in PKCS#8 format), and the remaining PEM entries are the certificate chain issued by the signer (typically, signers will return their certificate chain in leaf-to-root order).
   *
   * Prefer using the credential bundle format, since your application code can read it atomically.  If you use keyPath and certificateChainPath, your application must make two separate file reads. If these coincide with a certificate rotation, it is possible that the private key and leaf certificate you read may not correspond to each other.  Your application will need to check for this condition, and re-read until they are consistent.
   *
   * The named signer controls chooses the format of the certificate it issues; consult the signer implementation's documentation to learn how to use the certificates it issues.
   *
   * @schema io.k8s.api.core.v1.VolumeProjection#podCertificate
   */
  readonly podCertificate?: K8sPodCertificateProjection;

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
    'podCertificate': toJson_K8sPodCertificateProjection(obj.podCertificate),
    'secret': toJson_K8sSecretProjection(obj.secret),
    'serviceAccountToken': toJson_K8sServiceAccountTokenProjection(obj.serviceAccountToken),
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
 * TarStrategy will tar and gzip the file or directory when saving
 *
 * @schema io.argoproj.workflow.v1alpha1.TarStrategy
 */
export interface TarStrategy {
  /**
   * CompressionLevel specifies the gzip compression level to use for the artifact. Defaults to gzip.DefaultCompression.
   *
   * @default gzip.DefaultCompression.
   * @schema io.argoproj.workflow.v1alpha1.TarStrategy#compressionLevel
   */
  readonly compressionLevel?: number;
}

/**
 * Converts an object of type 'TarStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TarStrategy(obj: TarStrategy | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'compressionLevel': obj.compressionLevel,
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
 * @schema io.argoproj.workflow.v1alpha1.HTTPAuth
 */
export interface HttpAuth {
  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPAuth#basicAuth
   */
  readonly basicAuth?: BasicAuth;

  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPAuth#clientCert
   */
  readonly clientCert?: ClientCertAuth;

  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPAuth#oauth2
   */
  readonly oauth2?: OAuth2Auth;
}

/**
 * Converts an object of type 'HttpAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpAuth(obj: HttpAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'basicAuth': toJson_BasicAuth(obj.basicAuth),
    'clientCert': toJson_ClientCertAuth(obj.clientCert),
    'oauth2': toJson_OAuth2Auth(obj.oauth2),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Header indicate a key-value request header to be used when fetching artifacts over HTTP
 *
 * @schema io.argoproj.workflow.v1alpha1.Header
 */
export interface Header {
  /**
   * Name is the header name
   *
   * @schema io.argoproj.workflow.v1alpha1.Header#name
   */
  readonly name: string;

  /**
   * Value is the literal value to use for the header
   *
   * @schema io.argoproj.workflow.v1alpha1.Header#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'Header' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_Header(obj: Header | undefined): Record<string, any> | undefined {
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
 * OSSLifecycleRule specifies how to manage bucket's lifecycle
 *
 * @schema io.argoproj.workflow.v1alpha1.OSSLifecycleRule
 */
export interface OssLifecycleRule {
  /**
   * MarkDeletionAfterDays is the number of days before we delete objects in the bucket
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSLifecycleRule#markDeletionAfterDays
   */
  readonly markDeletionAfterDays?: number;

  /**
   * MarkInfrequentAccessAfterDays is the number of days before we convert the objects in the bucket to Infrequent Access (IA) storage type
   *
   * @schema io.argoproj.workflow.v1alpha1.OSSLifecycleRule#markInfrequentAccessAfterDays
   */
  readonly markInfrequentAccessAfterDays?: number;
}

/**
 * Converts an object of type 'OssLifecycleRule' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OssLifecycleRule(obj: OssLifecycleRule | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'markDeletionAfterDays': obj.markDeletionAfterDays,
    'markInfrequentAccessAfterDays': obj.markInfrequentAccessAfterDays,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CreateS3BucketOptions options used to determine automatic automatic bucket-creation process
 *
 * @schema io.argoproj.workflow.v1alpha1.CreateS3BucketOptions
 */
export interface CreateS3BucketOptions {
  /**
   * ObjectLocking Enable object locking
   *
   * @schema io.argoproj.workflow.v1alpha1.CreateS3BucketOptions#objectLocking
   */
  readonly objectLocking?: boolean;
}

/**
 * Converts an object of type 'CreateS3BucketOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_CreateS3BucketOptions(obj: CreateS3BucketOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'objectLocking': obj.objectLocking,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * S3EncryptionOptions used to determine encryption options during s3 operations
 *
 * @schema io.argoproj.workflow.v1alpha1.S3EncryptionOptions
 */
export interface S3EncryptionOptions {
  /**
   * EnableEncryption tells the driver to encrypt objects if set to true. If kmsKeyId and serverSideCustomerKeySecret are not set, SSE-S3 will be used
   *
   * @schema io.argoproj.workflow.v1alpha1.S3EncryptionOptions#enableEncryption
   */
  readonly enableEncryption?: boolean;

  /**
   * KmsEncryptionContext is a json blob that contains an encryption context. See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context for more information
   *
   * @schema io.argoproj.workflow.v1alpha1.S3EncryptionOptions#kmsEncryptionContext
   */
  readonly kmsEncryptionContext?: string;

  /**
   * KMSKeyId tells the driver to encrypt the object using the specified KMS Key.
   *
   * @schema io.argoproj.workflow.v1alpha1.S3EncryptionOptions#kmsKeyId
   */
  readonly kmsKeyId?: string;

  /**
   * ServerSideCustomerKeySecret tells the driver to encrypt the output artifacts using SSE-C with the specified secret.
   *
   * @schema io.argoproj.workflow.v1alpha1.S3EncryptionOptions#serverSideCustomerKeySecret
   */
  readonly serverSideCustomerKeySecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'S3EncryptionOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_S3EncryptionOptions(obj: S3EncryptionOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'enableEncryption': obj.enableEncryption,
    'kmsEncryptionContext': obj.kmsEncryptionContext,
    'kmsKeyId': obj.kmsKeyId,
    'serverSideCustomerKeySecret': toJson_K8sSecretKeySelector(obj.serverSideCustomerKeySecret),
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
   * FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
   *
   * @schema io.k8s.api.core.v1.EnvVarSource#fileKeyRef
   */
  readonly fileKeyRef?: K8sFileKeySelector;

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
    'fileKeyRef': toJson_K8sFileKeySelector(obj.fileKeyRef),
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
 * LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.
 *
 * @schema io.k8s.api.core.v1.LifecycleHandler
 */
export interface K8sLifecycleHandler {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema io.k8s.api.core.v1.LifecycleHandler#exec
   */
  readonly exec?: K8sExecAction;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema io.k8s.api.core.v1.LifecycleHandler#httpGet
   */
  readonly httpGet?: K8sHttpGetAction;

  /**
   * Sleep represents a duration that the container should sleep.
   *
   * @schema io.k8s.api.core.v1.LifecycleHandler#sleep
   */
  readonly sleep?: K8sSleepAction;

  /**
   * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified.
   *
   * @schema io.k8s.api.core.v1.LifecycleHandler#tcpSocket
   */
  readonly tcpSocket?: K8sTcpSocketAction;
}

/**
 * Converts an object of type 'K8sLifecycleHandler' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sLifecycleHandler(obj: K8sLifecycleHandler | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_K8sExecAction(obj.exec),
    'httpGet': toJson_K8sHttpGetAction(obj.httpGet),
    'sleep': toJson_K8sSleepAction(obj.sleep),
    'tcpSocket': toJson_K8sTcpSocketAction(obj.tcpSocket),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExecAction describes a "run in container" action.
 *
 * @schema io.k8s.api.core.v1.ExecAction
 */
export interface K8sExecAction {
  /**
   * Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema io.k8s.api.core.v1.ExecAction#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'K8sExecAction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sExecAction(obj: K8sExecAction | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GRPCAction specifies an action involving a GRPC service.
 *
 * @schema io.k8s.api.core.v1.GRPCAction
 */
export interface K8sGrpcAction {
  /**
   * Port number of the gRPC service. Number must be in the range 1 to 65535.
   *
   * @schema io.k8s.api.core.v1.GRPCAction#port
   */
  readonly port: number;

  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   *
   * If this is not specified, the default behavior is defined by gRPC.
   *
   * @schema io.k8s.api.core.v1.GRPCAction#service
   */
  readonly service?: string;
}

/**
 * Converts an object of type 'K8sGrpcAction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sGrpcAction(obj: K8sGrpcAction | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'port': obj.port,
    'service': obj.service,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGetAction describes an action based on HTTP Get requests.
 *
 * @schema io.k8s.api.core.v1.HTTPGetAction
 */
export interface K8sHttpGetAction {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.
   *
   * @schema io.k8s.api.core.v1.HTTPGetAction#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema io.k8s.api.core.v1.HTTPGetAction#httpHeaders
   */
  readonly httpHeaders?: K8sHttpHeader[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema io.k8s.api.core.v1.HTTPGetAction#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
   *
   * @schema io.k8s.api.core.v1.HTTPGetAction#port
   */
  readonly port: string;

  /**
   * Scheme to use for connecting to the host. Defaults to HTTP.
   *
   * @default HTTP.
   * @schema io.k8s.api.core.v1.HTTPGetAction#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'K8sHttpGetAction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sHttpGetAction(obj: K8sHttpGetAction | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_K8sHttpHeader(y)),
    'path': obj.path,
    'port': obj.port,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TCPSocketAction describes an action based on opening a socket
 *
 * @schema io.k8s.api.core.v1.TCPSocketAction
 */
export interface K8sTcpSocketAction {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema io.k8s.api.core.v1.TCPSocketAction#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
   *
   * @schema io.k8s.api.core.v1.TCPSocketAction#port
   */
  readonly port: string;
}

/**
 * Converts an object of type 'K8sTcpSocketAction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sTcpSocketAction(obj: K8sTcpSocketAction | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerRestartRuleOnExitCodes describes the condition for handling an exited container based on its exit codes.
 *
 * @schema io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes
 */
export interface K8sContainerRestartRuleOnExitCodes {
  /**
   * Represents the relationship between the container exit code(s) and the specified values. Possible values are: - In: the requirement is satisfied if the container exit code is in the
   * set of specified values.
   * - NotIn: the requirement is satisfied if the container exit code is
   * not in the set of specified values.
   *
   * @schema io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes#operator
   */
  readonly operator: string;

  /**
   * Specifies the set of values to check for container exit codes. At most 255 elements are allowed.
   *
   * @schema io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes#values
   */
  readonly values?: number[];
}

/**
 * Converts an object of type 'K8sContainerRestartRuleOnExitCodes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sContainerRestartRuleOnExitCodes(obj: K8sContainerRestartRuleOnExitCodes | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
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
 * ArtifactPaths expands a step from a collection of artifacts
 *
 * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths
 */
export interface ArtifactPaths {
  /**
   * Archive controls how the artifact will be saved to the artifact repository.
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#archive
   */
  readonly archive?: ArchiveStrategy;

  /**
   * ArchiveLogs indicates if the container logs should be archived
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#archiveLogs
   */
  readonly archiveLogs?: boolean;

  /**
   * ArtifactGC describes the strategy to use when to deleting an artifact from completed or deleted workflows
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#artifactGC
   */
  readonly artifactGc?: ArtifactGc;

  /**
   * Artifactory contains artifactory artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#artifactory
   */
  readonly artifactory?: ArtifactoryArtifact;

  /**
   * Azure contains Azure Storage artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#azure
   */
  readonly azure?: AzureArtifact;

  /**
   * Has this been deleted?
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#deleted
   */
  readonly deleted?: boolean;

  /**
   * From allows an artifact to reference an artifact from a previous step
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#from
   */
  readonly from?: string;

  /**
   * FromExpression, if defined, is evaluated to specify the value for the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#fromExpression
   */
  readonly fromExpression?: string;

  /**
   * GCS contains GCS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#gcs
   */
  readonly gcs?: GcsArtifact;

  /**
   * Git contains git artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#git
   */
  readonly git?: GitArtifact;

  /**
   * GlobalName exports an output artifact to the global scope, making it available as io.argoproj.workflow.v1alpha1.outputs.artifacts.XXXX and in workflow.status.outputs.artifacts
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#globalName
   */
  readonly globalName?: string;

  /**
   * HDFS contains HDFS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#hdfs
   */
  readonly hdfs?: HdfsArtifact;

  /**
   * HTTP contains HTTP artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#http
   */
  readonly http?: HttpArtifact;

  /**
   * mode bits to use on this file, must be a value between 0 and 0777. Set when loading input artifacts. It is recommended to set the mode value to ensure the artifact has the expected permissions in your container.
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#mode
   */
  readonly mode?: number;

  /**
   * name of the artifact. must be unique within a template's inputs/outputs.
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#name
   */
  readonly name: string;

  /**
   * Make Artifacts optional, if Artifacts doesn't generate or exist
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#optional
   */
  readonly optional?: boolean;

  /**
   * OSS contains OSS artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#oss
   */
  readonly oss?: OssArtifact;

  /**
   * Path is the container path to the artifact
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#path
   */
  readonly path?: string;

  /**
   * Plugin contains plugin artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#plugin
   */
  readonly plugin?: PluginArtifact;

  /**
   * Raw contains raw artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#raw
   */
  readonly raw?: RawArtifact;

  /**
   * If mode is set, apply the permission recursively into the artifact if it is a folder
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#recurseMode
   */
  readonly recurseMode?: boolean;

  /**
   * S3 contains S3 artifact location details
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#s3
   */
  readonly s3?: S3Artifact;

  /**
   * SubPath allows an artifact to be sourced from a subpath within the specified source
   *
   * @schema io.argoproj.workflow.v1alpha1.ArtifactPaths#subPath
   */
  readonly subPath?: string;
}

/**
 * Converts an object of type 'ArtifactPaths' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ArtifactPaths(obj: ArtifactPaths | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'archive': toJson_ArchiveStrategy(obj.archive),
    'archiveLogs': obj.archiveLogs,
    'artifactGC': toJson_ArtifactGc(obj.artifactGc),
    'artifactory': toJson_ArtifactoryArtifact(obj.artifactory),
    'azure': toJson_AzureArtifact(obj.azure),
    'deleted': obj.deleted,
    'from': obj.from,
    'fromExpression': obj.fromExpression,
    'gcs': toJson_GcsArtifact(obj.gcs),
    'git': toJson_GitArtifact(obj.git),
    'globalName': obj.globalName,
    'hdfs': toJson_HdfsArtifact(obj.hdfs),
    'http': toJson_HttpArtifact(obj.http),
    'mode': obj.mode,
    'name': obj.name,
    'optional': obj.optional,
    'oss': toJson_OssArtifact(obj.oss),
    'path': obj.path,
    'plugin': toJson_PluginArtifact(obj.plugin),
    'raw': toJson_RawArtifact(obj.raw),
    'recurseMode': obj.recurseMode,
    's3': toJson_S3Artifact(obj.s3),
    'subPath': obj.subPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema io.argoproj.workflow.v1alpha1.HTTPHeaderSource
 */
export interface HttpHeaderSource {
  /**
   * @schema io.argoproj.workflow.v1alpha1.HTTPHeaderSource#secretKeyRef
   */
  readonly secretKeyRef?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'HttpHeaderSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_HttpHeaderSource(obj: HttpHeaderSource | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'secretKeyRef': toJson_K8sSecretKeySelector(obj.secretKeyRef),
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
 * PodCertificateProjection provides a private key and X.509 certificate in the pod filesystem.
 *
 * @schema io.k8s.api.core.v1.PodCertificateProjection
 */
export interface K8sPodCertificateProjection {
  /**
   * Write the certificate chain at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#certificateChainPath
   */
  readonly certificateChainPath?: string;

  /**
   * Write the credential bundle at this path in the projected volume.
   *
   * The credential bundle is a single file that contains multiple PEM blocks. The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private key.
   *
   * The remaining blocks are CERTIFICATE blocks, containing the issued certificate chain from the signer (leaf and any intermediates).
   *
   * Using credentialBundlePath lets your Pod's application code make a single atomic read that retrieves a consistent key and certificate chain.  If you project them to separate files, your application code will need to additionally check that the leaf certificate was issued to the key.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#credentialBundlePath
   */
  readonly credentialBundlePath?: string;

  /**
   * Write the key at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#keyPath
   */
  readonly keyPath?: string;

  /**
   * The type of keypair Kubelet will generate for the pod.
   *
   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384", "ECDSAP521", and "ED25519".
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#keyType
   */
  readonly keyType: string;

  /**
   * maxExpirationSeconds is the maximum lifetime permitted for the certificate.
   *
   * Kubelet copies this value verbatim into the PodCertificateRequests it generates for this projection.
   *
   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver will reject values shorter than 3600 (1 hour).  The maximum allowable value is 7862400 (91 days).
   *
   * The signer implementation is then free to issue a certificate with any lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600 seconds (1 hour).  This constraint is enforced by kube-apiserver. `kubernetes.io` signers will never issue certificates with a lifetime longer than 24 hours.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#maxExpirationSeconds
   */
  readonly maxExpirationSeconds?: number;

  /**
   * Kubelet's generated CSRs will be addressed to this signer.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#signerName
   */
  readonly signerName: string;

  /**
   * userAnnotations allow pod authors to pass additional information to the signer implementation.  Kubernetes does not restrict or validate this metadata in any way.
   *
   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of the PodCertificateRequest objects that Kubelet creates.
   *
   * Entries are subject to the same validation as object metadata annotations, with the addition that all keys must be domain-prefixed. No restrictions are placed on values, except an overall size limitation on the entire field.
   *
   * Signers should document the keys and values they support. Signers should deny requests that contain keys they do not recognize.
   *
   * @schema io.k8s.api.core.v1.PodCertificateProjection#userAnnotations
   */
  readonly userAnnotations?: { [key: string]: string };
}

/**
 * Converts an object of type 'K8sPodCertificateProjection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sPodCertificateProjection(obj: K8sPodCertificateProjection | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'certificateChainPath': obj.certificateChainPath,
    'credentialBundlePath': obj.credentialBundlePath,
    'keyPath': obj.keyPath,
    'keyType': obj.keyType,
    'maxExpirationSeconds': obj.maxExpirationSeconds,
    'signerName': obj.signerName,
    'userAnnotations': ((obj.userAnnotations) === undefined) ? undefined : (Object.entries(obj.userAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
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
 * BasicAuth describes the secret selectors required for basic authentication
 *
 * @schema io.argoproj.workflow.v1alpha1.BasicAuth
 */
export interface BasicAuth {
  /**
   * PasswordSecret is the secret selector to the repository password
   *
   * @schema io.argoproj.workflow.v1alpha1.BasicAuth#passwordSecret
   */
  readonly passwordSecret?: K8sSecretKeySelector;

  /**
   * UsernameSecret is the secret selector to the repository username
   *
   * @schema io.argoproj.workflow.v1alpha1.BasicAuth#usernameSecret
   */
  readonly usernameSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'BasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_BasicAuth(obj: BasicAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'passwordSecret': toJson_K8sSecretKeySelector(obj.passwordSecret),
    'usernameSecret': toJson_K8sSecretKeySelector(obj.usernameSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ClientCertAuth holds necessary information for client authentication via certificates
 *
 * @schema io.argoproj.workflow.v1alpha1.ClientCertAuth
 */
export interface ClientCertAuth {
  /**
   * @schema io.argoproj.workflow.v1alpha1.ClientCertAuth#clientCertSecret
   */
  readonly clientCertSecret?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.workflow.v1alpha1.ClientCertAuth#clientKeySecret
   */
  readonly clientKeySecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'ClientCertAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ClientCertAuth(obj: ClientCertAuth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clientCertSecret': toJson_K8sSecretKeySelector(obj.clientCertSecret),
    'clientKeySecret': toJson_K8sSecretKeySelector(obj.clientKeySecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * OAuth2Auth holds all information for client authentication via OAuth2 tokens
 *
 * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth
 */
export interface OAuth2Auth {
  /**
   * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth#clientIDSecret
   */
  readonly clientIdSecret?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth#clientSecretSecret
   */
  readonly clientSecretSecret?: K8sSecretKeySelector;

  /**
   * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth#endpointParams
   */
  readonly endpointParams?: OAuth2EndpointParam[];

  /**
   * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth#scopes
   */
  readonly scopes?: string[];

  /**
   * @schema io.argoproj.workflow.v1alpha1.OAuth2Auth#tokenURLSecret
   */
  readonly tokenUrlSecret?: K8sSecretKeySelector;
}

/**
 * Converts an object of type 'OAuth2Auth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OAuth2Auth(obj: OAuth2Auth | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clientIDSecret': toJson_K8sSecretKeySelector(obj.clientIdSecret),
    'clientSecretSecret': toJson_K8sSecretKeySelector(obj.clientSecretSecret),
    'endpointParams': obj.endpointParams?.map(y => toJson_OAuth2EndpointParam(y)),
    'scopes': obj.scopes?.map(y => y),
    'tokenURLSecret': toJson_K8sSecretKeySelector(obj.tokenUrlSecret),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeySelector selects a key of the env file.
 *
 * @schema io.k8s.api.core.v1.FileKeySelector
 */
export interface K8sFileKeySelector {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema io.k8s.api.core.v1.FileKeySelector#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.
   *
   * @schema io.k8s.api.core.v1.FileKeySelector#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema io.k8s.api.core.v1.FileKeySelector#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema io.k8s.api.core.v1.FileKeySelector#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'K8sFileKeySelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sFileKeySelector(obj: K8sFileKeySelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SleepAction describes a "sleep" action.
 *
 * @schema io.k8s.api.core.v1.SleepAction
 */
export interface K8sSleepAction {
  /**
   * Seconds is the number of seconds to sleep.
   *
   * @schema io.k8s.api.core.v1.SleepAction#seconds
   */
  readonly seconds: number;
}

/**
 * Converts an object of type 'K8sSleepAction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sSleepAction(obj: K8sSleepAction | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'seconds': obj.seconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema io.k8s.api.core.v1.HTTPHeader
 */
export interface K8sHttpHeader {
  /**
   * The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema io.k8s.api.core.v1.HTTPHeader#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema io.k8s.api.core.v1.HTTPHeader#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'K8sHttpHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_K8sHttpHeader(obj: K8sHttpHeader | undefined): Record<string, any> | undefined {
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
 * OAuth2EndpointParam is an optional field that should be sent in the OAuth request.
 *
 * @schema io.argoproj.workflow.v1alpha1.OAuth2EndpointParam
 */
export interface OAuth2EndpointParam {
  /**
   * Name is the header name
   *
   * @schema io.argoproj.workflow.v1alpha1.OAuth2EndpointParam#key
   */
  readonly key: string;

  /**
   * Value is the literal value to use for the header
   *
   * @schema io.argoproj.workflow.v1alpha1.OAuth2EndpointParam#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'OAuth2EndpointParam' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_OAuth2EndpointParam(obj: OAuth2EndpointParam | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
