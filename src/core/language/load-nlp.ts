/** @module The one wink-nlp instance (English lite model), loaded on first use and shared. */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

// wink builds its sentiment automaton at load whatever the pipe; Spine never asks for sentiment
// (it is not in the pipe below, and only that pipe runs the automaton), so it gets a machine with
// no states, and the built CLI never reads the 0.4 MB model (scripts/build-cli.mjs)
const NO_STATES = '[100,0,{"0":{}},{},{},{}]';
const withoutSentiment: typeof model = Object.assign(Object.create(null), model, {
  sa: () => ({ machines: [NO_STATES], setter: () => undefined }),
});

/** The shared pipeline: sentence boundaries, negation scope, part of speech and entities. */
export function loadNlp(): Nlp {
  instance ??= winkNLP(withoutSentiment, ['sbd', 'negation', 'pos', 'ner']);
  return instance;
}
