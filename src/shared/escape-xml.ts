/**
 * Text made safe for an XML text node or a quoted attribute: the five markup characters become entities, and
 * control characters that XML 1.0 forbids (a stray one in a place name would stop the SVG parser) are dropped.
 */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
