/**
 * Problems with saved or shared data, each with the choices that resolve it (the short messages that report
 * what just happened are in Messages.tsx).
 */
import type { People } from '../../src/lib/assessment/people-format';
import type { Notice } from '../../src/lib/calculator/state/types';
import { downloadText } from '@lib/calculator/download-and-copy';
import { useDispatch, useModel } from './context';
import { noStorageNoticeId } from './NoStorageLine';

/** `people`: everything rated in this page, for the export offered when the browser refuses to save. */
export default function Notices({ notices, people }: { notices: Notice[]; people: People }) {
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
            return <NoStorageNotice key="no-storage" people={people} />;
        }
      })}
    </div>
  );
}

/** The browser refused to save: what that means, and an export that keeps it all (the bar's line leads here). */
function NoStorageNotice({ people }: { people: People }) {
  const model = useModel();
  return (
    <div id={noStorageNoticeId(model.track.id)} tabIndex={-1} className="calc-notice calc-notice--warn" role="status">
      <p>
        <strong>This browser does not let the page save (its storage is full or blocked).</strong> Every rating you make
        here is kept in this page, all of them, for as long as it stays open; closing or reloading it loses them. Export
        them to keep them: the file holds every person and every rating.
      </p>
      <p className="calc-actions">
        <button
          type="button"
          className="calc-button calc-button--primary"
          onClick={async () => (await import('@lib/calculator/export-import')).exportEveryone(model, people)}
        >
          Export all ratings (JSON)
        </button>
      </p>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
