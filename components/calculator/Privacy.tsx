/** What the calculator keeps where, said next to the seed's "never saved or shared" (decision 0005). */
export function Privacy({ persist }: { persist: boolean }) {
  return persist ? (
    <p className="calc-privacy">
      <strong>What is stored where:</strong> your ratings are kept only in this browser (its local storage) and this
      page sends nothing to any server. A share link carries the ratings after the “#”, a part of the address browsers
      never send to servers; a link is made only when you ask for one.
    </p>
  ) : (
    <p className="calc-privacy">
      <strong>What is stored where:</strong> nothing. Your ratings stay in this page only and are gone when you close or
      reload it; export them to keep them. This calculator sends nothing to any server.
    </p>
  );
}
