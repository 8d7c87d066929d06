#include "codesheet.h"

#include "domain.h"
#include "markdown.h"
#include "reference.h"

using namespace Qt::StringLiterals;

namespace {

using Style = SheetSpan::Style;
using Layout = SheetSection::Layout;

SheetSpan plain(const QString &text)
{
    return {text, {}, Style::Plain};
}

QString sentence(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

// The text in `language`, marked when it is the English one standing in for a translation.
SheetLine localized(const LocalizedText &text, const QString &language, Style style = Style::Plain)
{
    SheetLine line{{text.text(language), {}, style}};
    if (!text.has(language))
        line.append({u" ["_s + CodeSheet::tr("English; not yet translated") + u']', {}, Style::Small});
    return line;
}

SheetSpan referenceLink(const Reference &reference)
{
    return {reference.text(), reference.url(), Style::Plain};
}

// "RFC 3261, section 8.1.3.1" after a text, in brackets of the language's own kind.
SheetLine withReference(SheetLine line, const Reference &reference)
{
    line.append(plain(CodeSheet::tr(" (", "opening bracket before a reference")));
    line.append(referenceLink(reference));
    line.append(plain(CodeSheet::tr(")", "closing bracket after a reference")));
    return line;
}

// "486 此处忙 (Busy Here)": the translation first, the phrase seen on the wire beside it.
SheetLine headingLine(const QString &label, const LocalizedText &name, const QString &language)
{
    SheetLine line{plain(label + u' ')};
    line += localized(name, language);
    if (name.has(language) && name.text(language) != name.englishText())
        line.append({u" ("_s + name.englishText() + u')', {}, Style::Aside});
    return line;
}

// One row of one cell per paragraph (paragraphs are separated by blank lines).
QList<QList<SheetLine>> paragraphs(const QString &text)
{
    QList<QList<SheetLine>> rows;
    for (const QString &paragraph : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        rows.append({SheetLine{plain(paragraph)}});
    return rows;
}

QString statusText(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Registered: return CodeSheet::tr("Registered with IANA");
    case CodeStatus::Deprecated: return CodeSheet::tr("Deprecated (still in the IANA registry)");
    case CodeStatus::Unregistered: return CodeSheet::tr("Not registered with IANA (historical)");
    }
    return {};
}

QString dialogText(DialogEffect effect)
{
    switch (effect) {
    case DialogEffect::Creates: return CodeSheet::tr("creates or confirms the dialog");
    case DialogEffect::Transaction: return CodeSheet::tr("ends only the transaction; the dialog goes on");
    case DialogEffect::Usage: return CodeSheet::tr("ends the usage the request belongs to (the call or the subscription)");
    case DialogEffect::Dialog: return CodeSheet::tr("ends the dialog and every usage in it");
    }
    return {};
}

// A label and its value, as a row of a Fields section.
void addField(SheetSection &section, const QString &label, const SheetLine &value)
{
    section.rows.append({SheetLine{plain(label)}, value});
}

// A sheet begun with what every entry has: its label and name, and its summary as a sentence.
CodeSheet headedSheet(const QString &label, const CatalogEntry &entry, const QString &language)
{
    CodeSheet sheet;
    sheet.heading = headingLine(label, entry.name, language);
    sheet.summary = localized(entry.summary, language, Style::Emphasis);
    sheet.summary.first().text = sentence(sheet.summary.first().text);
    return sheet;
}

SheetSection behaviour(const SipCode &code, const QString &language)
{
    SheetSection section{CodeSheet::tr("Behaviour"), Layout::Fields, {}, {}};
    const auto field = [&](const QString &label, const SheetLine &value) { addField(section, label, value); };
    field(CodeSheet::tr("Kind"), {plain(code.isFinal() ? CodeSheet::tr("final response: ends the transaction")
                                                        : CodeSheet::tr("provisional response: more follows"))});
    if (code.dialog) {
        SheetLine value{plain(dialogText(code.dialog->effect))};
        if (!code.dialog->note.isEmpty())
            value += SheetLine{plain(CodeSheet::tr("; ", "between two clauses"))} + localized(code.dialog->note, language);
        field(CodeSheet::tr("In a dialog"), withReference(value, code.dialog->reference));
    }
    if (code.methods) {
        const QString separator = CodeSheet::tr(", ", "list separator");
        QStringList parts;
        if (!code.methods->only.isEmpty())
            parts.append(CodeSheet::tr("only %1").arg(code.methods->only.join(separator)));
        if (!code.methods->never.isEmpty())
            parts.append(CodeSheet::tr("never %1").arg(code.methods->never.join(separator)));
        SheetLine value{plain(parts.join(CodeSheet::tr("; ", "between two clauses")))};
        if (!code.methods->note.isEmpty())
            value += SheetLine{plain(CodeSheet::tr("; ", "between two clauses"))} + localized(code.methods->note, language);
        field(CodeSheet::tr("Answers"), withReference(value, code.methods->reference));
    }
    if (code.retry)
        field(CodeSheet::tr("Retry"), withReference(localized(code.retry->text, language), code.retry->reference));
    if (code.local)
        field(CodeSheet::tr("Produced locally"),
              withReference(localized(code.local->text, language), code.local->reference));
    return section;
}

QStringList q850Lines(const Catalog &catalog, const SipCode &code, const QString &language)
{
    const Q850Mapping &q850 = catalog.q850();
    QStringList lines;
    if (const auto cause = q850.responseToCause.constFind(code.code); cause != q850.responseToCause.cend()) {
        lines.append(CodeSheet::tr("A gateway turns this response into %1 (RFC 3398, section 8.2.6.1).")
                         .arg(CodeSheet::causeText(catalog, *cause, language)));
    }
    if (const QList<int> causes = q850.causesMappedTo(code.code); !causes.isEmpty()) {
        QStringList names;
        for (const int cause : causes)
            names.append(CodeSheet::causeText(catalog, cause, language));
        lines.append(CodeSheet::tr("%1 becomes this response (RFC 3398, section 7.2.4.1).")
                         .arg(names.join(CodeSheet::tr(", ", "list separator"))));
    }
    return lines;
}

} // namespace

QString CodeSheet::causeText(const Catalog &catalog, int cause, const QString &language)
{
    const auto name = catalog.q850().causeNames.constFind(cause);
    if (name == catalog.q850().causeNames.cend())
        return tr("ISDN cause %1").arg(cause);
    return tr("ISDN cause %1 (%2)").arg(cause).arg(name->text(language));
}

QString CodeSheet::causeWithoutResponseText(const Catalog &catalog, int cause, const QString &language)
{
    return tr("RFC 3398 maps %1 to no SIP response of its own: the table in section 7.2.4.1 does not list it.")
        .arg(causeText(catalog, cause, language));
}

QUrl CodeSheet::codeUrl(int code)
{
    QUrl url;
    url.setScheme(u"code"_s);
    url.setPath(QString::number(code));
    return url;
}

int CodeSheet::codeFromUrl(const QUrl &url)
{
    bool ok = false;
    const int code = url.scheme() == u"code" ? url.path().toInt(&ok) : 0;
    return ok ? code : 0;
}

CodeSheet CodeSheet::forCode(const Catalog &catalog, const SipCode &code, const QString &language)
{
    const CodeClass &codeClass = *catalog.findClass(code.classDigit());
    CodeSheet sheet = headedSheet(QString::number(code.code), code, language);
    SheetSection fields{{}, Layout::Fields, {}, {}};
    const auto field = [&](const QString &label, const SheetLine &value) { addField(fields, label, value); };
    field(tr("Class"), {plain(codeClass.label() + u' ' + codeClass.name.text(language))});
    field(tr("Defined in"), {referenceLink(code.reference)});
    field(tr("Status"), {plain(statusText(code.status))});
    if (!code.aliases.isEmpty())
        field(tr("Also known as"), {plain(code.aliases.join(tr(", ", "list separator")))});
    sheet.sections.append(fields);

    SheetSection description{tr("Description"), Layout::Paragraphs, paragraphs(code.description.text(language)), {}};
    if (!code.description.has(language))
        description.note = {{tr("English; not yet translated"), {}, Style::Small}};
    sheet.sections.append(description);
    sheet.sections.append(behaviour(code, language));

    if (!code.related.isEmpty()) {
        SheetSection related{tr("Related codes"), Layout::Table, {}, {}};
        for (const RelatedCode &item : code.related) {
            const SipCode *other = catalog.find(item.code);
            const QString name = other ? u"%1 %2"_s.arg(other->code).arg(other->name.text(language))
                                       : QString::number(item.code);
            related.rows.append({SheetLine{{name, codeUrl(item.code), Style::Plain}}, localized(item.note, language)});
        }
        sheet.sections.append(related);
    }
    if (!code.headers.isEmpty()) {
        SheetSection headers{tr("Header fields"), Layout::Table, {}, {}};
        for (const HeaderRule &rule : code.headers) {
            headers.rows.append({SheetLine{{rule.field, {}, Style::Strong}}, SheetLine{plain(rule.strength)},
                                 withReference(localized(rule.note, language), rule.reference)});
        }
        sheet.sections.append(headers);
    }
    if (const QStringList lines = q850Lines(catalog, code, language); !lines.isEmpty()) {
        SheetSection q850{tr("ISDN (Q.850) causes"), Layout::Paragraphs, {}, {}};
        for (const QString &line : lines)
            q850.rows.append({SheetLine{plain(line)}});
        q850.note = {{tr("This is RFC 3398's mapping; real gateways often map differently, so their own "
                         "configuration decides."), {}, Style::Small}};
        sheet.sections.append(q850);
    }
    if (!code.practice.isEmpty()) {
        SheetSection practice{tr("What usually causes it"), Layout::Bullets, {}, {}};
        for (const LocalizedText &item : code.practice)
            practice.rows.append({localized(item, language)});
        practice.note = {{tr("From field experience, not from the RFC."), {}, Style::Small}};
        sheet.sections.append(practice);
    }
    return sheet;
}

CodeSheet CodeSheet::forClass(const CodeClass &codeClass, const QString &language)
{
    CodeSheet sheet = headedSheet(codeClass.label(), codeClass, language);
    SheetSection fields{{}, Layout::Fields, {}, {}};
    addField(fields, tr("Codes"), {plain(QString::number(codeClass.codes.size()))});
    addField(fields, tr("Defined in"), {referenceLink(codeClass.reference)});
    sheet.sections.append(fields);
    sheet.sections.append(
        SheetSection{tr("Description"), Layout::Paragraphs, paragraphs(codeClass.description.text(language)), {}});
    return sheet;
}

QString CodeSheet::unknownCodeText(int code, const SipCode &fallback, const QString &language)
{
    if (code / 100 == 1) {
        return tr("%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an "
                  "unknown provisional response as 183 (Session Progress), so %1 acts as %2 %3.")
            .arg(code).arg(fallback.code).arg(fallback.name.text(language));
    }
    return tr("%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an "
              "unknown final response as the x00 response of its class, so %1 acts as %2 %3.")
        .arg(code).arg(fallback.code).arg(fallback.name.text(language));
}

CodeSheet CodeSheet::forUnknownCode(const Catalog &catalog, int code, const QString &language)
{
    CodeSheet sheet;
    sheet.heading = {plain(tr("%1 Unknown code").arg(code))};
    const SipCode *fallback = catalog.find(Domain::fallbackFor(code));
    if (!fallback)
        return sheet;
    SheetSection explanation{{}, Layout::Paragraphs, {}, {}};
    explanation.rows.append({SheetLine{plain(unknownCodeText(code, *fallback, language))}});
    explanation.rows.append({SheetLine{{u"%1 %2"_s.arg(fallback->code).arg(fallback->name.text(language)),
                                        codeUrl(fallback->code), Style::Plain},
                                       plain(u"   "_s), referenceLink({3261, u"8.1.3.2"_s})}});
    sheet.sections.append(explanation);
    return sheet;
}

// Rendering --------------------------------------------------------------------------------

namespace {

QString html(const SheetLine &line)
{
    QString result;
    for (const SheetSpan &span : line) {
        QString text = span.text.toHtmlEscaped();
        if (!span.link.isEmpty())
            text = u"<a href=\"%1\">%2</a>"_s.arg(span.link.toString(QUrl::FullyEncoded).toHtmlEscaped(), text);
        switch (span.style) {
        case Style::Plain: break;
        case Style::Strong: text = u"<b>"_s + text + u"</b>"_s; break;
        case Style::Emphasis: text = u"<i>"_s + text + u"</i>"_s; break;
        case Style::Small: text = u"<small>"_s + text + u"</small>"_s; break;
        case Style::Aside: text = u"<span style=\"font-weight: normal\">"_s + text + u"</span>"_s; break;
        }
        result += text;
    }
    return result;
}

// Plain text: links to RFC pages keep their address, links inside the app only their text.
QString text(const SheetLine &line)
{
    QString result;
    for (const SheetSpan &span : line) {
        result += span.text;
        if (Reference::isReferenceUrl(span.link))
            result += u" <"_s + span.link.toString() + u'>';
    }
    return result;
}

QString markdown(const SheetLine &line)
{
    QString result;
    for (const SheetSpan &span : line) {
        QString text = Markdown::escape(span.text);
        if (Reference::isReferenceUrl(span.link))
            text = u"[%1](%2)"_s.arg(text, span.link.toString(QUrl::FullyEncoded));
        if (span.style == Style::Strong)
            text = u"**"_s + text + u"**"_s;
        else if (span.style == Style::Emphasis)
            text = u"*"_s + text + u'*';
        result += text;
    }
    return result;
}

} // namespace

QString CodeSheet::toHtml() const
{
    QString result = u"<h2>"_s + html(heading) + u"</h2>"_s;
    if (!summary.isEmpty())
        result += u"<p>"_s + html(summary) + u"</p>"_s;
    for (const SheetSection &section : sections) {
        if (!section.title.isEmpty())
            result += u"<h3>"_s + section.title.toHtmlEscaped() + u"</h3>"_s;
        switch (section.layout) {
        case Layout::Fields:
            result += u"<table cellspacing=\"2\">"_s;
            for (const QList<SheetLine> &row : section.rows)
                result += u"<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 12px\">%1</th><td>%2</td></tr>"_s
                              .arg(html(row.value(0)), html(row.value(1)));
            result += u"</table>"_s;
            break;
        case Layout::Table:
            result += u"<table cellspacing=\"2\">"_s;
            for (const QList<SheetLine> &row : section.rows) {
                result += u"<tr>"_s;
                for (qsizetype cell = 0; cell < row.size(); ++cell)
                    result += (cell + 1 < row.size() ? u"<td valign=\"top\" style=\"padding-right: 12px\">%1</td>"_s
                                                     : u"<td valign=\"top\">%1</td>"_s).arg(html(row.at(cell)));
                result += u"</tr>"_s;
            }
            result += u"</table>"_s;
            break;
        case Layout::Paragraphs:
            for (const QList<SheetLine> &row : section.rows)
                result += u"<p>"_s + html(row.value(0)) + u"</p>"_s;
            break;
        case Layout::Bullets:
            result += u"<ul>"_s;
            for (const QList<SheetLine> &row : section.rows)
                result += u"<li>"_s + html(row.value(0)) + u"</li>"_s;
            result += u"</ul>"_s;
            break;
        }
        if (!section.note.isEmpty())
            result += u"<p>"_s + html(section.note) + u"</p>"_s;
    }
    return result;
}

QString CodeSheet::toText() const
{
    QStringList lines{text(heading)};
    if (!summary.isEmpty())
        lines.append(text(summary));
    for (const SheetSection &section : sections) {
        lines.append(QString());
        if (!section.title.isEmpty())
            lines.append(section.title);
        const QString indent = section.title.isEmpty() ? QString() : u"  "_s;
        for (const QList<SheetLine> &row : section.rows) {
            switch (section.layout) {
            case Layout::Fields:
                lines.append(indent + text(row.value(0)) + u": "_s + text(row.value(1)));
                break;
            case Layout::Table: {
                QStringList rest;
                for (qsizetype cell = 1; cell < row.size(); ++cell)
                    rest.append(text(row.at(cell)));
                lines.append(indent + text(row.value(0)) + u": "_s + rest.join(u' '));
                break;
            }
            case Layout::Paragraphs:
                lines.append(text(row.value(0)));
                break;
            case Layout::Bullets:
                lines.append(indent + u"- "_s + text(row.value(0)));
                break;
            }
        }
        if (!section.note.isEmpty())
            lines.append(indent + text(section.note));
    }
    return lines.join(u'\n');
}

QString CodeSheet::toMarkdown() const
{
    QStringList lines{u"## "_s + markdown(heading)};
    if (!summary.isEmpty())
        lines << QString() << markdown(summary);
    for (const SheetSection &section : sections) {
        lines.append(QString());
        if (!section.title.isEmpty())
            lines << u"### "_s + Markdown::escape(section.title) << QString();
        for (const QList<SheetLine> &row : section.rows) {
            switch (section.layout) {
            case Layout::Fields:
                lines.append(u"- **%1:** %2"_s.arg(markdown(row.value(0)), markdown(row.value(1))));
                break;
            case Layout::Table: {
                QStringList rest;
                for (qsizetype cell = 1; cell < row.size(); ++cell)
                    rest.append(markdown(row.at(cell)));
                lines.append(u"- %1: %2"_s.arg(markdown(row.value(0)), rest.join(u' ')));
                break;
            }
            case Layout::Paragraphs:
                lines << markdown(row.value(0)) << QString();
                break;
            case Layout::Bullets:
                lines.append(u"- "_s + markdown(row.value(0)));
                break;
            }
        }
        if (!section.note.isEmpty())
            lines << QString() << u'_' + text(section.note) + u'_';
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}
