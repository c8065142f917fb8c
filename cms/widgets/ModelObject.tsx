/**
 * Decap's object widget with two things the content model needs:
 * - an optional group the editor leaves empty (no image, no registration) is not checked field by
 *   field — its required fields are required only once the group is used;
 * - a rule that spans the group's fields (an event's place or online link, a registration's URL or
 *   e-mail) is checked with the model's own schema, so the editor sees the build's own Dutch message
 *   (EVENT_MESSAGES in src/model/collections/events.ts) at the field, before saving.
 */
import { Component, type ComponentType } from 'react';
import { groupMessages, isEmptyValue } from '../validate.ts';

type Props = Record<string, any>;

const toJS = (v: any) => (v && typeof v.toJS === 'function' ? v.toJS() : v);

export function modelObject(ObjectControl: ComponentType<any>) {
  return class ModelObjectControl extends Component<Props> {
    inner: any = null;

    setInner = (ref: any) => {
      this.inner = ref;
    };

    shouldComponentUpdate() {
      return true;
    }

    isOptionalAndEmpty() {
      return this.props.field.get('required') === false && isEmptyValue(toJS(this.props.value));
    }

    /** Called by Decap before saving: the fields inside (unless an optional group is unused), then the group itself. */
    validate = () => {
      if (!this.isOptionalAndEmpty()) this.inner?.validate?.();
      this.props.validate?.();
    };

    /** Decap's hook for a widget's own check; the message is the model's. */
    isValid = () => {
      const modelPath = this.props.field.get('model_path');
      if (!modelPath || this.isOptionalAndEmpty()) return { error: false };
      const messages = groupMessages(modelPath, toJS(this.props.value) ?? {});
      if (!messages.length) return { error: false };
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: messages.join(' ') } };
    };

    focus(path?: string) {
      this.inner?.focus?.(path);
    }

    render() {
      const { ref: _ignored, ...props } = this.props;
      return <ObjectControl {...props} ref={this.setInner} />;
    }
  };
}
