// Showing a hit's article in the form once its page is open: the article panel selects an
// article when its card header is clicked, so the hit does just that (and scrolls to it).

export function revealArticle(articleId: string, timeoutMs = 3000): void {
  const started = performance.now();
  const tick = () => {
    const card = document.querySelector<HTMLElement>(
      `.article-card[data-article-id="${CSS.escape(articleId)}"]`,
    );
    if (card) {
      card.querySelector<HTMLElement>('.article-head')?.click();
      card.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
