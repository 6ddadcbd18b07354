/** @module The one wink-nlp instance (English lite model), loaded on first use and shared. */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** The shared pipeline: sentence boundaries, negation scope, part of speech and entities. */
export function loadNlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  return instance;
}
