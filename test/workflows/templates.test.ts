import { Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  ClusterWorkflowTemplate,
  ContainerTemplate,
  collectFindings,
  optOut,
  Workflow,
  WorkflowTemplate,
} from '../../src/workflows';
import * as artifacts from '../../src/workflows/artifacts';
import { chart, one, refusedAtCall, synth, synthFailure, template } from './util';

describe('DAG and steps', () => {
  it('connects tasks by object and passes outputs, loops, conditions', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt', { arguments: { parameters: { env: 'prod' } } });
    const gen = wt.addScript('gen', {
      image: 'python:3.12',
      command: ['python'],
      source: 'import json; print(json.dumps([1,2]))',
    });
    const work = wt.addContainer('work', {
      image: 'busybox:1',
      args: ['echo', '{{inputs.parameters.n}}'],
      inputs: { parameters: [{ name: 'n', enum: ['1', '2'], description: 'which' }] },
      env: { MODE: 'fast' },
      resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
      labels: { team: 'a' },
      annotations: { note: 'b' },
    });
    const dag = wt.addDag('main', { failFast: false });
    const g = dag.addTask('gen', { template: gen });
    const w = dag.addTask('work', {
      template: work,
      dependsOn: [g],
      arguments: { parameters: { n: '{{item}}' } },
      withParam: g.result,
      when: "'{{workflow.parameters.env}}' == 'prod'",
      // No continueOn: Argo refuses it on a task of a DAG that uses depends (STR008).
    });
    dag
      .addTask('each', {
        template: work,
        withItems: ['1', '2'],
        arguments: { parameters: { n: '{{item}}' } },
      })
      .dependsOnResult(w, 'AnySucceeded');
    wt.entrypoint = dag;
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(spec.arguments).toEqual({ parameters: [{ name: 'env', value: 'prod' }] });
    expect(template(spec, 'main').dag).toEqual({
      failFast: false,
      tasks: [
        { name: 'gen', template: 'gen' },
        {
          name: 'work',
          template: 'work',
          depends: 'gen',
          arguments: { parameters: [{ name: 'n', value: '{{item}}' }] },
          withParam: '{{tasks.gen.outputs.result}}',
          when: "'{{workflow.parameters.env}}' == 'prod'",
        },
        {
          name: 'each',
          template: 'work',
          depends: 'work.AnySucceeded',
          arguments: { parameters: [{ name: 'n', value: '{{item}}' }] },
          withItems: ['1', '2'],
        },
      ],
    });
    const t = template(spec, 'work');
    expect(t.container).toEqual({
      image: 'busybox:1',
      args: ['echo', '{{inputs.parameters.n}}'],
      env: [{ name: 'MODE', value: 'fast' }],
      resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    });
    expect(t.inputs.parameters).toEqual([{ name: 'n', enum: ['1', '2'], description: 'which' }]);
    expect(t.metadata).toEqual({ labels: { team: 'a' }, annotations: { note: 'b' } });
    expect(template(spec, 'gen').script).toEqual({
      image: 'python:3.12',
      command: ['python'],
      source: 'import json; print(json.dumps([1,2]))',
    });
  });

  it('runs steps in sequence and parallel groups', () => {
    const c = chart();
    const wf = new Workflow(c, 'wf', { argoCdHook: { phase: 'PreSync' } });
    // The output read below must exist on the template (Argo refuses the reference otherwise: STR004).
    const a = wf.addContainer('a', { image: 'x', outputs: { parameters: [{ name: 'v', path: '/tmp/v' }] } });
    const steps = wf.addSteps('main');
    const first = steps.addStep('first', { template: a });
    steps.addParallelSteps({
      left: { template: a, arguments: { parameters: { v: first.outputParameter('v') } } },
      right: { template: a, when: `${first.result} == ok` },
    });
    wf.entrypoint = steps;
    const spec = one(synth(c), 'Workflow').spec;
    expect(template(spec, 'main').steps).toEqual([
      [{ name: 'first', template: 'a' }],
      [
        {
          name: 'left',
          template: 'a',
          arguments: { parameters: [{ name: 'v', value: '{{steps.first.outputs.parameters.v}}' }] },
        },
        { name: 'right', template: 'a', when: '{{steps.first.outputs.result}} == ok' },
      ],
    ]);
  });

  it('references templates of another WorkflowTemplate / ClusterWorkflowTemplate with templateRef', () => {
    const c = chart();
    const lib = new WorkflowTemplate(c, 'lib');
    const shared = lib.addContainer('shared', { image: 'x' });
    const clib = new ClusterWorkflowTemplate(c, 'clib');
    const cshared = clib.addContainer('cshared', { image: 'x' });
    const wt = new WorkflowTemplate(c, 'wt');
    const dag = wt.addDag('main');
    dag.addTask('a', { template: shared });
    dag.addTask('b', { template: cshared });
    wt.entrypoint = dag;
    const out = synth(c);
    const spec = out.find((m) => m.metadata.name.startsWith('test-wt-')).spec;
    const libName = out.find((m) => m.metadata.name.startsWith('test-lib-')).metadata.name;
    const clibName = one(out, 'ClusterWorkflowTemplate').metadata.name;
    expect(one(out, 'ClusterWorkflowTemplate').metadata.namespace).toBeUndefined();
    expect(template(spec, 'main').dag.tasks).toEqual([
      { name: 'a', templateRef: { name: libName, template: 'shared' } },
      { name: 'b', templateRef: { name: clibName, template: 'cshared', clusterScope: true } },
    ]);
    expect(spec.templates).toHaveLength(1);
  });

  it('runs a WorkflowTemplate whole through workflowTemplateRef', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    new Workflow(c, 'run', {
      workflowTemplate: wt,
      arguments: { parameters: { x: '1' } },
      // One wave after the WorkflowTemplate: in the same wave Argo CD may create the hook first (GITOPS008).
      argoCdHook: { phase: 'Sync', syncWave: 1 },
    });
    const out = synth(c);
    const wf = one(out, 'Workflow');
    expect(wf.spec.workflowTemplateRef).toEqual({ name: one(out, 'WorkflowTemplate').metadata.name });
    expect(wf.spec.entrypoint).toBeUndefined();
    expect(wf.spec.arguments).toEqual({ parameters: [{ name: 'x', value: '1' }] });
  });
});

describe('exit handlers and hooks', () => {
  it('emits onExit, workflow hooks and task hooks; exit-handler pods get their own deadline (RUN005)', () => {
    const c = chart({ activeDeadline: Duration.minutes(20) });
    const wt = new WorkflowTemplate(c, 'wt');
    const notify = wt.addContainer('notify', { image: 'x' });
    const cleanup = wt.addContainer('cleanup', { image: 'x', activeDeadline: Duration.minutes(2) });
    const watch = wt.addContainer('watch', { image: 'x' });
    const main = wt.addContainer('main', { image: 'x' });
    const dag = wt.addDag('dag');
    dag.addTask('t', {
      template: main,
      hooks: {
        exit: { template: cleanup },
        running: { template: watch, expression: 'steps.t.status == "Running"' },
      },
    });
    wt.entrypoint = dag;
    wt.onExit(notify);
    wt.addHook('failed', { template: watch, expression: 'workflow.status == "Failed"' });
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(spec.onExit).toBe('notify');
    expect(spec.hooks).toEqual({ failed: { template: 'watch', expression: 'workflow.status == "Failed"' } });
    expect(template(spec, 'dag').dag.tasks[0].hooks).toEqual({
      exit: { template: 'cleanup' },
      running: { template: 'watch', expression: 'steps.t.status == "Running"' },
    });
    expect(template(spec, 'notify').activeDeadlineSeconds).toBe(1200);
    expect(template(spec, 'cleanup').activeDeadlineSeconds).toBe(120);
    expect(template(spec, 'main').activeDeadlineSeconds).toBeUndefined();
  });

  it('a foreign exit handler becomes hooks.exit with a templateRef', () => {
    const c = chart();
    const lib = new WorkflowTemplate(c, 'lib');
    const notify = lib.addContainer('notify', { image: 'x' });
    const wt = new WorkflowTemplate(c, 'wt', { onExit: notify });
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    const spec = synth(c).find((m) => m.metadata.name.startsWith('test-wt-')).spec;
    expect(spec.onExit).toBeUndefined();
    expect(spec.hooks.exit.templateRef.template).toBe('notify');
  });
});

describe('resource and suspend templates', () => {
  it('renders resource manifests from objects and suspend durations', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    const r = wt.addResource('mk', {
      action: 'create',
      manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'x-' } },
      setOwnerReference: true,
      successCondition: 'metadata.name',
      outputs: { parameters: [{ name: 'n', jsonPath: '{.metadata.name}' }] },
    });
    const s = wt.addSuspend('wait', { duration: Duration.minutes(1) });
    const steps = wt.addSteps('main');
    steps.addStep('mk', { template: r });
    steps.addStep('wait', { template: s });
    wt.entrypoint = steps;
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(template(spec, 'mk').resource).toEqual({
      action: 'create',
      manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: x-\n',
      setOwnerReference: true,
      successCondition: 'metadata.name',
    });
    expect(template(spec, 'mk').nodeSelector).toBeUndefined(); // not a user pod
    expect(template(spec, 'wait').suspend).toEqual({ duration: '60s' });
  });
});

describe('Workflow as an Argo CD hook', () => {
  it('uses generateName (no metadata.name), hook annotations, OnWorkflowCompletion GC, no TTL', () => {
    const c = chart();
    const wf = new Workflow(c, 'migrate', {
      argoCdHook: { phase: 'PreSync', deletePolicy: ['HookFailed', 'HookSucceeded'] },
      metadata: { labels: { app: 'db' }, annotations: { owner: 'team-db' } },
    });
    wf.entrypoint = wf.addContainer('m', {
      image: 'x',
      outputs: { artifacts: [{ name: 'log', path: '/log' }] },
    });
    const m = one(synth(c), 'Workflow');
    expect(m.metadata.name).toBeUndefined();
    expect(m.metadata.generateName).toMatch(/^test-migrate-[0-9a-f]{8}-$/);
    expect(m.metadata.labels).toEqual({ app: 'db' });
    expect(m.metadata.annotations).toEqual({
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/hook-delete-policy': 'HookFailed,HookSucceeded',
      owner: 'team-db',
    });
    expect(m.spec.artifactGC.strategy).toBe('OnWorkflowCompletion');
    expect(m.spec.ttlStrategy).toBeUndefined();
    expect(m.spec.activeDeadlineSeconds).toBe(3600);
    expect(Object.keys(m.metadata)).toEqual(['annotations', 'generateName', 'labels', 'namespace']);
  });

  it('takes an explicit generateName; refuses it without a hook (GITOPS001)', () => {
    const c = chart();
    const wf = new Workflow(c, 'wf', { argoCdHook: { phase: 'PostSync' }, generateName: 'smoke-' });
    wf.entrypoint = wf.addContainer('m', { image: 'x' });
    expect(one(synth(c), 'Workflow').metadata.generateName).toBe('smoke-');
    const c2 = chart();
    const wf2 = new Workflow(c2, 'wf', { generateName: 'smoke-' });
    wf2.entrypoint = wf2.addContainer('m', { image: 'x' });
    expect(() => Testing.synth(c2)).toThrow(/\[test\/wf\] GITOPS001 \/metadata\/generateName /);
  });

  it('refuses a hook without a deadline and OnWorkflowDeletion GC on a hook', () => {
    const c = chart();
    const wf = new Workflow(c, 'wf', { argoCdHook: { phase: 'Sync' }, activeDeadline: optOut('never') });
    wf.entrypoint = wf.addContainer('m', { image: 'x' });
    expect(() => Testing.synth(c)).toThrow(
      /\[test\/wf\] GITOPS003 \/spec this Argo CD Sync hook has no activeDeadlineSeconds/,
    );
    const c2 = chart();
    const wf2 = new Workflow(c2, 'wf', {
      argoCdHook: { phase: 'Sync' },
      artifactGC: { strategy: 'OnWorkflowDeletion' },
    });
    wf2.entrypoint = wf2.addContainer('m', {
      image: 'x',
      outputs: { artifacts: [{ name: 'o', path: '/o' }] },
    });
    expect(() => Testing.synth(c2)).toThrow(/AGC006/);
  });
});

describe('escape hatches', () => {
  it('deep-merges typed overrides and applies path overrides last', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt', {
      specOverrides: { podDisruptionBudget: { minAvailable: '50%' }, volumeClaimTemplates: [] },
    });
    const t = wt.addContainer('a', {
      image: 'x',
      container: { securityContext: { runAsNonRoot: true }, imagePullPolicy: 'IfNotPresent' } as any,
      overrides: { priorityClassName: 'high', podSpecPatch: '{"hostNetwork":false}' },
    });
    t.addOverride('container.securityContext.runAsUser', 1000).addOverride(
      'metadata.annotations.example\\.com/x',
      'y',
    );
    wt.addSpecOverride('podMetadata.labels.team', 'a').addSpecOverride('volumeClaimTemplates', undefined);
    wt.entrypoint = t;
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(spec.podDisruptionBudget).toEqual({ minAvailable: '50%' });
    expect(spec.volumeClaimTemplates).toBeUndefined();
    expect(spec.podMetadata).toEqual({ labels: { team: 'a' } });
    const a = template(spec, 'a');
    expect(a.container).toEqual({
      image: 'x',
      imagePullPolicy: 'IfNotPresent',
      securityContext: { runAsNonRoot: true, runAsUser: 1000 },
    });
    expect(a.priorityClassName).toBe('high');
    expect(a.podSpecPatch).toBe('{"hostNetwork":false}');
    expect(a.metadata).toEqual({ annotations: { 'example.com/x': 'y' } });
  });
});

describe('wrong use of the API is refused at the call', () => {
  const FILE = 'templates.test.ts';
  function base() {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    const a = wt.addContainer('a', { image: 'x' });
    const dag = wt.addDag('main');
    wt.entrypoint = dag;
    return { c, wt, a, dag };
  }

  it('a dependency that closes a DAG cycle (API013)', () => {
    const { c, a, dag } = base();
    const x = dag.addTask('x', { template: a });
    const y = dag.addTask('y', { template: a, dependsOn: [x] });
    const z = dag.addTask('z', { template: a, dependsOn: [y] });
    const e = refusedAtCall(() => x.dependsOn(z), FILE);
    expect(e.message).toBe(
      '[test/wt] API013 dag "main" task "x": depending on "z" closes a cycle (z already waits for x) — remove one of these dependsOn() calls',
    );
    expect(() => x.dependsOn(x)).toThrow(/API013 .* closes a cycle/);
    // Nothing was recorded: the DAG still synthesizes, without the refused edge.
    expect(x.dependencies).toEqual([]);
    const tasks = template(one(synth(c), 'WorkflowTemplate').spec, 'main').dag.tasks;
    expect(tasks.map((t: any) => [t.name, t.depends])).toEqual([
      ['x', undefined],
      ['y', 'x'],
      ['z', 'y'],
    ]);
  });

  it('a dependency on a task of another DAG (API013)', () => {
    const { wt, a, dag } = base();
    const foreign = wt.addDag('other').addTask('f', { template: a });
    const x = dag.addTask('x', { template: a });
    expect(refusedAtCall(() => x.dependsOn(foreign), FILE).message).toBe(
      '[test/wt] API013 dag "main" task "x": depends on "f", a task of dag "other" — depend only on tasks of the same dag',
    );
  });

  it('a deadline of 0 (API008), a duplicate template name (API002), a duplicate task (API002)', () => {
    expect(
      refusedAtCall(() => new WorkflowTemplate(chart(), 'wt', { activeDeadline: Duration.seconds(0) }), FILE)
        .message,
    ).toBe(
      '[test/wt] API008 activeDeadline is 0s (0 terminates the workflow at once) — use a positive whole number of seconds, e.g. Duration.hours(1)',
    );
    const { wt, a, dag } = base();
    expect(refusedAtCall(() => wt.addContainer('a', { image: 'y' }), FILE).message).toBe(
      '[test/wt] API002 template "a": two templates with this name — give each template a unique name',
    );
    dag.addTask('x', { template: a });
    expect(refusedAtCall(() => dag.addTask('x', { template: a }), FILE).message).toMatch(
      /^\[test\/wt\] API002 dag "main" task "x": the name is already used/,
    );
    expect(dag.tasks).toHaveLength(1);
  });

  it('a template of a Workflow called from elsewhere (API014), whichever call comes last', () => {
    const c = chart();
    const wf = new Workflow(c, 'wf', { argoCdHook: { phase: 'Sync' } });
    const t = wf.addContainer('a', { image: 'x' });
    wf.entrypoint = t;
    const wt = new WorkflowTemplate(c, 'wt');
    const dag = wt.addDag('main');
    expect(refusedAtCall(() => dag.addTask('x', { template: t }), FILE).message).toBe(
      '[test/wt] API014 dag "main" task "x": template "a" lives in Workflow test/wf, which cannot be referenced — move it to a WorkflowTemplate or ClusterWorkflowTemplate',
    );
    // The DAG not yet added: the call is checked when it is.
    const loose = new (dag.constructor as any)('loose-dag');
    loose.addTask('x', { template: t });
    expect(refusedAtCall(() => wt.addTemplate(loose), FILE).message).toMatch(
      /^\[test\/wt\] API014 template "loose-dag": template "a" lives in Workflow test\/wf/,
    );
    expect(refusedAtCall(() => (wt.entrypoint = t), FILE).message).toMatch(
      /^\[test\/wt\] API014 entrypoint "a" is a template of test\/wf/,
    );
  });

  it('a workflow hook other than exit without an expression (API003)', () => {
    const { wt, a } = base();
    expect(refusedAtCall(() => wt.addHook('running', { template: a }), FILE).message).toBe(
      '[test/wt] API003 workflow hook "running": a hook other than "exit" needs an expression — set expression',
    );
  });
});

describe('bad output fails synth: the engine lints it, one line per error', () => {
  it('a template that was never added: DAG002 on the emitted reference', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    const dag = wt.addDag('main');
    wt.entrypoint = dag;
    dag.addTask('x', { template: new ContainerTemplate('loose', { image: 'x' }) });
    const err = synthFailure(c);
    expect(err.message).toMatch(
      /^\[test\/wt\] DAG002 \/spec\/templates\/0\/dag\/tasks\/0\/template [^\n]*"loose"[^\n]* — [^\n]+$/m,
    );
  });

  it('a Workflow without an entrypoint: DAG001', () => {
    const c3 = chart();
    new Workflow(c3, 'wf', { argoCdHook: { phase: 'Sync' } }).addContainer('a', { image: 'x' });
    expect(() => Testing.synth(c3)).toThrow(/^\[test\/wf\] DAG001 \/spec Workflow has no entrypoint/m);
  });

  it('a DAG without tasks: the one part no call could report (API007)', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addDag('main');
    expect(() => Testing.synth(c)).toThrow(
      /^\[test\/wt\] API007 dag "main": no tasks — add tasks with addTask\(\)$/,
    );
  });

  it('lint findings are available per construct', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    synth(c);
    const all = collectFindings(c);
    expect(all.map((x) => x.path)).toEqual(['test/wt']);
    expect(all[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('artifact locations', () => {
  it('raw and any generated ArtifactLocation', () => {
    const { ArtifactLocation } = artifacts;
    expect(ArtifactLocation.raw('hello')._toJson()).toEqual({ raw: { data: 'hello' } });
    expect(ArtifactLocation.of({ oss: { key: 'k', bucket: 'b' } })._toJson()).toEqual({
      oss: { key: 'k', bucket: 'b' },
    });
    expect(ArtifactLocation.s3({ key: 'k', accessKeySecret: { name: 's', key: 'a' } })._toJson()).toEqual({
      s3: { key: 'k', accessKeySecret: { name: 's', key: 'a' } },
    });
  });
});

describe('rules engine integration', () => {
  it('turns error findings of the rules engine into synth errors (GITOPS003: suspend without duration in a hook)', () => {
    const c = chart();
    const wf = new Workflow(c, 'hook', { argoCdHook: { phase: 'PostSync' } });
    const s = wf.addSteps('main');
    s.addStep('wait', { template: wf.addSuspend('approve') });
    wf.entrypoint = s;
    expect(() => Testing.synth(c)).toThrow(
      /\[test\/hook\] GITOPS003 .*suspend template "approve" without a duration.* — /,
    );
  });

  it('skips the rules engine with lint: false (own validations still run)', () => {
    const c = chart({ lint: false });
    const wf = new Workflow(c, 'hook', { argoCdHook: { phase: 'PostSync' } });
    const s = wf.addSteps('main');
    s.addStep('wait', { template: wf.addSuspend('approve') });
    wf.entrypoint = s;
    expect(() => synth(c)).not.toThrow();
    expect(wf.findings()).toEqual([]);
  });
});

describe('container set templates', () => {
  it('runs several containers in one pinned pod, ordered by object', () => {
    const c = chart({ architectures: ['arm64'] });
    const wt = new WorkflowTemplate(c, 'wt');
    const set = wt.addContainerSet('set', { volumeMounts: [{ name: 'workspace', mountPath: '/ws' }] });
    const a = set.addContainer('a', { image: 'x:1', command: ['make'], env: { K: 'v' } });
    set.addContainer('main', { image: 'y:1', resources: { requests: { cpu: '1' } } }).dependsOn(a);
    wt.entrypoint = set;
    wt.addSpecOverride('volumeClaimTemplates', [
      {
        metadata: { name: 'workspace' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ]);
    const t = template(one(synth(c), 'WorkflowTemplate').spec, 'set');
    expect(t.nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64', 'kubernetes.io/os': 'linux' });
    expect(t.containerSet).toEqual({
      volumeMounts: [{ name: 'workspace', mountPath: '/ws' }],
      containers: [
        { name: 'a', image: 'x:1', command: ['make'], env: [{ name: 'K', value: 'v' }] },
        { name: 'main', image: 'y:1', resources: { requests: { cpu: '1' } }, dependencies: ['a'] },
      ],
    });
  });

  it('refuses a dependency cycle among containers', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    const set = wt.addContainerSet('set');
    const a = set.addContainer('a', { image: 'x' });
    const b = set.addContainer('main', { image: 'x' }).dependsOn(a);
    expect(refusedAtCall(() => a.dependsOn(b), 'templates.test.ts').message).toBe(
      '[test/wt] API013 containerSet "set" container "a": depending on "main" closes a cycle (main already waits for a) — remove one of these dependsOn() calls',
    );
  });
});

describe('continueOn on a DAG task (Argo refuses it beside depends)', () => {
  function dagWith() {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt');
    const a = wt.addContainer('a', { image: 'x' });
    const dag = wt.addDag('main');
    wt.entrypoint = dag;
    return { c, a, dag };
  }
  const tasksOf = (c: ReturnType<typeof chart>) =>
    template(one(synth(c), 'WorkflowTemplate').spec, 'main').dag.tasks;

  it('becomes the documented depends equivalent on the tasks that wait for it', () => {
    const { c, a, dag } = dagWith();
    const lint = dag.addTask('lint', { template: a, continueOn: { failed: true } });
    const flaky = dag.addTask('flaky', { template: a, continueOn: { failed: true, error: true } });
    const build = dag.addTask('build', { template: a });
    dag.addTask('test', { template: a }).dependsOn(lint, flaky, build);
    dag.addTask('report', { template: a }).dependsOnResult(lint, 'Failed');
    const tasks = tasksOf(c);
    expect(tasks.map((t: any) => [t.name, t.depends, t.continueOn])).toEqual([
      ['lint', undefined, undefined],
      ['flaky', undefined, undefined],
      ['build', undefined, undefined],
      ['test', '(lint || lint.Failed) && (flaky || flaky.Failed || flaky.Errored) && build', undefined],
      ['report', 'lint.Failed', undefined],
    ]);
  });

  it('stays as written in a DAG without dependencies (Argo accepts it there)', () => {
    const { c, a, dag } = dagWith();
    dag.addTask('x', { template: a, continueOn: { failed: true } });
    expect(tasksOf(c)[0].continueOn).toEqual({ failed: true });
  });

  it('on a task nothing waits for in a DAG with dependencies: the engine fails the synth (STR008)', () => {
    const { c, a, dag } = dagWith();
    const x = dag.addTask('x', { template: a });
    dag.addTask('y', { template: a }).dependsOn(x);
    dag.addTask('leaf', { template: a, continueOn: { failed: true } });
    expect(() => Testing.synth(c)).toThrow(
      /^\[test\/wt\] STR008 \/spec\/templates\/1\/dag\/tasks\/2\/continueOn .*continueOn together with depends/m,
    );
  });
});
