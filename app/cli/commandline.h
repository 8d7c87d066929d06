#pragma once

#include "core/entrykey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for on the command line, read once, before any application object
// exists: a lookup in the terminal, help, or the window.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Found = 0, NothingFound = 1, UsageError = 2, DataError = 3 };
    enum class Action { Window, Lookup, Explain, Help, HelpAll, Version, Invalid };

    Action action = Action::Window;
    QString error;       // what is wrong, for Invalid
    QString help;        // the help text, for Help and HelpAll
    QString language;    // --lang; empty: the remembered language, else the system's
    QString format = QStringLiteral("text"); // text, markdown or json
    QString catalogPath; // --catalog; empty: the built-in catalog
    QString query;       // the words given, joined by spaces
    QString explainPath; // --explain: the trace or log to explain; "-" for standard input
    bool list = false;   // --list, with the class in `query` or for everything
    std::optional<EntryKind> listKind; // --list response|warning|cause: one registry
    bool all = false;    // --all: also codes that mention the words only in their description
    int cause = -1;      // --q850, or -1

    // `arguments` as main() received them, Qt's own options included.
    static CommandLine parse(const QStringList &arguments);

    // `arguments` without the options that QGuiApplication and QApplication take for themselves
    // (-platform xcb, -style=Fusion, --reverse...), which are Qt's to act on, not ours.
    static QStringList withoutQtOptions(const QStringList &arguments);
    // Whether a window can be shown: a display to connect to, or a platform chosen explicitly.
    // Without one, Qt would abort; the user gets noDisplayMessage() instead.
    static bool canOpenWindow(const QStringList &arguments);
    static QString noDisplayMessage();
};
