// Starts reading the posts folder as the server boots, so the first reader does not wait for
// the whole scan (seconds at 100,000 posts). Not awaited: the server listens meanwhile.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startStore } = await import('./lib/store');
  startStore();
}
