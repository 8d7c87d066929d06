#pragma once

#include "trace/trace.h"

#include <QAbstractItemModel>

#include <functional>

// A parsed trace as a two-level tree: one row per call, one child row per message of the call,
// in input order. Calls show their outcome and their story in one line; messages their time,
// their way (source → destination) and what they are, with their Reason and Warning decoded and
// the pointers worth a look.
class TraceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceModel)

public:
    enum Column { WhenColumn, WayColumn, WhatColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // int: a response's code; 0 for requests and calls
        CallRole,                    // int: the row's call, as an index into trace().calls
    };

    // `summary` tells a call in one line (TraceStory::callSummary()); `headers` decodes a
    // message's Reason and Warning headers (TraceStory::reasonsText()), shown after it.
    explicit TraceModel(std::function<QString(const TraceCall &)> summary,
                        std::function<QString(const TraceMessage &)> headers = {}, QObject *parent = nullptr);
    ~TraceModel() override;

    void setTrace(Trace trace);
    const Trace &trace() const { return m_trace; }
    // Re-reads translated texts after the application language changed.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString outcomeText(const TraceCall &call) const;

    std::function<QString(const TraceCall &)> m_summary;
    std::function<QString(const TraceMessage &)> m_headers;
    Trace m_trace;
};
