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
