#pragma once

#include "codeclass.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Builds the rich text of the detail pane. Every catalog text is escaped: the pane shows data,
// never markup that came with it.
class DetailFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(DetailFormatter)

public:
    static QString codeHtml(const SipCode &code, const CodeClass &codeClass, const QString &language);
    static QString classHtml(const CodeClass &codeClass, const QString &language);

    static QString statusText(CodeStatus status);
    static QString referenceText(int rfc, const QString &section);
    static QUrl rfcUrl(int rfc, const QString &section);

    // Paragraphs separated by blank lines become <p>, single line breaks <br>; all escaped.
    static QString paragraphsHtml(const QString &text);
};
