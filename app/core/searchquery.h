#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// What the user typed into the search field, taken apart once per keystroke so that matching each
// code is cheap. Tokens are separated by white space and must all match:
// - digits, optionally followed by x ("486", "48", "4xx", "48x"): the code starts with them;
// - anything else is a word that must start a word of the code's texts (case, width and accents
//   folded); in Chinese, where words are not spaced, it may stand anywhere.
class SearchQuery final
{
public:
    // How well a code matches. Names are the reason phrase, the other names and the summary.
    enum class Match { None, Description, Names };

    // Longer input is cut here: nobody types more, and a huge paste must not slow every keystroke.
    static constexpr qsizetype MaximumLength = 256;

    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_words.isEmpty(); }
    const QStringList &codePrefixes() const { return m_codePrefixes; }
    const QStringList &words() const { return m_words; }

    // `names` and `description` must already be folded with TextFold::fold().
    Match match(int code, QStringView names, QStringView description) const;

private:
    QStringList m_codePrefixes;
    QStringList m_words;
};
