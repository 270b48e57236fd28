// @vitest-environment happy-dom
import { StateField } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { RawViewControl } from '../../../src/renderer/src/rawview/control';
import { rawPageId } from '../../../src/renderer/src/rawview/rawPage';
import { RawView } from '../../../src/renderer/src/rawview/RawView';
import { mountPerTest } from '../support/mount';

const view = mountPerTest();

/** A stand-in for a feature's StateField: counts how often it was created. */
let created = 0;
const probe = StateField.define<string | null>({
  create: (state) => {
    created++;
    return state.facet(rawPageId);
  },
  update: (value) => value,
});

describe('the raw view binding', () => {
  it('keeps one EditorView and gives each page a fresh read-only state carrying its id', () => {
    const shown: [RawViewControl | null, string | null][] = [];
    const onShown = (control: RawViewControl | null, pageId: string | null) => shown.push([control, pageId]);
    const editors = () => view.container.querySelectorAll('.cm-editor');
    const content = () => view.container.querySelector('.cm-content')!;
    const extensions = [probe];
    created = 0;
    view.render(
      <RawView pageId="p1" text={'本报讯\n第一版'} softWrap extensions={extensions} onShown={onShown} />,
    );
    const first = shown.at(-1)![0]!;
    expect(shown.at(-1)![1]).toBe('p1');
    expect(first.state.doc.toString()).toBe('本报讯\n第一版');
    expect(first.state.readOnly).toBe(true);
    expect(first.state.field(probe)).toBe('p1');
    expect(editors()).toHaveLength(1);
    const editor = editors()[0];

    view.render(<RawView pageId="p2" text="第二版" softWrap extensions={extensions} onShown={onShown} />);
    const [second, id] = shown.at(-1)!;
    expect(second).toBe(first);
    expect(id).toBe('p2');
    expect(second!.state.doc.toString()).toBe('第二版');
    expect(second!.state.field(probe)).toBe('p2');
    expect(editors()).toHaveLength(1);
    expect(editors()[0]).toBe(editor);
    expect(content().classList.contains('cm-lineWrapping')).toBe(true);
    const statesMade = created;

    // A re-render with the same page (a soft-wrap toggle) neither swaps the state nor re-creates the view.
    view.render(
      <RawView pageId="p2" text="第二版" softWrap={false} extensions={extensions} onShown={onShown} />,
    );
    expect(shown.at(-1)![0]).toBe(first);
    expect(created).toBe(statesMade);
    expect(content().classList.contains('cm-lineWrapping')).toBe(false);
    expect(first.state.doc.toString()).toBe('第二版');
  });
});
