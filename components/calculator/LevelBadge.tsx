/** A competency or ladder level as a small coloured badge: "L3", with the title when asked. */
import { useModel } from './context';

interface Props {
  level: number | null;
  withTitle?: boolean;
}

export function LevelBadge({ level, withTitle = false }: Props) {
  const model = useModel();
  if (level === null) return <span className="calc-badge calc-badge--none">—</span>;
  const found = model.levels[level - 1];
  return (
    <span className="calc-badge" data-rank={level}>
      {found?.code ?? level}
      {withTitle && found ? <span className="calc-badge__title"> {found.title}</span> : null}
    </span>
  );
}
