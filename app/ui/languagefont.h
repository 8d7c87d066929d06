#pragma once

#include <QFont>
#include <QString>

// The application's font for each language of the interface.
//
// Han characters are drawn in a Chinese face of the language's own script. Left to fontconfig,
// they go to the first CJK face it lists (a Japanese one on Debian), in Japanese glyph forms, and
// that face is looked for again character by character. Text is also not shaped where its script
// does not need it: Latin and Han lose kerning pairs and ligatures only, and a page of the detail
// pane is laid out in a fifth less time.
namespace LanguageFont {

// The application's font as the platform gave it, with the faces and shaping for `language`.
QFont forLanguage(const QString &language);

// Makes forLanguage() the application's font, re-resolving every widget's font only when it
// changes. The tree and the pane set only their size (TextZoom), so they follow.
void apply(const QString &language);

} // namespace LanguageFont
