#pragma once

#include "searchresult.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// What the user typed into the search field, taken apart once per keystroke so that matching each
// code is cheap. Tokens are separated by white space and must all match:
// - digits, optionally followed by x ("486", "48", "4xx", "48x"): the code starts with them;
// - anything else is a word that must start a word of the code's texts (case, width and accents
//   folded); in Chinese, where words are not spaced, it may stand anywhere.
// Two whole-line forms are recognised first:
// - a line from a trace or log ("SIP/2.0 486 Busy Here", "Status: 404 Not Found", with anything
//   in front, such as a timestamp or an arrow) stands for its code alone;
// - an ISDN cause ("cause 17", "q850 17", "Reason: Q.850;cause=17") asks which response
//   RFC 3398 maps that cause to.
class SearchQuery final
{
public:
    using Match = SearchResult::Match;

    // Longer input is cut here: nobody types more, and a huge paste must not slow every keystroke.
    static constexpr qsizetype MaximumLength = 256;

    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_words.isEmpty() && m_cause == 0; }
    // The code of a trace line, or 0.
    int traceCode() const { return m_traceCode; }
    // The ISDN cause asked for, or 0.
    int cause() const { return m_cause; }
    // The class the query names on its own ("4xx" gives 4), or 0.
    int classDigit() const { return m_classDigit; }
    // The one complete code the query names (a trace line, or a lone three-digit number), or 0.
    int singleCode() const;
    const QStringList &codePrefixes() const { return m_codePrefixes; }
    const QStringList &words() const { return m_words; }

    // `names` and `description` must already be folded with TextFold::fold().
    Match match(int code, QStringView names, QStringView description) const;

private:
    QStringList m_codePrefixes;
    QStringList m_words;
    int m_traceCode = 0;
    int m_cause = 0;
    int m_classDigit = 0;
};
