/**
 * @module Feedback on the packet: the receiver says whether the handoff told them their first move
 * (and what was missing), a reviewer corrects a fact with its right value, and leads download the
 * reviewed packet as an eval case. Every rating and correction is audited by the service.
 */
import { type FormEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { messageOf } from '../../../api/client.js';
import { type FactValue, type FeedbackView, feedbackApi, type HandoffRating } from '../../../api/feedback.js';
import type { Packet, PacketView, User } from '../../../api/types.js';
import { useCan } from '../../../app/can-context.js';
import { formatTime } from '../../../ui/format.js';
import { useLock } from '../../../ui/use-lock.js';
import { type FactChoice, factChoices, showValue } from '../fact-choices.js';

const NOTE_MAX = 2000;
const RATING_TEXT: Record<HandoffRating, string> = {
  'knew-first-move': 'knew their first move',
  'had-to-ask': 'had to ask',
};
const EXPORTABLE = new Set(['approved', 'sent', 'resolved', 'de_escalated']);

interface Props {
  readonly view: PacketView;
  readonly packet: Packet;
  readonly user: User;
}

export function FeedbackPanel({ view, packet, user }: Props) {
  const [feedback, setFeedback] = useState<FeedbackView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const can = useCan();
  const lock = useLock(can.whyNot('feedback.give'));
  const exportLock = useLock(can.whyNot('case.export'));

  const load = useCallback(async () => {
    try {
      setFeedback((await feedbackApi.list(view.id)).feedback);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [view.id]);
  useEffect(() => void load(), [load]);

  async function saved(message: string) {
    setError(null);
    setStatus(message);
    await load();
  }

  const ratings = feedback.filter((f) => f.kind === 'handoff' && f.version === view.version);
  const corrections = feedback.filter((f) => f.kind === 'fact' && f.version === view.version);
  const mine = ratings.filter((f) => f.actor === user.email).at(-1);
  const count = (rating: HandoffRating) => ratings.filter((f) => f.rating === rating).length;

  return (
    <section className="card" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback</h2>
      <RateHandoff
        packetId={view.id}
        locked={lock.locked}
        describe={lock.describe}
        onSaved={saved}
        onError={setError}
      />
      <p className="muted">
        Ratings of version {view.version}: {count('knew-first-move')} knew their first move,{' '}
        {count('had-to-ask')} had to ask.
        {mine?.rating ? ` You said you ${RATING_TEXT[mine.rating]}.` : ''}
      </p>
      {ratings.some((r) => r.note) && (
        <ul aria-label="What was missing">
          {ratings
            .filter((r) => r.note)
            .map((r) => (
              <li key={r.id}>
                “{r.note}” — {r.actor}, {formatTime(r.at)}
              </li>
            ))}
        </ul>
      )}
      <CorrectFact
        view={view}
        packet={packet}
        feedback={feedback}
        locked={lock.locked}
        describe={lock.describe}
        onSaved={saved}
        onError={setError}
      />
      {corrections.length > 0 && (
        <>
          <h3>Corrected facts</h3>
          <ul aria-label="Corrected facts">
            {corrections.map((c) => (
              <li key={c.id}>
                <code>{c.field}</code> → <strong>{showValue(c.value)}</strong> by {c.actor},{' '}
                {formatTime(c.at)}
                {c.note ? ` — “${c.note}”` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {lock.note}
      <h3>Eval case</h3>
      {exportLock.locked ? (
        exportLock.note
      ) : EXPORTABLE.has(view.state) ? (
        <p>
          <a href={feedbackApi.exportCaseUrl(view.id)} download>
            Download as an eval case (zip)
          </a>{' '}
          <span className="muted">— the inputs as uploaded and the reviewed result as expected.json</span>
        </p>
      ) : (
        <p className="muted">Approve the packet to export it as an eval case.</p>
      )}
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

interface PartProps {
  readonly locked: boolean;
  readonly describe: { title?: string; 'aria-describedby'?: string };
  readonly onSaved: (message: string) => Promise<void>;
  readonly onError: (message: string) => void;
}

function RateHandoff({ packetId, locked, describe, onSaved, onError }: PartProps & { packetId: string }) {
  const [note, setNote] = useState('');
  const noteId = useId();

  async function rate(rating: HandoffRating) {
    try {
      await feedbackApi.rate(packetId, rating, note);
      setNote('');
      await onSaved(`Saved: you ${RATING_TEXT[rating]}.`);
    } catch (failure) {
      onError(messageOf(failure));
    }
  }

  return (
    <fieldset className="rate-handoff" disabled={locked}>
      <legend>Did this handoff tell you your first move?</legend>
      <label htmlFor={noteId}>What was missing? (optional)</label>
      <textarea
        id={noteId}
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="button-row">
        <button type="button" onClick={() => void rate('knew-first-move')} {...describe}>
          I knew my first move
        </button>
        <button type="button" onClick={() => void rate('had-to-ask')} {...describe}>
          I had to ask
        </button>
      </div>
    </fieldset>
  );
}

function CorrectFact({
  view,
  packet,
  feedback,
  locked,
  describe,
  onSaved,
  onError,
}: PartProps & { view: PacketView; packet: Packet; feedback: readonly FeedbackView[] }) {
  const choices = useMemo(
    () => factChoices(packet, feedback, view.version),
    [packet, feedback, view.version],
  );
  const [open, setOpen] = useState(false);
  const [field, setField] = useState('');
  const [value, setValue] = useState('');
  const [none, setNone] = useState(false);
  const [note, setNote] = useState('');
  const chosen: FactChoice | undefined = choices.find((c) => c.field === field);

  function parsed(choice: FactChoice): FactValue {
    if (none) return null;
    switch (choice.kind) {
      case 'count':
        return Number(value);
      case 'flag':
        return value === 'yes';
      default:
        return value;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    try {
      await feedbackApi.correct(view.id, chosen.field, parsed(chosen), note);
      setValue('');
      setNone(false);
      setNote('');
      setField('');
      setOpen(false);
      await onSaved(`Saved: ${chosen.label} corrected.`);
    } catch (failure) {
      onError(messageOf(failure));
    }
  }

  return (
    <div className="correct-fact">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        disabled={locked}
        {...describe}
      >
        A fact is wrong
      </button>
      {open && !locked && (
        <form onSubmit={submit} className="override-form" aria-label="Correct a fact">
          <label>
            Fact
            <select required value={field} onChange={(e) => setField(e.target.value)}>
              <option value="">Choose the fact…</option>
              {choices.map((c) => (
                <option key={c.field} value={c.field}>
                  {c.adds ? c.label : `${c.label}: ${c.current}`}
                </option>
              ))}
            </select>
          </label>
          {chosen && <ValueInput choice={chosen} value={value} onValue={setValue} disabled={none} />}
          {chosen && !chosen.adds && (
            <label className="inline">
              <input type="checkbox" checked={none} onChange={(e) => setNone(e.target.checked)} />{' '}
              {chosen.field.endsWith(']') ? 'It is not true: remove it' : 'There is none'}
            </label>
          )}
          <label>
            Note (optional)
            <textarea rows={2} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!chosen}>
            Save correction
          </button>
        </form>
      )}
    </div>
  );
}

function ValueInput({
  choice,
  value,
  onValue,
  disabled,
}: {
  choice: FactChoice;
  value: string;
  onValue: (value: string) => void;
  disabled: boolean;
}) {
  const label = 'Right value';
  switch (choice.kind) {
    case 'flag':
      return (
        <label>
          {label}
          <select
            required={!disabled}
            disabled={disabled}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          >
            <option value="">Choose…</option>
            <option value="yes">yes</option>
            <option value="no">no</option>
          </select>
        </label>
      );
    case 'count':
      return (
        <label>
          {label}
          <input
            type="number"
            min={0}
            step={1}
            required={!disabled}
            disabled={disabled}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        </label>
      );
    case 'date':
      return (
        <label>
          {label}
          <input
            type="date"
            required={!disabled}
            disabled={disabled}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        </label>
      );
    default:
      return (
        <label>
          {label}
          <input
            type="text"
            maxLength={2000}
            required={!disabled}
            disabled={disabled}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        </label>
      );
  }
}
