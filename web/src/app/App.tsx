/** @module The page shell: who is signed in, the navigation, and the view for the current route. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../api/client.js';
import type { Session } from '../api/types.js';
import { AuditPage } from '../features/audit-log/AuditPage.js';
import { IntakePage } from '../features/intake/IntakePage.js';
import { LoginPage } from '../features/login/LoginPage.js';
import { CustomerPacketPage } from '../features/packet-review/CustomerPacketPage.js';
import { PacketPage } from '../features/packet-review/PacketPage.js';
import { QueuePage } from '../features/queue/QueuePage.js';
import { SignalsPage } from '../features/signals/SignalsPage.js';
import { DisabledLink } from '../ui/DisabledLink.js';
import { useLock } from '../ui/use-lock.js';
import { CanContext } from './can-context.js';
import { makeCan } from './make-can.js';
import { href } from './parse-route.js';
import { useRoute } from './use-route.js';

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    api.session().then(
      (answered) => setSession(answered),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setSession(null);
        else setSession(null);
      },
    );
  }, []);

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setSession(null);
  }, []);

  if (session === undefined) return <p className="loading">Loading…</p>;
  if (session === null) return <LoginPage onSignedIn={setSession} />;
  return <SignedIn session={session} route={route} onSignOut={signOut} />;
}

function SignedIn({
  session,
  route,
  onSignOut,
}: {
  session: Session;
  route: ReturnType<typeof useRoute>;
  onSignOut: () => void;
}) {
  const { user } = session;
  const can = useMemo(() => makeCan(session), [session]);
  const newPacket = useLock(can.whyNot('packet.create'));

  return (
    <CanContext.Provider value={can}>
      <div className="app">
        <header className="topbar">
          <a className="brand" href={href.queue()}>
            Spine
          </a>
          <nav aria-label="Main">
            <a href={href.queue()} aria-current={route.view === 'queue' ? 'page' : undefined}>
              Queue
            </a>
            {newPacket.locked ? (
              <>
                <DisabledLink lock={newPacket}>New packet</DisabledLink>
                <span id={newPacket.noteId} className="visually-hidden">
                  {newPacket.describe.title}
                </span>
              </>
            ) : (
              <a href={href.intake()} aria-current={route.view === 'intake' ? 'page' : undefined}>
                New packet
              </a>
            )}
            {/* Team-wide figures are for leads and admins: other roles do not see the link. */}
            {can.whyNot('signals.read') === null && (
              <a href={href.signals()} aria-current={route.view === 'signals' ? 'page' : undefined}>
                Signals
              </a>
            )}
          </nav>
          <span className="whoami">
            {user.name} <span className="role">({user.role.replace('_', ' ')})</span>
          </span>
          <button type="button" className="link-button" onClick={onSignOut}>
            Sign out
          </button>
        </header>
        <main id="main">
          {route.view === 'queue' && <QueuePage />}
          {route.view === 'intake' && <IntakePage />}
          {route.view === 'signals' && <SignalsPage />}
          {/* Keyed by id: a route change starts a fresh page, never one still holding another packet. */}
          {route.view === 'packet' &&
            (can.whyNot('packet.read_internal') === null ? (
              <PacketPage key={route.id} id={route.id} cite={route.cite} user={user} />
            ) : (
              <CustomerPacketPage key={route.id} id={route.id} />
            ))}
          {route.view === 'audit' && <AuditPage key={route.id} id={route.id} />}
        </main>
      </div>
    </CanContext.Provider>
  );
}
