/** The embed's ?competencies= shows a subset; the overall result still needs all of them (a note above the calculator). */
export function PartialView({ shown, total, href }: { shown: number; total: number; href: string | undefined }) {
  return (
    <div className="calc-notice calc-notice--info embed-note" data-testid="partial-view">
      <p>
        Showing {shown} of the {total} competencies. The overall score and level need every competency
        {href ? (
          <>
            :{' '}
            <a href={href} target="_blank" rel="noopener">
              open the full calculator
            </a>
            .
          </>
        ) : (
          '.'
        )}
      </p>
    </div>
  );
}
