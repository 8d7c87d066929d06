#include "commandline.h"

#include "core/domain.h"
#include "core/languages.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

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

QString qtOptionsHelp()
{
    return CommandLine::tr("Qt options (for the window):\n"
                           "  -platform <name>         Platform plugin: xcb, wayland, offscreen.\n"
                           "  -style <style>           Widget style, such as Fusion.\n"
                           "  -stylesheet <file>       Qt style sheet to apply.\n"
                           "  -reverse                 Right-to-left layout.\n"
                           "  -display <display>       X display to use (xcb).\n"
                           "  -qwindowgeometry <geom>  Geometry of the first window, such as 900x600+0+0.\n"
                           "  -qwindowtitle <title>    Title of the first window.\n");
}

} // namespace

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        bool takesValue = false;
        if (i == 0 || qtOptionName(arguments.at(i), takesValue).isEmpty()) {
            result.append(arguments.at(i));
            continue;
        }
        if (takesValue)
            ++i; // its value is Qt's too
    }
    return result;
}

bool CommandLine::canOpenWindow(const QStringList &arguments)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    for (const QString &argument : arguments) {
        bool takesValue = false;
        if (qtOptionName(argument, takesValue) == u"platform")
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString CommandLine::noDisplayMessage()
{
    return tr("%1: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
              "To answer in this terminal, give a query, such as: %1 486\n"
              "See %1 --help for everything it can do without a display.")
        .arg(QCoreApplication::applicationName());
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    const QCommandLineOption language{u"lang"_s, tr("Language of the interface and the data: %1.")
                                                     .arg(Languages::supported().join(u", "_s)),
                                      tr("language")};
    const QCommandLineOption format{u"format"_s, tr("Terminal output format: text, markdown or json."),
                                    tr("format"), u"text"_s};
    const QCommandLineOption list{u"list"_s, tr("Print the whole catalog, the class given (4xx), or one registry: "
                                                "response, warning or cause.")};
    const QCommandLineOption q850{u"q850"_s, tr("Print this ISDN (Q.850) cause, and the SIP responses RFC 3398 maps "
                                                "it to."),
                                  tr("cause")};
    const QCommandLineOption catalog{u"catalog"_s,
                                     tr("Read the catalog from this JSON file instead of the built-in one, to check edits."),
                                     tr("file")};
    const QCommandLineOption all{u"all"_s, tr("Also list codes that mention the words only in their description.")};
    const QCommandLineOption explain{u"explain"_s,
                                     tr("Explain a SIP trace or log, call by call; - reads standard input."),
                                     tr("file")};
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Offline reference of SIP response codes, warning codes and ISDN causes. With "
                                        "a query, prints what matches and exits; with no arguments, opens the window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({language, format, list, q850, all, catalog, explain});
    parser.addPositionalArgument(u"query"_s, tr("A code (486), a prefix (48), a class (4xx), words, a PBX cause name "
                                                "(USER_BUSY), or a line from a trace or log."),
                                 u"[query...]"_s);

    CommandLine line;
    const auto invalid = [&line](const QString &error) {
        line.action = Action::Invalid;
        line.error = error;
        return line;
    };
    if (!parser.parse(withoutQtOptions(arguments)))
        return invalid(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        line.action = parser.isSet(u"help-all"_s) ? Action::HelpAll : Action::Help;
        line.help = parser.helpText();
        if (line.action == Action::HelpAll)
            line.help += u'\n' + qtOptionsHelp();
        return line;
    }
    if (parser.isSet(u"version"_s)) {
        line.action = Action::Version;
        return line;
    }
    line.language = parser.value(language);
    line.format = parser.value(format);
    line.catalogPath = parser.value(catalog);
    line.query = parser.positionalArguments().join(u' ');
    line.list = parser.isSet(list);
    line.all = parser.isSet(all);
    if (parser.isSet(language) && !Languages::isSupported(line.language))
        return invalid(tr("unknown language \"%1\"; choose one of %2")
                           .arg(line.language, Languages::supported().join(u", "_s)));
    const bool lookup = !line.query.isEmpty() || line.list || parser.isSet(format) || line.all || parser.isSet(q850);
    if (!lookup && !parser.isSet(explain))
        return line; // the window, perhaps with --lang and --catalog
    line.action = Action::Lookup;
    if (line.format != u"text" && line.format != u"markdown" && line.format != u"json")
        return invalid(tr("unknown format \"%1\"; choose text, markdown or json").arg(line.format));
    if (parser.isSet(explain)) {
        line.action = Action::Explain;
        line.explainPath = parser.value(explain);
        if (!line.query.isEmpty() || line.list || parser.isSet(q850) || line.all)
            return invalid(tr("--explain takes a file and no query, --list, --q850 or --all"));
        return line;
    }
    static const QRegularExpression classPattern(u"^[1-6][xX]{2}$"_s);
    if (line.list)
        line.listKind = EntryKey::kindFromName(line.query.trimmed().toLower());
    if (line.list && !line.query.isEmpty() && !line.listKind && !classPattern.match(line.query).hasMatch())
        return invalid(tr("--list takes a class such as 4xx, or response, warning or cause, not \"%1\"").arg(line.query));
    if (parser.isSet(q850)) {
        bool ok = false;
        line.cause = parser.value(q850).toInt(&ok);
        if (!ok || line.cause < 0 || line.cause > Domain::MaximumPbxCause)
            return invalid(tr("--q850 takes a cause value from 0 to %1, not \"%2\"")
                               .arg(Domain::MaximumPbxCause).arg(parser.value(q850)));
        if (!line.query.isEmpty() || line.list)
            return invalid(tr("--q850 takes no query and no --list"));
    }
    if (!line.list && line.cause < 0 && line.query.trimmed().isEmpty())
        return invalid(tr("nothing to look up; give a query or --list"));
    return line;
}
