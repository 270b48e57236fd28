// A render error anywhere in the app shows BootFailure (with its backup) instead of
// unmounting everything into a blank window.

import { Component, type ReactNode } from 'react';
import { BootFailure, type RescueResult } from './BootFailure';

interface Props {
  rescue: () => Promise<RescueResult>;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Galley’s window failed', error);
  }

  override render(): ReactNode {
    if (this.state.error !== null) {
      return <BootFailure error={this.state.error} cause="crash" rescue={this.props.rescue} />;
    }
    return this.props.children;
  }
}
