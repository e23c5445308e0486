import { Component, type ReactNode } from 'react';

interface CrashGuardProps {
  /** Called once with the error; the caller keeps the words safe and closes gently. */
  onCrash: (error: Error) => void;
  children: ReactNode;
}

/** Catches a fault in any screen, so nobody ever sees a stack trace in place of their words. */
export class CrashGuard extends Component<CrashGuardProps, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError() {
    return { crashed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.onCrash(error);
  }

  override render() {
    return this.state.crashed ? null : this.props.children;
  }
}
