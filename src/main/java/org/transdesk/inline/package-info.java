/**
 * Inline codes: the formatting and inline elements a paragraph carries (bold, italic, underline,
 * links, line breaks, anything else from the original file), kept apart from the words so that
 * every feature can translate, check and restore them. A paragraph's text holds numbered
 * placeholders, and its {@link org.transdesk.inline.InlineCode} table says what each number stands
 * for; {@link org.transdesk.inline.TaggedText} parses, checks and walks such text. Pure Java, no
 * Spring, no other Transdesk package: the {@code qa} checks, the model prompts and answer checks,
 * the workbench, the memory's TMX and the exporters all use this one representation.
 *
 * <p>Placeholder syntax (the brackets are U+27E6 and U+27E7, which news text does not use):
 * {@code ⟦1⟧…⟦/1⟧} opens and closes paired code 1 (bold, a link...), {@code ⟦2/⟧} is standalone
 * code 2 (a line break, an image). A paragraph without codes is plain text exactly as before:
 * nothing in it is read as a placeholder. See {@code docs/interchange.md} ("Inline codes").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inline codes")
package org.transdesk.inline;
