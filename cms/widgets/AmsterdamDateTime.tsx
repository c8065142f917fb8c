/**
 * A date and time in Dutch time (Europe/Amsterdam), stored as ISO 8601 with the offset of that
 * moment: 2026-03-10T09:30:00+01:00. The browser's own time zone plays no part.
 */
import { Component } from 'react';
import { fromAmsterdamLocal, toAmsterdamLocal } from '../amsterdam.ts';
import { formatEventDay, formatTime } from '../../src/lib/dates.ts';

type Props = Record<string, any>;

// Like Decap's own small buttons next to a date ("Nu", "Wissen").
const buttonStyle = { border: 0, borderRadius: '5px', background: '#eff0f4', color: '#313d3e', padding: '2px 12px', fontSize: '14px', fontWeight: 600, lineHeight: '24px', cursor: 'pointer' };

export class AmsterdamDateTimeControl extends Component<Props> {
  handleChange = (local: string) => {
    this.props.onChange(local ? (fromAmsterdamLocal(local) ?? '') : '');
  };

  render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled } = this.props;
    const local = value ? toAmsterdamLocal(String(value)) : '';
    return (
      <div className={classNameWrapper} style={{ display: 'flex', gap: '16px', alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          id={forID}
          type="datetime-local"
          value={local}
          onChange={(e) => this.handleChange(e.target.value)}
          onFocus={setActiveStyle}
          onBlur={setInactiveStyle}
          disabled={isDisabled}
          style={{ font: 'inherit', padding: '4px 8px' }}
        />
        <span style={{ color: '#4a5360' }}>Nederlandse tijd</span>
        {value && !isDisabled && (
          <button type="button" onClick={() => this.props.onChange('')} style={buttonStyle}>
            Leegmaken
          </button>
        )}
      </div>
    );
  }
}

export function AmsterdamDateTimePreview({ value }: Props) {
  if (!value) return null;
  const text = String(value);
  return <p>{`${formatEventDay(text)}, ${formatTime(text)} uur`}</p>;
}
