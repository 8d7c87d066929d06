#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Builds the rich text of the detail pane. Every catalog text is escaped: the pane shows data,
// never markup that came with it.
class DetailFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(DetailFormatter)

public:
    static QString codeHtml(const Catalog &catalog, const SipCode &code, const QString &language);
    // What a UAC does with a well-formed code that the catalog does not know.
    static QString unknownCodeHtml(const Catalog &catalog, int code, const QString &language);
    static QString unknownCodeText(int code, const SipCode &fallback, const QString &language);
    // Sentences on the ISDN causes RFC 3398 maps to and from `code`; empty when it maps none.
    static QStringList q850Lines(const Catalog &catalog, const SipCode &code, const QString &language);
    static QString q850Caveat();
    // "ISDN cause 16 (Normal call clearing)", or without the name where the catalog has none.
    static QString causeText(const Catalog &catalog, int cause, const QString &language);
    // Says that RFC 3398 turns `cause` into no SIP response.
    static QString causeWithoutResponseText(const Catalog &catalog, int cause, const QString &language);
    static QString practiceCaveat();
    static QString classHtml(const CodeClass &codeClass, const QString &language);

    static QString statusText(CodeStatus status);
    static QString referenceText(int rfc, const QString &section);
    static QUrl rfcUrl(int rfc, const QString &section);
    // Link to another code inside the pane ("code:486"), and back.
    static QUrl codeUrl(int code);
    static int codeFromUrl(const QUrl &url);

    // Paragraphs separated by blank lines become <p>, single line breaks <br>; all escaped.
    static QString paragraphsHtml(const QString &text);
};
