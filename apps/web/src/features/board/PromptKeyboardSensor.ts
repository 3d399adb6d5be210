import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/**
 * dnd-kit's KeyboardSensor, listening for keys from the moment a card is picked up.
 *
 * dnd-kit adds its keydown listener in a setTimeout after the pick-up, so the Space that picked the
 * card up is not read as a drop too. "Picked up …" is announced before that timer runs, and
 * Chromium runs input events ahead of timers: right after a drop (focus restore, the drop
 * animation, the server's answer re-rendering the card) the timer waited 20–50 ms, and an arrow key
 * pressed then went to the browser, which scrolled the board instead of moving the card. Until
 * dnd-kit's own listener is in place this one hands the keys to the sensor.
 */
export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    let ended = false;
    super({
      ...props,
      onEnd: () => {
        ended = true;
        props.onEnd();
      },
      onCancel: () => {
        ended = true;
        props.onCancel();
      },
    });
    const target = props.event.target instanceof Node ? props.event.target.ownerDocument : null;
    if (!target) return;
    const early = (event: KeyboardEvent) => {
      // The pick-up key itself reaches the document after this listener is added.
      if (event === props.event) return;
      // Registered before dnd-kit's listener on the same node: stopping here keeps a key from
      // being handled twice in the moment both are attached, and from reaching a finished drag.
      event.stopImmediatePropagation();
      // biome-ignore lint/complexity/useLiteralKeys: handleKeyDown is private in dnd-kit's types
      if (!ended) this['handleKeyDown'](event);
    };
    target.addEventListener('keydown', early);
    // Queued after dnd-kit's own timer (set in super), so its listener is attached by now.
    setTimeout(() => {
      target.removeEventListener('keydown', early);
      // A drag ended by an early key: dnd-kit's timer attached its listener to the finished drag.
      // biome-ignore lint/complexity/useLiteralKeys: detach is private in dnd-kit's types
      if (ended) this['detach']();
    });
  }
}
