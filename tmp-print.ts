import { stringify } from 'yaml';
import { rulesFile } from './src/deploy/alerts';
process.stdout.write(stringify(rulesFile({ matchers: { job: 'argo-guard' } })));
