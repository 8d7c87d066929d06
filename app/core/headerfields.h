#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

// One value of a Reason header (RFC 3326): "Q.850;cause=17;text=\"User busy\"".
struct ReasonValue
{
    QString protocol; // as written: "Q.850", "SIP", "preemption"
    int cause = -1;   // -1 when the value has no cause
    QString text;     // unquoted; empty when absent
    QString location; // empty when absent

    friend bool operator==(const ReasonValue &, const ReasonValue &) = default;
};

// One value of a Warning header (RFC 3261, 20.43): "399 pbx.example.com \"...\"".
struct WarningValue
{
    int code = 0;
    QString agent;
    QString text; // unquoted

    friend bool operator==(const WarningValue &, const WarningValue &) = default;
};

Q_DECLARE_TYPEINFO(ReasonValue, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(WarningValue, Q_RELOCATABLE_TYPE);

// Reads the values of the header fields that explain a response or a hang-up, for the trace
// parser and for search alike.
namespace HeaderFields {

// The values of one Reason header, "SIP;cause=200;text=\"Call completed elsewhere\",
// Q.850;cause=26", until the list holds `limit`.
void appendReasons(QByteArrayView value, QList<ReasonValue> *reasons, qsizetype limit);
// The values of one Warning header, "399 pbx.example.com \"Incompatible SDP\"", until the list
// holds `limit`.
void appendWarnings(QByteArrayView value, QList<WarningValue> *warnings, qsizetype limit);
// A quoted string without its quotes and backslash escapes; other text trimmed as it is.
QString unquoted(QByteArrayView text);

} // namespace HeaderFields
