#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// A run of text in a sheet, with how it is shown.
struct SheetSpan
{
    enum class Style : quint8 {
        Plain,
        Strong,
        Emphasis,
        Small, // small print: caveats, "not yet translated"
        Aside  // beside a heading, in normal weight: "(Busy Here)"
    };
    QString text;
    QUrl link; // empty: no link; "code:486" for another entry; https for an RFC
    Style style = Style::Plain;
};
using SheetLine = QList<SheetSpan>;

// One part of a sheet under its title.
struct SheetSection
{
    enum class Layout : quint8 {
        Fields,     // each row: a label and its value
        Table,      // each row: its cells
        Paragraphs, // each row: one paragraph
        Bullets     // each row: one item
    };
    QString title; // empty for the fields under the heading
    Layout layout = Layout::Paragraphs;
    QList<QList<SheetLine>> rows;
    SheetLine note; // small print under the rows (a caveat), may be empty
};

// Everything known about one catalog entry, in one language, as an ordered list of sections:
// built once, then rendered as rich text for the pane, plain text for a terminal and Markdown.
// Every renderer escapes catalog text for its format: the sheet carries data, never markup.
class CodeSheet final
{
    Q_DECLARE_TR_FUNCTIONS(CodeSheet)

public:
    static CodeSheet forCode(const Catalog &catalog, const SipCode &code, const QString &language);
    static CodeSheet forClass(const CodeClass &codeClass, const QString &language);
    // What a UAC does with a well-formed code that the catalog does not know.
    static CodeSheet forUnknownCode(const Catalog &catalog, int code, const QString &language);

    // "431 is not a registered response code...": the explanation forUnknownCode() gives.
    static QString unknownCodeText(int code, const SipCode &fallback, const QString &language);
    // "ISDN cause 16 (Normal call clearing)", without the name where the catalog has none.
    static QString causeText(const Catalog &catalog, int cause, const QString &language);
    // Says that RFC 3398 turns `cause` into no SIP response.
    static QString causeWithoutResponseText(const Catalog &catalog, int cause, const QString &language);
    // A link to another entry inside the pane ("code:486"), and back.
    static QUrl codeUrl(int code);
    static int codeFromUrl(const QUrl &url);

    QString toHtml() const;
    QString toText() const;
    QString toMarkdown() const;

    SheetLine heading;
    SheetLine summary;
    QList<SheetSection> sections;
};
