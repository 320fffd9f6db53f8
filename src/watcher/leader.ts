/**
 * Leader election on a coordination.k8s.io/v1 Lease (client-go's leaderelection): only the holder
 * acts; other replicas keep their caches warm. Expiry is judged on the local clock from when this
 * replica last saw the record change, so clock skew between replicas does not matter. Updates are
 * conditional on resourceVersion, so two replicas can never both win the same round.
 */
import { ApiError, type KubeApi, paths, sleep } from './kube';
import type { Logger } from './log';

export interface LeaderOptions {
  readonly api: KubeApi;
  readonly namespace: string;
  readonly name: string;
  readonly identity: string;
  /** @default 15 s */
  readonly leaseDurationMs?: number;
  /** A leader that could not renew for this long steps down. @default 10 s */
  readonly renewDeadlineMs?: number;
  /** @default 2 s */
  readonly retryPeriodMs?: number;
  readonly log: Logger;
  /**
   * Judge a Lease first seen by its renewTime instead of waiting a full lease duration from first
   * sight. For one-shot processes (`sweep`) that cannot wait; it trusts the clocks to agree within
   * the lease duration, which the long-running `watch` replicas never need to.
   */
  readonly judgeByRenewTime?: boolean;
}

export class LeaderElector {
  private leading = false;
  private onChange?: (leading: boolean) => void;
  private observed = '';
  private observedAt = 0;
  private lastRenew = 0;

  constructor(private readonly o: LeaderOptions) {}

  get isLeader(): boolean {
    return this.leading;
  }

  private get durationMs() {
    return this.o.leaseDurationMs ?? 15_000;
  }

  async run(signal: AbortSignal, onChange?: (leading: boolean) => void): Promise<void> {
    if (onChange) this.onChange = onChange;
    const retry = this.o.retryPeriodMs ?? 2_000;
    while (!signal.aborted) {
      let ok = false;
      try {
        ok = await this.tryAcquireOrRenew();
      } catch (err) {
        this.o.log.warn('lease update failed', { lease: this.o.name, error: err as Error });
      }
      if (ok) this.lastRenew = Date.now();
      if (ok && !this.leading) this.set(true);
      if (!ok && this.leading && Date.now() - this.lastRenew > (this.o.renewDeadlineMs ?? 10_000))
        this.set(false);
      if (!ok && this.leading && this.observedHolder() !== this.o.identity && this.observedHolder() !== '')
        this.set(false);
      await sleep(retry, signal);
    }
  }

  /**
   * One attempt to take (or renew) the Lease now. Returns the holder when someone else holds it.
   * Errors other than a lost race are thrown.
   */
  async acquireOnce(): Promise<{ acquired: true } | { acquired: false; holder: string }> {
    const ok = await this.tryAcquireOrRenew();
    if (ok) {
      this.lastRenew = Date.now();
      if (!this.leading) this.set(true);
      return { acquired: true };
    }
    return { acquired: false, holder: this.holder };
  }

  /** Gives the Lease up (graceful shutdown), so another replica takes over without waiting for expiry. */
  async release(): Promise<void> {
    // Also when this replica already stepped down on its own clock (a slow renew under load): if
    // the Lease still names it, hand it back rather than make the next holder wait for expiry.
    if (this.leading) this.set(false);
    else if (this.holder !== this.o.identity) return;
    try {
      const lease = await this.o.api.get(paths.lease(this.o.namespace, this.o.name));
      if (lease.spec?.holderIdentity !== this.o.identity) return;
      lease.spec.holderIdentity = '';
      lease.spec.leaseDurationSeconds = 1;
      lease.spec.renewTime = microTime(Date.now());
      await this.o.api.put(paths.lease(this.o.namespace, this.o.name), lease);
    } catch (err) {
      this.o.log.warn('could not release the lease', { error: err as Error });
    }
  }

  private set(leading: boolean) {
    this.leading = leading;
    this.o.log.info(leading ? 'became leader' : 'stopped leading', {
      lease: `${this.o.namespace}/${this.o.name}`,
      identity: this.o.identity,
    });
    this.onChange?.(leading);
  }

  private holder = '';
  private observedHolder() {
    return this.holder;
  }

  private async tryAcquireOrRenew(): Promise<boolean> {
    const now = Date.now();
    const path = paths.lease(this.o.namespace, this.o.name);
    let lease: any;
    try {
      lease = await this.o.api.get(path);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404)) throw err;
      try {
        await this.o.api.post(paths.leases(this.o.namespace), {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: this.o.name, namespace: this.o.namespace },
          spec: {
            holderIdentity: this.o.identity,
            leaseDurationSeconds: Math.ceil(this.durationMs / 1000),
            acquireTime: microTime(now),
            renewTime: microTime(now),
            leaseTransitions: 0,
          },
        });
        this.holder = this.o.identity;
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) return false;
        throw e;
      }
    }
    const spec = lease.spec ?? {};
    const holder: string = spec.holderIdentity ?? '';
    this.holder = holder;
    const record = `${holder}|${spec.renewTime ?? ''}|${spec.leaseDurationSeconds ?? ''}`;
    if (record !== this.observed) {
      this.observed = record;
      const renewed = Date.parse(spec.renewTime ?? '');
      this.observedAt = this.o.judgeByRenewTime && !Number.isNaN(renewed) ? Math.min(now, renewed) : now;
    }
    const duration = (spec.leaseDurationSeconds ?? Math.ceil(this.durationMs / 1000)) * 1000;
    const expired = this.observedAt + duration <= now;
    if (holder !== '' && holder !== this.o.identity && !expired) return false;
    const transitions = (spec.leaseTransitions ?? 0) + (holder === this.o.identity ? 0 : 1);
    lease.spec = {
      ...spec,
      holderIdentity: this.o.identity,
      leaseDurationSeconds: Math.ceil(this.durationMs / 1000),
      renewTime: microTime(now),
      acquireTime: holder === this.o.identity ? spec.acquireTime : microTime(now),
      leaseTransitions: transitions,
    };
    try {
      await this.o.api.put(path, lease); // carries metadata.resourceVersion: conditional
      this.holder = this.o.identity;
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) return false;
      throw e;
    }
  }
}

/** MicroTime as the API server expects it: RFC 3339 with microseconds. */
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
