/**
 * A cdk8s validation plugin (cdk8s.yaml `validations:`) that runs the argo-guard rules over the
 * whole synth output, so raw `ApiObject`s and `Include`s in an app are checked too, not only what
 * the argo-guard constructs emit. cdk8s-cli instantiates the class with the entry's `properties`
 * and calls `validate(context)` after synth (cdk8s-cli 2.207 lib/plugins/validation.js); see
 * docs/validation-plugin.md for how to enable it.
 *
 * Kept free of any cdk8s-cli import: the CLI passes the context in, and the package must not
 * depend on the CLI at run time.
 */
import { ArgoVersionError, parseArgoVersion } from '../argo/versions';
import type { RuleOptions } from '../rules/types';
import { ruleCatalog } from './catalog';
import { loadControllerConfig } from './controller-config';
import { formatInputErrors } from './format-text';
import { type LocatedFinding, lintPaths, summarize } from './lint-files';
import { loadPlatforms } from './platforms';

/** The `properties` of the `validations:` entry. */
export interface ArgoGuardValidationProps {
  /** Target Argo Workflows version, `X.Y` or `X.Y.Z`. @default the newest supported */
  readonly argoVersion?: string;
  /** The argo-guard watcher is installed in the target cluster. @default false */
  readonly watcher?: boolean;
  /** Path of the image platform lock file (relative to the app directory). @default none: ARCH003/ARCH004 off */
  readonly platforms?: string;
  /** An image missing from the platform lock is an error. @default false */
  readonly strictPlatforms?: boolean;
  /** Architectures whose nodes carry a `kubernetes.io/arch` taint. @default none */
  readonly taintedArchitectures?: string[];
  /** Path of the workflow-controller-configmap YAML. @default none */
  readonly controllerConfig?: string;
  /** Fail the synth on warnings too. @default false: only error-level findings fail it */
  readonly failOnWarnings?: boolean;
}

/** The parts of cdk8s-cli's ValidationContext this plugin uses. */
interface ValidationContextLike {
  readonly manifests: readonly string[];
  readonly logger: { log(message: string): void };
  readonly report: {
    addViolation(v: {
      ruleName: string;
      recommendation: string;
      fix: string;
      violatingResources: { resourceName: string; manifestPath: string; locations: string[] }[];
    }): void;
    submit(status: 'success' | 'failure', metadata?: Record<string, string>): void;
  };
}

const KNOWN_PROPS = [
  'argoVersion',
  'watcher',
  'platforms',
  'strictPlatforms',
  'taintedArchitectures',
  'controllerConfig',
  'failOnWarnings',
];

export class ArgoGuardValidation {
  private readonly rules: RuleOptions;
  private readonly failOnWarnings: boolean;

  constructor(props: ArgoGuardValidationProps = {}) {
    const unknown = Object.keys(props ?? {}).filter((k) => !KNOWN_PROPS.includes(k));
    if (unknown.length) {
      throw new Error(
        `argo-guard validation plugin: unknown propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')} in cdk8s.yaml; known: ${KNOWN_PROPS.join(', ')}`,
      );
    }
    const rules: RuleOptions = {
      watcher: props.watcher === true,
      strictPlatforms: props.strictPlatforms === true,
    };
    if (props.argoVersion !== undefined) {
      try {
        rules.argoVersion = parseArgoVersion(String(props.argoVersion));
      } catch (err) {
        if (err instanceof ArgoVersionError)
          throw new Error(`argo-guard validation plugin: argoVersion: ${err.message}`);
        throw err;
      }
    }
    if (props.taintedArchitectures) rules.taintedArchitectures = [...props.taintedArchitectures];
    if (props.controllerConfig) rules.controllerConfig = loadControllerConfig(props.controllerConfig);
    if (props.platforms) {
      rules.platforms = loadPlatforms(props.platforms);
    }
    this.rules = rules;
    this.failOnWarnings = props.failOnWarnings === true;
  }

  async validate(context: ValidationContextLike): Promise<void> {
    const run = await lintPaths(context.manifests, this.rules);
    if (run.errors.length) context.logger.log(formatInputErrors(run.errors).trimEnd());
    // One violation per rule (and severity); each location carries its own message, and cdk8s
    // adds the construct path from construct-metadata.json (keyed by metadata.name).
    const groups = new Map<string, LocatedFinding[]>();
    for (const f of run.findings) {
      const key = `${f.rule}\u0000${f.severity}`;
      const list = groups.get(key) ?? [];
      list.push(f);
      groups.set(key, list);
    }
    const catalog = ruleCatalog();
    for (const list of groups.values()) {
      const f = list[0];
      const fixes = new Set(list.map((x) => x.fix));
      context.report.addViolation({
        ruleName: `${f.rule} (${f.severity})`,
        recommendation: `${catalog.get(f.rule)?.title ?? f.message} (argo-guard explain ${f.rule})`,
        fix: fixes.size === 1 ? f.fix : [...fixes].join(' / '),
        violatingResources: list.map((x) => ({
          resourceName: x.object.name,
          manifestPath: x.file,
          locations: [`${x.path || '/'} (line ${x.line}, column ${x.column}): ${x.message}`],
        })),
      });
    }
    const s = summarize(run);
    const failed = run.errors.length > 0 || s.errors > 0 || (this.failOnWarnings && s.warnings > 0);
    context.report.submit(failed ? 'failure' : 'success', {
      errors: String(s.errors),
      warnings: String(s.warnings),
      objects: String(s.objects),
      ...(run.errors.length ? { 'unreadable inputs': String(run.errors.length) } : {}),
    });
  }
}
