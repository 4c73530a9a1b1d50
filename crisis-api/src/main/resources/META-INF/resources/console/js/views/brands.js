// Placeholder.
import {el, replace} from '../dom.js';

export function render(main) {
  replace(main, el('p', {}, 'brands'));
}
