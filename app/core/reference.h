#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where a fact is defined: an RFC and one of its sections, or another document (ITU-T Q.850,
// a 3GPP specification) with or without a section. The one place that spells a reference, in
// its short form for ticket lines and its long form for the sheet.
struct Reference
{
    Q_DECLARE_TR_FUNCTIONS(Reference)

public:
    int rfc = 0;
    QString section;
    QString document; // when there is no RFC: "ITU-T Q.850", "3GPP TS 24.301"

    // "RFC 3261, 21.4.24": short enough for a ticket line.
    QString shortText() const;
    // "RFC 3261, section 21.4.24".
    QString text() const;
    // The section on rfc-editor.org: the only place links leave the application for. Empty for
    // other documents.
    QUrl url() const;
    static bool isReferenceUrl(const QUrl &url);
};
