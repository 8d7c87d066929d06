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
    const Q850Mapping &mapping = catalog.q850();
    QJsonArray fromCauses;
    for (const int cause : mapping.causesMappedTo(code.code))
        fromCauses.append(cause);
    QJsonObject q850{{u"from_causes"_s, fromCauses}};
    q850.insert(u"to_cause"_s, mapping.responseToCause.contains(code.code)
                                   ? QJsonValue(mapping.responseToCause.value(code.code))
                                   : QJsonValue(QJsonValue::Null));
    QJsonArray practice;
    for (const LocalizedText &item : code.practice)
        practice.append(item.text(language));
    QJsonObject object{
        {u"code"_s, code.code},
        {u"reason"_s, code.name.englishText()},
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

// The codes a search shows, in catalog order.
QList<TicketFormatter::Entry> shownEntries(const Catalog &catalog, const SearchResult &result)
{
    QList<TicketFormatter::Entry> entries;
    const std::vector<CodeClass> &classes = catalog.classes();
    for (std::size_t classIndex = 0; classIndex < classes.size(); ++classIndex) {
        for (std::size_t codeIndex = 0; codeIndex < classes[classIndex].codes.size(); ++codeIndex) {
            if (result.isShown(classIndex, codeIndex))
                entries.append({&classes[classIndex], &classes[classIndex].codes[codeIndex]});
        }
    }
    return entries;
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
    const SearchResult result = search.search(line.cause != 0 ? u"cause %1"_s.arg(line.cause) : line.query, line.all);
    const QList<TicketFormatter::Entry> entries = shownEntries(catalog, result);
    if (entries.isEmpty()) {
        if (result.cause != 0)
            err << CodeSheet::causeWithoutResponseText(catalog, result.cause, language) << Qt::endl;
        else
            err << tr("No code matches \"%1\".").arg(line.query) << Qt::endl;
        return CommandLine::NothingFound;
    }

    if (line.format == u"json") {
        QJsonArray array;
        for (const TicketFormatter::Entry &entry : entries)
            array.append(toJson(catalog, *entry.code, *entry.codeClass, language));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (line.format == u"markdown") {
        out << TicketFormatter::markdownTable(entries, language);
    } else {
        if (result.unknownCode != 0)
            out << CodeSheet::unknownCodeText(result.unknownCode, *entries.first().code, language) << u"\n\n"_s;
        out << TicketFormatter::plainText(entries, language) << u'\n';
        if (entries.size() == 1 && !line.list)
            out << u'\n' << CodeSheet::forCode(catalog, *entries.first().code, language).toText() << u'\n';
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
