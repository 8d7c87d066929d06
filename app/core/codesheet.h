#pragma once

#include "catalog.h"
#include "headerfields.h"

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
    QList<SheetLine> header; // a Table's column titles; may be empty
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
    // A warn-code or a cause, with (for a cause) its mappings to and from SIP side by side.
    static CodeSheet forEntry(const Catalog &catalog, EntryKind kind, const VocabularyEntry &entry,
                              const QString &language);
    static CodeSheet forVocabularyClass(EntryKind kind, const VocabularyClass &group, const QString &language);
    // A registry as a whole: what it is, where it comes from, and for causes the general rules.
    static CodeSheet forRegistry(const Catalog &catalog, EntryKind kind, const QString &language);
    // "Warning codes", "ISDN causes (Q.850)": the name of a registry besides the responses.
    static QString registryTitle(EntryKind kind);
    // "Warning 370", "Cause 17", "486": how an entry is labelled in headings and lists.
    static QString entryLabel(EntryKind kind, int code);
    // What a UAC does with a well-formed code that the catalog does not know.
    static CodeSheet forUnknownCode(const Catalog &catalog, int code, const QString &language);

    // "431 is not a registered response code...": the explanation forUnknownCode() gives.
    static QString unknownCodeText(int code, const SipCode &fallback, const QString &language);
    // "ISDN cause 16 (Normal call clearing)", without the name where the catalog has none.
    static QString causeText(const Catalog &catalog, int cause, const QString &language);
    // One Reason value decoded: "Q.850 cause 17, User busy", "preemption cause 1, UA Preemption",
    // with its text where it says more than the name.
    static QString reasonText(const Catalog &catalog, const ReasonValue &reason, const QString &language);
    // One Warning value decoded: "370 Insufficient bandwidth, from gw1, “...”".
    static QString warningText(const Catalog &catalog, const WarningValue &warning, const QString &language);

    QString toHtml() const;
    QString toText() const;
    QString toMarkdown() const;

    SheetLine heading;
    SheetLine summary;
    QList<SheetSection> sections;
};
