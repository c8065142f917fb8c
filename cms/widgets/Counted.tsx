/**
 * Decap's own string and text widgets, with a character count under a field that has a length
 * limit in the model ("212 van 300 tekens"), turning red above it. The limit is read from the
 * field's `pattern`, which cms/config.ts writes from the model's max length; the pattern itself
 * still blocks saving a text that is too long.
 */
import { Component, type ComponentType } from 'react';
import { maxLengthFromPattern } from '../config.ts';

type Props = Record<string, any>;

const counterStyle = { margin: '6px 0 0', fontSize: '13px', color: '#4a5360' };
const overStyle = { ...counterStyle, color: '#b42318', fontWeight: 600 };

export function withCounter(Original: ComponentType<any>) {
  return class CountedControl extends Component<Props> {
    // Decap asks the control whether to re-render; the original decides for itself inside.
    shouldComponentUpdate() {
      return true;
    }

    render() {
      const { ref: _ignored, ...props } = this.props;
      const pattern = props.field?.get?.('pattern');
      const max = maxLengthFromPattern(pattern?.toJS ? pattern.toJS() : pattern);
      const control = <Original {...props} />;
      if (!max) return control;
      const length = typeof props.value === 'string' ? props.value.length : 0;
      const over = length - max;
      return (
        <>
          {control}
          <p style={over > 0 ? overStyle : counterStyle} data-testid={`${props.forID}-count`}>
            {length} van {max} tekens{over > 0 ? `: ${over} te veel` : ''}
          </p>
        </>
      );
    }
  };
}
