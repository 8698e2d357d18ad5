/**
 * Problems with saved or shared data, each with the choices that resolve it (the short messages that report
 * what just happened are in Messages.tsx).
 */
import type { Notice } from '../../src/lib/calculator/state/types';
import { downloadText } from './browser-io';
import { useDispatch } from './context';

export function Notices({ notices }: { notices: Notice[] }) {
  const dispatch = useDispatch();
  const onStartOver = () => dispatch({ type: 'start-over' });
  const onDismiss = (notice: Notice) => dispatch({ type: 'dismiss', notice });
  const problems = notices.filter((notice) => notice.kind !== 'message');
  if (problems.length === 0) return null;
  return (
    <div className="calc-notices">
      {problems.map((notice) => {
        switch (notice.kind) {
          case 'corrupt':
            return (
              <div key="corrupt" className="calc-notice calc-notice--error" role="alert">
                <p>
                  <strong>Your saved assessments could not be read.</strong> {capitalise(notice.reason)}. They have not
                  been changed, and nothing you do here is saved over them until you start over.
                </p>
                <p className="calc-actions">
                  <button
                    type="button"
                    className="calc-button"
                    onClick={() => downloadText('damaged-assessments.txt', notice.raw, 'text/plain')}
                  >
                    Download the damaged data
                  </button>
                  <button
                    type="button"
                    className="calc-button calc-button--primary"
                    onClick={() => {
                      if (window.confirm('Delete the damaged saved data and start over?')) onStartOver();
                    }}
                  >
                    Start over
                  </button>
                </p>
              </div>
            );
          case 'bad-link':
            return (
              <div key="bad-link" className="calc-notice calc-notice--error" role="alert">
                <p>
                  <strong>This shared link could not be opened.</strong> {capitalise(notice.reason)}. Your own saved
                  assessments are shown instead and were not changed.
                </p>
                <p className="calc-actions">
                  <button type="button" className="calc-button" onClick={() => onDismiss(notice)}>
                    Continue with my assessment
                  </button>
                </p>
              </div>
            );
          case 'no-storage':
            return (
              <div key="no-storage" className="calc-notice calc-notice--warn" role="status">
                <p>
                  This browser does not let the page keep data, so your ratings will be lost when you leave. Export them
                  as JSON to keep them.
                </p>
              </div>
            );
        }
      })}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
