#include "codesheet.h"

#include "domain.h"
#include "markdown.h"
#include "reference.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

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
    if (entry.summary.isEmpty()) // a cause: its name says it all
        return sheet;
    sheet.summary = localized(entry.summary, language, Style::Emphasis);
    sheet.summary.first().text = sentence(sheet.summary.first().text);
    return sheet;
}

SheetSection behaviour(const SipCode &code, const QString &language)
{
    SheetSection section{CodeSheet::tr("Behaviour"), Layout::Fields, {}, {}, {}};
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

using Direction = CauseMappings::Direction;

// Field experience, as bullets, labelled as such.
SheetSection practiceSection(const QString &title, const QList<LocalizedText> &items, const QString &language)
{
    SheetSection section{title, Layout::Bullets, {}, {}, {}};
    for (const LocalizedText &item : items)
        section.rows.append({localized(item, language)});
    section.note = {{CodeSheet::tr("From field experience, not from the RFC."), {}, Style::Small}};
    return section;
}

// A link to an entry, labelled with its number: "486", "17".
SheetSpan entryLink(EntryKind kind, int code)
{
    return {QString::number(code), EntryKey{kind, code}.url(), Style::Plain};
}

// Values of the registry `kind` as links, marked when they are a source's default; "none" for none.
SheetLine valueLinks(EntryKind kind, const QList<int> &values, bool isDefault = false)
{
    SheetLine line;
    for (const int value : values) {
        if (!line.isEmpty())
            line.append(plain(CodeSheet::tr(", ", "list separator")));
        line.append(entryLink(kind, value));
    }
    if (isDefault)
        line.append({CodeSheet::tr(" (default)"), {}, Style::Small});
    if (line.isEmpty())
        line.append(plain(CodeSheet::tr("none", "no mapping")));
    return line;
}

// The mappings of one response or cause in every source, side by side: one row per source, one
// column per direction. A PBX that differs from the standard (the first source) is marked.
// `pbxs`: for a PBX's own cause, the PBXs that number it; the standard and the others know nothing
// of it. Empty for everything else.
SheetSection mappingTable(const Catalog &catalog, EntryKind kind, int value, const QStringList &pbxs, const QString &language)
{
    const CauseMappings &mappings = catalog.mappings();
    const bool response = kind == EntryKind::Response;
    const bool pbxDefined = !pbxs.isEmpty();
    SheetSection section{response ? CodeSheet::tr("ISDN (Q.850) causes") : CodeSheet::tr("SIP responses"),
                         Layout::Table, {}, {}, {}};
    section.header = {SheetLine{plain(CodeSheet::tr("Source"))},
                      SheetLine{plain(response ? CodeSheet::tr("Becomes cause") : CodeSheet::tr("Sent as"))},
                      SheetLine{plain(response ? CodeSheet::tr("Made from causes") : CodeSheet::tr("Made from responses"))}};
    // For a response: SIP to cause from it, cause to SIP into it. For a cause: the reverse.
    const Direction outward = response ? Direction::SipToCause : Direction::CauseToSip;
    const Direction inward = response ? Direction::CauseToSip : Direction::SipToCause;
    const EntryKind other = response ? EntryKind::Cause : EntryKind::Response; // what the cells link to
    QList<int> standardOut;
    QList<int> standardIn;
    bool differs = false;
    QStringList notes;
    const QStringList sources = mappings.sources();
    for (qsizetype i = 0; i < sources.size(); ++i) { // the standard first
        const QString &source = sources.at(i);
        if (pbxDefined && !pbxs.contains(source))
            continue;
        const CauseMappings::Targets targets = mappings.targets(source, outward, value);
        QList<int> out = targets.values;
        QList<int> in = mappings.origins(source, inward, value);
        SheetLine outCell = valueLinks(other, out, targets.isDefault);
        SheetLine inCell = valueLinks(other, in);
        std::sort(in.begin(), in.end());
        if (i == 0) {
            standardOut = out;
            standardIn = in;
        } else if (!pbxDefined) {
            for (auto [cell, values, standard] : {std::tuple{&outCell, &out, &standardOut}, std::tuple{&inCell, &in, &standardIn}}) {
                if (*values != *standard) {
                    cell->append({u" ≠"_s, {}, Style::Strong});
                    differs = true;
                }
            }
        }
        section.rows.append({SheetLine{plain(source)}, outCell, inCell});
        for (const CauseMappings::Row &row : mappings.rowsFrom(source, outward, value)) {
            if (!row.note.isEmpty())
                notes.append(u"%1, %2 → %3: %4"_s.arg(source).arg(value)
                                 .arg(response ? row.cause : row.sip).arg(row.note.text(language)));
        }
    }
    if (differs) {
        section.note = {{CodeSheet::tr("≠ differs from %1. PBX rows are read from their source code.").arg(mappings.standard()),
                         {}, Style::Small}};
    }
    for (const QString &note : std::as_const(notes))
        section.rows.append({SheetLine{{note, {}, Style::Small}}});
    // Where each table was read: the RFC's sections, the PBXs' files and functions.
    SheetLine readIn{{CodeSheet::tr("Read in: "), {}, Style::Small}};
    for (const CauseMappings::Table &table : mappings.tables()) {
        if (pbxDefined && !pbxs.contains(table.source))
            continue;
        if (readIn.size() > 1)
            readIn.append({CodeSheet::tr("; ", "between two clauses"), {}, Style::Small});
        if (table.reference.rfc != 0)
            readIn.append({table.reference.text(), table.reference.url(), Style::Small});
        else
            readIn.append({u"%1 %2, %3()"_s.arg(table.source, table.file.section(u'/', -1), table.function), {}, Style::Small});
    }
    section.rows.append({readIn});
    return section;
}

// RFC 3398's general rules that name `value` ("Cause 21 ...", "488 and 606 ..."), as bullets.
SheetSection rulesNaming(const Catalog &catalog, EntryKind kind, int value, const QString &language)
{
    SheetSection section{CodeSheet::tr("Rules of the mapping"), Layout::Bullets, {}, {}, {}};
    const QRegularExpression pattern(kind == EntryKind::Cause ? u"\\b[Cc]auses? (?:\\d+, )*%1\\b"_s.arg(value)
                                                              : u"(?<![\\d.])%1(?![\\d.])"_s.arg(value));
    for (const CauseMappings::Rule &rule : catalog.mappings().rules()) {
        if (pattern.match(rule.text.englishText()).hasMatch())
            section.rows.append({withReference(localized(rule.text, language), rule.reference)});
    }
    return section;
}

} // namespace

QString CodeSheet::causeText(const Catalog &catalog, int cause, const QString &language)
{
    const VocabularyEntry *entry = catalog.causes().find(cause);
    if (!entry)
        return tr("ISDN cause %1").arg(cause);
    return tr("ISDN cause %1 (%2)").arg(cause).arg(entry->name.text(language));
}

QString CodeSheet::reasonText(const Catalog &catalog, const ReasonValue &reason, const QString &language)
{
    QString text = reason.protocol;
    const LocalizedText *name = nullptr; // what the registry calls the cause
    if (reason.cause >= 0) {
        text += tr(" cause %1").arg(reason.cause);
        if (const ReasonProtocol *protocol = catalog.findReasonProtocol(reason.protocol)) {
            const CatalogEntry *entry = nullptr;
            switch (protocol->causes) {
            case ReasonProtocol::Causes::Response: entry = catalog.find(reason.cause); break;
            case ReasonProtocol::Causes::Q850: entry = catalog.causes().find(reason.cause); break;
            case ReasonProtocol::Causes::Preemption:
                for (const VocabularyEntry &value : protocol->causeValues) {
                    if (value.code == reason.cause)
                        entry = &value;
                }
                break;
            case ReasonProtocol::Causes::Other: break;
            }
            if (entry)
                name = &entry->name;
        } else if (reason.protocol.compare(u"SIP"_s, Qt::CaseInsensitive) == 0) {
            if (const SipCode *code = catalog.find(reason.cause)) // a catalog without the protocols
                name = &code->name;
        }
        if (name)
            text += tr(", %1", "a cause value, then its name").arg(name->text(language));
    }
    if (!reason.location.isEmpty())
        text += tr(", location %1").arg(reason.location);
    // The text is worth repeating only where it says more than the registry's name.
    if (!reason.text.isEmpty() && !(name && reason.text.compare(name->englishText(), Qt::CaseInsensitive) == 0))
        text += u", “%1”"_s.arg(reason.text);
    return text;
}

QString CodeSheet::warningText(const Catalog &catalog, const WarningValue &warning, const QString &language)
{
    QString text = QString::number(warning.code);
    const VocabularyEntry *entry = catalog.warnings().find(warning.code);
    if (entry)
        text += u' ' + entry->name.text(language);
    if (!warning.agent.isEmpty() && warning.agent != u"-")
        text += tr(", from %1").arg(warning.agent);
    if (!warning.text.isEmpty() && !(entry && warning.text.compare(entry->name.englishText(), Qt::CaseInsensitive) == 0))
        text += u", “%1”"_s.arg(warning.text);
    return text;
}

QString CodeSheet::registryTitle(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Response: return tr("Response codes");
    case EntryKind::Warning: return tr("Warning codes");
    case EntryKind::Cause: return tr("ISDN causes (Q.850)");
    }
    return {};
}

QString CodeSheet::entryLabel(EntryKind kind, int code)
{
    switch (kind) {
    case EntryKind::Response: return QString::number(code);
    case EntryKind::Warning: return tr("Warning %1").arg(code);
    case EntryKind::Cause: return tr("Cause %1").arg(code);
    }
    return {};
}

CodeSheet CodeSheet::forCode(const Catalog &catalog, const SipCode &code, const QString &language)
{
    const CodeClass &codeClass = *catalog.findClass(code.classDigit());
    CodeSheet sheet = headedSheet(QString::number(code.code), code, language);
    SheetSection fields{{}, Layout::Fields, {}, {}, {}};
    const auto field = [&](const QString &label, const SheetLine &value) { addField(fields, label, value); };
    field(tr("Class"), {plain(codeClass.label() + u' ' + codeClass.name.text(language))});
    field(tr("Defined in"), {referenceLink(code.reference)});
    field(tr("Status"), {plain(statusText(code.status))});
    if (!code.aliases.isEmpty())
        field(tr("Also known as"), {plain(code.aliases.join(tr(", ", "list separator")))});
    sheet.sections.append(fields);

    SheetSection description{tr("Description"), Layout::Paragraphs, paragraphs(code.description.text(language)), {}, {}};
    if (!code.description.has(language))
        description.note = {{tr("English; not yet translated"), {}, Style::Small}};
    sheet.sections.append(description);
    sheet.sections.append(behaviour(code, language));

    if (!code.related.isEmpty()) {
        SheetSection related{tr("Related codes"), Layout::Table, {}, {}, {}};
        for (const RelatedCode &item : code.related) {
            const SipCode *other = catalog.find(item.code);
            const QString name = other ? u"%1 %2"_s.arg(other->code).arg(other->name.text(language))
                                       : QString::number(item.code);
            related.rows.append({SheetLine{{name, EntryKey{EntryKind::Response, item.code}.url(), Style::Plain}}, localized(item.note, language)});
        }
        sheet.sections.append(related);
    }
    if (!code.headers.isEmpty()) {
        SheetSection headers{tr("Header fields"), Layout::Table, {}, {}, {}};
        for (const HeaderRule &rule : code.headers) {
            headers.rows.append({SheetLine{{rule.field, {}, Style::Strong}}, SheetLine{plain(rule.strength)},
                                 withReference(localized(rule.note, language), rule.reference)});
        }
        sheet.sections.append(headers);
    }
    const CauseMappings &mappings = catalog.mappings();
    const bool mapped = code.code >= 300 || std::any_of(mappings.sources().cbegin(), mappings.sources().cend(), [&](const QString &source) {
        return !mappings.rowsFrom(source, Direction::SipToCause, code.code).isEmpty()
               || !mappings.rowsTo(source, Direction::CauseToSip, code.code).isEmpty();
    });
    if (!mappings.isEmpty() && mapped) {
        sheet.sections.append(mappingTable(catalog, EntryKind::Response, code.code, {}, language));
        if (SheetSection rules = rulesNaming(catalog, EntryKind::Response, code.code, language); !rules.rows.isEmpty())
            sheet.sections.append(rules);
    }
    if (!code.practice.isEmpty())
        sheet.sections.append(practiceSection(tr("What usually causes it"), code.practice, language));
    return sheet;
}

CodeSheet CodeSheet::forClass(const CodeClass &codeClass, const QString &language)
{
    CodeSheet sheet = headedSheet(codeClass.label(), codeClass, language);
    SheetSection fields{{}, Layout::Fields, {}, {}, {}};
    addField(fields, tr("Codes"), {plain(QString::number(codeClass.codes.size()))});
    addField(fields, tr("Defined in"), {referenceLink(codeClass.reference)});
    sheet.sections.append(fields);
    sheet.sections.append(
        SheetSection{tr("Description"), Layout::Paragraphs, paragraphs(codeClass.description.text(language)), {}, {}});
    return sheet;
}

CodeSheet CodeSheet::forEntry(const Catalog &catalog, EntryKind kind, const VocabularyEntry &entry,
                              const QString &language)
{
    const Vocabulary &vocabulary = *catalog.vocabulary(kind);
    const VocabularyClass *group = vocabulary.classOf(entry.code);
    CodeSheet sheet = headedSheet(entryLabel(kind, entry.code), entry, language);
    const QStringList pbxs = entry.pbxs();
    SheetSection fields{{}, Layout::Fields, {}, {}, {}};
    if (group)
        addField(fields, tr("Class"), {plain(group->label() + u' ' + group->name.text(language))});
    if (group && group->pbxDefined) {
        addField(fields, tr("Defined in"), {plain(tr("the source code of %1; not a Q.850 cause")
                                                      .arg(pbxs.join(tr(", ", "list separator"))))});
    } else {
        addField(fields, tr("Defined in"), {referenceLink(entry.reference)});
    }
    for (const QString &pbx : std::as_const(pbxs)) {
        QStringList names;
        for (const PbxName &name : entry.pbxNames) {
            if (name.pbx != pbx)
                continue;
            QString text = name.name;
            if (!name.shortName.isEmpty())
                text = tr("%1 (printed %2)", "identifier (how the PBX prints it)").arg(name.name, name.shortName);
            if (name.alias)
                text = tr("%1 (alias)").arg(text);
            names.append(text);
        }
        addField(fields, tr("%1 name").arg(pbx), {{names.join(tr(", ", "list separator")), {}, Style::Strong}});
    }
    sheet.sections.append(fields);
    SheetSection description{tr("Description"), Layout::Paragraphs, paragraphs(entry.description.text(language)), {}, {}};
    if (!entry.description.has(language))
        description.note = {{tr("English; not yet translated"), {}, Style::Small}};
    sheet.sections.append(description);
    if (!entry.practice.isEmpty())
        sheet.sections.append(practiceSection(tr("What to check"), entry.practice, language));
    if (kind == EntryKind::Cause && !catalog.mappings().isEmpty()) {
        sheet.sections.append(mappingTable(catalog, kind, entry.code, group && group->pbxDefined ? pbxs : QStringList(),
                                           language));
        if (SheetSection rules = rulesNaming(catalog, kind, entry.code, language); !rules.rows.isEmpty())
            sheet.sections.append(rules);
    }
    return sheet;
}

CodeSheet CodeSheet::forVocabularyClass(EntryKind kind, const VocabularyClass &group, const QString &language)
{
    CodeSheet sheet = headedSheet(group.label(), group, language);
    SheetSection fields{{}, Layout::Fields, {}, {}, {}};
    addField(fields, tr("Registry"), {plain(registryTitle(kind))});
    addField(fields, tr("Entries"), {plain(QString::number(group.entries.size()))});
    if (group.reference.rfc != 0)
        addField(fields, tr("Defined in"), {referenceLink(group.reference)});
    sheet.sections.append(fields);
    if (!group.description.isEmpty())
        sheet.sections.append(SheetSection{tr("Description"), Layout::Paragraphs,
                                           paragraphs(group.description.text(language)), {}, {}});
    return sheet;
}

CodeSheet CodeSheet::forRegistry(const Catalog &catalog, EntryKind kind, const QString &language)
{
    CodeSheet sheet;
    sheet.heading = {plain(registryTitle(kind))};
    SheetSection fields{{}, Layout::Fields, {}, {}, {}};
    if (kind == EntryKind::Response) {
        addField(fields, tr("Source"), {plain(catalog.registryName())});
        addField(fields, tr("Checked"), {plain(catalog.registryChecked())});
        addField(fields, tr("Entries"), {plain(QString::number(catalog.codeCount()))});
        sheet.sections.append(fields);
        return sheet;
    }
    const Vocabulary &vocabulary = *catalog.vocabulary(kind);
    addField(fields, tr("Source"), {plain(vocabulary.registryName)});
    addField(fields, tr("Checked"), {plain(vocabulary.registryChecked)});
    addField(fields, tr("Entries"), {plain(QString::number(vocabulary.entryCount()))});
    sheet.sections.append(fields);
    if (kind == EntryKind::Cause) {
        SheetSection tables{tr("Mappings between causes and responses"), Layout::Table, {}, {}, {}};
        for (const CauseMappings::Table &table : catalog.mappings().tables()) {
            const QString direction = table.direction == Direction::CauseToSip ? tr("cause to response")
                                                                              : tr("response to cause");
            const SheetLine where = table.reference.rfc != 0
                                        ? SheetLine{referenceLink(table.reference)}
                                        : SheetLine{plain(u"%1, %2()"_s.arg(table.file, table.function))};
            tables.rows.append({SheetLine{plain(table.source)}, SheetLine{plain(direction)}, where});
        }
        sheet.sections.append(tables);
        SheetSection rules{tr("Rules of the mapping"), Layout::Bullets, {}, {}, {}};
        for (const CauseMappings::Rule &rule : catalog.mappings().rules())
            rules.rows.append({withReference(localized(rule.text, language), rule.reference)});
        if (!rules.rows.isEmpty())
            sheet.sections.append(rules);
    }
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
    SheetSection explanation{{}, Layout::Paragraphs, {}, {}, {}};
    explanation.rows.append({SheetLine{plain(unknownCodeText(code, *fallback, language))}});
    explanation.rows.append({SheetLine{{u"%1 %2"_s.arg(fallback->code).arg(fallback->name.text(language)),
                                        EntryKey{EntryKind::Response, fallback->code}.url(), Style::Plain},
                                       plain(u"   "_s), referenceLink({3261, u"8.1.3.2"_s, {}})}});
    sheet.sections.append(explanation);
    return sheet;
}

// Rendering --------------------------------------------------------------------------------

namespace {

// "Class: 4xx Request Failure", "类别：4xx 请求失败": a label and its value, as each language
// writes them, in every format. `label` and `value` are already in the format's markup.
QString labelled(const QString &label, const QString &value, bool html = false)
{
    const QString pattern = CodeSheet::tr("%1: %2", "a label and its value");
    return (html ? pattern.toHtmlEscaped() : pattern).arg(label, value);
}

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
        case Layout::Fields: {
            // One block with a line per field, as the other formats have it. A table would be laid
            // out twice (its columns are measured first), and each of its cells parsed as a block
            // of its own: a third of a page's cost, paid again at every language switch.
            QStringList fields;
            for (const QList<SheetLine> &row : section.rows)
                fields.append(labelled(u"<b>"_s + html(row.value(0)) + u"</b>"_s, html(row.value(1)), true));
            result += u"<p>"_s + fields.join(u"<br>"_s) + u"</p>"_s;
            break;
        }
        case Layout::Table:
            if (section.header.isEmpty()) {
                // Rows without column titles are a list, as in the other formats: "182 Queued: ...".
                result += u"<ul>"_s;
                for (const QList<SheetLine> &row : section.rows) {
                    QStringList rest;
                    for (qsizetype cell = 1; cell < row.size(); ++cell)
                        rest.append(html(row.at(cell)));
                    result += u"<li>"_s + (rest.isEmpty() ? html(row.value(0)) : labelled(html(row.value(0)), rest.join(u' '), true))
                              + u"</li>"_s;
                }
                result += u"</ul>"_s;
                break;
            }
            result += u"<table cellspacing=\"2\">"_s;
            if (!section.header.isEmpty()) {
                result += u"<tr>"_s;
                for (const SheetLine &cell : section.header)
                    result += u"<th align=\"left\" style=\"padding-right: 12px\">%1</th>"_s.arg(html(cell));
                result += u"</tr>"_s;
            }
            for (const QList<SheetLine> &row : section.rows) {
                result += u"<tr>"_s;
                if (row.size() == 1 && section.header.size() > 1) { // a note under a table's columns
                    result += u"<td colspan=\"%1\">%2</td></tr>"_s.arg(section.header.size()).arg(html(row.first()));
                    continue;
                }
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
                lines.append(indent + labelled(text(row.value(0)), text(row.value(1))));
                break;
            case Layout::Table: {
                // With column titles each cell is labelled: "RFC 3398: Becomes cause 17; ...".
                QStringList rest;
                for (qsizetype cell = 1; cell < row.size(); ++cell) {
                    const QString label = cell < section.header.size() ? text(section.header.at(cell)) + u' ' : QString();
                    rest.append(label + text(row.at(cell)));
                }
                lines.append(indent + (row.size() == 1 ? text(row.value(0))
                                                       : labelled(text(row.value(0)),
                                                                  rest.join(section.header.isEmpty() ? u" "_s : u"; "_s))));
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
        if (section.layout == Layout::Table && !section.header.isEmpty()) {
            // A real table, with the rows of a single cell (notes) after it.
            QStringList titles;
            for (const SheetLine &cell : section.header)
                titles.append(markdown(cell));
            lines << u"| "_s + titles.join(u" | "_s) + u" |"_s
                  << u"|"_s + QStringList(titles.size(), u"---"_s).join(u'|') + u'|';
            QStringList after;
            for (const QList<SheetLine> &row : section.rows) {
                QStringList cells;
                for (const SheetLine &cell : row)
                    cells.append(markdown(cell));
                if (row.size() == 1)
                    after.append(u"- "_s + cells.first());
                else
                    lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
            }
            if (!after.isEmpty())
                lines << QString() << after;
            if (!section.note.isEmpty())
                lines << QString() << u'_' + text(section.note) + u'_';
            continue;
        }
        for (const QList<SheetLine> &row : section.rows) {
            switch (section.layout) {
            case Layout::Fields:
                lines.append(u"- "_s + labelled(u"**"_s + markdown(row.value(0)) + u"**"_s, markdown(row.value(1))));
                break;
            case Layout::Table: {
                QStringList rest;
                for (qsizetype cell = 1; cell < row.size(); ++cell)
                    rest.append(markdown(row.at(cell)));
                lines.append(u"- "_s + labelled(markdown(row.value(0)), rest.join(u' ')));
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
