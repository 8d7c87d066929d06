#pragma once

#include "commandline.h"

#include <QCoreApplication>

class Catalog;
class QTextStream;

// `sipcodes QUERY...`: the window's answers in a terminal, without a display. It searches with
// CatalogSearch and prints ticket lines and code sheets; no item model is involved.
class Terminal final
{
    Q_DECLARE_TR_FUNCTIONS(Terminal)

public:
    // Carries out a Lookup, Help, HelpAll, Version or Invalid command line; returns the exit
    // code (CommandLine::ExitCode). A QCoreApplication must exist.
    static int run(const CommandLine &line, QTextStream &out, QTextStream &err);

private:
    static int explain(const CommandLine &line, const Catalog &catalog, const QString &language,
                       QTextStream &out, QTextStream &err);
};
