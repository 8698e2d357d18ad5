/**
 * The embed's opt-in to the site's saved assessments (?storage=local). A wiki on the same site as the
 * ladder shares its storage with the ladder's own pages, so the frame could read a person's saved ratings
 * the moment it loads; it does not, until the person inside the frame chooses to.
 */
export function SavedDataConsent({ onUse }: { onUse: () => void }) {
  return (
    <div className="calc-notice calc-notice--info embed-note" data-testid="embed-saved-data">
      <p>
        This calculator can open the assessments you saved on this site and keep your ratings with them in this browser.
        It does not look at them until you choose to.
      </p>
      <button type="button" className="calc-button calc-button--primary" onClick={onUse}>
        Use my saved assessments
      </button>
    </div>
  );
}
