/**
 * Invalid input to a statutory calculation. The message names the field and the values it allows,
 * so an element can show it beside the control as it is.
 */
export class HhsrsInputError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'HhsrsInputError';
    this.field = field;
  }
}
