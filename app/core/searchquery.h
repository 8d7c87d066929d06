#pragma once

#include "entrykey.h"
#include "headerfields.h"
#include "searchresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// What the user typed into the search field, taken apart once per keystroke so that matching each
// entry is cheap. Tokens are separated by white space and must all match:
// - digits, optionally followed by x ("486", "48", "4xx", "48x"): a response or warn-code starts
//   with them; a cause must equal the number;
// - anything else is a word that must start a word of the entry's texts (case, width and accents
//   folded); in Chinese, where words are not spaced, it may stand anywhere.
// Whole lines that name entries outright are recognised first, with anything in front (a time
// stamp, an arrow, a log prefix):
// - a status line or a decoder's field ("SIP/2.0 486 Busy Here", "Status: 404 Not Found");
// - a log line with a response code ("Got SIP response 503 ...", "Received 486 Busy Here",
//   "reply 486", "sip_term_status=486", "sip 486", the app's own ticket line);
// - a Warning header, and a Reason header with any number of values (SIP, STIR, Q.850,
//   preemption);
// - an ISDN cause ("cause 17", "q850 17", "Q.850 cause 17 ...").
class SearchQuery final
{
public:
    using Match = SearchResult::Match;

    // Longer input is cut here: nobody types more, and a huge paste must not slow every keystroke.
    static constexpr qsizetype MaximumLength = 256;

    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_words.isEmpty() && !isLine(); }
    // Whether the text was a line that names entries (then words and numbers are not used).
    bool isLine() const { return !m_named.isEmpty() || !m_reasons.isEmpty(); }
    // The entries the line names, in the order it names them.
    const QList<EntryKey> &named() const { return m_named; }
    // The values of a pasted Reason or Warning header, as written.
    const QList<ReasonValue> &reasons() const { return m_reasons; }
    const QList<WarningValue> &warnings() const { return m_warnings; }
    // A response code a log line names without its phrase ("Received 486 ..."): the line names it
    // only if what follows the code begins its registered phrase, which the catalog knows.
    int unconfirmedCode() const { return m_unconfirmedCode; }
    QStringView unconfirmedRest() const { return m_unconfirmedRest; }
    // The class the query names on its own ("4xx" gives 4), or 0.
    int classDigit() const { return m_classDigit; }
    // The one response code the query names (a line, or a lone three-digit number), or 0.
    int singleCode() const;
    const QStringList &codePrefixes() const { return m_codePrefixes; }
    const QStringList &words() const { return m_words; }

    // `names` and `description` must already be folded with TextFold::fold().
    Match match(EntryKind kind, int code, QStringView names, QStringView description) const;
    // Whether this query matches only entries that `earlier` matched: it is `earlier` typed
    // further, each word continued or a word added. A search can then skip what `earlier` did
    // not match.
    bool narrows(const SearchQuery &earlier) const;

private:
    bool parseLine(const QString &folded);

    QStringList m_codePrefixes;
    QStringList m_words;
    QList<EntryKey> m_named;
    QList<ReasonValue> m_reasons;
    QList<WarningValue> m_warnings;
    int m_unconfirmedCode = 0;
    QString m_unconfirmedRest;
    int m_classDigit = 0;
    bool m_wildcard = false; // a number was written with x ("48x"): a prefix, never a cause
};
