/** A thin bar that fills as the page scrolls; pure CSS (see `.reading-progress` in globals.css), hidden where unsupported. */
export function ReadingProgress() {
  return <div className="reading-progress" aria-hidden="true" />;
}
