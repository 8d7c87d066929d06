#pragma once

#include "trace/tracemessage.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// Reads the header field values the trace parser decodes into text.
namespace TraceFields {

// The values of one Reason header, "SIP;cause=200;text=\"Call completed elsewhere\",
// Q.850;cause=26", until the list holds `limit`.
void appendReasons(QByteArrayView value, QList<TraceReason> *reasons, qsizetype limit);
// The values of one Warning header, "399 pbx.example.com \"Incompatible SDP\"", until the list
// holds `limit`.
void appendWarnings(QByteArrayView value, QList<TraceWarning> *warnings, qsizetype limit);
// A quoted string without its quotes and backslash escapes; other text trimmed as it is.
QString unquoted(QByteArrayView text);

} // namespace TraceFields
