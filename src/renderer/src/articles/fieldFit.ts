// A field's height follows its text, but a keystroke must not lay out the card and the
// panel around it. So each textarea sits in a box with size containment (articles.css
// `.field-fit`): the textarea sizes itself to its text (field-sizing: content) inside the
// box, where a keystroke's layout stops, and the box takes the textarea's height only when
// it changes (a line more or less), from ONE ResizeObserver shared by every field: the
// browser tells it after a layout it did anyway, instead of script reading scrollHeight,
// which forces a layout, on every keystroke.

const boxes = new WeakMap<Element, HTMLElement>();
let observer: ResizeObserver | undefined;

function heights(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = boxes.get(entry.target);
      const size = entry.borderBoxSize[0];
      if (box && size) box.style.height = `${size.blockSize}px`;
    }
  });
  return observer;
}

/** Keeps `box` as tall as `textarea` from now on; the result stops it. */
export function fitField(textarea: HTMLTextAreaElement, box: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') {
    // No observer (tests in a DOM without layout): the box sizes to its text as any block.
    box.style.contain = 'none';
    return () => {};
  }
  boxes.set(textarea, box);
  heights().observe(textarea);
  return () => {
    heights().unobserve(textarea);
    boxes.delete(textarea);
  };
}
