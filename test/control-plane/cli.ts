/**
 * `tsx test/control-plane/cli.ts build|up|down|status` (npm run cp:up / cp:down): a real
 * kube-apiserver + etcd for the e2e tests. See test/e2e/README.md.
 */
import { argoBinaries, binaries, ensureArgoBuilt, ensureBuilt, isArgoBuilt, isBuilt } from './build';
import { down, KUBECONFIG, STATE_DIR, status, up } from './plane';

const USAGE = 'usage: tsx test/control-plane/cli.ts build|up|down|status [--with-argo]';
const withArgo = process.argv.slice(3).includes('--with-argo');

async function main(cmd: string | undefined): Promise<number> {
  switch (cmd) {
    case 'build': {
      const cached = isBuilt();
      const b = await ensureBuilt();
      console.log(
        `${cached ? 'cached' : 'built'}: ${b.dir} (kube-apiserver ${b.k8sVersion}, etcd ${b.etcdVersion})`,
      );
      if (withArgo) {
        const argoCached = isArgoBuilt();
        const a = await ensureArgoBuilt();
        console.log(
          `${argoCached ? 'cached' : 'built'}: kube-scheduler, kube-controller-manager, kwok ${a.kwokVersion}, ` +
            `workflow-controller ${a.argoVersion} (${a.workflowController})`,
        );
      }
      return 0;
    }
    case 'up': {
      const r = await up({ withArgo });
      console.log(
        `${r.reused ? 'reusing the running' : 'started a'} control plane at ${r.server} in ${r.seconds}s\n` +
          `export KUBECONFIG=${r.kubeconfig}`,
      );
      return 0;
    }
    case 'down':
      console.log((await down()) ? 'control plane stopped' : 'control plane was not running');
      return 0;
    case 'status': {
      const s = await status();
      const b = binaries();
      console.log(`binaries: ${isBuilt(b) ? b.dir : `not built (${b.dir})`}`);
      if (s.running && s.state?.apiserver) {
        console.log(
          `running: kube-apiserver ${s.state.k8sVersion} pid ${s.state.apiserver.pid} on https://127.0.0.1:${s.state.apiserver.port}, ` +
            `etcd ${s.state.etcdVersion} pid ${s.state.etcd.pid} on 127.0.0.1:${s.state.etcd.clientPort}\n` +
            `export KUBECONFIG=${KUBECONFIG}`,
        );
        const a = argoBinaries();
        console.log(
          s.argoProblem
            ? `Argo side (--with-argo): ${s.argoProblem}${isArgoBuilt(a) ? '' : ' (binaries not built)'}`
            : `Argo side: kube-scheduler, kube-controller-manager, kwok ${a.kwokVersion}, workflow-controller ${a.argoVersion}; logs in ${STATE_DIR}`,
        );
        return 0;
      }
      console.log(`not running: ${s.problem}`);
      return 1;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    console.error(`control plane: ${e.message}`);
    process.exitCode = 1;
  },
);
