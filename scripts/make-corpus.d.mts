// Types of scripts/make-corpus.mjs, for the tests that import it.
export function fixtureTexts(): string[];
export function vary(text: string, i: number): string;
export function makeCorpus(dir: string, n: number): string[];
