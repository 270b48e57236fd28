// A button that opens a small popover menu under it (the browser's popover: keyboard
// reachable, closed by Escape or a click elsewhere, in the top layer over everything).

import { useId, type ReactNode } from 'react';

interface PopoverMenuProps {
  label: ReactNode;
  className?: string;
  menuClassName?: string;
  menuLabel: string;
  children: ReactNode;
}

export function PopoverMenu({ label, className, menuClassName, menuLabel, children }: PopoverMenuProps) {
  const id = useId();
  return (
    <>
      <button type="button" className={`button ${className ?? ''}`} popoverTarget={id} aria-haspopup="true">
        {label} ▾
      </button>
      <div
        id={id}
        popover="auto"
        role="group"
        aria-label={menuLabel}
        className={`popover-menu ${menuClassName ?? ''}`}
        // A command chosen in the menu closes it.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) e.currentTarget.hidePopover();
        }}
      >
        {children}
      </div>
    </>
  );
}
