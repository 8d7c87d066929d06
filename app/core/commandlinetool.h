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
