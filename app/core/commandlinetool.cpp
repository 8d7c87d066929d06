#include "commandlinetool.h"

#include "catalogloader.h"
#include "codefilterproxy.h"
#include "codemodel.h"
#include "detailformatter.h"
#include "headerrule.h"
#include "localization.h"
#include "ticketformatter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption language{u"lang"_s, CommandLineTool::tr("Language of the interface and the data: %1.")
                                               .arg(Localization::supportedLanguages().join(u", "_s)),
                                CommandLineTool::tr("language")};
    QCommandLineOption format{u"format"_s, CommandLineTool::tr("Terminal output format: text, markdown or json."),
                              CommandLineTool::tr("format"), u"text"_s};
    QCommandLineOption list{u"list"_s, CommandLineTool::tr("Print the whole catalog, or the class given (4xx).")};
    QCommandLineOption q850{u"q850"_s, CommandLineTool::tr("Print the SIP response RFC 3398 maps this ISDN (Q.850) cause to."),
                             CommandLineTool::tr("cause")};
    QCommandLineOption catalog{u"catalog"_s, CommandLineTool::tr("Read the catalog from this JSON file instead of the built-in one, to check edits."),
                               CommandLineTool::tr("file")};
    QCommandLineOption all{u"all"_s, CommandLineTool::tr("Also list codes that mention the words only in their description.")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(CommandLineTool::tr(
        "Offline reference of SIP response codes. With a query, prints the matching codes and "
        "exits; with no arguments, opens the window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.language, options.format, options.list, options.q850, options.all, options.catalog});
    parser.addPositionalArgument(u"query"_s, CommandLineTool::tr("A code (486), a prefix (48), a class (4xx) or words."),
                                 u"[query...]"_s);
}

QString statusKey(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Registered: return u"registered"_s;
    case CodeStatus::Deprecated: return u"deprecated"_s;
    case CodeStatus::Unregistered: return u"unregistered"_s;
    }
    return {};
}

QJsonObject toJson(const Catalog &catalog, const SipCode &code, const CodeClass &codeClass,
                   const QString &language)
{
    QJsonArray related;
    for (const RelatedCode &item : code.related)
        related.append(QJsonObject{{u"code"_s, item.code}, {u"note"_s, item.note.text(language)}});
    QJsonArray headers;
    for (const HeaderRule &rule : code.headers)
        headers.append(QJsonObject{{u"field"_s, rule.field}, {u"strength"_s, rule.strength},
                                   {u"rfc"_s, rule.rfc}, {u"section"_s, rule.section},
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
        {u"reason"_s, code.reason.englishText()},
        {u"class"_s, codeClass.label()},
        {u"status"_s, statusKey(code.status)},
        {u"rfc"_s, code.rfc},
        {u"section"_s, code.section},
        {u"url"_s, DetailFormatter::rfcUrl(code.rfc, code.section).toString()},
        {u"aliases"_s, QJsonArray::fromStringList(code.aliases)},
        {u"summary"_s, code.summary.text(language)},
        {u"description"_s, code.description.text(language)},
        {u"related"_s, related},
        {u"headers"_s, headers},
        {u"q850"_s, q850},
    };
    if (!practice.isEmpty())
        object.insert(u"practice"_s, practice);
    if (language != LocalizedText::english())
        object.insert(u"reason_translated"_s, code.reason.text(language));
    return object;
}

QString markdownTable(const QList<TicketFormatter::Entry> &entries, const QString &language)
{
    QString table = u"| %1 | %2 | %3 | %4 | %5 |\n|---:|---|---|---|---|\n"_s.arg(
        CommandLineTool::tr("Code"), CommandLineTool::tr("Reason phrase"), CommandLineTool::tr("Class"),
        CommandLineTool::tr("Summary"), CommandLineTool::tr("Reference"));
    for (const TicketFormatter::Entry &entry : entries) {
        const SipCode &code = *entry.code;
        table += u"| %1 | %2 | %3 | %4 | [%5](%6) |\n"_s.arg(
            QString::number(code.code), TicketFormatter::escapeMarkdown(code.reason.text(language)),
            entry.codeClass->label(), TicketFormatter::escapeMarkdown(code.summary.text(language)),
            TicketFormatter::escapeMarkdown(DetailFormatter::referenceText(code.rfc, code.section)),
            DetailFormatter::rfcUrl(code.rfc, code.section).toString());
    }
    return table;
}

// The full detail of one code, as plain text for a terminal.
QString detailText(const Catalog &catalog, const TicketFormatter::Entry &entry, const QString &language)
{
    const SipCode &code = *entry.code;
    QStringList lines;
    const auto field = [&](const QString &label, const QString &value) {
        lines.append(label + u": "_s + value);
    };
    field(CommandLineTool::tr("Class"), entry.codeClass->label() + u' ' + entry.codeClass->name.text(language));
    field(CommandLineTool::tr("Status"), DetailFormatter::statusText(code.status));
    field(CommandLineTool::tr("Defined in"), DetailFormatter::referenceText(code.rfc, code.section) + u" <"_s
                                                 + DetailFormatter::rfcUrl(code.rfc, code.section).toString() + u'>');
    if (!code.aliases.isEmpty())
        field(CommandLineTool::tr("Also known as"), code.aliases.join(u", "_s));
    lines.append(QString());
    lines.append(code.description.text(language));
    const auto heading = [&](const QString &title) {
        lines.append(QString());
        lines.append(title);
    };
    if (!code.related.isEmpty()) {
        heading(CommandLineTool::tr("Related codes"));
        for (const RelatedCode &related : code.related) {
            const SipCode *other = catalog.find(related.code);
            lines.append(u"  %1 %2: %3"_s.arg(related.code).arg(other ? other->reason.text(language) : QString(),
                                                                related.note.text(language)));
        }
    }
    if (!code.headers.isEmpty()) {
        heading(CommandLineTool::tr("Header fields"));
        for (const HeaderRule &rule : code.headers)
            lines.append(u"  %1 (%2): %3 (%4)"_s.arg(rule.field, rule.strength, rule.note.text(language),
                                                     DetailFormatter::referenceText(rule.rfc, rule.section)));
    }
    if (const QStringList q850 = DetailFormatter::q850Lines(catalog, code, language); !q850.isEmpty()) {
        heading(CommandLineTool::tr("ISDN (Q.850) causes"));
        for (const QString &line : q850)
            lines.append(u"  "_s + line);
        lines.append(u"  "_s + DetailFormatter::q850Caveat());
    }
    if (!code.practice.isEmpty()) {
        heading(CommandLineTool::tr("What usually causes it") + u" ("_s + DetailFormatter::practiceCaveat() + u')');
        for (const LocalizedText &item : code.practice)
            lines.append(u"  - "_s + item.text(language));
    }
    return lines.join(u'\n');
}

// QGuiApplication's and QApplication's own options, as Qt 6 documents them: with a value, and
// without. Qt accepts them with one dash or two, and the valued ones also as -name=value.
constexpr std::array QtValueOptions{u"platform", u"platformpluginpath", u"platformtheme", u"plugin",
                                    u"qwindowgeometry", u"qwindowicon", u"qwindowtitle", u"session",
                                    u"display", u"geometry", u"title", u"name", u"style", u"stylesheet",
                                    u"qmljsdebugger"};
constexpr std::array QtFlagOptions{u"reverse", u"widgetcount", u"nograb", u"dograb", u"sync", u"visual"};

// The option name of `argument` if it is one of Qt's ("-style=Fusion" gives "style"), else empty.
QStringView qtOptionName(QStringView argument, bool &takesValue)
{
    if (!argument.startsWith(u'-') || argument == u"-" || argument == u"--")
        return {};
    QStringView name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
    const qsizetype equals = name.indexOf(u'=');
    const bool inlineValue = equals >= 0;
    if (inlineValue)
        name = name.left(equals);
    if (std::find(QtValueOptions.begin(), QtValueOptions.end(), name) != QtValueOptions.end()) {
        takesValue = !inlineValue;
        return name;
    }
    if (!inlineValue && std::find(QtFlagOptions.begin(), QtFlagOptions.end(), name) != QtFlagOptions.end()) {
        takesValue = false;
        return name;
    }
    return {};
}

} // namespace

QStringList CommandLineTool::withoutQtOptions(const QStringList &arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        bool takesValue = false;
        if (i == 0 || qtOptionName(arguments.at(i), takesValue).isEmpty()) {
            result.append(arguments.at(i));
            continue;
        }
        if (arguments.at(i) == u"--")
            break;
        if (takesValue)
            ++i; // its value is Qt's too
    }
    return result;
}

QString CommandLineTool::qtOptionsHelp()
{
    return tr("Qt options (for the window):\n"
              "  -platform <name>         Platform plugin: xcb, wayland, offscreen.\n"
              "  -style <style>           Widget style, such as Fusion.\n"
              "  -stylesheet <file>       Qt style sheet to apply.\n"
              "  -reverse                 Right-to-left layout.\n"
              "  -display <display>       X display to use (xcb).\n"
              "  -qwindowgeometry <geom>  Geometry of the first window, such as 900x600+0+0.\n"
              "  -qwindowtitle <title>    Title of the first window.\n");
}

bool CommandLineTool::canOpenWindow(const QStringList &rawArguments)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    for (const QString &argument : rawArguments) {
        bool takesValue = false;
        if (qtOptionName(argument, takesValue) == u"platform")
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString CommandLineTool::noDisplayMessage()
{
    return tr("%1: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
              "To answer in this terminal, give a query, such as: %1 486\n"
              "See %1 --help for everything it can do without a display.")
        .arg(QCoreApplication::applicationName());
}

bool CommandLineTool::wantsTerminal(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    if (!parser.parse(arguments))
        return true; // a usage error is reported on the terminal
    if (parser.isSet(options.language) && !Localization::isSupported(parser.value(options.language)))
        return true;
    return !parser.positionalArguments().isEmpty() || parser.isSet(options.list)
           || parser.isSet(options.format) || parser.isSet(options.all) || parser.isSet(options.q850) || parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)
           || parser.isSet(u"version"_s);
}

CommandLineTool::WindowOptions CommandLineTool::windowOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.parse(arguments);
    return {parser.value(options.language), parser.value(options.catalog)};
}

int CommandLineTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    const auto usageError = [&](const QString &message) {
        err << QCoreApplication::applicationName() << u": "_s << message << Qt::endl;
        return int(UsageError);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out << parser.helpText();
        if (parser.isSet(u"help-all"_s))
            out << u'\n' << qtOptionsHelp();
        return Found;
    }
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Found;
    }

    // Without --lang, the language the window would start in.
    const QString language = parser.isSet(options.language) ? parser.value(options.language)
                                                            : Localization::startupLanguage();
    if (!Localization::isSupported(language))
        return usageError(tr("unknown language \"%1\"; choose one of %2")
                              .arg(language, Localization::supportedLanguages().join(u", "_s)));
    const QString format = parser.value(options.format);
    if (format != u"text" && format != u"markdown" && format != u"json")
        return usageError(tr("unknown format \"%1\"; choose text, markdown or json").arg(format));
    const QString query = parser.positionalArguments().join(u' ');
    if (parser.isSet(options.list) && !query.isEmpty()
        && !QRegularExpression(u"^[1-6][xX]{2}$"_s).match(query).hasMatch())
        return usageError(tr("--list takes a class such as 4xx, not \"%1\"").arg(query));
    QString q850Query;
    if (parser.isSet(options.q850)) {
        bool ok = false;
        const int cause = parser.value(options.q850).toInt(&ok);
        if (!ok || cause < 1 || cause > 127)
            return usageError(tr("--q850 takes a cause value from 1 to 127, not \"%1\"").arg(parser.value(options.q850)));
        if (!query.isEmpty() || parser.isSet(options.list))
            return usageError(tr("--q850 takes no query and no --list"));
        q850Query = u"cause %1"_s.arg(cause);
    }
    if (!parser.isSet(options.list) && q850Query.isEmpty() && query.trimmed().isEmpty())
        return usageError(tr("nothing to look up; give a query or --list"));

    Localization localization;
    localization.setLanguage(language);
    CatalogLoader::Result loaded = parser.isSet(options.catalog) ? CatalogLoader::loadFile(parser.value(options.catalog))
                                                                 : CatalogLoader::loadEmbedded();
    if (!loaded.ok()) {
        err << QCoreApplication::applicationName() << u": "_s << loaded.error << Qt::endl;
        return DataError;
    }
    CodeModel model;
    model.setLanguage(language);
    model.setCatalog(std::move(*loaded.catalog));
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setIncludeDescriptionMatches(parser.isSet(options.all));
    proxy.setQueryText(q850Query.isEmpty() ? query : q850Query);

    QModelIndexList rows;
    for (int classRow = 0; classRow < proxy.rowCount(); ++classRow) {
        const QModelIndex classIndex = proxy.index(classRow, 0);
        for (int row = 0; row < proxy.rowCount(classIndex); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0, classIndex)));
    }
    const QList<TicketFormatter::Entry> entries = model.entriesFor(rows);
    if (const int unknown = proxy.unknownCode(); unknown != 0 && format == u"text" && !entries.isEmpty())
        out << DetailFormatter::unknownCodeText(unknown, *entries.first().code, language) << u"\n\n"_s;
    if (format == u"json") {
        QJsonArray array;
        for (const TicketFormatter::Entry &entry : entries)
            array.append(toJson(model.catalog(), *entry.code, *entry.codeClass, language));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == u"markdown") {
        if (!entries.isEmpty())
            out << markdownTable(entries, language);
    } else {
        if (!entries.isEmpty())
            out << TicketFormatter::plainText(entries, language) << u'\n';
        if (entries.size() == 1 && !parser.isSet(options.list))
            out << u'\n' << detailText(model.catalog(), entries.first(), language) << u'\n';
    }
    if (entries.isEmpty()) {
        if (const int cause = proxy.cause(); cause != 0)
            err << DetailFormatter::causeWithoutResponseText(model.catalog(), cause, language) << Qt::endl;
        else
            err << tr("No code matches \"%1\".").arg(query) << Qt::endl;
        return NothingFound;
    }
    return Found;
}
