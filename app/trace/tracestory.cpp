#include "tracestory.h"

#include "core/codesheet.h"
#include "core/domain.h"
#include "core/markdown.h"

#include <QJsonArray>

#include <map>

using namespace Qt::StringLiterals;

TraceStory::TraceStory(const Trace &trace, const Catalog &catalog, const QString &language)
    : m_trace(trace), m_catalog(catalog), m_language(language)
{
}

TraceParser::Options TraceStory::parserOptions(const Catalog &catalog)
{
    TraceParser::Options options;
    options.registeredPhrase = [&catalog](int code) {
        const SipCode *known = catalog.find(code);
        return known && known->status != CodeStatus::Unregistered ? known->name.englishText() : QString();
    };
    return options;
}

QString TraceStory::messageLabel(const TraceMessage &message)
{
    if (message.isRequest())
        return message.method;
    return u"%1 %2"_s.arg(message.code).arg(message.reason);
}

QString TraceStory::reasonsText(const TraceMessage &message) const
{
    QStringList parts;
    for (const ReasonValue &reason : message.reasons)
        parts.append(CodeSheet::reasonText(m_catalog, reason, m_language));
    QStringList warnings;
    for (const WarningValue &warning : message.warnings)
        warnings.append(CodeSheet::warningText(m_catalog, warning, m_language));
    QStringList texts;
    if (!parts.isEmpty())
        texts.append(tr("Reason: %1").arg(parts.join(u"; "_s)));
    if (!warnings.isEmpty())
        texts.append(tr("Warning: %1").arg(warnings.join(u"; "_s)));
    return texts.join(u"; "_s);
}

QString TraceStory::callSummary(const TraceCall &call) const
{
    QStringList steps;
    for (const qsizetype index : call.messages) {
        const TraceMessage &message = m_trace.messages.at(index);
        if (message.notes & TraceMessage::Retransmission)
            continue;
        // The story follows the dialog-creating transaction and how the call ended.
        const bool ofTheCall = message.isRequest() ? (message.method == call.method && steps.isEmpty())
                                                         || message.method == u"CANCEL" || message.method == u"BYE"
                                                   : message.method == call.method;
        if (!ofTheCall)
            continue;
        QString step = messageLabel(message);
        if (const QString reasons = reasonsText(message); !reasons.isEmpty())
            step += u" ("_s + reasons + u')';
        steps.append(step);
    }
    if (call.finalCode == 0)
        steps.append(tr("no final response (a client treats it as 408, RFC 3261 section 8.1.3.1)"));
    return steps.join(u" → "_s);
}

QString TraceStory::noteText(const TraceMessage &message, TraceMessage::Note note) const
{
    switch (note) {
    case TraceMessage::PhraseDiffers: {
        const SipCode *code = m_catalog.find(message.code);
        return tr("%1: the registry's phrase is “%2”").arg(messageLabel(message), code ? code->name.englishText() : QString());
    }
    case TraceMessage::UnregisteredCode:
        return tr("%1: not a registered code; a client treats it as %2 (RFC 3261 section 8.1.3.2)")
            .arg(messageLabel(message)).arg(Domain::fallbackFor(message.code));
    case TraceMessage::Retransmission: return tr("%1 sent again (retransmission)").arg(messageLabel(message));
    case TraceMessage::RetryAfter:
        return tr("%1 asks to retry after %n second(s)", nullptr, message.retryAfter).arg(messageLabel(message));
    case TraceMessage::AuthRepeated:
        return tr("%1 again, after credentials were sent: check the user name, password and realm")
            .arg(messageLabel(message));
    case TraceMessage::NoFinalResponse:
        return tr("%1 got no final response").arg(messageLabel(message));
    case TraceMessage::After481Reinvite:
        return tr("%1 inside an established dialog: the other side has lost the dialog").arg(messageLabel(message));
    }
    return {};
}

QStringList TraceStory::callNotes(const TraceCall &call) const
{
    QStringList notes;
    for (const qsizetype index : call.messages) {
        const TraceMessage &message = m_trace.messages.at(index);
        for (const TraceMessage::Note note : TraceMessage::AllNotes) {
            // Retransmissions are counted, not listed: a lossy link repeats many.
            if (note != TraceMessage::Retransmission && (message.notes & note))
                notes.append(noteText(message, note));
        }
    }
    return notes;
}

QString TraceStory::callText(const TraceCall &call) const
{
    QStringList lines{tr("Call %1").arg(call.callId), u"  "_s + callSummary(call)};
    for (const QString &note : callNotes(call))
        lines.append(u"  - "_s + note);
    return lines.join(u'\n');
}

QString TraceStory::callMarkdown(const TraceCall &call) const
{
    QStringList lines{u"### "_s + Markdown::escape(tr("Call %1").arg(call.callId)), QString(),
                      Markdown::escape(callSummary(call))};
    if (const QStringList notes = callNotes(call); !notes.isEmpty()) {
        lines.append(QString());
        for (const QString &note : notes)
            lines.append(u"- "_s + Markdown::escape(note));
    }
    return lines.join(u'\n');
}

QString TraceStory::callHtml(const TraceCall &call) const
{
    QString html = u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Call %1").arg(call.callId).toHtmlEscaped(),
                                                    callSummary(call).toHtmlEscaped());
    if (const QStringList notes = callNotes(call); !notes.isEmpty()) {
        html += u"<ul>"_s;
        for (const QString &note : notes)
            html += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString TraceStory::countsText() const
{
    std::map<int, int> counts;
    for (const TraceMessage &message : m_trace.messages) {
        if (message.isResponse())
            ++counts[message.code];
    }
    QStringList parts;
    for (const auto &[code, count] : counts)
        parts.append(u"%1 ×%2"_s.arg(code).arg(count));
    return tr("Responses: %1").arg(parts.isEmpty() ? tr("none") : parts.join(u", "_s));
}

QString TraceStory::toText() const
{
    QStringList blocks;
    for (const TraceCall &call : m_trace.calls)
        blocks.append(callText(call));
    blocks.append(countsText());
    return blocks.join(u"\n\n"_s);
}

QString TraceStory::toMarkdown() const
{
    QStringList blocks;
    for (const TraceCall &call : m_trace.calls)
        blocks.append(callMarkdown(call));
    blocks.append(Markdown::escape(countsText()));
    return blocks.join(u"\n\n"_s);
}

QJsonObject TraceStory::toJson() const
{
    const auto optional = [](QJsonObject &object, const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    QJsonArray messages;
    for (const TraceMessage &message : m_trace.messages) {
        QJsonObject object{{u"kind"_s, message.isRequest() ? u"request"_s : u"response"_s},
                           {u"method"_s, message.method}};
        if (message.isResponse()) {
            object.insert(u"code"_s, message.code);
            object.insert(u"reason"_s, message.reason);
        }
        optional(object, u"callId"_s, message.callId);
        optional(object, u"cseq"_s, message.cseqText());
        optional(object, u"time"_s, message.time);
        optional(object, u"source"_s, message.source);
        optional(object, u"destination"_s, message.destination);
        QJsonArray reasons;
        for (const ReasonValue &reason : message.reasons) {
            reasons.append(QJsonObject{{u"protocol"_s, reason.protocol},
                                       {u"cause"_s, reason.cause >= 0 ? QJsonValue(reason.cause) : QJsonValue()},
                                       {u"text"_s, reason.text.isEmpty() ? QJsonValue() : QJsonValue(reason.text)},
                                       {u"location"_s, reason.location.isEmpty() ? QJsonValue() : QJsonValue(reason.location)}});
        }
        object.insert(u"reasons"_s, reasons);
        QJsonArray warnings;
        for (const WarningValue &warning : message.warnings)
            warnings.append(QJsonObject{{u"code"_s, warning.code}, {u"agent"_s, warning.agent}, {u"text"_s, warning.text}});
        object.insert(u"warnings"_s, warnings);
        object.insert(u"notes"_s, QJsonArray::fromStringList(message.noteKeys()));
        messages.append(object);
    }
    QJsonArray calls;
    for (const TraceCall &call : m_trace.calls) {
        QJsonArray indices;
        for (const qsizetype index : call.messages)
            indices.append(qint64(index));
        calls.append(QJsonObject{{u"callId"_s, call.callId},
                                 {u"method"_s, call.method},
                                 {u"final"_s, call.finalCode != 0 ? QJsonValue(call.finalCode) : QJsonValue()},
                                 {u"outcome"_s, TraceCall::outcomeKey(call.outcome)},
                                 {u"summary"_s, callSummary(call)},
                                 {u"messages"_s, indices}});
    }
    return {{u"messages"_s, messages}, {u"calls"_s, calls}};
}
