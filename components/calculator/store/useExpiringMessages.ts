/**
 * Informational messages go away by themselves: a timer per message dispatches its dismissal after
 * MESSAGE_LIFETIME_MS (the reducer stays pure; time lives here). Messages with an Undo stay until used or
 * dismissed.
 */
import { useEffect, useRef } from 'react';
import { MESSAGE_LIFETIME_MS, isInfo } from '@lib/calculator/state/notices';
import type { Action, Notice } from '@lib/calculator/state/types';

export function useExpiringMessages(notices: Notice[], apply: (action: Action) => void): void {
  const timers = useRef(new Map<number, number>());

  useEffect(() => {
    const shown = new Set<number>();
    for (const notice of notices) {
      if (!isInfo(notice)) continue;
      shown.add(notice.id);
      if (timers.current.has(notice.id)) continue;
      const timer = window.setTimeout(() => {
        timers.current.delete(notice.id);
        apply({ type: 'dismiss', notice });
      }, MESSAGE_LIFETIME_MS);
      timers.current.set(notice.id, timer);
    }
    // Messages dismissed or pushed out meanwhile need no timer any more.
    for (const [id, timer] of timers.current) {
      if (shown.has(id)) continue;
      window.clearTimeout(timer);
      timers.current.delete(id);
    }
  }, [notices, apply]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
      pending.clear();
    };
  }, []);
}
