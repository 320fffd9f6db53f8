/**
 * Synth + validation of 1,000 WorkflowTemplates (5 pod templates and a DAG each) through the L2
 * constructs, against the very same manifests built as raw `ApiObject`s, in the same process and
 * run. Goal (docs/architecture.md "Performance goals"): L2 + validation at most 1.3x raw.
 */
import { ApiObject, App, Chart, Duration } from 'cdk8s';
import { ArgoGuard, ArtifactLocation, WorkflowTemplate } from '../../src';
import type { BenchRecord } from './run';

const TEMPLATES = 1000;
const ROUNDS = 5;
/** docs/architecture.md, "Performance goals", "Synth". */
const GOAL_RATIO = 1.3;

function l2App(): App {
  const app = new App();
  ArgoGuard.configure(app, { argoVersion: '4.1', architectures: ['amd64'] });
  const chart = new Chart(app, 'bench', { namespace: 'bench' });
  for (let i = 0; i < TEMPLATES; i++) {
    const wt = new WorkflowTemplate(chart, `wt-${i}`, { metadata: { name: `wt-${i}` } });
    const dag = wt.addDag('main');
    let previous: ReturnType<typeof dag.addTask> | undefined;
    for (let j = 0; j < 5; j++) {
      const step = wt.addContainer(`step-${j}`, {
        image: `registry.example.com/team/step-${j}:1.0.${i}`,
        command: ['run', `--step=${j}`],
        architectures: j === 4 ? ['amd64', 'arm64'] : undefined,
        outputs: {
          artifacts: [
            { name: 'out', path: '/out', location: ArtifactLocation.s3({ key: `wt-${i}/step-${j}.tgz` }) },
          ],
        },
        retry: { backoff: { duration: Duration.seconds(10) } },
      });
      const task = dag.addTask(`step-${j}`, { template: step });
      if (previous) task.dependsOn(previous);
      previous = task;
    }
    wt.entrypoint = dag;
  }
  return app;
}

function rawApp(manifests: any[]): App {
  const app = new App();
  const chart = new Chart(app, 'bench', { namespace: 'bench' });
  manifests.forEach((m, i) => {
    new ApiObject(chart, `o${i}`, m);
  });
  return app;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function bench(): Promise<BenchRecord[]> {
  // The raw variant synthesizes exactly what the L2 variant emits.
  const manifests = l2App().charts[0].toJson();
  const l2: number[] = [];
  const raw: number[] = [];
  let yamlL2 = '';
  let yamlRaw = '';
  for (let r = 0; r < ROUNDS; r++) {
    // Construction + validation + YAML, as `cdk8s synth` does (minus the process start).
    l2.push(
      time(() => {
        yamlL2 = l2App().synthYaml();
      }),
    );
    raw.push(
      time(() => {
        yamlRaw = rawApp(manifests).synthYaml();
      }),
    );
  }
  if (yamlL2 !== yamlRaw) throw new Error('the L2 and raw variants did not synthesize the same YAML');
  const l2s = median(l2);
  const raws = median(raw);
  return [
    {
      name: `synth ${TEMPLATES} WorkflowTemplates (5 pod templates + DAG): L2 + validation`,
      value: l2s,
      unit: 's',
      baseline: { name: 'raw ApiObjects, same output', value: raws },
      goal: `ratio <= ${GOAL_RATIO}`,
      met: l2s / raws <= GOAL_RATIO,
      note: `median of ${ROUNDS} rounds; ${manifests.length} objects, ${(yamlL2.length / 1e6).toFixed(1)} MB YAML, byte-identical to the raw variant`,
    },
  ];
}
