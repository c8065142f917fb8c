/**
 * A date and time in Dutch time (Europe/Amsterdam), stored as ISO 8601 with the offset of that
 * moment: 2026-03-10T09:30:00+01:00. The browser's own time zone plays no part.
 */
import { Component } from 'react';
import { fromAmsterdamLocal, toAmsterdamLocal } from '../amsterdam.ts';
import { formatEventDay, formatEventWhen, formatTime } from '../../src/lib/dates.ts';

type Props = Record<string, any>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Like Decap's own small buttons next to a date ("Nu", "Wissen").
const buttonStyle = { border: 0, borderRadius: '5px', background: '#eff0f4', color: '#313d3e', padding: '2px 12px', fontSize: '14px', fontWeight: 600, lineHeight: '24px', cursor: 'pointer' };

export class AmsterdamDateTimeControl extends Component<Props, { dayOnly: boolean }> {
  state = { dayOnly: false };

  handleChange = (local: string) => {
    this.props.onChange(local ? (fromAmsterdamLocal(local) ?? '') : '');
  };

  /** The field allows a day alone (the model's dayAllowed): "Tijd nog niet bekend". */
  dayAllowed(): boolean {
    const field = this.props.field;
    return Boolean(field && typeof field.get === 'function' ? field.get('day_allowed') : field?.day_allowed);
  }

  render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled } = this.props;
    const text = value ? String(value) : '';
    const dayOnly = DAY.test(text);
    const local = text && !dayOnly ? toAmsterdamLocal(text) : '';
    const common = { id: forID, onFocus: setActiveStyle, onBlur: setInactiveStyle, disabled: isDisabled, style: { font: 'inherit', padding: '4px 8px' } };
    const showDay = dayOnly || (this.dayAllowed() && !text && this.state.dayOnly);
    // Ticking keeps the day; unticking empties the field for a date and time: no time is made up.
    const toggle = this.dayAllowed() && (
      <label style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
        <input
          type="checkbox"
          checked={showDay}
          disabled={isDisabled}
          onChange={(e) => {
            this.setState({ dayOnly: e.target.checked });
            this.props.onChange(e.target.checked ? local.slice(0, 10) : '');
          }}
        />
        Tijd nog niet bekend
      </label>
    );
    if (showDay) {
      return (
        <div className={classNameWrapper} style={{ display: 'flex', gap: '16px', alignItems: 'center', flexWrap: 'wrap' }}>
          <input
            {...common}
            type="date"
            value={text}
            onChange={(e) => this.props.onChange(e.target.value)}
          />
          {toggle}
        </div>
      );
    }
    return (
      <div className={classNameWrapper} style={{ display: 'flex', gap: '16px', alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          {...common}
          type="datetime-local"
          value={local}
          onChange={(e) => this.handleChange(e.target.value)}
        />
        <span style={{ color: '#4a5360' }}>Nederlandse tijd</span>
        {toggle}
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
  if (DAY.test(text)) return <p>{formatEventWhen(text)}</p>;
  return <p>{`${formatEventDay(text)}, ${formatTime(text)} uur`}</p>;
}
