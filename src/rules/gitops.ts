import type { Rule } from './rule';

export const rules: readonly Rule[] = [];
