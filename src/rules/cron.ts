/**
 * CronWorkflow schedules and timezones as the controller reads them. Argo calls robfig/cron v3
 * `cron.ParseStandard` (workflow/validate/validate.go, workflow/cron/operator.go): five fields
 * (minute hour day-of-month month day-of-week), an optional `CRON_TZ=`/`TZ=` prefix, the
 * descriptors `@yearly` .. `@hourly` and `@every <Go duration>`. Timezones go through Go's
 * `time.LoadLocation` (the IANA database): checked here with Node's Intl data.
 */

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: DAYS },
];

const DESCRIPTORS = new Set([
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
]);

/** Go's time.ParseDuration: a sequence of decimal numbers with units (`1h30m`, `1.5s`, `300ms`). */
const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

/** Seconds of a Go duration, or undefined when it is not one. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  if (!GO_DURATION.test(text)) return undefined;
  const unit: Record<string, number> = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    μs: 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600,
  };
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    total += Number(m[1]) * unit[m[2]];
  return text.startsWith('-') ? -total : total;
}

/** Why robfig/cron's ParseStandard refuses `spec`, or undefined when it parses. */
export function cronError(spec: string): string | undefined {
  let s = spec.trim();
  if (s === '') return 'empty spec string';
  if (s.startsWith('TZ=') || s.startsWith('CRON_TZ=')) {
    const sp = s.indexOf(' ');
    const tz = s.slice(s.indexOf('=') + 1, sp < 0 ? undefined : sp);
    if (!isTimeZone(tz)) return `provided bad location ${tz}: unknown time zone ${tz}`;
    if (sp < 0) return 'empty spec string';
    s = s.slice(sp).trim();
  }
  if (s.startsWith('@')) {
    if (s.startsWith('@every ')) {
      const d = s.slice(7).trim();
      if (parseGoDuration(d) === undefined)
        return `failed to parse duration ${s}: time: invalid duration "${d}"`;
      return undefined;
    }
    return DESCRIPTORS.has(s) ? undefined : `unrecognized descriptor: ${s}`;
  }
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < 5; i++) {
    const err = fieldError(fields[i], FIELDS[i]);
    if (err) return `${FIELDS[i].name} "${fields[i]}": ${err}`;
  }
  return undefined;
}

function fieldError(field: string, f: FieldSpec): string | undefined {
  for (const expr of field.split(',')) {
    const err = rangeError(expr, f);
    if (err) return err;
  }
  return undefined;
}

function rangeError(expr: string, f: FieldSpec): string | undefined {
  const parts = expr.split('/');
  if (parts.length > 2) return `too many slashes: ${expr}`;
  const lowHigh = parts[0].split('-');
  let start: number;
  let end: number;
  if (lowHigh[0] === '*' || lowHigh[0] === '?') {
    if (lowHigh.length > 1) return `too many hyphens: ${expr}`;
    start = f.min;
    end = f.max;
  } else {
    if (lowHigh.length > 2) return `too many hyphens: ${expr}`;
    const a = value(lowHigh[0], f);
    if (typeof a === 'string') return a;
    start = a;
    if (lowHigh.length === 2) {
      const b = value(lowHigh[1], f);
      if (typeof b === 'string') return b;
      end = b;
    } else {
      end = start;
    }
  }
  if (parts.length === 2) {
    const step = Number(parts[1]);
    if (!/^\d+$/.test(parts[1])) return `failed to parse int from ${parts[1]}`;
    if (step === 0) return `step of range should be a positive number: ${expr}`;
    if (lowHigh.length === 1 && lowHigh[0] !== '*' && lowHigh[0] !== '?') end = f.max; // `N/step` = N-max/step
  }
  if (start < f.min) return `beginning of range (${start}) below minimum (${f.min}): ${expr}`;
  if (end > f.max) return `end of range (${end}) above maximum (${f.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  return undefined;
}

function value(text: string, f: FieldSpec): number | string {
  const named = f.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) return `failed to parse int from ${text}`;
  return Number(text);
}

const zoneCache = new Map<string, boolean>();

/** Whether Go's time.LoadLocation knows the zone (`UTC`, `Local` and the IANA names). */
export function isTimeZone(name: string): boolean {
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  let ok = zoneCache.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      // Intl ignores case; Go reads a file of that exact name.
      ok = !/[a-z]/.test(name[0]) || name === name.toUpperCase();
    } catch {
      ok = false;
    }
    zoneCache.set(name, ok);
  }
  return ok;
}

/** The IANA zone names closest to `name` (for "did you mean"). */
export function timeZoneNames(): readonly string[] {
  return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
}
