/**
 * Putting synthesized manifests into a Helm chart's `templates/`. Helm renders every template
 * with Go's text/template before it parses YAML, so an Argo expression such as
 * `{{workflow.name}}` or `{{=sprig.trim(inputs.parameters.x)}}` would be taken for a Helm action
 * and fail or vanish. Each run of braces becomes an action that prints it back, e.g.
 * `{{ "{{" }}` and `{{ "}}" }}` (a Go string literal). Escaping works on the text, before YAML,
 * exactly as Helm renders it, so it does not matter where in a YAML scalar, or in which quoting
 * style, the braces are.
 */

/**
 * Escapes a template text for Helm: every run of two or more braces becomes one action that
 * prints it, so `{{workflow.name}}` becomes `{{ "{{" }}workflow.name{{ "}}" }}`. Whole runs, not
 * single `{{` tokens: a lone `{` right before an escape action would otherwise form `{{{`, which
 * Go's lexer reads as the start of an action (`{}}` -> `{{{ "}}" }}` is broken). A run is
 * maximal, so the characters around each action are never braces.
 */
export function escapeForHelm(text: string): string {
  return text.replace(/[{}]{2,}/g, (run) => `{{ "${run}" }}`);
}

/** Whether a text contains Go-template delimiters that Helm would try to render. */
export function needsHelmEscape(text: string): boolean {
  return /\{\{|\}\}/.test(text);
}

/**
 * What Helm's renderer makes of a template text made only of literal text and the escape
 * actions `{{ "…" }}` (interpreted string literal) and ``{{ `…` }}`` (raw string literal):
 * the literal is printed. Any other action is an error, naming its offset, because it means
 * something was left for Helm to interpret. Used to prove that escaping gives back the
 * original manifests exactly.
 */
export function renderHelmEscapes(template: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf('{{', i);
    if (start < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, start);
    let j = start + 2;
    // Trim markers ("{{- " / " -}}") are not produced by escapeForHelm; reject them.
    if (template.startsWith('- ', j)) throw new Error(`offset ${start}: trim marker in an escape action`);
    while (template[j] === ' ') j++;
    const quote = template[j];
    let literal: string;
    if (quote === '"') {
      let k = j + 1;
      let s = '';
      while (k < template.length && template[k] !== '"') {
        if (template[k] === '\\') {
          const e = template[k + 1];
          const map: Record<string, string> = { '\\': '\\', '"': '"', n: '\n', t: '\t' };
          if (!(e in map)) throw new Error(`offset ${k}: unsupported escape \\${e}`);
          s += map[e];
          k += 2;
        } else s += template[k++];
      }
      if (k >= template.length) throw new Error(`offset ${start}: unterminated string literal`);
      literal = s;
      j = k + 1;
    } else if (quote === '`') {
      const k = template.indexOf('`', j + 1);
      if (k < 0) throw new Error(`offset ${start}: unterminated raw string literal`);
      literal = template.slice(j + 1, k);
      j = k + 1;
    } else {
      const snippet = template.slice(start, start + 40).split('\n')[0];
      throw new Error(`offset ${start}: "${snippet}" is a Helm action, not an escaped literal`);
    }
    while (template[j] === ' ') j++;
    if (!template.startsWith('}}', j)) throw new Error(`offset ${start}: escape action not closed by "}}"`);
    out += literal;
    i = j + 2;
  }
  return out;
}
