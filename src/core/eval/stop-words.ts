/** @module The English stop words the eval matcher drops before comparing texts. */

/**
 * Function words, pronouns, auxiliaries and fillers that carry no substance in a support thread.
 * Kept short and fixed on purpose: the list is part of the scoring rule, so changing it changes
 * every recorded score.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each e.g eg etc few for from further had hadn't has hasn't have haven't having he her here hers
herself him himself his how i i.e ie if in into is isn't it it's its itself just let's me more most
mustn't my myself no nor not now of off on once only or other ought our ours ourselves out over own
same she should shouldn't so some such than that that's the their theirs them themselves then there
these they this those through to too under until up us very was wasn't we were weren't what when where
which while who whom why will with won't would wouldn't you your yours yourself yourselves also any
still yet get got one since`.split(/\s+/),
);
