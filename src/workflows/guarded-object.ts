/**
 * The one base of every argo-guard Argo object: the Workflow-likes (WorkflowBase) and the Argo
 * Events objects (EventsBase). It owns what they share:
 *
 * - the L1 object, whose top-level fields render lazily and whose final JSON gets the subclass's
 *   metadata finishing (opt-out annotations, generateName, the sync wave);
 * - the effective settings (the `ArgoGuard` scopes overridden by the construct's own props),
 *   cached until settings change anywhere;
 * - the only check at synth: lint the output with the engine (src/rules), the way `argo-guard
 *   lint` does. Errors fail the synth, all constructs' together, one line each
 *   (`[construct path] ID /json/pointer message — fix`), no stack trace; warnings are printed
 *   once. Wrong use of the API is not checked here: it throws an AuthoringError at the call.
 */

import { ApiObject, type ApiObjectMetadata, Chart } from 'cdk8s';
import { Construct, type IConstruct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION } from '../argo/metadata';
import { type AuthoringCode, authoringLine, registerValidation, reportWarning } from '../authoring-errors';
import { lintFirst } from '../rules';
import type { Finding, Manifest, RuleOptions } from '../rules/types';
import {
  ArgoGuard,
  type ArgoGuardSettings,
  type ResolvedSettings,
  ruleOptions,
  settingsGeneration,
} from './settings';

/** apiVersion of every Argo Workflows and Argo Events object. */

/** Something the object still lacks at synth, which no single call could have known. */
export interface MissingPart {
  readonly code: AuthoringCode;
  readonly detail: string;
  readonly fix: string;
}

/** The non-Argo objects of an app as JSON, shared by every construct's lint in one validation sweep. */
const plainObjectsByRoot = new WeakMap<object, Manifest[]>();

/** An ApiObject whose final JSON passes through its construct's metadata finishing. */
class FinishedApiObject extends ApiObject {
  /** @internal */
  public _finish?: (json: Json) => Json;
  public override toJson(): any {
    const json = super.toJson();
    return this._finish ? this._finish(json) : json;
  }
}

/** The line a finding of the engine becomes in a synth error or warning. */
export function findingLine(f: Pick<Finding, 'rule' | 'path' | 'message' | 'fix'>): string {
  return `${f.rule} ${f.path || '/'} ${f.message} — ${f.fix}`;
}

/** Base of every argo-guard Argo object (Workflow-likes, EventBus, EventSource, Sensor). */
export abstract class GuardedObject extends Construct {
  /** The L1 object. */
  public readonly apiObject: ApiObject;
  public abstract readonly kind: string;
  private settingsCache?: { gen: number; value: ResolvedSettings };
  private lastFindings?: Finding[];
  /** The engine's last input (as a fingerprint) and findings: cdk8s validates once per synth and again per chart. */
  private lastLint?: { input: string; options: RuleOptions; findings: Finding[] };
  /** Warnings already printed (cdk8s may validate more than once per synth). */
  private readonly warned = new Set<string>();

  protected constructor(scope: Construct, id: string, kind: string, metadata: ApiObjectMetadata | undefined) {
    super(scope, id);
    const obj = new FinishedApiObject(this, 'Resource', {
      apiVersion: ARGO_API_VERSION,
      kind,
      metadata,
      ...this.lazyBody(),
    });
    obj._finish = (json) => this.finishJson(json);
    this.apiObject = obj;
    registerValidation(this, () => this.synthErrors());
  }

  /** `metadata.name`. */
  public get resourceName(): string {
    return this.apiObject.name;
  }

  /** The namespace the object (and its RBAC) lives in. */
  public get namespace(): string | undefined {
    return this.apiObject.metadata.namespace ?? Chart.of(this).namespace;
  }

  /** The effective settings (chart/app settings overridden by this construct's props). */
  public get settings(): ResolvedSettings {
    const gen = settingsGeneration();
    let cache = this.settingsCache;
    if (cache?.gen !== gen) {
      cache = { gen, value: ArgoGuard.of(this, this.settingOverrides()) };
      this.settingsCache = cache;
    }
    return cache.value;
  }

  /** The synthesized manifest (plain JSON, as the rules engine and `kubectl` see it). */
  public toJson(): Json {
    return this.apiObject.toJson();
  }

  /**
   * The rules engine's findings (errors and warnings) for this object's manifest, with the
   * chart's version, watcher and platform settings. Computed at synth validation, or now.
   */
  public findings(): Finding[] {
    this.lastFindings ??= this.lint();
    return this.lastFindings;
  }

  // ------------------------------------------------------------------------------------------
  // for subclasses

  /**
   * The non-metadata top-level fields as cdk8s Lazy values (`{ spec }`). Called from this
   * constructor, before the subclass's fields are set: only create closures here.
   */
  protected abstract lazyBody(): Json;

  /** The settings this construct's props override. */
  protected abstract settingOverrides(): ArgoGuardSettings;

  /** Metadata finishing on the final JSON (opt-out annotations, generateName). */
  protected finishJson(json: Json): Json {
    return json;
  }

  /** The manifest as the engine lints it (by default the synthesized JSON). */
  protected lintManifest(): Manifest {
    return this.toJson();
  }

  /** Other manifests the rules need beside this one (its RBAC, the templates it references). */
  protected lintContext(): Manifest[] {
    return [];
  }

  /** Findings on what this object makes at run time (a Sensor's triggered Workflows). */
  protected derivedFindings(): Finding[] {
    return [];
  }

  /**
   * What the object still lacks at synth (a DAG without tasks, a Sensor without triggers): the
   * absence of a call, which no call could report. Everything a call can check, it checks.
   */
  protected missingParts(): MissingPart[] {
    return [];
  }

  /** Called before the synth check (a Workflow-like creates RBAC that late additions need). */
  protected beforeSynthCheck(): void {}

  /**
   * The non-Argo objects of the app (ConfigMaps, RBAC), rendered once per validation sweep, for
   * cross-object rules. Linting every Argo object beside each construct would make synth quadratic.
   */
  protected appPlainObjects(): Manifest[] {
    const root = this.node.root;
    let plain = plainObjectsByRoot.get(root);
    if (!plain) {
      plain = root.node
        .findAll()
        .filter((c): c is ApiObject => c instanceof ApiObject && !c.apiVersion.startsWith('argoproj.io/'))
        .map((o) => o.toJson());
      plainObjectsByRoot.set(root, plain);
      // Valid for this synchronous validation sweep only: the app may change before the next synth.
      process.nextTick(() => plainObjectsByRoot.delete(root));
    }
    return plain;
  }

  // ------------------------------------------------------------------------------------------

  private lint(): Finding[] {
    if (!this.settings.lint) return [];
    // Cross-object rules need the context: lint this object beside it, keep only its own findings.
    const input = [this.lintManifest(), ...this.lintContext()];
    const options = ruleOptions(this.settings);
    // cdk8s validates the whole app once per synth and once more per chart: the rules are a
    // function of their input, so an unchanged input (compared in full) keeps its findings. A
    // string, not the input itself: 1,000 retained object graphs cost more in GC than they save.
    const key = lintFingerprint(input);
    let last = this.lastLint;
    if (!last || last.options !== options || key === undefined || last.input !== key) {
      last = { input: key ?? '', options, findings: lintFirst(input, options) };
      this.lastLint = key === undefined ? undefined : last;
    }
    return [...last.findings, ...this.derivedFindings()];
  }

  /** The synth check: what is missing, else the engine's findings (errors fail, warnings print). */
  private synthErrors(): string[] {
    this.beforeSynthCheck();
    const missing = this.missingParts();
    if (missing.length) return missing.map((m) => authoringLine(m.code, m.detail, m.fix));
    this.lastFindings = this.lint();
    const errors: string[] = [];
    for (const f of this.lastFindings) {
      const line = findingLine(f);
      if (f.severity === 'error') errors.push(line);
      else if (!this.warned.has(line)) {
        this.warned.add(line);
        reportWarning(this, line);
      }
    }
    return errors;
  }
}

/** What `lintFingerprint` writes for an undefined value (a key that is there, as a rule may see). */
const UNDEFINED = '\u0000undefined';

/**
 * The rules' input as a string, equal for two inputs exactly when the rules see the same JSON:
 * keys in order (a rule may iterate them), undefined values kept. Undefined when the input holds
 * anything but plain objects, arrays and primitives (a class instance, a Date): then the rules run.
 */
export function lintFingerprint(input: unknown): string | undefined {
  let plain = true;
  try {
    const out = JSON.stringify(input, function (this: Record<string, unknown>, key, value) {
      const original = this[key]; // before toJSON, which JSON.stringify applies first
      if (original === undefined) return UNDEFINED;
      if (
        typeof original === 'object' &&
        original !== null &&
        !Array.isArray(original) &&
        !isPlain(original)
      ) {
        plain = false;
        return null; // not walked: the answer is already "no fingerprint"
      }
      return value;
    });
    return plain ? out : undefined;
  } catch {
    return undefined; // a cycle: no fingerprint, the rules run (and report what they can)
  }
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
}

/** Findings of every argo-guard object under `scope`, by construct path (for a synth summary). */
export function collectFindings(scope: IConstruct): { path: string; findings: Finding[] }[] {
  return scope.node
    .findAll()
    .filter((c): c is GuardedObject => c instanceof GuardedObject)
    .map((c) => ({ path: c.node.path, findings: c.findings() }));
}
