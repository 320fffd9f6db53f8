import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SYNC_WAVE_ANNOTATION } from '../../src/argo/metadata';
import {
  ArgoGuardWatcher,
  type ArgoGuardWatcherProps,
  packageVersion,
  WATCHER_FLAGS,
  WATCHER_SYNC_WAVE,
  WatcherPolicy,
} from '../../src/deploy';
import { UserError } from '../../src/errors';
import { lintManifests } from '../../src/rules';
import { COMMON_OPTIONS } from '../../src/watcher/options';
import {
  clusterRules,
  namespaceRules,
  WATCHER_CLUSTER_RULES,
  WATCHER_NAMESPACE_RULES,
} from '../../src/watcher/rbac';
import { type ArgoGuardSettings, GuardedChart, Workflow } from '../../src/workflows';

function install(props: ArgoGuardWatcherProps = {}, settings: ArgoGuardSettings = {}) {
  const chart = new GuardedChart(Testing.app(), 'test', { namespace: 'argo-guard', argoGuard: settings });
  const watcher = new ArgoGuardWatcher(chart, 'watcher', props);
  return { chart, watcher, manifests: Testing.synth(chart) as any[] };
}

const of = (ms: any[], kind: string) => ms.filter((m) => m.kind === kind);
const one = (ms: any[], kind: string) => {
  const found = of(ms, kind);
  expect(found, `one ${kind}`).toHaveLength(1);
  return found[0];
};
const podSpecs = (ms: any[]) => [
  one(ms, 'Deployment').spec.template.spec,
  one(ms, 'CronJob').spec.jobTemplate.spec.template.spec,
];

describe('ArgoGuardWatcher: objects', () => {
  it('emits the install with fixed names in the watcher namespace', () => {
    const { manifests } = install();
    expect(manifests.map((m) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`).sort()).toEqual(
      [
        'ClusterRole//argo-guard-watcher',
        'ClusterRoleBinding//argo-guard-watcher',
        'CronJob/argo-guard/argo-guard-watcher-sweep',
        'Deployment/argo-guard/argo-guard-watcher',
        'PodDisruptionBudget/argo-guard/argo-guard-watcher',
        'Role/argo-guard/argo-guard-watcher-leader-ledger',
        'RoleBinding/argo-guard/argo-guard-watcher-leader-ledger',
        'Service/argo-guard/argo-guard-watcher-metrics',
        'ServiceAccount/argo-guard/argo-guard-watcher',
      ].sort(),
    );
  });

  it('runs 2 watch replicas (leader election) and the sweep as a Forbid CronJob with a deadline', () => {
    const { manifests } = install();
    const dep = one(manifests, 'Deployment');
    expect(dep.spec.replicas).toBe(2);
    expect(dep.spec.template.spec.containers[0].args).toEqual([
      'watch',
      '--grace=2m',
      '--policy=safe',
      '--log-format=json',
      '--listen=0.0.0.0:8080',
    ]);
    const cron = one(manifests, 'CronJob');
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    expect(cron.spec.schedule).toBe('*/30 * * * *');
    expect(cron.spec.jobTemplate.spec.activeDeadlineSeconds).toBe(600);
    expect(cron.spec.jobTemplate.spec.backoffLimit).toBe(0);
    expect(cron.spec.jobTemplate.spec.template.spec.restartPolicy).toBe('Never');
    expect(cron.spec.jobTemplate.spec.template.spec.containers[0].args).toEqual([
      'sweep',
      '--grace=2m',
      '--policy=safe',
      '--log-format=json',
    ]);
  });

  it('passes every setting as the CLI flag of src/watcher/options.ts', () => {
    const { manifests } = install({
      namespaces: ['ci', 'batch'],
      selector: 'team=data',
      grace: Duration.seconds(90),
      policy: WatcherPolicy.forceAfter(Duration.hours(6)),
      dryRun: true,
      logFormat: 'text',
      port: 9100,
      controller: { instanceId: 'prod', offloadNodeStatus: true, defaultGCStrategy: 'OnWorkflowCompletion' },
      extraArgs: ['--concurrency=8'],
    });
    expect(one(manifests, 'Deployment').spec.template.spec.containers[0].args).toEqual([
      'watch',
      '--namespace=ci',
      '--namespace=batch',
      '--selector=team=data',
      '--grace=90s',
      '--policy=force-after=6h',
      '--dry-run',
      '--log-format=text',
      '--instance-id=prod',
      '--offload',
      '--default-gc-strategy=OnWorkflowCompletion',
      '--listen=0.0.0.0:9100',
      '--concurrency=8',
    ]);
    expect(WatcherPolicy.reportOnly().text).toBe('report-only');
    // Another install's name gets its own Lease; the default name is the CLI's default Lease.
    expect(
      one(install({ name: 'team-a-watcher' }).manifests, 'Deployment').spec.template.spec.containers[0].args,
    ).toContain('--lease-name=team-a-watcher');
    expect(
      one(install().manifests, 'Deployment').spec.template.spec.containers[0].args.join(' '),
    ).not.toContain('--lease-name');
  });

  it('the CLI accepts every flag the construct passes', () => {
    const known = new Set(Object.keys(COMMON_OPTIONS).map((k) => `--${k}`));
    // watch-only options, declared inline in src/cli/watch.ts's parseArgs call.
    const watchSource = readFileSync(join(__dirname, '..', '..', 'src', 'cli', 'watch.ts'), 'utf8');
    for (const m of watchSource.matchAll(/^\s+'?([a-z-]+)'?: \{ type: '(?:string|boolean)'/gm))
      known.add(`--${m[1]}`);
    expect(known).toContain('--listen');
    for (const flag of Object.values(WATCHER_FLAGS)) expect(known, flag).toContain(flag);
  });

  it('reads the controller facts from the chart settings (one source)', () => {
    const { manifests } = install(
      {},
      {
        controllerConfig: {
          instanceID: 'blue',
          nodeStatusOffload: true,
          workflowDefaults: { spec: { artifactGC: { strategy: 'OnWorkflowDeletion' } } },
        },
      },
    );
    const args = one(manifests, 'Deployment').spec.template.spec.containers[0].args;
    expect(args).toContain('--instance-id=blue');
    expect(args).toContain('--offload');
    expect(args).toContain('--default-gc-strategy=OnWorkflowDeletion');
  });

  it('passes the runtime-mode flags only when set, and --no-runtime for runtime: false', () => {
    const argsOf = (props: ArgoGuardWatcherProps) =>
      one(install(props).manifests, 'Deployment').spec.template.spec.containers[0].args as string[];
    expect(argsOf({}).filter((a) => /runtime|deadline|timeout|resume/.test(a))).toEqual([]);
    expect(argsOf({ runtime: false })).toContain('--no-runtime');
    const args = argsOf({
      runtime: {
        deadlineGrace: Duration.minutes(1),
        startTimeout: Duration.minutes(2),
        lockTimeout: Duration.hours(1),
        resumeToStop: true,
        pendingTimeout: Duration.minutes(15),
        terminatePending: true,
      },
    });
    expect(args).toEqual(
      expect.arrayContaining([
        '--deadline-grace=1m',
        '--start-timeout=2m',
        '--lock-timeout=1h',
        '--resume-to-stop',
        '--pending-timeout=15m',
        '--terminate-pending',
      ]),
    );
  });

  it('uses the package version as the default image tag, and takes any image', () => {
    expect(one(install().manifests, 'Deployment').spec.template.spec.containers[0].image).toBe(
      `ghcr.io/argo-guard/argo-guard:${packageVersion()}`,
    );
    const { manifests } = install({ image: 'registry.example.com/argo-guard@sha256:abc' });
    for (const spec of podSpecs(manifests)) {
      expect(spec.containers[0].image).toBe('registry.example.com/argo-guard@sha256:abc');
      expect(spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    }
  });

  it('watch: false leaves only the CronJob (no Deployment, Service, PDB); sweep: false only the Deployment', () => {
    const a = install({ watch: false }).manifests;
    expect(of(a, 'Deployment')).toHaveLength(0);
    expect(of(a, 'Service')).toHaveLength(0);
    expect(of(a, 'PodDisruptionBudget')).toHaveLength(0);
    expect(of(a, 'CronJob')).toHaveLength(1);
    const b = install({ sweep: false }).manifests;
    expect(of(b, 'CronJob')).toHaveLength(0);
    expect(of(b, 'Deployment')).toHaveLength(1);
  });

  it('metrics Service selects the watch pods on the metrics port; ServiceMonitor only when asked', () => {
    const { manifests } = install();
    const svc = one(manifests, 'Service');
    const dep = one(manifests, 'Deployment');
    expect(svc.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 8080 }]);
    // Selectors of the install's own labels (immutable on a Deployment: never the construct path).
    const selector = {
      'app.kubernetes.io/component': 'watcher',
      'app.kubernetes.io/instance': 'argo-guard-watcher',
    };
    expect(dep.spec.selector).toEqual({ matchLabels: selector });
    expect(svc.spec.selector).toEqual(selector);
    for (const [k, v] of Object.entries(svc.spec.selector))
      expect(dep.spec.template.metadata.labels[k]).toBe(v);
    expect(of(manifests, 'ServiceMonitor')).toHaveLength(0);
    const sm = one(install({ serviceMonitor: true }).manifests, 'ServiceMonitor');
    expect(sm.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(sm.spec.endpoints).toEqual([{ port: 'http', path: '/metrics', interval: '30s' }]);
    for (const [k, v] of Object.entries(sm.spec.selector.matchLabels)) expect(svc.metadata.labels[k]).toBe(v);
  });

  it('PodDisruptionBudget keeps one of two watchers up, never blocks a drain, selects exactly the watch pods', () => {
    const pdb = one(install().manifests, 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(pdb.spec.maxUnavailable).toBe(1);
    const labels = one(install().manifests, 'Deployment').spec.template.metadata.labels;
    for (const [k, v] of Object.entries(pdb.spec.selector.matchLabels)) expect(labels[k]).toBe(v);
    const cronLabels = one(install().manifests, 'CronJob').spec.jobTemplate.spec.template.metadata.labels;
    expect(Object.entries(pdb.spec.selector.matchLabels).every(([k, v]) => cronLabels[k] === v)).toBe(false);
    // A single replica: the PDB must not block node drains forever (no minAvailable: 1).
    const single = one(install({ replicas: 1 }).manifests, 'PodDisruptionBudget').spec;
    expect(single.minAvailable).toBeUndefined();
    expect(single.maxUnavailable).toBe(1);
    expect(single.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
  });
});

describe('ArgoGuardWatcher: hardened pods', () => {
  it('every pod: non-root, read-only root, no escalation, no capabilities, seccomp RuntimeDefault, token mounted', () => {
    for (const spec of podSpecs(install().manifests)) {
      expect(spec.automountServiceAccountToken).toBe(true);
      expect(spec.serviceAccountName).toBe('argo-guard-watcher');
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 65532,
        runAsGroup: 65532,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(spec.containers).toHaveLength(1);
      const sc = spec.containers[0].securityContext;
      expect(sc).toEqual({
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        privileged: false,
        readOnlyRootFilesystem: true,
        runAsGroup: 65532,
        runAsNonRoot: true,
        runAsUser: 65532,
      });
      // A writable /tmp on the read-only root.
      expect(spec.containers[0].volumeMounts).toEqual([{ mountPath: '/tmp', name: 'tmp' }]);
      expect(spec.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }]);
    }
  });

  it('requests and limits on every container, the V8 heap inside the memory limit', () => {
    for (const spec of podSpecs(install().manifests)) {
      const c = spec.containers[0];
      expect(c.resources).toEqual({
        requests: { cpu: '50m', memory: '128Mi' },
        limits: { cpu: '500m', memory: '256Mi' },
      });
      expect(c.env.find((e: any) => e.name === 'NODE_OPTIONS').value).toBe(
        '--max-old-space-size=192 --max-semi-space-size=2 --optimize-for-size',
      );
      expect(c.env.find((e: any) => e.name === 'POD_NAMESPACE').valueFrom.fieldRef.fieldPath).toBe(
        'metadata.namespace',
      );
    }
  });

  it('readiness and liveness probes on the watch container, on the port it listens on', () => {
    const c = one(install({ port: 9100 }).manifests, 'Deployment').spec.template.spec.containers[0];
    expect(c.args).toContain('--listen=0.0.0.0:9100');
    expect(c.livenessProbe.httpGet).toMatchObject({ path: '/healthz', port: 9100 });
    expect(c.readinessProbe.httpGet).toMatchObject({ path: '/readyz', port: 9100 });
    expect(c.livenessProbe.failureThreshold).toBeGreaterThanOrEqual(3);
    expect(c.ports).toEqual([{ containerPort: 9100, name: 'http' }]);
  });

  it('is pinned to the chart architectures the image has, like every other pod', () => {
    for (const spec of podSpecs(install().manifests)) {
      expect(spec.nodeSelector).toEqual({ 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux' });
    }
    const multi = install(
      {},
      { architectures: ['amd64', 'arm64'], taintedArchitectures: ['arm64'] },
    ).manifests;
    for (const spec of podSpecs(multi)) {
      // The same pin as every other pod (src/platform/scheduling.ts): the os in the nodeSelector.
      expect(spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
      expect(
        spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms,
      ).toEqual([
        { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }] },
      ]);
      expect(spec.tolerations).toEqual([
        { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' },
      ]);
    }
    // The Deployment also spreads its replicas over nodes.
    const dep = one(multi, 'Deployment');
    const [spread] =
      dep.spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution;
    expect(spread.podAffinityTerm).toEqual({
      topologyKey: 'kubernetes.io/hostname',
      labelSelector: { matchLabels: dep.spec.selector.matchLabels },
    });
    // An image that exists for amd64 only, in an arm64 chart: a clear error naming the construct.
    expect(() => install({ imageArchitectures: ['amd64'] }, { architectures: ['arm64'] })).toThrow(
      /test\/watcher: the image is built for amd64, the chart targets arm64/,
    );
  });
});

describe('ArgoGuardWatcher: RBAC is the data of src/watcher/rbac.ts', () => {
  it('ClusterRole rules are WATCHER_CLUSTER_RULES minus pod patch when no instance ID is known', () => {
    const { manifests } = install();
    expect(one(manifests, 'ClusterRole').rules).toEqual(clusterRules({ relabel: false }));
    const withId = install({}, { controllerConfig: { instanceID: 'x' } }).manifests;
    expect(one(withId, 'ClusterRole').rules).toEqual(clusterRules({ relabel: true }));
    expect(one(install({ relabel: true }).manifests, 'ClusterRole').rules).toEqual(
      clusterRules({ relabel: true }),
    );
  });

  it('an exact chart argoVersion (X.Y.Z) is passed as --argo-version; a minor-only or default one is not', () => {
    const args = (settings: ArgoGuardSettings, props: ArgoGuardWatcherProps = {}) =>
      one(install(props, settings).manifests, 'Deployment').spec.template.spec.containers[0].args as string[];
    expect(args({ argoVersion: '4.0.8' })).toContain('--argo-version=4.0.8');
    expect(args({ argoVersion: '4.0' }).some((a) => a.startsWith('--argo-version'))).toBe(false);
    expect(args({}).some((a) => a.startsWith('--argo-version'))).toBe(false);
    expect(
      args({ argoVersion: '4.0.8' }, { runtime: false }).some((a) => a.startsWith('--argo-version')),
    ).toBe(false);
  });

  // Least privilege (issue 15): pod patch only with an option that uses it.
  const podVerbs = (m: any[]) =>
    one(m, 'ClusterRole').rules.find((r: any) => r.resources.includes('pods')).verbs as string[];
  it('pod patch: absent by default and in the base rules; present with the AGC-06 relabel (instance ID) or RUN-06 release', () => {
    expect(WATCHER_CLUSTER_RULES.find((r) => r.resources.includes('pods'))?.verbs).not.toContain('patch');
    expect(podVerbs(install().manifests)).toEqual(['get', 'list', 'watch']);
    expect(podVerbs(install({ runtime: { resumeToStop: true } }).manifests)).not.toContain('patch');
    expect(podVerbs(install({}, { controllerConfig: { instanceID: 'x' } }).manifests)).toContain('patch');
    const release = install({ runtime: { releasePodFinalizers: true } });
    expect(podVerbs(release.manifests)).toEqual(['get', 'list', 'watch', 'patch']);
    // the flag and the permission come together
    const dep = one(release.manifests, 'Deployment');
    expect(dep.spec.template.spec.containers[0].args).toContain('--release-pod-finalizers');
    expect(one(install().manifests, 'Deployment').spec.template.spec.containers[0].args).not.toContain(
      '--release-pod-finalizers',
    );
    // runtime off: the option cannot apply, no permission
    expect(podVerbs(install({ runtime: false, relabel: false }).manifests)).not.toContain('patch');
  });

  it('the own-namespace Role names its Lease; no verb the code does not use (#11 RBAC)', () => {
    const named = one(install({ name: 'ci-watcher' }).manifests, 'Role');
    expect(named.rules).toEqual(namespaceRules(['ci-watcher']));
    const lease = named.rules.filter((r: any) => r.resources.includes('leases'));
    // create cannot be narrowed by name; get/update only the install's own Lease.
    expect(lease).toEqual([
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
      {
        apiGroups: ['coordination.k8s.io'],
        resources: ['leases'],
        verbs: ['get', 'update'],
        resourceNames: ['ci-watcher'],
      },
    ]);
    // The ledger writes with create and a conditional patch, never update.
    expect(named.rules.find((r: any) => r.resources.includes('configmaps')).verbs).toEqual([
      'get',
      'create',
      'patch',
    ]);
    // Both commands use that Lease.
    const dep = one(install({ name: 'ci-watcher' }).manifests, 'Deployment');
    const cron = one(install({ name: 'ci-watcher' }).manifests, 'CronJob');
    expect(dep.spec.template.spec.containers[0].args).toContain('--lease-name=ci-watcher');
    expect(cron.spec.jobTemplate.spec.template.spec.containers[0].args).toContain('--lease-name=ci-watcher');
  });

  it('the own-namespace Role is WATCHER_NAMESPACE_RULES, bound to the ServiceAccount', () => {
    const { manifests } = install();
    const role = one(manifests, 'Role');
    expect(role.rules).toEqual(WATCHER_NAMESPACE_RULES);
    const rb = one(manifests, 'RoleBinding');
    expect(rb.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: role.metadata.name,
    });
    expect(rb.subjects).toEqual([
      { kind: 'ServiceAccount', name: 'argo-guard-watcher', namespace: 'argo-guard' },
    ]);
    const crb = one(manifests, 'ClusterRoleBinding');
    expect(crb.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'argo-guard-watcher',
    });
    expect(crb.subjects).toEqual(rb.subjects);
  });

  it('with namespaces: one Role + RoleBinding per watched namespace, no ClusterRole', () => {
    const { manifests } = install({ namespaces: ['ci', 'batch'] });
    expect(of(manifests, 'ClusterRole')).toHaveLength(0);
    expect(of(manifests, 'ClusterRoleBinding')).toHaveLength(0);
    for (const ns of ['ci', 'batch']) {
      const role = of(manifests, 'Role').find((r) => r.metadata.namespace === ns);
      expect(role.rules).toEqual(clusterRules({ relabel: false }));
      const rb = of(manifests, 'RoleBinding').find((r) => r.metadata.namespace === ns);
      expect(rb.roleRef.name).toBe(role.metadata.name);
      expect(rb.subjects[0]).toEqual({
        kind: 'ServiceAccount',
        name: 'argo-guard-watcher',
        namespace: 'argo-guard',
      });
    }
  });

  it('no wildcards, no secrets, no delete anywhere', () => {
    for (const m of [
      ...install({ serviceMonitor: true }).manifests,
      ...install({ namespaces: ['a'] }).manifests,
    ]) {
      for (const r of m.rules ?? []) {
        for (const field of ['apiGroups', 'resources', 'verbs', 'resourceNames'])
          expect(r[field] ?? [], `${m.kind} ${field}`).not.toContain('*');
        expect(r.resources).not.toContain('secrets');
        expect(r.verbs).not.toContain('delete');
        expect(r.verbs).not.toContain('deletecollection');
      }
    }
  });
});

describe('ArgoGuardWatcher: Argo CD', () => {
  it('every object is in sync wave -10 and labelled as the watcher', () => {
    const { manifests } = install({ serviceMonitor: true, createNamespace: true });
    expect(WATCHER_SYNC_WAVE).toBeLessThan(0);
    for (const m of manifests) {
      expect(m.metadata.annotations?.[SYNC_WAVE_ANNOTATION], `${m.kind}/${m.metadata.name}`).toBe('-10');
      expect(m.metadata.labels['app.kubernetes.io/name']).toBe('argo-guard-watcher');
    }
    const nsObj = one(manifests, 'Namespace');
    expect(nsObj.metadata.namespace).toBeUndefined();
    expect(install({ syncWave: false }).manifests.every((m) => !m.metadata.annotations)).toBe(true);
    expect(
      one(install({ syncWave: -3 }).manifests, 'Deployment').metadata.annotations[SYNC_WAVE_ANNOTATION],
    ).toBe('-3');
  });

  it('GITOPS007 passes with default-wave Workflows, and fires when the watcher is not lower', () => {
    const lintWith = (props: ArgoGuardWatcherProps) => {
      const chart = new GuardedChart(Testing.app(), 'test', { namespace: 'argo-guard' });
      new ArgoGuardWatcher(chart, 'watcher', props);
      const wf = new Workflow(chart, 'hook', { argoCdHook: { phase: 'PostSync' } });
      wf.addContainer('main', { image: 'busybox:1.36', command: ['true'] });
      wf.entrypoint = wf.templates[0];
      return lintManifests(Testing.synth(chart)).filter((f) => f.rule === 'GITOPS007');
    };
    expect(lintWith({})).toEqual([]);
    const f = lintWith({ syncWave: 0 });
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/watcher Deployment is in sync wave 0/);
  });
});

describe('ArgoGuardWatcher: bad input', () => {
  const cases: [ArgoGuardWatcherProps, RegExp][] = [
    [{ replicas: 0 }, /test\/watcher: replicas must be a whole number ≥ 1, got 0/],
    [{ namespaces: [] }, /test\/watcher: namespaces is empty/],
    [{ namespaces: ['Bad_NS'] }, /namespaces: "Bad_NS" is not a DNS label/],
    [{ namespaces: ['a', 'a'] }, /lists a namespace twice/],
    [{ port: 80 }, /port must be 1024\.\.65535/],
    [{ watch: false, sweep: false }, /nothing would run/],
    [{ watch: false, serviceMonitor: true }, /serviceMonitor needs the watch Deployment/],
    [{ image: 'a b' }, /is not an image reference/],
    [{ name: 'Watcher' }, /name "Watcher" is not a DNS label/],
    [{ syncWave: 1.5 }, /syncWave must be an integer/],
    [{ metricsNetworkPolicy: {} }, /metricsNetworkPolicy admits nobody/],
    [
      { watch: false, metricsNetworkPolicy: { fromNamespaces: ['mon'] } },
      /metricsNetworkPolicy needs the watch/,
    ],
    [{ metricsNetworkPolicy: { fromNamespaces: ['Mon'] } }, /fromNamespaces: "Mon" is not a DNS label/],
  ];
  for (const [props, msg] of cases) {
    it(`rejects ${JSON.stringify(props)}`, () => {
      let err: unknown;
      try {
        install(props);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(msg);
    });
  }
  it('rejects a non-positive force-after', () => {
    expect(() => WatcherPolicy.forceAfter(Duration.seconds(0))).toThrow(UserError);
  });
});

describe('ArgoGuardWatcher: metrics NetworkPolicy (#11)', () => {
  it('is off by default', () => {
    expect(of(install().manifests, 'NetworkPolicy')).toEqual([]);
  });

  it('admits only the named scrapers to the metrics port of the watch pods', () => {
    const { manifests } = install({
      port: 9090,
      metricsNetworkPolicy: {
        fromNamespaces: ['monitoring'],
        fromPodLabels: { 'app.kubernetes.io/name': 'prometheus' },
      },
    });
    const np = one(manifests, 'NetworkPolicy');
    const dep = one(manifests, 'Deployment');
    expect(np.metadata.namespace).toBe('argo-guard');
    expect(np.spec.podSelector.matchLabels).toEqual(dep.spec.selector.matchLabels);
    expect(np.spec.policyTypes).toEqual(['Ingress']);
    expect(np.spec.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: {
              matchExpressions: [
                { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['monitoring'] },
              ],
            },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
          },
        ],
        ports: [{ protocol: 'TCP', port: 9090 }],
      },
    ]);
    // Pods only (same namespace) when no namespace is named.
    const local = one(
      install({ metricsNetworkPolicy: { fromPodLabels: { scraper: 'yes' } } }).manifests,
      'NetworkPolicy',
    );
    expect(local.spec.ingress[0].from).toEqual([{ podSelector: { matchLabels: { scraper: 'yes' } } }]);
  });
});

describe('ArgoGuardWatcher: determinism', () => {
  it('two synths are byte-identical', () => {
    const a = stringify(install({ serviceMonitor: true, namespaces: ['x', 'y'] }).manifests);
    const b = stringify(install({ serviceMonitor: true, namespaces: ['x', 'y'] }).manifests);
    expect(a).toBe(b);
  });
});
