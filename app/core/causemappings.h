#pragma once

#include "localizedtext.h"
#include "reference.h"

#include <QList>
#include <QString>
#include <QStringList>

// How SIP responses and ISDN causes are turned into each other: RFC 3398's tables, and what
// FreeSWITCH and Asterisk do in their source. Each source has a table per direction, with
// rows, a default for what no row lists, and (for RFC 3398) general rules.
class CauseMappings final
{
public:
    enum class Direction : quint8 { CauseToSip, SipToCause };

    // Where one source's table for one direction is read: an RFC section, or a file and function.
    struct Table
    {
        QString source;
        Direction direction = Direction::CauseToSip;
        Reference reference; // RFC tables
        QString file;        // PBX tables
        QString function;
    };
    struct Row
    {
        QString source;
        Direction direction = Direction::CauseToSip;
        int cause = 0;
        int sip = 0;
        LocalizedText note; // a condition or footnote; may be empty

        // The value the row maps, and what it maps it to: a cause and a response, or the reverse.
        int from() const { return direction == Direction::CauseToSip ? cause : sip; }
        int to() const { return direction == Direction::CauseToSip ? sip : cause; }
    };
    // What the source does with a value no row lists: `value` is a cause or a response;
    // `sipFirst`..`sipLast` limit a response-to-cause default to a range (0: any response).
    struct Default
    {
        QString source;
        Direction direction = Direction::CauseToSip;
        int value = 0;
        int sipFirst = 0;
        int sipLast = 0;
        LocalizedText note;
        QList<int> except; // values the default does not apply to (RFC 3398: cause 16 becomes a BYE)
    };
    struct Rule
    {
        QString source;
        Reference reference;
        LocalizedText text;
    };

    CauseMappings() = default;
    CauseMappings(QList<Table> tables, QList<Row> rows, QList<Default> defaults, QList<Rule> rules);

    bool isEmpty() const { return m_tables.isEmpty(); }
    // "RFC 3398", "FreeSWITCH", "Asterisk": in the order of the tables, the standard first.
    QStringList sources() const { return m_sources; }
    // The source the others are compared with: the first, RFC 3398.
    QString standard() const { return m_sources.value(0); }
    const QList<Table> &tables() const { return m_tables; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Default> &defaults() const { return m_defaults; }
    const QList<Rule> &rules() const { return m_rules; }
    const Table *table(const QString &source, Direction direction) const;

    // The rows of `source` that turn `cause` into a response (CauseToSip, matching the cause) or
    // `sip` into a cause (SipToCause, matching the response); and the reverse lookups: the rows
    // that produce `value` (CauseToSip rows whose response is `value`, and so on).
    QList<Row> rowsFrom(const QString &source, Direction direction, int value) const;
    QList<Row> rowsTo(const QString &source, Direction direction, int value) const;
    // What `source` makes of `value` in `direction`: its rows' values, each once, or where no row
    // lists `value` its default (then `isDefault`); empty when it has neither.
    struct Targets
    {
        QList<int> values;
        bool isDefault = false;
    };
    Targets targets(const QString &source, Direction direction, int value) const;
    // What `source` turns into `value` in `direction`, each once, in row order.
    QList<int> origins(const QString &source, Direction direction, int value) const;

    // The default `source` applies to `value` when no row lists it, or null. A provisional or 2xx
    // response has none: it releases no call, so no table gives it a cause.
    const Default *defaultFor(const QString &source, Direction direction, int value) const;

private:
    QList<Table> m_tables;
    QList<Row> m_rows;
    QList<Default> m_defaults;
    QList<Rule> m_rules;
    QStringList m_sources;
};
