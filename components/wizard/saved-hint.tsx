/**
 * Beside Continue: says the answers are saved only while that is true. When a save
 * failed, it points to the notice at the top of the page, which says why and what to do.
 */
export function SavedHint({ unsaved }: { unsaved: boolean }) {
  if (unsaved) {
    return (
      <span className="hint-inline hint-inline--warning">
        <strong>Not saved:</strong> your latest answers are only in this tab. <a href="#save-problem">See what to do</a>.
      </span>
    );
  }
  return <span className="hint-inline">Your answers are saved in this browser as you give them.</span>;
}
