/** Attribute text shown back in a message: cut short so a hostile value cannot flood the card. */
export function quote(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
