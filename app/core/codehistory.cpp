#include "codehistory.h"

void CodeHistory::visit(const EntryKey &entry, bool provisional)
{
    if (m_index >= 0 && m_entries.at(m_index) == entry)
        return;
    m_entries.resize(m_index + 1);
    if (provisional && m_lastWasProvisional && !m_entries.isEmpty())
        m_entries.removeLast();
    m_lastWasProvisional = provisional;
    m_entries.append(entry);
    if (m_entries.size() > MaximumSize)
        m_entries.removeFirst();
    m_index = m_entries.size() - 1;
}

std::optional<EntryKey> CodeHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    m_lastWasProvisional = false;
    return m_entries.at(--m_index);
}

std::optional<EntryKey> CodeHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    m_lastWasProvisional = false;
    return m_entries.at(++m_index);
}
