/** @module A link the user may not follow: shown, marked disabled, and pointing to its explanation. */
import type { ReactNode } from 'react';
import type { Lock } from './use-lock.js';

export function DisabledLink({
  lock,
  className,
  children,
}: {
  lock: Lock;
  className?: string;
  children: ReactNode;
}) {
  return (
    // No href, so nothing to follow; the role gives the link back and tabIndex keeps it reachable,
    // so a keyboard or screen reader user meets it and hears its reason.
    <a
      role="link"
      tabIndex={0}
      aria-disabled="true"
      className={`is-disabled ${className ?? ''}`.trim()}
      {...lock.describe}
    >
      {children}
    </a>
  );
}
