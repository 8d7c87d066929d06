#include "terminal.h"

#include "core/catalogloader.h"
#include "core/catalogsearch.h"
#include "core/codesheet.h"
#include "core/domain.h"
#include "core/languages.h"
#include "core/reference.h"
#include "core/ticketformatter.h"
#include "i18n/localization.h"
#include "trace/traceparser.h"
#include "trace/tracestory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString statusKey(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Registered: return u"registered"_s;
    case CodeStatus::Deprecated: return u"deprecated"_s;
    case CodeStatus::Unregistered: return u"unregistered"_s;
    }
    return {};
}

QJsonValue citedJson(const std::optional<CitedText> &cited, const QString &language)
{
    if (!cited)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"text"_s, cited->text.text(language)}, {u"rfc"_s, cited->reference.rfc}, {u"section"_s, cited->reference.section}};
}

// How every source maps a response or a cause: for each, what it becomes ("to", with "default"
// when no row lists it) and what becomes it ("from").
QJsonArray mappingsJson(const Catalog &catalog, EntryKind kind, int value)
{
    using Direction = CauseMappings::Direction;
    const CauseMappings &mappings = catalog.mappings();
    const Direction outward = kind == EntryKind::Response ? Direction::SipToCause : Direction::CauseToSip;
    const Direction inward = kind == EntryKind::Response ? Direction::CauseToSip : Direction::SipToCause;
    QJsonArray result;
    for (const QString &source : mappings.sources()) {
        const CauseMappings::Targets to = mappings.targets(source, outward, value);
        QJsonArray toValues;
        for (const int target : to.values)
            toValues.append(target);
        QJsonArray from;
        for (const int origin : mappings.origins(source, inward, value))
            from.append(origin);
        result.append(QJsonObject{{u"source"_s, source}, {u"to"_s, toValues}, {u"default"_s, to.isDefault}, {u"from"_s, from}});
    }
    return result;
}

// The JSON of a warn-code or a cause, with the same fields a code has where they apply.
QJsonObject toJson(const Catalog &catalog, EntryKind kind, const VocabularyEntry &entry, const VocabularyClass &group,
                   const QString &language)
{
    QJsonArray aliases;
    QJsonArray names;
    for (const PbxName &name : entry.pbxNames) {
        aliases.append(name.name);
        QJsonObject object{{u"pbx"_s, name.pbx}, {u"name"_s, name.name}, {u"alias"_s, name.alias}};
        if (!name.shortName.isEmpty())
            object.insert(u"short_name"_s, name.shortName);
        names.append(object);
    }
    QJsonObject object{
        {u"kind"_s, EntryKey::kindName(kind)},
        {u"code"_s, entry.code},
        {u"name"_s, entry.name.englishText()},
        {u"class"_s, group.label()},
        {u"aliases"_s, aliases},
        {u"summary"_s, entry.summary.text(language)},
        {u"description"_s, entry.description.text(language)},
    };
    if (entry.reference.rfc != 0) {
        object.insert(u"rfc"_s, entry.reference.rfc);
        object.insert(u"section"_s, entry.reference.section);
        object.insert(u"url"_s, entry.reference.url().toString());
    } else if (!entry.reference.document.isEmpty()) {
        object.insert(u"document"_s, entry.reference.document);
    }
    if (kind == EntryKind::Cause) {
        object.insert(u"pbx_defined"_s, group.pbxDefined);
        object.insert(u"pbx_names"_s, names);
        object.insert(u"mappings"_s, mappingsJson(catalog, kind, entry.code));
    }
    if (language != LocalizedText::english())
        object.insert(u"name_translated"_s, entry.name.text(language));
    return object;
}

// The JSON of one code: a contract scripts rely on, so fields are only ever added.
QJsonObject toJson(const Catalog &catalog, const SipCode &code, const CodeClass &codeClass, const QString &language)
{
    QJsonArray related;
    for (const RelatedCode &item : code.related)
        related.append(QJsonObject{{u"code"_s, item.code}, {u"note"_s, item.note.text(language)}});
    QJsonArray headers;
    for (const HeaderRule &rule : code.headers)
        headers.append(QJsonObject{{u"field"_s, rule.field}, {u"strength"_s, rule.strength},
                                   {u"rfc"_s, rule.reference.rfc}, {u"section"_s, rule.reference.section},
                                   {u"note"_s, rule.note.text(language)}});
    // RFC 3398's rows, as the format-2 output gave them.
    using Direction = CauseMappings::Direction;
    const CauseMappings &mappings = catalog.mappings();
    const QString standard = mappings.standard();
    QJsonArray fromCauses;
    for (const CauseMappings::Row &row : mappings.rowsTo(standard, Direction::CauseToSip, code.code))
        fromCauses.append(row.cause);
    const QList<CauseMappings::Row> toCause = mappings.rowsFrom(standard, Direction::SipToCause, code.code);
    QJsonObject q850{{u"from_causes"_s, fromCauses}};
    q850.insert(u"to_cause"_s, toCause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(toCause.first().cause));
    QJsonArray practice;
    for (const LocalizedText &item : code.practice)
        practice.append(item.text(language));
    QJsonObject object{
        {u"kind"_s, EntryKey::kindName(EntryKind::Response)},
        {u"code"_s, code.code},
        {u"name"_s, code.name.englishText()},
        {u"reason"_s, code.name.englishText()},
        {u"mappings"_s, mappingsJson(catalog, EntryKind::Response, code.code)},
        {u"class"_s, codeClass.label()},
        {u"status"_s, statusKey(code.status)},
        {u"rfc"_s, code.reference.rfc},
        {u"section"_s, code.reference.section},
        {u"url"_s, code.reference.url().toString()},
        {u"aliases"_s, QJsonArray::fromStringList(code.aliases)},
        {u"summary"_s, code.summary.text(language)},
        {u"description"_s, code.description.text(language)},
        {u"related"_s, related},
        {u"headers"_s, headers},
        {u"q850"_s, q850},
        {u"final"_s, code.isFinal()},
        {u"retry"_s, citedJson(code.retry, language)},
        {u"local"_s, citedJson(code.local, language)},
    };
    if (code.dialog) {
        object.insert(u"dialog"_s, QJsonObject{{u"effect"_s, dialogEffectName(code.dialog->effect).toString()},
                                              {u"rfc"_s, code.dialog->reference.rfc}, {u"section"_s, code.dialog->reference.section},
                                              {u"note"_s, code.dialog->note.isEmpty() ? QString()
                                                                                       : code.dialog->note.text(language)}});
    }
    if (code.methods) {
        object.insert(u"methods"_s, QJsonObject{{u"only"_s, QJsonArray::fromStringList(code.methods->only)},
                                               {u"never"_s, QJsonArray::fromStringList(code.methods->never)},
                                               {u"rfc"_s, code.methods->reference.rfc}, {u"section"_s, code.methods->reference.section}});
    }
    if (!practice.isEmpty())
        object.insert(u"practice"_s, practice);
    if (language != LocalizedText::english())
        object.insert(u"reason_translated"_s, code.name.text(language));
    return object;
}

// The entries a search shows, in registry order; with `only`, those of one registry.
QList<TicketFormatter::Entry> shownEntries(const Catalog &catalog, const SearchResult &result,
                                           std::optional<EntryKind> only = std::nullopt)
{
    QList<TicketFormatter::Entry> entries;
    const std::vector<CodeClass> &classes = catalog.classes();
    for (std::size_t classIndex = 0; classIndex < classes.size() && (!only || *only == EntryKind::Response); ++classIndex) {
        for (std::size_t codeIndex = 0; codeIndex < classes[classIndex].codes.size(); ++codeIndex) {
            if (result.isShown(classIndex, codeIndex))
                entries.append({&classes[classIndex], &classes[classIndex].codes[codeIndex]});
        }
    }
    for (const Vocabulary *vocabulary : {&catalog.warnings(), &catalog.causes()}) {
        if (only && *only != vocabulary->kind)
            continue;
        for (std::size_t classIndex = 0; classIndex < vocabulary->classes.size(); ++classIndex) {
            const VocabularyClass &group = vocabulary->classes[classIndex];
            for (std::size_t index = 0; index < group.entries.size(); ++index) {
                if (result.isShown(vocabulary->kind, classIndex, index)) {
                    TicketFormatter::Entry entry;
                    entry.kind = vocabulary->kind;
                    entry.group = &group;
                    entry.entry = &group.entries[index];
                    entries.append(entry);
                }
            }
        }
    }
    return entries;
}

// The text sheet of one entry, of any registry.
QString sheetText(const Catalog &catalog, const TicketFormatter::Entry &entry, const QString &language)
{
    if (entry.kind == EntryKind::Response)
        return CodeSheet::forCode(catalog, *entry.code, language).toText();
    return CodeSheet::forEntry(catalog, entry.kind, *entry.entry, language).toText();
}

} // namespace

int Terminal::run(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString program = QCoreApplication::applicationName();
    switch (line.action) {
    case CommandLine::Action::Invalid:
        err << program << u": "_s << line.error << Qt::endl;
        return CommandLine::UsageError;
    case CommandLine::Action::Help:
    case CommandLine::Action::HelpAll:
        out << line.help;
        return CommandLine::Found;
    case CommandLine::Action::Version:
        out << program << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return CommandLine::Found;
    case CommandLine::Action::Window:
    case CommandLine::Action::Lookup:
    case CommandLine::Action::Explain:
        break;
    }

    // Without --lang, the language the window would start in.
    const QString language = Languages::startupLanguage(line.language);
    Localization localization;
    localization.setLanguage(language);
    CatalogLoader::Result loaded = line.catalogPath.isEmpty() ? CatalogLoader::loadEmbedded()
                                                              : CatalogLoader::loadFile(line.catalogPath);
    if (!loaded.ok()) {
        err << program << u": "_s << loaded.error << Qt::endl;
        return CommandLine::DataError;
    }
    const Catalog &catalog = *loaded.catalog;
    if (line.action == CommandLine::Action::Explain)
        return explain(line, catalog, language, out, err);
    CatalogSearch search(catalog);
    search.setLanguage(language);
    // --list warning: one registry whole; --q850 17: the cause and the responses it becomes.
    const QString query = line.listKind ? QString() : line.cause >= 0 ? u"cause %1"_s.arg(line.cause) : line.query;
    const SearchResult result = search.search(query, line.all);
    const QList<TicketFormatter::Entry> entries = shownEntries(catalog, result, line.listKind);
    if (entries.isEmpty()) {
        err << tr("No entry matches \"%1\".").arg(line.cause >= 0 ? query : line.query) << Qt::endl;
        return CommandLine::NothingFound;
    }

    if (line.format == u"json") {
        QJsonArray array;
        for (const TicketFormatter::Entry &entry : entries) {
            array.append(entry.kind == EntryKind::Response
                             ? toJson(catalog, *entry.code, *entry.codeClass, language)
                             : toJson(catalog, entry.kind, *entry.entry, *entry.group, language));
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (line.format == u"markdown") {
        out << TicketFormatter::markdownTable(entries, language);
    } else {
        if (result.unknownCode != 0 && entries.first().code)
            out << CodeSheet::unknownCodeText(result.unknownCode, *entries.first().code, language) << u"\n\n"_s;
        out << TicketFormatter::plainText(entries, language) << u'\n';
        // One entry, or the one a pasted line names among those it brings along: its sheet.
        const auto focused = std::find_if(entries.cbegin(), entries.cend(), [&](const TicketFormatter::Entry &entry) {
            return result.focus && entry.kind == result.focus->kind
                   && (entry.code ? entry.code->code : entry.entry->code) == result.focus->code;
        });
        if (!line.list && (entries.size() == 1 || focused != entries.cend()))
            out << u'\n' << sheetText(catalog, entries.size() == 1 ? entries.first() : *focused, language) << u'\n';
    }
    return CommandLine::Found;
}

int Terminal::explain(const CommandLine &line, const Catalog &catalog, const QString &language, QTextStream &out,
                      QTextStream &err)
{
    const QString program = QCoreApplication::applicationName();
    QFile file;
    const bool standardInput = line.explainPath == u"-";
    const QString name = standardInput ? tr("standard input") : QFileInfo(line.explainPath).absoluteFilePath();
    const auto fail = [&](const QString &problem) {
        err << program << u": "_s << name << u": "_s << problem << Qt::endl;
        return int(CommandLine::DataError);
    };
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(file.errorString());
    } else {
        file.setFileName(line.explainPath);
        if (QFileInfo(line.explainPath).isDir())
            return fail(tr("is a folder, not a trace"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        if (!file.isSequential() && file.size() > TraceParser::MaximumInputSize)
            return fail(tr("larger than %1 MiB, more than a trace this program reads; cut out the calls you need")
                            .arg(TraceParser::MaximumInputSize / (1024 * 1024)));
    }
    const Trace trace = TraceParser::parse(file, TraceStory::parserOptions(catalog));
    if (trace.truncated)
        err << program << u": "_s << name << u": "_s
            << tr("only the first %1 MiB were read").arg(TraceParser::MaximumInputSize / (1024 * 1024)) << Qt::endl;
    if (trace.messages.isEmpty()) {
        err << program << u": "_s << name << u": "_s << tr("no SIP message found") << Qt::endl;
        return CommandLine::NothingFound;
    }
    const TraceStory story(trace, catalog, language);
    if (line.format == u"json")
        out << QJsonDocument(story.toJson()).toJson(QJsonDocument::Indented);
    else if (line.format == u"markdown")
        out << story.toMarkdown() << u'\n';
    else
        out << story.toText() << u'\n';
    return CommandLine::Found;
}
