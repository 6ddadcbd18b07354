/**
 * @module The small "why" beside a fact or a signal: a native disclosure (keyboard and screen-reader
 * friendly without script) saying which mechanism found it, the sentence it read, and a link to
 * that evidence like every other cite on the page.
 */
import type { Trace } from '../../../../src/core/model/trace.js';
import { CiteLink } from '../../ui/CiteLink.js';
import { describeTrace } from './utils/describe-trace.js';
import './fact-trace.css';

const MAX_QUOTE = 300;

function quoted(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * One disclosure for all the traces of a fact or a signal (a signal can be set by several
 * sentences). `subject` names what is explained, for the disclosure's accessible name.
 */
export function FactTrace({ traces, subject }: { traces: readonly Trace[]; subject: string }) {
  if (traces.length === 0) return <span className="why-none muted">no trace recorded</span>;
  return (
    <details className="why-trace">
      <summary>
        why<span className="visually-hidden">: how “{subject}” was found</span>
      </summary>
      <div className="why-body">
        {traces.map((trace, i) => {
          const quote = quoted(trace.sentence);
          return (
            // traces of one signal may repeat an evidence id with another rule
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the packet version
            <div key={i} className="why-one">
              <p>
                {describeTrace(trace)}, from <CiteLink cite={trace.evidence} />
                {trace.rule ? <span className="rule-id"> [{trace.rule}]</span> : null}
              </p>
              {quote && <blockquote>“{quote}”</blockquote>}
            </div>
          );
        })}
      </div>
    </details>
  );
}
