#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `sipcodes QUERY...`: the window's search from a terminal, without a display.
class CommandLineTool final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode { Found = 0, NothingFound = 1, UsageError = 2, DataError = 3 };

    // `arguments` without the options that QGuiApplication and QApplication take for themselves
    // (-platform xcb, -style=Fusion, --reverse...), which are Qt's to act on, not ours.
    static QStringList withoutQtOptions(const QStringList &arguments);
    // Qt's own options, for --help-all.
    static QString qtOptionsHelp();

    // Whether a window can be shown: a display to connect to, or a platform chosen explicitly.
    // Without one, Qt would abort; the user gets noDisplayMessage() instead.
    static bool canOpenWindow(const QStringList &rawArguments);
    static QString noDisplayMessage();

    // Whether these arguments ask for terminal output rather than the window. Decided before
    // any application object exists, so that no display connection is made for them.
    static bool wantsTerminal(const QStringList &arguments);

    // What the window takes from the command line (wantsTerminal() has vetted it): --lang, or
    // empty; --catalog, or empty for the built-in catalog.
    struct WindowOptions
    {
        QString language;
        QString catalogPath;
    };
    static WindowOptions windowOptions(const QStringList &arguments);

    // Runs the terminal mode. A QCoreApplication must exist.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
