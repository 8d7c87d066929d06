#include "tracemodel.h"

#include "trace/tracestory.h"

using namespace Qt::StringLiterals;

namespace {
// internalId() of a call row; a message row stores its call row + 1.
constexpr quintptr CallRowId = 0;
} // namespace

TraceModel::TraceModel(std::function<QString(const TraceCall &)> summary,
                       std::function<QString(const TraceMessage &)> headers, QObject *parent)
    : QAbstractItemModel(parent), m_summary(std::move(summary)), m_headers(std::move(headers))
{
}

TraceModel::~TraceModel() = default;

void TraceModel::setTrace(Trace trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    endResetModel();
}

void TraceModel::retranslate()
{
    if (const int calls = rowCount(); calls > 0)
        emit dataChanged(index(0, 0), index(calls - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : CallRowId);
}

QModelIndex TraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CallRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, CallRowId);
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_trace.calls.size());
    Q_ASSERT(checkIndex(parent, CheckIndexOption::DoNotUseParent));
    if (parent.column() != 0 || parent.internalId() != CallRowId)
        return 0;
    return int(m_trace.calls.at(parent.row()).messages.size());
}

int TraceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TraceModel::outcomeText(const TraceCall &call) const
{
    switch (call.outcome) {
    case TraceCall::Outcome::NoFinal: return tr("no final response");
    case TraceCall::Outcome::Answered: return tr("answered");
    case TraceCall::Outcome::Ended: return tr("answered, then ended");
    case TraceCall::Outcome::Cancelled: return tr("cancelled");
    case TraceCall::Outcome::Rejected: return tr("rejected with %1").arg(call.finalCode);
    case TraceCall::Outcome::Redirected: return tr("redirected with %1").arg(call.finalCode);
    }
    return {};
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent));
    const bool callRow = index.internalId() == CallRowId;
    const int callIndex = callRow ? index.row() : int(index.internalId() - 1);
    const TraceCall &call = m_trace.calls.at(callIndex);
    if (role == CallRole)
        return callIndex;
    if (callRow) {
        if (role == CodeRole)
            return 0;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case WhenColumn: return call.method + u' ' + call.callId;
        case WayColumn: return outcomeText(call);
        case WhatColumn: return m_summary(call);
        }
        return {};
    }
    const TraceMessage &message = m_trace.messages.at(call.messages.at(index.row()));
    if (role == CodeRole)
        return message.isResponse() ? message.code : 0;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return message.time;
    case WayColumn:
        if (message.source.isEmpty() && message.destination.isEmpty())
            return QString();
        return tr("%1 → %2").arg(message.source.isEmpty() ? u"?"_s : message.source,
                                 message.destination.isEmpty() ? u"?"_s : message.destination);
    case WhatColumn: {
        QString text = TraceStory::messageLabel(message);
        if (const QString headers = m_headers ? m_headers(message) : QString(); !headers.isEmpty())
            text += u" ("_s + headers + u')';
        if (const QStringList notes = message.noteKeys(); !notes.isEmpty())
            text += u"  ["_s + notes.join(u", "_s) + u']';
        return text;
    }
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("Call, time");
    case WayColumn: return tr("Outcome, way");
    case WhatColumn: return tr("Story, message");
    }
    return {};
}

Qt::ItemFlags TraceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != CallRowId)
        result |= Qt::ItemNeverHasChildren;
    return result;
}
