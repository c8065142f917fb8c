/**
 * The heading of a step in the editor (cms/config.ts, `step` fields): Decap shows the step's name
 * as the label and its hint below; this control lists which fields follow. It never calls
 * onChange, so nothing is stored for it, and the save check (cms/validate.ts) knows no such field.
 */
import { Component } from 'react';

type Props = Record<string, any>;

const style = { margin: '0', padding: '8px 12px', borderLeft: '4px solid #0b4f6c', background: '#e3f0f6', fontSize: '15px' };

export class StepControl extends Component<Props> {
  render() {
    const labels: string[] = this.props.field?.get?.('step_labels')?.toJS?.() ?? [];
    return (
      <p style={style} id={this.props.forID} data-testid="cms-step">
        {labels.length ? `Hieronder: ${labels.join(', ')}.` : 'De velden hieronder horen bij deze stap.'}
      </p>
    );
  }
}

export function StepPreview() {
  return null;
}
