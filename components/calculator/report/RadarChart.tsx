/**
 * Radar chart of competency levels against a target profile: plain inline SVG (no chart library), with
 * the same figures in a table so screen-reader users get the data, not a picture of it.
 */
import type { CalculatorModel } from '@lib/calculator/model';

export interface RadarSeries {
  name: string;
  /** One value per competency (model order); null when not rated. */
  values: (number | null)[];
  variant: 'primary' | 'secondary' | 'target';
}

interface Props {
  model: CalculatorModel;
  series: RadarSeries[];
  caption: string;
}

const SIZE = 360;
const CENTER = SIZE / 2;
const RADIUS = 108;
// Room beside the rings for the competency labels, inside the picture: a frame that clips overflow
// (an iframe, a narrow column) must not cut "System Design" in half.
const SIDE = 64;

/**
 * Splits a label into at most two lines near its middle space. Labels are set large enough to read on a
 * phone, where the drawing is scaled down (report.css), so anything longer than a short word wraps.
 */
function labelLines(label: string): string[] {
  if (label.length <= 10 || !label.includes(' ')) return [label];
  const words = label.split(' ');
  let best = 1;
  let bestDiff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(words.slice(0, i).join(' ').length - words.slice(i).join(' ').length);
    if (diff < bestDiff) [best, bestDiff] = [i, diff];
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** Line height of the labels, in em: offsets follow the font size that the screen width sets. */
const LINE = 1.1;

/** Where things go on the chart: an axis per competency, a ring per level. */
interface Geometry {
  angle: (index: number) => number;
  point: (index: number, value: number) => [number, number];
  polygon: (values: (number | null)[]) => string;
}

function radarGeometry(model: CalculatorModel): Geometry {
  const count = model.competencies.length;
  const max = model.levels.length;
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / count;
  const point = (index: number, value: number): [number, number] => {
    const r = (RADIUS * value) / max;
    return [CENTER + r * Math.cos(angle(index)), CENTER + r * Math.sin(angle(index))];
  };
  const polygon = (values: (number | null)[]) =>
    values
      .map((value, index) =>
        point(index, value ?? 0)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ');
  return { angle, point, polygon };
}

/** The rings (one per level), the axes (one per competency) and the level codes up the first axis. */
function RadarGrid({ model, geometry: { point, polygon } }: { model: CalculatorModel; geometry: Geometry }) {
  const max = model.levels.length;
  return (
    <>
      {model.levels.map((level) => (
        <polygon
          key={level.rank}
          className="calc-radar__ring"
          points={polygon(model.competencies.map(() => level.rank))}
        />
      ))}
      {model.competencies.map((competency, index) => {
        const [x, y] = point(index, max);
        return <line key={competency.id} className="calc-radar__axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />;
      })}
      {model.levels.map((level) => {
        const [x, y] = point(0, level.rank);
        return (
          <text key={level.rank} className="calc-radar__tick" x={x + 4} y={y + 3}>
            {level.code}
          </text>
        );
      })}
    </>
  );
}

/** Each series as a shape, with a dot on every rated value (the target has none). */
function RadarShapes({ series, geometry: { point, polygon } }: { series: RadarSeries[]; geometry: Geometry }) {
  return (
    <>
      {series.map((s) => (
        <polygon
          key={s.name}
          className={`calc-radar__series calc-radar__series--${s.variant}`}
          points={polygon(s.values)}
        />
      ))}
      {series
        .filter((s) => s.variant !== 'target')
        .flatMap((s) =>
          s.values.map((value, index) => {
            if (value === null) return null;
            const [x, y] = point(index, value);
            return (
              <circle
                key={`${s.name}-${index}`}
                className={`calc-radar__dot calc-radar__dot--${s.variant}`}
                cx={x}
                cy={y}
                r={3}
              />
            );
          }),
        )}
    </>
  );
}

/** The competency names around the outside, anchored away from the centre. */
function RadarLabels({ model, geometry: { angle, point } }: { model: CalculatorModel; geometry: Geometry }) {
  const max = model.levels.length;
  return model.competencies.map((competency, index) => {
    const [x, y] = point(index, max + 0.55);
    const cos = Math.cos(angle(index));
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lines = labelLines(competency.shortName);
    const sin = Math.sin(angle(index));
    // Above the chart the last line sits on the point, below it the first hangs from it, beside it the
    // lines are centred on it.
    const first = sin < -0.5 ? -(lines.length - 1) * LINE : sin > 0.5 ? 0.6 : (-(lines.length - 1) * LINE) / 2 + 0.35;
    return (
      <text key={competency.id} className="calc-radar__label" x={x} y={y} textAnchor={anchor}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={`${i === 0 ? first.toFixed(2) : LINE}em`}>
            {line}
          </tspan>
        ))}
      </text>
    );
  });
}

/** The chart's figures for screen readers; sighted users read them off the chart and the tables below. */
function RadarTable({ model, series, caption }: Props) {
  const levelCode = (value: number | null) => (value === null ? 'not rated' : (model.levels[value - 1]?.code ?? value));
  return (
    <div className="calc-visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.competencies.map((competency, index) => (
            <tr key={competency.id}>
              <th scope="row">{competency.shortName}</th>
              {series.map((s) => (
                <td key={s.name}>{levelCode(s.values[index] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RadarChart({ model, series, caption }: Props) {
  const geometry = radarGeometry(model);
  const titleId = `calc-radar-title-${model.track.id}`;
  return (
    <figure className="calc-radar">
      <svg
        viewBox={`${-SIDE} 0 ${SIZE + 2 * SIDE} ${SIZE}`}
        role="img"
        aria-labelledby={titleId}
        className="calc-radar__svg"
      >
        <title id={titleId}>{`${caption} (the table below has the same figures)`}</title>
        <RadarGrid model={model} geometry={geometry} />
        <RadarShapes series={series} geometry={geometry} />
        <RadarLabels model={model} geometry={geometry} />
      </svg>
      <figcaption>
        <ul className="calc-legend">
          {series.map((s) => (
            <li key={s.name}>
              <span className={`calc-legend__swatch calc-legend__swatch--${s.variant}`} aria-hidden="true" />
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <RadarTable model={model} series={series} caption={caption} />
    </figure>
  );
}
