#pragma once

#include "codeclass.h"
#include "entrykey.h"
#include "vocabularyclass.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QMimeData;

// Turns entries into text for tickets: one line per entry with its label, phrase or name, summary
// and reference. The labels ("SIP 486", "SIP Warning 370", "Q.850 cause 17") stay in English, so
// that a ticket line pasted back into the search finds its entry.
// In a language other than English the English phrase stays beside the translation, since the
// English phrase is what traces show.
class TicketFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(TicketFormatter)

public:
    // One line of a copy. A response: a code, or a class (then `code` is null); with
    // `unknownCode` set, an unregistered code that a UAC treats as `code` (RFC 3261, section
    // 8.1.3.2). A warn-code or a cause (`kind`): an `entry`, or its `group` alone.
    struct Entry
    {
        const CodeClass *codeClass = nullptr;
        const SipCode *code = nullptr;
        int unknownCode = 0;
        EntryKind kind = EntryKind::Response;
        const VocabularyClass *group = nullptr;
        const VocabularyEntry *entry = nullptr;

        // The code or class, whichever the entry is.
        const CatalogEntry &item() const;
        QString classLabel() const;
    };

    static QString plainText(const QList<Entry> &entries, const QString &language);
    static QString html(const QList<Entry> &entries, const QString &language);
    static QString markdown(const QList<Entry> &entries, const QString &language);
    // One row per entry: code, phrase, class, summary and a linked reference.
    static QString markdownTable(const QList<Entry> &entries, const QString &language);
    static QString codeAndPhrase(const QList<Entry> &entries, const QString &language);
    static QString fullDescription(const QList<Entry> &entries, const QString &language);

    // text/plain and text/html of the ticket lines, for the clipboard and for drag and drop.
    static std::unique_ptr<QMimeData> mimeData(const QList<Entry> &entries, const QString &language);

    // What the copy actions offer: each format's clipboard data, and its name for the user.
    enum class Format { TicketLine, Markdown, CodeAndPhrase, FullDescription };
    static std::unique_ptr<QMimeData> mimeData(const QList<Entry> &entries, const QString &language, Format format);
    static QString formatName(Format format);
    // What a copy with nothing selected says.
    static QString nothingSelectedText();

    // "Busy Here", or "此处忙 (Busy Here)": the English phrase, which traces show, always stays.
    static QString phrase(const LocalizedText &name, const QString &language);

private:
    struct Parts
    {
        QString number;    // "486", "4xx", "370", "0–31"
        QString label;     // "SIP 486", "SIP 4xx", "SIP Warning 370", "Q.850 cause 17"
        QString phrase;    // "Busy Here", or "这里忙 (Busy Here)"
        QString summary;
        QString reference; // "RFC 3261, 21.4.24"
        QString url;
    };
    static Parts parts(const Entry &entry, const QString &language);
    // "[RFC 3261, 21.4.24](https://...)", or the bare reference where it has no page.
    static QString markdownReference(const Parts &parts);
};
