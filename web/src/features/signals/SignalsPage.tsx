/**
 * @module The signals page for leads and admins: week by week, how many packets, how fast they were
 * ready and answered, how often reviewers changed severity or routing, gates rejected, follow-ups
 * missed and how receivers rated the handoffs. Figures come from the store on each visit.
 */
import { useEffect, useId, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { SignalsAnswer, WeekSignals } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { describeDirection, describeWeek, formatSeconds, formatShare } from './format-signals.js';

const WEEK_CHOICES = [4, 8, 12, 26] as const;

export function SignalsPage() {
  const [weeks, setWeeks] = useState<number>(8);
  const [answer, setAnswer] = useState<SignalsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pickerId = useId();
  // A role without the figures gets the reason in words, not the service's refusal.
  const locked = useCan().whyNot('signals.read');

  useEffect(() => {
    if (locked) return;
    let current = true;
    setError(null);
    api.signals(weeks).then(
      (result) => current && setAnswer(result),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [weeks, locked]);

  if (locked)
    return (
      <section aria-labelledby="signals-title">
        <h1 id="signals-title">Signals</h1>
        <p role="alert" className="error">
          {locked}
        </p>
      </section>
    );

  return (
    <section aria-labelledby="signals-title" className="signals">
      <div className="page-head">
        <h1 id="signals-title">Signals</h1>
        <div className="head-meta">
          <label htmlFor={pickerId}>Show</label>
          <select id={pickerId} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
            {WEEK_CHOICES.map((n) => (
              <option key={n} value={n}>
                last {n} weeks
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : !answer ? (
        <p className="loading">Loading the signals…</p>
      ) : (
        <SignalsBody answer={answer} />
      )}
    </section>
  );
}

function SignalsBody({ answer }: { answer: SignalsAnswer }) {
  const [thisWeek] = answer.weeks;
  return (
    <>
      <p className="muted">
        Weeks run Monday to Sunday in {answer.timeZone}. Each week counts the packets uploaded in it and
        everything that happened to them since, so recent weeks can still change. Times are medians: half the
        packets were quicker; “slowest tenth” is the time 9 in 10 packets beat.
      </p>
      {answer.truncated && (
        <p role="status" className="overdue-banner">
          More packets were uploaded than this page reads at once; the oldest weeks are undercounted.
        </p>
      )}
      {thisWeek && <ThisWeek week={thisWeek} ratingsAvailable={answer.ratingsAvailable} />}
      <WeeksTable weeks={answer.weeks} ratingsAvailable={answer.ratingsAvailable} />
    </>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {note && <span className="figure-note">{note}</span>}
      </dd>
    </div>
  );
}

function ThisWeek({ week, ratingsAvailable }: { week: WeekSignals; ratingsAvailable: boolean }) {
  return (
    <section aria-labelledby="this-week" className="card">
      <h2 id="this-week">This week so far: {describeWeek(week.id, week.start)}</h2>
      <dl className="figures">
        <Figure
          label="Packets prepared"
          value={String(week.packetsPrepared)}
          note={`of ${week.packetsUploaded} uploaded`}
        />
        <Figure
          label="Upload to ready for review"
          value={formatSeconds(week.uploadToReviewReady.medianSeconds)}
          note="median"
        />
        <Figure
          label="Upload to first customer update"
          value={formatSeconds(week.uploadToFirstUpdate.medianSeconds)}
          note={`median, ${week.uploadToFirstUpdate.count} sent`}
        />
        <Figure
          label="Severity changed by a reviewer"
          value={formatShare(week.severityOverrides.rate)}
          note={describeDirection(week.severityOverrides.up, week.severityOverrides.down)}
        />
        <Figure label="Follow-ups missed" value={String(week.followUpsMissed)} note="due and not done" />
        <Figure
          label="Receivers who knew their first move"
          value={ratingsAvailable ? formatShare(week.handoffRatings?.knewFirstMoveShare ?? null) : '—'}
          note={
            ratingsAvailable
              ? `${(week.handoffRatings?.knewFirstMove ?? 0) + (week.handoffRatings?.hadToAsk ?? 0)} ratings`
              : 'no ratings recorded yet'
          }
        />
      </dl>
    </section>
  );
}

function WeeksTable({ weeks, ratingsAvailable }: { weeks: WeekSignals[]; ratingsAvailable: boolean }) {
  return (
    <div className="table-scroll">
      <table className="signals-table">
        <caption>Week by week, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Packets prepared</th>
            <th scope="col">Upload to ready for review (median / slowest tenth)</th>
            <th scope="col">Upload to first customer update (median / slowest tenth)</th>
            <th scope="col">Severity changed</th>
            <th scope="col">Routing changed</th>
            <th scope="col">Gates rejected</th>
            <th scope="col">Follow-ups missed</th>
            <th scope="col">Knew their first move</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.id}>
              <th scope="row">{describeWeek(week.id, week.start)}</th>
              <td>
                {week.packetsPrepared}
                <span className="muted"> of {week.packetsUploaded}</span>
              </td>
              <td>
                {formatSeconds(week.uploadToReviewReady.medianSeconds)} /{' '}
                {formatSeconds(week.uploadToReviewReady.p90Seconds)}
              </td>
              <td>
                {formatSeconds(week.uploadToFirstUpdate.medianSeconds)} /{' '}
                {formatSeconds(week.uploadToFirstUpdate.p90Seconds)}
              </td>
              <td>
                {formatShare(week.severityOverrides.rate)}
                {week.severityOverrides.rate !== null && (
                  <span className="muted">
                    {' '}
                    ({describeDirection(week.severityOverrides.up, week.severityOverrides.down)})
                  </span>
                )}
              </td>
              <td>{formatShare(week.routingOverrides.rate)}</td>
              <td>{week.gatesRejected}</td>
              <td className={week.followUpsMissed > 0 ? 'overdue' : undefined}>{week.followUpsMissed}</td>
              <td>
                {ratingsAvailable && week.handoffRatings ? (
                  <>
                    {formatShare(week.handoffRatings.knewFirstMoveShare)}
                    <span className="muted">
                      {' '}
                      ({week.handoffRatings.knewFirstMove} of{' '}
                      {week.handoffRatings.knewFirstMove + week.handoffRatings.hadToAsk})
                    </span>
                  </>
                ) : (
                  <span className="muted">no ratings yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
