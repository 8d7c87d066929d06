#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `sipcodes QUERY...`: the window's search from a terminal, without a display.
class CommandLineTool final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode { Found = 0, NothingFound = 1, UsageError = 2 };

    // Whether these arguments ask for terminal output rather than the window. Decided before
    // any application object exists, so that no display connection is made for them.
    static bool wantsTerminal(const QStringList &arguments);

    // The --lang value, or empty (for the window; wantsTerminal() has vetted it).
    static QString requestedLanguage(const QStringList &arguments);

    // Runs the terminal mode. A QCoreApplication must exist.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
