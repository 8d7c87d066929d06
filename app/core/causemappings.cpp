#include "causemappings.h"

CauseMappings::CauseMappings(QList<Table> tables, QList<Row> rows, QList<Default> defaults, QList<Rule> rules)
    : m_tables(std::move(tables)), m_rows(std::move(rows)), m_defaults(std::move(defaults)), m_rules(std::move(rules))
{
    for (const Table &table : std::as_const(m_tables)) {
        if (!m_sources.contains(table.source))
            m_sources.append(table.source);
    }
}

const CauseMappings::Table *CauseMappings::table(const QString &source, Direction direction) const
{
    for (const Table &table : m_tables) {
        if (table.source == source && table.direction == direction)
            return &table;
    }
    return nullptr;
}

QList<CauseMappings::Row> CauseMappings::rowsFrom(const QString &source, Direction direction, int value) const
{
    QList<Row> result;
    for (const Row &row : m_rows) {
        if (row.source == source && row.direction == direction && row.from() == value)
            result.append(row);
    }
    return result;
}

QList<CauseMappings::Row> CauseMappings::rowsTo(const QString &source, Direction direction, int value) const
{
    QList<Row> result;
    for (const Row &row : m_rows) {
        if (row.source == source && row.direction == direction && row.to() == value)
            result.append(row);
    }
    return result;
}

CauseMappings::Targets CauseMappings::targets(const QString &source, Direction direction, int value) const
{
    Targets result;
    for (const Row &row : rowsFrom(source, direction, value)) {
        if (!result.values.contains(row.to()))
            result.values.append(row.to());
    }
    if (result.values.isEmpty()) {
        if (const Default *fallback = defaultFor(source, direction, value)) {
            result.values.append(fallback->value);
            result.isDefault = true;
        }
    }
    return result;
}

QList<int> CauseMappings::origins(const QString &source, Direction direction, int value) const
{
    QList<int> result;
    for (const Row &row : rowsTo(source, direction, value)) {
        if (!result.contains(row.from()))
            result.append(row.from());
    }
    return result;
}

const CauseMappings::Default *CauseMappings::defaultFor(const QString &source, Direction direction, int value) const
{
    if (direction == Direction::SipToCause && value < 300)
        return nullptr;
    // A default for a range of responses wins over the source's general one.
    const Default *general = nullptr;
    for (const Default &item : m_defaults) {
        if (item.source != source || item.direction != direction || item.except.contains(value))
            continue;
        if (item.sipFirst == 0)
            general = general ? general : &item;
        else if (value >= item.sipFirst && value <= item.sipLast)
            return &item;
    }
    return general;
}
