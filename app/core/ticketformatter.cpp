#include "ticketformatter.h"

#include "codesheet.h"
#include "markdown.h"
#include "reference.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

QString TicketFormatter::phrase(const LocalizedText &name, const QString &language)
{
    const QString english = name.englishText();
    const QString local = name.text(language);
    return local == english ? english : tr("%1 (%2)", "translated phrase (English phrase)").arg(local, english);
}

const CatalogEntry &TicketFormatter::Entry::item() const
{
    if (kind != EntryKind::Response)
        return entry ? static_cast<const CatalogEntry &>(*entry) : *group;
    return code ? static_cast<const CatalogEntry &>(*code) : *codeClass;
}

QString TicketFormatter::Entry::classLabel() const
{
    return kind == EntryKind::Response ? codeClass->label() : group->label();
}

TicketFormatter::Parts TicketFormatter::parts(const Entry &entry, const QString &language)
{
    // A code and a class share what a ticket line shows.
    const CatalogEntry &item = entry.item();
    Parts result;
    result.phrase = phrase(item.name, language);
    result.summary = item.summary.text(language);
    Reference reference = item.reference;
    if (entry.kind != EntryKind::Response) {
        result.number = entry.entry ? QString::number(entry.entry->code) : entry.group->label();
        const QStringList pbxs = entry.entry ? entry.entry->pbxs() : QStringList();
        QStringList names;
        for (const PbxName &name : entry.entry ? entry.entry->pbxNames : QList<PbxName>()) {
            if (!name.alias)
                names.append(name.pbx + u' ' + name.name);
        }
        if (entry.kind == EntryKind::Warning)
            result.label = u"SIP Warning "_s + result.number;
        else if (entry.group->pbxDefined)
            result.label = u"%1 cause %2"_s.arg(pbxs.value(0, u"PBX"_s), result.number);
        else
            result.label = u"Q.850 cause "_s + result.number;
        if (result.summary.isEmpty()) // causes: what the PBXs call it
            result.summary = names.join(tr(", ", "list separator"));
        if (entry.group->pbxDefined)
            reference.document = pbxs.join(tr(", ", "list separator"));
        result.reference = reference.shortText();
        result.url = reference.url().toString(QUrl::FullyEncoded);
        return result;
    }
    result.number = entry.code ? QString::number(entry.code->code) : entry.codeClass->label();
    if (entry.unknownCode != 0 && entry.code) {
        result.number = QString::number(entry.unknownCode);
        result.phrase = tr("not registered, handled as %1 %2").arg(entry.code->code).arg(result.phrase);
        reference = {3261, u"8.1.3.2"_s, {}}; // RFC 3261, section 8.1.3.2: how a UAC treats unknown codes
    }
    result.label = u"SIP "_s + result.number;
    result.reference = reference.shortText();
    result.url = reference.url().toString(QUrl::FullyEncoded);
    return result;
}

QString TicketFormatter::markdownReference(const Parts &parts)
{
    const QString text = Markdown::escape(parts.reference);
    return parts.url.isEmpty() ? text : u"[%1](%2)"_s.arg(text, parts.url);
}

QString TicketFormatter::plainText(const QList<Entry> &entries, const QString &language)
{
    QStringList lines;
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        lines.append(tr("%1 %2: %3 (%4)", "ticket line: SIP 486, phrase, summary, reference")
                         .arg(p.label, p.phrase, p.summary, p.reference));
    }
    return lines.join(u'\n');
}

QString TicketFormatter::html(const QList<Entry> &entries, const QString &language)
{
    QStringList lines;
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        const QString head = u"<b>%1 %2</b>"_s.arg(p.label.toHtmlEscaped(), p.phrase.toHtmlEscaped());
        const QString reference = p.url.isEmpty() ? p.reference.toHtmlEscaped()
                                                  : u"<a href=\"%1\">%2</a>"_s.arg(p.url.toHtmlEscaped(),
                                                                                  p.reference.toHtmlEscaped());
        lines.append(tr("%1: %2 (%3)", "rich ticket line: code and phrase, summary, reference")
                         .arg(head, p.summary.toHtmlEscaped(), reference));
    }
    return u"<p>"_s + lines.join(u"<br>\n"_s) + u"</p>"_s;
}

QString TicketFormatter::markdown(const QList<Entry> &entries, const QString &language)
{
    QStringList lines;
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        lines.append(u"- **%1 %2**: %3 (%4)"_s.arg(Markdown::escape(p.label), Markdown::escape(p.phrase),
                                                    Markdown::escape(p.summary), markdownReference(p)));
    }
    return lines.join(u'\n');
}

QString TicketFormatter::markdownTable(const QList<Entry> &entries, const QString &language)
{
    // "Reason phrase" is the RFC's word for a response's name; warn-codes and causes have names.
    const bool responsesOnly = std::all_of(entries.cbegin(), entries.cend(),
                                           [](const Entry &entry) { return entry.kind == EntryKind::Response; });
    QString table = u"| %1 | %2 | %3 | %4 | %5 |\n|---:|---|---|---|---|\n"_s.arg(
        tr("Code"), responsesOnly ? tr("Reason phrase") : tr("Name"), tr("Class"), tr("Summary"), tr("Reference"));
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        const QString name = entry.item().name.text(language);
        table += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
            entry.kind == EntryKind::Response ? p.number : p.label, Markdown::escape(name), entry.classLabel(), Markdown::escape(p.summary), markdownReference(p));
    }
    return table;
}

QString TicketFormatter::codeAndPhrase(const QList<Entry> &entries, const QString &language)
{
    QStringList lines;
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        lines.append((entry.kind == EntryKind::Response ? p.number : p.label) + u' ' + p.phrase);
    }
    return lines.join(u'\n');
}

QString TicketFormatter::fullDescription(const QList<Entry> &entries, const QString &language)
{
    QStringList blocks;
    for (const Entry &entry : entries) {
        const Parts p = parts(entry, language);
        QString description = entry.item().description.text(language);
        if (entry.unknownCode != 0 && entry.code)
            description = CodeSheet::unknownCodeText(entry.unknownCode, *entry.code, language)
                          + u"\n\n"_s + description;
        const QString reference = p.url.isEmpty() ? p.reference : u"%1 <%2>"_s.arg(p.reference, p.url);
        blocks.append(u"%1 %2\n\n%3\n\n%4"_s.arg(p.label, p.phrase, description, reference));
    }
    return blocks.join(u"\n\n"_s);
}

std::unique_ptr<QMimeData> TicketFormatter::mimeData(const QList<Entry> &entries,
                                                     const QString &language)
{
    auto data = std::make_unique<QMimeData>();
    data->setText(plainText(entries, language));
    data->setHtml(html(entries, language));
    return data;
}

std::unique_ptr<QMimeData> TicketFormatter::mimeData(const QList<Entry> &entries, const QString &language,
                                                     Format format)
{
    if (format == Format::TicketLine)
        return mimeData(entries, language);
    auto data = std::make_unique<QMimeData>();
    switch (format) {
    case Format::TicketLine: break;
    case Format::Markdown: data->setText(markdown(entries, language)); break;
    case Format::CodeAndPhrase: data->setText(codeAndPhrase(entries, language)); break;
    case Format::FullDescription: data->setText(fullDescription(entries, language)); break;
    }
    return data;
}

QString TicketFormatter::nothingSelectedText()
{
    return tr("Nothing is selected to copy");
}

QString TicketFormatter::formatName(Format format)
{
    switch (format) {
    case Format::TicketLine: return tr("ticket line");
    case Format::Markdown: return tr("Markdown");
    case Format::CodeAndPhrase: return tr("code and phrase");
    case Format::FullDescription: return tr("full description");
    }
    return {};
}
