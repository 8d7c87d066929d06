#pragma once

#include "trace/trace.h"
#include "trace/traceparser.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A trace told as an engineer puts it in a ticket: each call in one line
// ("INVITE → 100 Trying → 486 Busy Here (Reason: Q.850 cause 17, User busy)"), the pointers
// worth a look, and how often each response came; as text, Markdown and JSON. Phrases and cause
// names come from the catalog, in `language`.
class TraceStory final
{
    Q_DECLARE_TR_FUNCTIONS(TraceStory)

public:
    TraceStory(const Trace &trace, const Catalog &catalog, const QString &language);

    // What the parser needs to know of the catalog: the registry's reason phrases.
    static TraceParser::Options parserOptions(const Catalog &catalog);

    QString callSummary(const TraceCall &call) const;
    // The pointers worth a look in one call's messages, one sentence each.
    QStringList callNotes(const TraceCall &call) const;
    // One call as a ticket takes it: a line for the call, its story and its pointers.
    QString callText(const TraceCall &call) const;
    QString callMarkdown(const TraceCall &call) const;
    QString callHtml(const TraceCall &call) const;

    QString toText() const;
    QString toMarkdown() const;
    QJsonObject toJson() const;

    // "486 Busy Here" for a response, "INVITE" for a request, as the trace wrote them.
    static QString messageLabel(const TraceMessage &message);
    // "Reason: Q.850 cause 17, User busy; Warning: 370 Insufficient bandwidth", or empty.
    QString reasonsText(const TraceMessage &message) const;
    QString noteText(const TraceMessage &message, TraceMessage::Note note) const;

private:
    QString countsText() const;

    const Trace &m_trace;
    const Catalog &m_catalog;
    QString m_language;
};
