/** Who is rating: the self-assessment or the manager. Each has their own ratings of the same person. */
import type { RaterRole } from '../../src/lib/assessment/raters';
import { RATER_NAMES, RATER_ROLES } from '../../src/lib/assessment/raters';

export function RaterSwitch({ role, onChange }: { role: RaterRole; onChange: (role: RaterRole) => void }) {
  return (
    <fieldset className="calc-raters">
      <legend>Who is rating?</legend>
      {RATER_ROLES.map((r) => (
        <label key={r} className="calc-raters__option">
          <input type="radio" name="calc-rater" value={r} checked={role === r} onChange={() => onChange(r)} />
          {RATER_NAMES[r]}
        </label>
      ))}
    </fieldset>
  );
}
