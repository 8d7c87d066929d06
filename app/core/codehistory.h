#pragma once

#include "entrykey.h"

#include <QList>

#include <optional>

// The entries (codes, warn-codes, causes) a user has viewed, walked like a browser's history: back, forward, and a new visit
// drops what lay ahead.
class CodeHistory final
{
public:
    static constexpr qsizetype MaximumSize = 100;

    // Records a visit to `entry`. A `provisional` visit is one the search made on its own (the
    // first match of each keystroke): a run of them leaves only its last one behind.
    void visit(const EntryKey &entry, bool provisional = false);

    // Makes the last visit a lasting one: the search that made it has ended (the field was left,
    // cleared or confirmed), so the next search's first match no longer replaces it.
    void settle() { m_lastWasProvisional = false; }

    // The entry shown now, if any.
    std::optional<EntryKey> current() const
    {
        return m_index >= 0 ? std::optional<EntryKey>(m_entries.at(m_index)) : std::nullopt;
    }

    // The entry to show after stepping back or forward, or nothing at either end.
    std::optional<EntryKey> back();
    std::optional<EntryKey> forward();

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index >= 0 && m_index + 1 < m_entries.size(); }
    const QList<EntryKey> &entries() const { return m_entries; }

private:
    QList<EntryKey> m_entries; // oldest first
    qsizetype m_index = -1; // the entry shown now
    bool m_lastWasProvisional = false;
};
